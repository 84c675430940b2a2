#pragma once

#include "runlens/model/ExperimentRecord.h"

#include <QSet>
#include <QWidget>

#include <vector>

class QCheckBox;
class QListWidget;
class QListWidgetItem;

namespace runlens {

// The experiments of the store with their run counts; "All experiments" first.
// Archived experiments stay hidden until "Show archived" is ticked.
class ExperimentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentsPanel(QWidget* parent = nullptr);

    void setExperiments(const std::vector<ExperimentRecord>& experiments);
    // The chosen experiment; "" = all.
    QString current() const;
    void setCurrent(const QString& name);
    bool showArchived() const;
    void setShowArchived(bool show);
    QSet<QString> archivedNames() const { return m_archived; }
    QListWidget* list() const { return m_list; }

signals:
    void currentChanged(const QString& experiment);
    void showArchivedChanged(bool show);
    void archiveRequested(const QString& experiment, bool archive);

private:
    void rebuild();
    void fitWidthTo(const QListWidgetItem* all);
    void contextMenu(const QPoint& pos);

    QListWidget* m_list;
    QCheckBox* m_showArchived;
    std::vector<ExperimentRecord> m_experiments;
    QSet<QString> m_archived;
    QString m_current;
};

} // namespace runlens

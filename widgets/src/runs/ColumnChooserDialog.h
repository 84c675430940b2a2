#pragma once

#include "runs/RunColumn.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace runlens {

class RunTableModel;

// Picks the extra columns of the runs table: any parameter, tag, or a metric's last,
// smallest or largest value, with a filter for stores that have hundreds of keys.
class ColumnChooserDialog : public QDialog {
    Q_OBJECT
public:
    ColumnChooserDialog(const RunTableModel* model, QWidget* parent = nullptr);

    // Chosen columns: the ones kept in their old order, new ones after them.
    QList<RunColumn> columns() const;
    QTreeWidget* tree() const { return m_tree; }

private:
    void addGroup(const QString& title, RunColumn::Kind kind, const QStringList& keys);
    void filter(const QString& text);

    QList<RunColumn> m_before;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
};

} // namespace runlens

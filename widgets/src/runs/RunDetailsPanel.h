#pragma once

#include "runlens/model/RunRecord.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace runlens {

class RunTableModel;
class StoreSession;

// Everything about one run: overview (status, times, host, git commit, command, parent
// and child runs, Markdown notes), params, tags, metric summaries and artifacts (opened
// with the desktop's handler). Edits are asked for with signals; the window does them
// with undo.
class RunDetailsPanel : public QWidget {
    Q_OBJECT
public:
    RunDetailsPanel(StoreSession* session, const RunTableModel* runs, QWidget* parent = nullptr);

    // Shows run (nullopt: nothing selected); selected = how many runs are selected.
    void showRun(const std::optional<RunRecord>& run, int selected);
    QString shownRun() const { return m_run ? QString::fromStdString(m_run->uuid) : QString(); }
    QTabWidget* tabs() const { return m_tabs; }
    QTextBrowser* overview() const { return m_overview; }
    QTextBrowser* notesView() const { return m_notes; }
    QTableWidget* paramsTable() const { return m_params; }
    QTableWidget* tagsTable() const { return m_tags; }
    QTableWidget* metricsTable() const { return m_metrics; }
    QTreeWidget* artifactsTree() const { return m_artifacts; }

signals:
    void runLinkActivated(const QString& uuid);
    void editNotesRequested(const QString& uuid);
    void addTagRequested(const QString& uuid);
    void editTagRequested(const QString& uuid, const QString& key);
    void removeTagRequested(const QString& uuid, const QString& key);

private:
    QWidget* buildOverviewTab();
    QWidget* buildTagsTab();
    QWidget* buildArtifactsTab();
    QString overviewHtml(const RunRecord& run) const;
    void fillParams(const RunRecord& run);
    void fillTags(const RunRecord& run);
    void fillMetrics(const RunRecord& run);
    void fillArtifacts(const RunRecord& run);
    void openArtifact(bool folder);

    StoreSession* m_session;
    const RunTableModel* m_runs;
    std::optional<RunRecord> m_run;
    QLabel* m_header;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTabWidget* m_tabs;
    QTextBrowser* m_overview;
    QTextBrowser* m_notes;
    QTableWidget* m_params;
    QTableWidget* m_tags;
    QTableWidget* m_metrics;
    QTreeWidget* m_artifacts;
    QString m_artifactsRun; // the run whose artifacts the tree lists
};

} // namespace runlens

#pragma once

#include "report/ReportExporter.h"
#include "report/ReportInput.h"
#include "report/ReportOptions.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace runlens {

class StoreSession;

// File → Export report…: which sections, which paper, which baseline, where to; then
// writes the report (PDF or HTML by the file name) under a progress dialog with
// Cancel, and opens the file when done. Takes the runs of the current selection,
// comparison or experiment; the choices are remembered between sessions.
//
//   ReportDialog dialog(session, runs, baselineUuid, queryText, this);
//   dialog.setChartOptions(curvesPanel->options());  // curves as on screen
//   dialog.exec();
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(StoreSession* session, std::vector<RunRecord> runs, const QString& baselineId, const QString& query,
                 QWidget* parent = nullptr);

    void setChartOptions(const ChartOptions& options) { m_chart = options; }
    // "experiment mnist", "comparison": shown on the title page.
    void setScope(const QString& scope) { m_scope = scope; }
    void setOutputPath(const QString& path);
    QString outputPath() const;
    void setOpenWhenDone(bool open);

    ReportOptions options() const;
    ReportInput input() const;
    QCheckBox* sectionBox(ReportSection section) const { return m_sections.value(section); }
    // Writes the report now with a progress dialog; true when written. Messages for
    // failures go to a message box unless quiet (tests).
    bool exportNow(bool quiet = false);
    const ReportExporter::Result& lastResult() const { return m_result; }

public slots:
    void accept() override;

private:
    QWidget* buildSections();
    QWidget* buildLayoutBox();
    QWidget* buildOutput();
    void browse();
    void loadSettings();
    void saveSettings() const;
    void updateOk();

    StoreSession* m_session;
    std::vector<RunRecord> m_runs;
    QString m_query;
    QString m_scope;
    ChartOptions m_chart;
    ReportExporter::Result m_result;
    QLineEdit* m_title = nullptr;
    QMap<ReportSection, QCheckBox*> m_sections;
    QComboBox* m_page = nullptr;
    QComboBox* m_orientation = nullptr;
    QComboBox* m_grouping = nullptr;
    QComboBox* m_baseline = nullptr;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_open = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace runlens

#pragma once

#include "runlens/import/ImportReport.h"
#include "runlens/import/ImportOptions.h"

#include <QDialog>
#include <QStringList>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;

namespace runlens {

class StoreSession;

// File > Import… and drops: imports files and folders (MLflow, TensorBoard, Lightning and
// Keras CSV) with ImportService on a worker thread, shows progress with Cancel, then
// what was imported and what was skipped and why. Self-contained: one call.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // Runs the import modally and returns its report; runsImported > 0 means the views
    // should refresh.
    static ImportReport run(QWidget* parent, StoreSession* session, const QStringList& paths);

    ~ImportDialog() override;

    // The summary as shown, for tests and for copying.
    QString summaryHtml() const;

protected:
    void reject() override;

private:
    ImportDialog(StoreSession* session, const QStringList& paths, QWidget* parent);
    void start();
    void showProgress(double fraction, const QString& path, qint64 runs);
    void finished();
    void cancel();

    StoreSession* m_session;
    QStringList m_paths;
    ImportReport m_report;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<bool> m_progressQueued{false};
    QThread* m_thread = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QTextBrowser* m_summary = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace runlens

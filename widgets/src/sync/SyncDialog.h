#pragma once

#include "runlens/sync/StoreSync.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace runlens {

class StoreSession;

// File > Sync Runs…: brings runs from one store into another, matched by UUID (core's
// StoreSync), with the choices of `runlens sync`: source, target, a query, and whether
// runs the target deleted come back. Preview plans without writing; Sync writes. Either
// runs on a worker thread with a progress bar and Cancel, then says what arrived and
// lists the conflicts the later edit settled and the runs left out. The window needs no
// telling: its watcher sees new data in the open store by itself.
class SyncDialog : public QDialog {
    Q_OBJECT
public:
    // recentStores: offered in both store lists, after the open store.
    SyncDialog(StoreSession* session, const QStringList& recentStores, QWidget* parent = nullptr);
    // Waits for the worker: a sync in flight is cancelled after its current run.
    ~SyncDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The last run's report; empty when it stopped with an error (error() says why).
    const SyncReport& report() const { return m_report; }
    // What stopped the last run, or why it could not start; "" when it ran.
    QString error() const;
    // The summary as shown, for tests and for copying.
    QString summaryText() const;

public slots:
    void preview();
    void sync();
    void cancel();

signals:
    // The inputs were accepted and the worker is about to start; Cancel is live.
    void syncStarted(bool dryRun);
    // The worker is done and the summary (or the error) is shown.
    void syncFinished();

protected:
    void reject() override;

private:
    void buildInputs();
    void buildResults();
    QPushButton* browseButton(QComboBox* combo, bool mustExist);
    void fillStores(const QStringList& recentStores);
    void browse(QComboBox* combo, bool mustExist);
    void swapStores();
    void begin(bool dryRun);
    bool checkInputs();
    bool checkStores();
    bool checkQuery();
    void startWorker(const SyncOptions& options);
    void showProgress(const SyncProgress& progress);
    void finished();
    void setRunning(bool running);
    void growTo(int height);
    void showError(const QString& message);
    void showSummary();
    QString headline() const;
    QString arrivals() const;
    QString settled() const;
    void fillTable();
    void addTableRow(const QStringList& cells, int keptColumn);
    void addSentenceRow(const QString& what, const QString& sentence);
    static QString fieldText(SyncConflict::Field field);
    static QString valueText(SyncConflict::Field field, const std::string& value);

    StoreSession* m_session;
    SyncReport m_report;
    QString m_error; // written by the worker, read after it finished
    bool m_dryRun = false;
    bool m_closeWhenDone = false;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<bool> m_progressQueued{false};
    QThread* m_thread = nullptr;

    QComboBox* m_source = nullptr;
    QComboBox* m_target = nullptr;
    QLineEdit* m_query = nullptr;
    QCheckBox* m_includeDeleted = nullptr;
    QWidget* m_inputs = nullptr;
    QLabel* m_errorLine = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_sync = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace runlens

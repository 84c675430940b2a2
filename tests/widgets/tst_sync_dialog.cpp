// File > Sync Runs… as a user drives it: Preview writes nothing but says what would
// arrive, Sync copies runs and the open window shows them without a reload, Cancel stops,
// a bad query or the same store twice says so in one line and writes nothing.

#include "common/StoreSession.h"
#include "common/StoreWatcher.h"
#include "common/Translation.h"
#include "runs/RunTableModel.h"
#include "sync/SyncDialog.h"
#include "window/MainWindow.h"
#include "TempStore.h"
#include "WidgetTestSupport.h"

#include "runlens/store/Store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace runlens;

namespace {

constexpr int kPoints = 300;

// Runs "run0".."run<n-1>" in experiment "exp", each with `points` points of "loss".
void fillRuns(const std::string& path, int n, int points = kPoints)
{
    Store store = Store::open(path);
    for (int i = 0; i < n; ++i) {
        Run run = store.startRun({.experiment = "exp", .name = "run" + std::to_string(i),
                                  .params = {{"lr", 0.1 * (i + 1)}}, .captureEnvironment = false});
        for (int step = 0; step < points; ++step)
            run.logMetric("loss", 1.0 / (step + 1 + i), step);
        run.finish();
    }
}

std::int64_t runCount(const std::string& path) { return Store::open(path).runCount(); }

QString qpath(const std::string& path) { return QString::fromStdString(path); }

QPushButton* button(SyncDialog& dialog, const QString& text)
{
    for (auto* b : dialog.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// Sets the stores and the query as a user would type them.
void choose(SyncDialog& dialog, const std::string& source, const std::string& target, const QString& query = {})
{
    dialog.findChild<QComboBox*>("source")->setCurrentText(qpath(source));
    dialog.findChild<QComboBox*>("target")->setCurrentText(qpath(target));
    dialog.findChild<QLineEdit*>("query")->setText(query);
}

// Clicks a button and waits for the worker to finish.
bool runAndWait(SyncDialog& dialog, const QString& buttonText)
{
    QSignalSpy done(&dialog, &SyncDialog::syncFinished);
    QPushButton* b = button(dialog, buttonText);
    if (!b || !b->isEnabled())
        return false;
    b->click();
    return done.count() == 1 || done.wait(60000);
}

} // namespace

class TestSyncDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        useTemporarySettings();
        Translation::install("en"); // the English plural forms: "2 new runs"
    }

    void opensWithTheOpenStoreAsTarget()
    {
        TempStore here, other;
        Store::open(here.path());
        StoreSession session;
        QVERIFY(session.open(qpath(here.path())));
        SyncDialog dialog(&session, {qpath(other.path()), qpath(here.path())});
        QCOMPARE(dialog.findChild<QComboBox*>("target")->currentText(), qpath(here.path()));
        // The open store is listed once, before the recent ones.
        QCOMPARE(dialog.findChild<QComboBox*>("source")->currentText(), qpath(other.path()));
        QCOMPARE(dialog.findChild<QComboBox*>("source")->count(), 2);
    }

    void previewWritesNothingButSaysWhatWouldArrive()
    {
        TempStore source, target;
        fillRuns(source.path(), 2);
        Store::open(target.path());
        StoreSession session;
        QVERIFY(session.open(qpath(target.path())));
        SyncDialog dialog(&session, {});
        choose(dialog, source.path(), target.path());

        QVERIFY(runAndWait(dialog, "&Preview"));
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        QCOMPARE(runCount(target.path()), 0);
        QCOMPARE(dialog.report().runsNew, std::size_t(2));
        QVERIFY2(dialog.summaryText().contains("nothing was written"), qPrintable(dialog.summaryText()));
        QVERIFY2(dialog.summaryText().contains("Would arrive: 2 new runs, 600 points"), qPrintable(dialog.summaryText()));
        QVERIFY(button(dialog, "S&ync")->isEnabled()); // ready to do it for real
    }

    void largeCountsAreGroupedLikeSI()
    {
        TempStore source, target;
        fillRuns(source.path(), 1, 12345);
        StoreSession session;
        SyncDialog dialog(&session, {});
        choose(dialog, source.path(), target.path());
        QVERIFY(runAndWait(dialog, "&Preview"));
        // A narrow no-break space between groups: neither "12,345" nor "12.345".
        QVERIFY2(dialog.summaryText().contains(QString("1 new run, 12") + QChar(0x202F) + "345 points"),
                 qPrintable(dialog.summaryText()));
    }

    void syncCopiesRunsAndTheWindowShowsThem()
    {
        TempStore source, target;
        fillRuns(source.path(), 3);
        Store::open(target.path());
        StoreSession session;
        QVERIFY(session.open(qpath(target.path())));
        MainWindow window(&session);
        session.watcher()->setInterval(50);
        QCOMPARE(window.runModel()->rowCount(), 0);
        SyncDialog dialog(&session, {}, &window);
        choose(dialog, source.path(), target.path());

        QVERIFY(runAndWait(dialog, "S&ync"));
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        QCOMPARE(runCount(target.path()), 3);
        Store in = Store::open(target.path());
        Store from = Store::open(source.path());
        for (const RunRecord& run : from.runs()) {
            QCOMPARE(in.metric(run.uuid, "loss").values, from.metric(run.uuid, "loss").values);
            QCOMPARE(in.run(run.uuid).name, run.name);
        }
        QVERIFY2(dialog.summaryText().contains("Sync finished"), qPrintable(dialog.summaryText()));
        QVERIFY2(dialog.summaryText().contains("Arrived: 3 new runs, 900 points"), qPrintable(dialog.summaryText()));
        // Nobody told the window: its watcher saw the store change.
        QTRY_COMPARE(window.runModel()->rowCount(), 3);

        // Again: everything is there already.
        QVERIFY(runAndWait(dialog, "S&ync"));
        QCOMPARE(runCount(target.path()), 3);
        QVERIFY2(dialog.summaryText().contains("Nothing arrived. 3 runs already up to date."),
                 qPrintable(dialog.summaryText()));
    }

    void conflictsAreListedWithTheSideKept()
    {
        TempStore source, target;
        fillRuns(source.path(), 1);
        StoreSession session;
        QVERIFY(session.open(qpath(target.path())));
        SyncDialog dialog(&session, {});
        choose(dialog, source.path(), target.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(runAndWait(dialog, "S&ync"));
        const std::string uuid = Store::open(source.path()).runs().at(0).uuid;
        // Renamed in both stores, the target last: its name is the later edit.
        // A long name: it must not push the other columns out of view.
        const std::string longName = "renamed there, " + std::string(90, 'x');
        Store::open(source.path()).renameRun(uuid, longName);
        QTest::qWait(20);
        Store::open(target.path()).renameRun(uuid, "renamed here");

        QVERIFY(runAndWait(dialog, "&Preview"));
        auto* table = dialog.findChild<QTableWidget*>("conflicts");
        QVERIFY(!table->isHidden());
        QCOMPARE(table->rowCount(), int(dialog.report().conflicts.size()));
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 3)->text() == QString::fromStdString(longName))
                row = r;
        QVERIFY2(row >= 0, "no row for the renamed run");
        QCOMPARE(table->item(row, 0)->text(), QString("run name"));
        QCOMPARE(table->item(row, 4)->text(), QString("renamed here"));
        QCOMPARE(table->item(row, 5)->text(), QString("target"));
        QVERIFY(table->item(row, 4)->font().bold());
        QCOMPARE(table->item(row, 1)->text(), QString::fromStdString(uuid.substr(0, 8))); // as the CLI names it
        QCOMPARE(table->item(row, 1)->toolTip(), QString::fromStdString(uuid));
        // Every column in view: the values share the width, nothing scrolls sideways.
        QTRY_VERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
        QVERIFY2(dialog.summaryText().contains("conflict"), qPrintable(dialog.summaryText()));
    }

    void cancelStopsTheSync()
    {
        TempStore source, target;
        fillRuns(source.path(), 30);
        StoreSession session;
        SyncDialog dialog(&session, {});
        choose(dialog, source.path(), target.path());
        // Cancel as soon as the worker may start: the first progress call already says stop.
        connect(&dialog, &SyncDialog::syncStarted, &dialog, [&dialog] {
            QPushButton* cancel = button(dialog, "Cancel");
            QVERIFY(cancel && cancel->isEnabled());
            cancel->click();
        });

        QVERIFY(runAndWait(dialog, "S&ync"));
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        QVERIFY(dialog.report().cancelled);
        QVERIFY(runCount(target.path()) < 30);
        QVERIFY2(dialog.summaryText().contains("Sync cancelled"), qPrintable(dialog.summaryText()));
        QVERIFY(button(dialog, "Cancel")->isHidden());
        QVERIFY(button(dialog, "S&ync")->isEnabled());
    }

    void closingWhileRunningCancelsThenCloses()
    {
        TempStore source, target;
        fillRuns(source.path(), 30);
        StoreSession session;
        SyncDialog dialog(&session, {});
        choose(dialog, source.path(), target.path());
        dialog.show();
        // The window's close button, pressed as the worker starts.
        connect(&dialog, &SyncDialog::syncStarted, &dialog, [&dialog] { dialog.close(); });
        QSignalSpy done(&dialog, &SyncDialog::syncFinished);
        button(dialog, "S&ync")->click();
        QVERIFY(dialog.isVisible()); // not while the worker writes
        QVERIFY(dialog.isRunning());
        QVERIFY(done.wait(60000));
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.report().cancelled);
        QVERIFY(runCount(target.path()) < 30);
    }

    // The application quitting mid-sync destroys the dialog with the worker running: the
    // destructor cancels and waits, so the worker never writes into a dead dialog.
    void destroyedWhileRunningWaitsForTheWorker()
    {
        TempStore source, target;
        fillRuns(source.path(), 30);
        StoreSession session;
        auto dialog = std::make_unique<SyncDialog>(&session, QStringList{});
        choose(*dialog, source.path(), target.path());
        bool wasRunning = false;
        connect(dialog.get(), &SyncDialog::syncStarted, this, [&] { wasRunning = true; });
        button(*dialog, "S&ync")->click();
        QVERIFY(wasRunning && dialog->isRunning());
        dialog.reset();
        QCoreApplication::processEvents(); // a queued progress update must find no dialog
        QVERIFY(runCount(target.path()) <= 30);
    }

    void queryThatDoesNotParseWritesNothing()
    {
        TempStore source, target;
        fillRuns(source.path(), 2);
        StoreSession session;
        SyncDialog dialog(&session, {});
        choose(dialog, source.path(), target.path(), "params.lr < ");
        QSignalSpy started(&dialog, &SyncDialog::syncStarted);

        button(dialog, "S&ync")->click();
        QCOMPARE(started.count(), 0);
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.error().startsWith("The query does not parse, column 13:"), qPrintable(dialog.error()));
        QVERIFY(!QFileInfo::exists(qpath(target.path()))); // not even created
        QVERIFY(dialog.summaryText().isEmpty());

        // Fixed, it runs.
        dialog.findChild<QLineEdit*>("query")->setText("params.lr < 0.15");
        QVERIFY(runAndWait(dialog, "S&ync"));
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        QCOMPARE(runCount(target.path()), 1);
    }

    void sameStoreTwiceIsAnErrorLine()
    {
        TempStore store;
        fillRuns(store.path(), 2);
        StoreSession session;
        QVERIFY(session.open(qpath(store.path())));
        SyncDialog dialog(&session, {});
        // The same file spelled another way is the same store.
        choose(dialog, store.path(), (store.dir() + "/./runlens.db").toStdString());
        QSignalSpy started(&dialog, &SyncDialog::syncStarted);

        button(dialog, "S&ync")->click();
        QCOMPARE(started.count(), 0);
        QCOMPARE(dialog.error(), QString("The source and the target are the same store: choose another one."));
        QVERIFY(dialog.summaryText().isEmpty());
        QCOMPARE(runCount(store.path()), 2);
        QVERIFY(button(dialog, "S&ync")->isEnabled()); // the user can fix it and go on
    }

    void missingSourceIsAnErrorLine()
    {
        TempStore source, target;
        StoreSession session;
        SyncDialog dialog(&session, {});
        choose(dialog, source.path(), target.path()); // source never created
        QSignalSpy started(&dialog, &SyncDialog::syncStarted);
        button(dialog, "&Preview")->click();
        QCOMPARE(started.count(), 0);
        QCOMPARE(dialog.error(), "There is no store at " + qpath(source.path()) + ".");
        QVERIFY(!QFileInfo::exists(qpath(source.path())));
    }

    // What only core can tell (here: a file that is not a store) ends in one line too,
    // and the dialog is ready for another try.
    void storeErrorFromCoreIsAnErrorLine()
    {
        TempStore source, target;
        QFile notAStore(qpath(source.path()));
        QVERIFY(notAStore.open(QIODevice::WriteOnly));
        notAStore.write("step,loss\n0,1.0\n");
        notAStore.close();
        StoreSession session;
        SyncDialog dialog(&session, {});
        choose(dialog, source.path(), target.path());

        QVERIFY(runAndWait(dialog, "S&ync"));
        QVERIFY2(dialog.error().startsWith("The sync stopped: "), qPrintable(dialog.error()));
        QVERIFY2(dialog.error().contains(qpath(source.path())), qPrintable(dialog.error()));
        QVERIFY(dialog.summaryText().isEmpty());
        QVERIFY(!QFileInfo::exists(qpath(target.path())));
        QVERIFY(button(dialog, "S&ync")->isEnabled());
        QVERIFY(button(dialog, "Cancel")->isHidden());
    }

    void emptyStoreFieldsAreRefusedBeforeStarting()
    {
        StoreSession session; // no store open: nothing is prefilled
        SyncDialog dialog(&session, {});
        QSignalSpy started(&dialog, &SyncDialog::syncStarted);
        button(dialog, "&Preview")->click();
        QCOMPARE(started.count(), 0);
        QCOMPARE(dialog.error(), QString("Choose the store to bring runs from."));
    }

    void fileMenuOpensTheDialog()
    {
        TempStore here;
        StoreSession session;
        QVERIFY(session.open(qpath(here.path())));
        MainWindow window(&session);
        auto* action = window.findChild<QAction*>("syncRunsAction");
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(action->shortcut().isEmpty());
        QString target;
        QTimer::singleShot(0, &window, [&target] {
            auto* dialog = qobject_cast<SyncDialog*>(QApplication::activeModalWidget());
            if (!dialog) { // something else came up: close it, the compare below fails
                if (QWidget* other = QApplication::activeModalWidget())
                    other->close();
                return;
            }
            target = dialog->findChild<QComboBox*>("target")->currentText();
            dialog->close();
        });
        action->trigger();
        QCOMPARE(target, qpath(here.path()));
    }
};

QTEST_MAIN(TestSyncDialog)
#include "tst_sync_dialog.moc"

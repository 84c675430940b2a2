// The query bar: errors shown at their position (also after non-ASCII text), valid
// queries applied, completion of fields and keys, and the history.

#include "runs/QueryBar.h"
#include "runs/QueryCompletion.h"
#include "WidgetTestSupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace runlens;

class TestQueryBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }

    void errorAtItsPosition()
    {
        QueryBar bar;
        bar.show();
        bar.lineEdit()->setText("params.lr 0.01");
        QVERIFY(bar.hasError());
        QCOMPARE(bar.errorPosition(), 10);
        QVERIFY(bar.errorMessage().startsWith("expected an operator"));
        QVERIFY(bar.errorLabel()->isVisible());
        // Under a copy of the query, the caret stands under the 11th character.
        QString label = bar.errorLabel()->text();
        QVERIFY2(label.contains("params.lr 0.01\n<span style=\"color:#e53935\">          ^</span>"), qPrintable(label));
        QVERIFY(label.contains("Column 11"));
        // Fixed: the error goes away.
        bar.lineEdit()->setText("params.lr = 0.01");
        QVERIFY(!bar.hasError());
        QVERIFY(!bar.errorLabel()->isVisible());
    }

    void errorPositionCountsCharactersNotBytes()
    {
        QueryBar bar;
        // 'é' is two bytes in UTF-8; the core reports bytes, the bar shows characters.
        bar.lineEdit()->setText("name ~ 'é' and foo = 1");
        QVERIFY(bar.hasError());
        QCOMPARE(bar.errorPosition(), 15);
        QVERIFY(bar.errorMessage().contains("unknown field 'foo'"));
        bar.lineEdit()->setText("(name = 'naïve'");
        QCOMPARE(bar.errorPosition(), 15); // expected ')' at the end
    }

    void appliesValidQueries()
    {
        QueryBar bar;
        QSignalSpy spy(&bar, &QueryBar::queryChanged);
        bar.lineEdit()->setText("status = crashed");
        QCOMPARE(spy.count(), 0); // applied after a pause, not on every key
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(QString::fromStdString(spy.at(0).at(0).value<Query>().text()), QString("status = crashed"));
        bar.lineEdit()->setText("status = ");
        bar.applyNow();
        QCOMPARE(spy.count(), 1); // an invalid query is never applied
        bar.setText("");
        QCOMPARE(spy.count(), 2);
        QVERIFY(spy.at(1).at(0).value<Query>().isEmpty());
    }

    void completesFieldsAndKeys()
    {
        QueryCompletion c;
        c.setKeys({"lr", "1x"}, {"team"}, {"val/acc", "val acc"});
        auto r = c.complete("params.", 7);
        QCOMPARE(r.start, 0);
        QVERIFY(r.candidates.contains("params.lr"));
        QVERIFY(r.candidates.contains("params.`1x`")); // not a bare key: backquoted
        r = c.complete("status = finished and metrics.val", 33);
        QCOMPARE(r.start, 22);
        QCOMPARE(r.prefix, QString("metrics.val"));
        QCOMPARE(r.candidates, QStringList({"metrics.val/acc", "metrics.`val acc`"}));
        r = c.complete("status = ", 9);
        QVERIFY(r.candidates.contains("crashed"));
        r = c.complete("status = ru", 11);
        QCOMPARE(r.candidates, QStringList({"running"}));
        r = c.complete("name = a ", 9);
        QCOMPARE(r.candidates, QStringList({"and", "or"}));
        r = c.complete("acc", 3); // contains, not only starts with
        QCOMPARE(r.candidates, QStringList({"metrics.val/acc", "metrics.`val acc`"}));
        QCOMPARE(QueryCompletion::field("tags.", "a`b c"), QString("tags.`a``b c`"));

        QueryBar bar;
        bar.setKeys({"lr"}, {}, {"loss"});
        bar.lineEdit()->setText("params.");
        bar.lineEdit()->setCursorPosition(7);
        QCOMPARE(bar.showCompletions(), QStringList({"params.lr"}));
    }

    void keepsHistory()
    {
        QueryBar bar;
        bar.setHistoryKey("test/queryHistory");
        bar.show();
        bar.lineEdit()->setFocus();
        bar.lineEdit()->setText("status = failed");
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        bar.lineEdit()->setText("name ~ sgd");
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(bar.history(), QStringList({"name ~ sgd", "status = failed"}));
        bar.lineEdit()->clear();
        QTest::keyClick(bar.lineEdit(), Qt::Key_Up);
        QCOMPARE(bar.text(), QString("name ~ sgd"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Up);
        QCOMPARE(bar.text(), QString("status = failed"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Down);
        QCOMPARE(bar.text(), QString("name ~ sgd"));
        // Kept in the settings for the next session.
        QueryBar again;
        again.setHistoryKey("test/queryHistory");
        QCOMPARE(again.history(), bar.history());
    }
};

QTEST_MAIN(TestQueryBar)
#include "tst_query_bar.moc"

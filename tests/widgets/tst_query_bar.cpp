// The query bar: errors shown at their position (also after non-ASCII text), in the
// user's language, valid queries applied, completion of fields and keys, and the history.

#include "common/Translation.h"
#include "runs/QueryBar.h"
#include "runs/QueryCompletion.h"
#include "runs/QueryErrorText.h"
#include "WidgetTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

namespace {

// Every error case of the query language's shared vectors (tests/data/query_cases.json).
QStringList errorQueries()
{
    QFile file(qEnvironmentVariable("RUNLENS_SOURCE_DIR") + QStringLiteral("/tests/data/query_cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const auto& c : QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray()) {
        if (c.toObject().contains("error_at"))
            out << c.toObject().value("query").toString();
    }
    return out;
}

constexpr int kLastCode = int(runlens::QueryError::Code::PatternTooLong);

} // namespace

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

    // "status = crashd" matched nothing without a word; now it says what a status is.
    void unknownStatusIsAnError()
    {
        QueryBar bar;
        QSignalSpy spy(&bar, &QueryBar::queryChanged);
        bar.lineEdit()->setText("status = crashd");
        QVERIFY(bar.hasError());
        QCOMPARE(bar.errorPosition(), 9);
        QCOMPARE(bar.errorMessage(), QString("unknown status 'crashd' (did you mean 'crashed'?); "
                                             "use one of running, finished, failed, killed or crashed"));
        bar.applyNow();
        QCOMPARE(spy.count(), 0); // never applied as a filter that hides every run
    }

    // "Column 25: unterminated string starting at 24" named the place twice, and once
    // wrong: columns count from 1 and the message leaves the position to the frame.
    void positionIsSaidOnceFromOne()
    {
        QueryBar bar;
        bar.lineEdit()->setText("name = 'abc");
        QCOMPARE(bar.errorPosition(), 7);
        QVERIFY2(bar.errorLabel()->text().contains("Column 8: unterminated string: the closing ' is missing"),
                 qPrintable(bar.errorLabel()->text()));
        QVERIFY(!bar.errorMessage().contains("7"));
        bar.lineEdit()->setText("name = b or (name = a");
        QVERIFY(bar.errorMessage().endsWith("the '(' in column 13 is not closed"));
        QVERIFY(bar.errorLabel()->text().contains("Column 22:"));
        // The column counts characters as core, the CLI and Python do.
        bar.lineEdit()->setText("name = 'é€' and foo = 1");
        QVERIFY(bar.errorLabel()->text().contains("Column 17:"));
    }

    // Untranslated, the bar says exactly what core says (the CLI and Python say it too):
    // for every error of the shared vectors, and every code with made-up arguments.
    void errorTextsAreCoresInEnglish()
    {
        QCOMPARE(Translation::install("en"), QString("en"));
        const QStringList queries = errorQueries();
        QVERIFY2(queries.size() > 40, "tests/data/query_cases.json not found (RUNLENS_SOURCE_DIR)");
        for (const auto& q : queries) {
            try {
                Query::parse(q.toStdString());
                QFAIL(qPrintable("no error: " + q));
            } catch (const QueryError& e) {
                QCOMPARE(QueryErrorText::message(e), QString::fromStdString(e.message()));
            }
        }
        for (int c = 0; c <= kLastCode; ++c) {
            for (const std::vector<std::string>& args :
                 {std::vector<std::string>{"a", "b", "3"}, {"", "b", "3"}, {"a", "", "3"}, {"", ""}}) {
                QStringList qargs;
                for (const auto& a : args)
                    qargs << QString::fromStdString(a);
                const auto code = QueryError::Code(c);
                QCOMPARE(QueryErrorText::message(code, qargs), QString::fromStdString(QueryError::englishText(code, args)));
            }
        }
    }

    // German: no English sentence inside the German frame, for any code.
    void errorTextsSpeakGerman()
    {
        QCOMPARE(Translation::install("de"), QString("de"));
        QueryBar bar;
        bar.lineEdit()->setText("status = crashd");
        const QString label = bar.errorLabel()->text();
        QVERIFY2(label.contains("Spalte 10:"), qPrintable(label));
        QVERIFY2(bar.errorMessage().startsWith("unbekannter Status"), qPrintable(bar.errorMessage()));
        QVERIFY(bar.errorMessage().contains("crashed"));
        for (int c = 0; c <= kLastCode; ++c) {
            const auto code = QueryError::Code(c);
            const QStringList args{"a", "b", "3"};
            const std::vector<std::string> stdArgs{"a", "b", "3"};
            QVERIFY2(QueryErrorText::message(code, args) != QString::fromStdString(QueryError::englishText(code, stdArgs)),
                     qPrintable(QStringLiteral("not translated: ") + QueryErrorText::message(code, args)));
        }
        QCOMPARE(Translation::install("en"), QString("en"));
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

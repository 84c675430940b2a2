// File names suggested from what the user named: every system must take them, and
// they still read like the name.

#include "runlens/model/SafeFileName.h"

#include <QTest>

#include <string>

using namespace runlens;

class TestSafeFileName : public QObject {
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a colon after a word") << "MLOps level 0: manual process" << "MLOps level 0 manual process";
        QTest::newRow("a colon inside a word") << "run 12:30" << "run 12-30";
        QTest::newRow("slashes") << "train/val loss" << "train-val loss";
        QTest::newRow("backslash and pipe") << R"(a\b|c)" << "a-b-c";
        QTest::newRow("quotes and marks") << R"("best" model? yes*)" << "best model yes";
        QTest::newRow("angle brackets") << "x < y > z" << "x y z";
        QTest::newRow("control characters") << "line\none\ttab" << "line one tab";
        QTest::newRow("trailing dots and spaces") << "report.. " << "report";
        QTest::newRow("leading dots") << "...hidden" << "hidden";
        QTest::newRow("a device name") << "CON" << "CON_";
        QTest::newRow("a device name with a suffix") << "nul.txt" << "nul_.txt";
        QTest::newRow("com ports") << "com7" << "com7_";
        QTest::newRow("not a device name") << "console" << "console";
        QTest::newRow("other scripts stay") << "Übersicht: Modell — 学習" << "Übersicht Modell — 学習";
        QTest::newRow("nothing usable") << " :?* " << "diagram";
        QTest::newRow("empty") << "" << "diagram";
    }

    void names()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(SafeFileName::from(title.toStdString(), "diagram")), expected);
    }

    void longNamesAreCutBetweenCharacters()
    {
        std::string title;
        for (int i = 0; i < 100; ++i)
            title += "ä"; // two bytes each
        const std::string name = SafeFileName::from(title, "x");
        QVERIFY(name.size() <= SafeFileName::kMaxBytes);
        QCOMPARE(name.size() % 2, std::size_t(0));
        QVERIFY(QString::fromStdString(name).toStdString() == name); // still valid UTF-8
        QCOMPARE(QString::fromStdString(name), QString(60, QChar(0xe4)));
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_model_safe_file_name.moc"

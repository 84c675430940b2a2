// File > Open Team Store…: what it takes (a postgresql:// URL or a service name), what
// it refuses before anything connects, and how the window then names the store.
#include "window/StoreLabel.h"
#include "window/TeamStoreDialog.h"
#include "WidgetTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace runlens;

class TestTeamStoreDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }

    void locationsItTakes()
    {
        QCOMPARE(TeamStoreDialog::locationFor(" postgresql://alice@db.lab/team "),
                 QStringLiteral("postgresql://alice@db.lab/team"));
        QCOMPARE(TeamStoreDialog::locationFor("postgres://db.lab/team"), QStringLiteral("postgres://db.lab/team"));
        QCOMPARE(TeamStoreDialog::locationFor("lab-2"), QStringLiteral("postgresql:///?service=lab-2"));
        for (const char* bad : {"", "ftp://db.lab/team", "my service", "lab;drop", "~/runs.db"})
            QCOMPARE(TeamStoreDialog::locationFor(bad), QString());
    }

    void openIsOfferedOnlyForATeamStore()
    {
        TeamStoreDialog dialog;
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("teamStoreLocation"));
        QVERIFY(edit);
        QPushButton* open = nullptr;
        for (auto* b : dialog.findChildren<QPushButton*>())
            open = b->isDefault() || b->text().contains(QStringLiteral("Open")) ? b : open;
        QVERIFY(open);
        QVERIFY(!open->isEnabled());
        edit->setText(QStringLiteral("ftp://db.lab/team"));
        QVERIFY(!open->isEnabled());
        bool said = false;
        for (auto* l : dialog.findChildren<QLabel*>())
            said = said || l->text().contains(QStringLiteral("postgresql://"));
        QVERIFY(said);
        edit->setText(QStringLiteral("postgresql://alice@db.lab/team"));
        QVERIFY(open->isEnabled());
        QCOMPARE(dialog.location(), QStringLiteral("postgresql://alice@db.lab/team"));
    }

    void windowTitleNamesTheStore()
    {
        QCOMPARE(StoreLabel::shortName("/home/alice/runs/runlens.db"), QStringLiteral("runlens.db"));
        QCOMPARE(StoreLabel::shortName("postgresql://alice@db.lab:5433/runlens_team?sslmode=verify-full"),
                 QStringLiteral("runlens_team on db.lab"));
        QCOMPARE(StoreLabel::shortName("postgresql://postgres@/team?host=%2Ftmp%2Frlpg.x&port=5432"),
                 QStringLiteral("team on this computer"));
        QCOMPARE(StoreLabel::shortName("postgresql:///?service=lab"), QStringLiteral("service lab"));
    }
};

QTEST_MAIN(TestTeamStoreDialog)
#include "tst_team_store_dialog.moc"

// What a report says about itself and how it falls on paper (issue 12): the default
// baseline is a column that can carry a comparison, the title page says what the report
// covers, legends stay with their charts and headings with what follows, and no form
// label shows a literal "&".

#include "tst_report_support.h"

#include "report/ReportBuilder.h"
#include "report/ReportDialog.h"
#include "report/ReportPageFlow.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportStyle.h"

#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>

using namespace runlens;
using namespace reporttest;

namespace {

// A figure of a fixed height: fills a page to a known line in the layout tests.
class FixedFigure : public ReportFigure {
public:
    explicit FixedFigure(double height) : m_height(height) {}
    QSizeF size(double width) const override { return {width, m_height}; }
    void render(QPainter&, const QRectF&) override {}
    QString description() const override { return QStringLiteral("fixed"); }

private:
    double m_height;
};

RunRecord scored(std::int64_t id, const std::string& name, RunStatus status, double lr, int seed, double acc)
{
    RunRecord r = record(id, name, status);
    r.params["lr"] = ParamValue(lr);
    r.params["seed"] = ParamValue(std::int64_t(seed));
    r.series.push_back(summary("val/acc", acc, std::min(acc, 0.1), std::max(acc, 0.1)));
    return r;
}

QString fact(const ReportDocument& doc, const QString& name)
{
    for (const auto& [n, v] : doc.facts)
        if (n == name)
            return v;
    return {};
}

// A document whose first page is filled by a figure up to `room` pixels above its
// bottom edge; the blocks under test follow.
ReportDocument filledPage(double room)
{
    ReportDocument doc;
    doc.titlePage = false;
    ReportPageFlow probe(doc, ReportPdfWriter::pageSize(doc));
    double filler = probe.contentRect().height() - ReportStyle::kBlockGap - room;
    doc.figures({std::make_shared<FixedFigure>(filler)}, 1);
    return doc;
}

// The pages a document falls on (what each holds is counted, never drawn).
std::vector<ReportPageFlow::Page> laidOut(const ReportDocument& doc)
{
    ReportPageFlow flow(doc, ReportPdfWriter::pageSize(doc));
    flow.layout();
    return flow.pages();
}

std::shared_ptr<ReportTable> oneRowLegend()
{
    auto t = std::make_shared<ReportTable>(std::vector<ReportColumn>{ReportColumn::text(QString())});
    t->showHeader = false;
    t->addRow({ReportCell(QStringLiteral("run-a"))});
    return t;
}

} // namespace

class TestReportTrust : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }

    // `runlens report --by-config` once compared everything against the diverged lr=200
    // run: every delta NaN, every verdict "no test".
    void defaultBaselineSkipsTheFailedRun()
    {
        ReportInput input;
        input.runs = {scored(1, "lr200", RunStatus::Failed, 200, 1, NAN)};
        for (int s = 0; s < 3; ++s) {
            input.runs.push_back(scored(2 + s, "good-" + std::to_string(s), RunStatus::Finished, 0.1, s, 0.8 + s * 0.01));
            input.runs.push_back(scored(5 + s, "other-" + std::to_string(s), RunStatus::Finished, 0.01, s, 0.7 + s * 0.01));
        }
        ReportOptions options;
        options.sections = {ReportSection::Title, ReportSection::Summary};
        options.groupByConfig = true;
        auto doc = ReportBuilder(nullptr).build(input, options);
        QVERIFY(doc);
        QVERIFY2(fact(*doc, QStringLiteral("Baseline")).startsWith(QStringLiteral("good-")),
                 qPrintable(fact(*doc, QStringLiteral("Baseline"))));
        options.groupByConfig = false; // each run: the first finished one
        doc = ReportBuilder(nullptr).build(input, options);
        QVERIFY(fact(*doc, QStringLiteral("Baseline")).startsWith(QStringLiteral("good-0")));
        // A baseline the user names is kept, even a failed one.
        input.baselineId = input.runs[0].uuid;
        doc = ReportBuilder(nullptr).build(input, options);
        QVERIFY(fact(*doc, QStringLiteral("Baseline")).startsWith(QStringLiteral("lr200")));
    }

    void dialogDefaultsToTheAutomaticBaseline()
    {
        std::vector<RunRecord> runs{scored(1, "lr200", RunStatus::Failed, 200, 1, NAN),
                                    scored(2, "good", RunStatus::Finished, 0.1, 1, 0.8)};
        ReportDialog dialog(nullptr, runs, QString(), QString());
        QVERIFY(dialog.input().baselineId.empty()); // the builder applies core's rule
        ReportDialog chosen(nullptr, runs, QString::fromStdString(runs[0].uuid), QString());
        QCOMPARE(chosen.input().baselineId, runs[0].uuid);
    }

    // Every mnemonic label has a buddy, or Qt shows the "&" as text ("&Page:").
    void dialogLabelsHaveBuddies()
    {
        ReportDialog dialog(nullptr, {scored(1, "a", RunStatus::Finished, 0.1, 1, 0.8)}, QString(), QString());
        int mnemonics = 0;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->text().contains(QLatin1Char('&')) || label->text().contains(QStringLiteral("&&")))
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(mnemonics >= 4); // Title, Page, Compare, Baseline
    }

    // The first export of a new user went to ~/Documents, which not every home has:
    // "Cannot write …". The suggested file is always in a folder that exists.
    void suggestedOutputFolderExists()
    {
        QTemporaryDir gone;
        const QString missing = gone.path() + QStringLiteral("/removed");
        QSettings().setValue(QStringLiteral("report/dir"), missing);
        ReportDialog dialog(nullptr, {scored(1, "a", RunStatus::Finished, 0.1, 1, 0.8)}, QString(), QString());
        const QFileInfo suggested(dialog.outputPath());
        QVERIFY2(suggested.absoluteDir().exists(), qPrintable(dialog.outputPath()));
        QCOMPARE(suggested.fileName(), QStringLiteral("runlens-report.pdf"));
        // A folder that exists is kept.
        QSettings().setValue(QStringLiteral("report/dir"), gone.path());
        ReportDialog again(nullptr, {scored(1, "a", RunStatus::Finished, 0.1, 1, 0.8)}, QString(), QString());
        QCOMPARE(QFileInfo(again.outputPath()).absolutePath(), QFileInfo(gone.path()).absoluteFilePath());
    }

    void titlePageSaysWhatItCovers()
    {
        ReportInput input;
        for (int i = 0; i < 6; ++i)
            input.runs.push_back(scored(1 + i, "r" + std::to_string(i), RunStatus::Finished, 0.1, i, 0.8));
        input.scope = QStringLiteral("the 6 selected runs");
        auto doc = ReportBuilder(nullptr).build(input, {});
        QVERIFY(doc);
        QCOMPARE(fact(*doc, QStringLiteral("Scope")), QStringLiteral("the 6 selected runs"));
        QVERIFY2(fact(*doc, QStringLiteral("Query")).isEmpty(), qPrintable(fact(*doc, QStringLiteral("Query"))));
        input.scope.clear();
        input.query = QStringLiteral("lr > 0.01");
        doc = ReportBuilder(nullptr).build(input, {});
        QCOMPARE(fact(*doc, QStringLiteral("Query")), QStringLiteral("lr > 0.01"));
        input.query.clear();
        doc = ReportBuilder(nullptr).build(input, {});
        QCOMPARE(fact(*doc, QStringLiteral("Query")), QStringLiteral("(all runs)"));
    }

    // Room for the legend but not for the chart under it: both go overleaf.
    void legendStaysWithItsFigures()
    {
        ReportDocument doc = filledPage(150);
        doc.legend(oneRowLegend());
        doc.figures({std::make_shared<FixedFigure>(300)}, 1);
        const auto pages = laidOut(doc);
        QCOMPARE(pages.size(), std::size_t(2));
        QCOMPARE(pages[0].steps.size(), std::size_t(1)); // the filler alone
        QCOMPARE(pages[1].steps.size(), std::size_t(2)); // legend and chart
        QCOMPARE(pages[1].figures, 1);
    }

    // A section heading, its sub-heading, then a chart that does not fit: neither
    // heading may be left at the foot of the page.
    void headingsStayWithWhatFollows()
    {
        ReportDocument doc = filledPage(150);
        doc.heading(QStringLiteral("Slices"), 1);
        doc.heading(QStringLiteral("val/acc"), 2);
        doc.figures({std::make_shared<FixedFigure>(300)}, 1);
        const auto pages = laidOut(doc);
        QCOMPARE(pages.size(), std::size_t(2));
        QCOMPARE(pages[0].steps.size(), std::size_t(1));
        QCOMPARE(pages[1].steps.size(), std::size_t(3));

        // Heading, a one-line intro and a legend before the chart: all go together.
        ReportDocument intro = filledPage(200);
        intro.heading(QStringLiteral("Learning curves"), 1);
        intro.paragraph(QStringLiteral("Curves are smoothed as in the app."), ReportBlock::Tone::Muted);
        intro.legend(oneRowLegend());
        intro.figures({std::make_shared<FixedFigure>(300)}, 1);
        const auto introPages = laidOut(intro);
        QCOMPARE(introPages[0].steps.size(), std::size_t(1));
        QCOMPARE(introPages[1].figures, 1);

        // With room enough, nothing moves.
        ReportDocument roomy = filledPage(600);
        roomy.heading(QStringLiteral("Slices"), 1);
        roomy.heading(QStringLiteral("val/acc"), 2);
        roomy.figures({std::make_shared<FixedFigure>(300)}, 1);
        const auto roomyPages = laidOut(roomy);
        QCOMPARE(roomyPages.size(), std::size_t(1));
    }
};

QTEST_MAIN(TestReportTrust)
#include "tst_report_trust.moc"

// The report model and its layout (issue 6): sections parsed and ordered, long names
// wrapped and elided inside their column, thousands of runs paginated with the
// comparison limited (and saying so), curves limited to a number of keys with the rest
// listed, charts drawn in the runs' colours, and the dialog's choices.

#include "tst_report_support.h"

#include "charts/CurveCache.h"
#include "report/ReportBuilder.h"
#include "report/ReportCurveFigure.h"
#include "report/ReportDialog.h"
#include "report/ReportPageFlow.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportSection.h"
#include "report/ReportStyle.h"
#include "report/ReportTableLayout.h"
#include "report/ReportText.h"
#include "common/RunColors.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>

using namespace runlens;
using namespace reporttest;

namespace {

int countBlocks(const ReportDocument& doc, ReportBlock::Kind kind)
{
    return int(std::count_if(doc.blocks.begin(), doc.blocks.end(), [&](const ReportBlock& b) { return b.kind == kind; }));
}

bool hasParagraph(const ReportDocument& doc, const QString& part)
{
    return std::any_of(doc.blocks.begin(), doc.blocks.end(), [&](const ReportBlock& b) {
        return b.kind == ReportBlock::Kind::Paragraph && b.text.contains(part);
    });
}

} // namespace

class TestReportModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useTemporarySettings(); }

    void sectionsParseInDocumentOrder()
    {
        QStringList unknown;
        auto s = ReportSections::parseList(QStringLiteral("runs, title,bogus,,METRICS"), &unknown);
        QCOMPARE(ReportSections::idList(s), QStringLiteral("title,runs,metrics"));
        QCOMPARE(unknown, QStringList{QStringLiteral("bogus")});
        QVERIFY(!ReportSections::defaults().contains(ReportSection::Diagram));
        QVERIFY(ReportSections::defaults().contains(ReportSection::Notes));
    }

    void longNamesWrapAndElideInsideTheirColumn()
    {
        ReportTable t({ReportColumn::text(QStringLiteral("Run")), ReportColumn::number(QStringLiteral("Value"))});
        t.addRow({QString::fromStdString(kLongName), QStringLiteral("0.91")});
        t.addRow({QStringLiteral("short"), QStringLiteral("0.5")});
        const double width = 300;
        ReportTableLayout layout(t, width);
        QVERIFY(layout.width() <= width + 0.5);
        const QStringList lines = layout.cellLines(0, 0);
        QCOMPARE(lines.size(), ReportStyle::kMaxCellLines);
        QVERIFY2(lines.last().endsWith(QStringLiteral("…")), qPrintable(lines.last()));
        const double columnText = layout.columnWidths()[0] - 2 * ReportStyle::kCellPadX;
        for (const QString& line : lines)
            QVERIFY(ReportText::width(line, ReportStyle::small()) <= columnText + 0.5);
        QCOMPARE(layout.cellLines(0, 1), QStringList{QStringLiteral("0.91")}); // numbers keep one line
        QCOMPARE(layout.cellLines(1, 0).size(), 1);
        QVERIFY(layout.rowHeight(0) > layout.rowHeight(1));
    }

    // The German per-slice table: long headers and flags made the table wider than the
    // page, and every column shrank alike, so "0,879861" broke at its comma into "0," and
    // "879861". Text columns give way first, then numbers wrap between words only.
    void numbersKeepOneLineWhileTextColumnsGiveWay()
    {
        using C = ReportColumn;
        ReportTable t({C::text(QStringLiteral("Teilmenge")), C::text(QStringLiteral("Lauf"), 2),
                       C::number(QStringLiteral("Wert")), C::number(QStringLiteral("Gesamt")),
                       C::number(QStringLiteral("Gegenüber gesamt")), C::number(QStringLiteral("Δ zur Referenz")),
                       C::text(QStringLiteral("Hinweise"))});
        for (int i = 0; i < 10; ++i)
            t.addRow({QStringLiteral("region=us"), QStringLiteral("lr=0,01, model=softmax"), QStringLiteral("0,879861"),
                      QStringLiteral("0,867292"), QStringLiteral("0,0126 besser"), QStringLiteral("−0,000851 (−0,1 %)"),
                      QStringLiteral("verschlechtert, während gesamt verbessert; viel schlechter als gesamt")});
        // The text width of an A4 page at the report's size, and a narrower one.
        for (double width : {666.0, 560.0}) {
            ReportTableLayout layout(t, width);
            QVERIFY(layout.width() <= width + 0.5);
            for (std::size_t c = 2; c <= 5; ++c) {
                const QStringList lines = layout.cellLines(0, c);
                QVERIFY2(lines.join(QLatin1Char(' ')) == t.rows[0][c].text, qPrintable(lines.join(QLatin1Char('|'))));
            }
        }
    }

    void thousandsOfRunsPaginateAndTheComparisonIsLimited()
    {
        std::vector<RunRecord> runs;
        for (int i = 0; i < 2000; ++i) {
            RunRecord r = record(i + 1, "run-" + std::to_string(i));
            r.params["lr"] = ParamValue(0.001 * (i % 7 + 1));
            r.series.push_back(summary("val/acc", 0.5 + (i % 100) / 1000.0, 0.4, 0.6));
            runs.push_back(r);
        }
        ReportInput input;
        input.runs = runs;
        ReportOptions options;
        options.sections = {ReportSection::Title, ReportSection::Summary, ReportSection::Runs, ReportSection::Params,
                            ReportSection::Metrics};
        auto doc = ReportBuilder(nullptr).build(input, options);
        QVERIFY(doc.has_value());
        const ReportBlock* runsTable = nullptr;
        for (const auto& b : doc->blocks)
            if (b.kind == ReportBlock::Kind::Table && b.table->rows.size() == 2000)
                runsTable = &b;
        QVERIFY(runsTable);
        QVERIFY(hasParagraph(*doc, QStringLiteral("40 of 2000")));
        ReportPageFlow flow(*doc, ReportPdfWriter::pageSize(*doc));
        flow.layout();
        QVERIFY2(flow.pages().size() > 40, qPrintable(QString::number(flow.pages().size())));
        for (const auto& page : flow.pages())
            QVERIFY(!page.steps.empty());
    }

    void baselineMustBeAmongTheRuns()
    {
        ReportInput input;
        input.runs = {record(1, "a"), record(2, "b")};
        input.baselineId = "ffffffffffff";
        QString error;
        auto doc = ReportBuilder(nullptr).build(input, {}, {}, &error);
        QVERIFY(!doc);
        QVERIFY(error.contains(QStringLiteral("ffffffffffff")));
        input.baselineId = input.runs[1].uuid;
        QVERIFY(ReportBuilder(nullptr).build(input, {}).has_value());
    }

    void curvesAreLimitedAndTheRestListed()
    {
        TempStore tmp;
        Store store = Store::open(tmp.path());
        std::string id;
        {
            auto run = store.startRun({.experiment = "reports", .name = "many-keys", .captureEnvironment = false});
            for (int k = 0; k < 20; ++k)
                for (int step = 0; step < 5; ++step)
                    run.logMetric("metric/" + std::to_string(k), step * k, step);
            run.finish();
            id = run.id();
        }
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(tmp.path())));
        ReportInput input;
        input.runs = session.runs({});
        ReportOptions options;
        options.sections = {ReportSection::Curves};
        options.maxCurveKeys = 12;
        auto doc = ReportBuilder(&session).build(input, options);
        QVERIFY(doc);
        QCOMPARE(doc->figureCount(), 12);
        QVERIFY(hasParagraph(*doc, QStringLiteral("8 more metric(s) not drawn")));
    }

    void chartsAreDrawnInTheRunsColours()
    {
        TempStore tmp;
        Store store = Store::open(tmp.path());
        auto run = store.startRun({.experiment = "reports", .name = "coloured", .captureEnvironment = false});
        for (int step = 0; step < 200; ++step)
            run.logMetric("loss", 1.0 / (step + 1), step);
        run.finish();
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(tmp.path())));
        RunRecord r = session.runs({}).front();
        RunColors::instance()->registerRuns({r});
        QColor color = RunColors::color(QString::fromStdString(r.uuid));
        ChartRun chartRun{QString::fromStdString(r.uuid), QStringLiteral("coloured"), color, r.series[0].seriesId,
                          r.series[0].count, r.startTime, {}};
        ChartOptions options;
        options.emaWeight = 0; // the raw curve, fully opaque
        ReportCurveFigure figure(std::make_shared<CurveCache>(&session), QStringLiteral("loss"), {chartRun}, options);
        QImage image(600, 380, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            figure.render(p, QRectF(0, 0, 600, 380));
        }
        int matching = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                QColor c = image.pixelColor(x, y);
                matching += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                                    + std::abs(c.blue() - color.blue()) < 40;
            }
        // A curve across the chart: hundreds of pixels of the run's colour, not an empty plot.
        QVERIFY2(matching > 300, qPrintable(QString::number(matching)));
    }

    void dialogRemembersChoicesAndWrites()
    {
        TempStore tmp;
        Store store = Store::open(tmp.path());
        logRuns(store, 3, false);
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(tmp.path())));
        auto runs = session.runs({});
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("dialog.html"));
        {
            ReportDialog dialog(&session, runs, QString::fromStdString(runs[1].uuid), QStringLiteral("q"));
            QCOMPARE(dialog.input().baselineId, runs[1].uuid);
            dialog.sectionBox(ReportSection::Curves)->setChecked(false);
            dialog.sectionBox(ReportSection::Notes)->setChecked(false);
            QVERIFY(!dialog.options().has(ReportSection::Curves));
            QVERIFY(dialog.options().has(ReportSection::Metrics));
            dialog.setOutputPath(path);
            dialog.setOpenWhenDone(false);
            dialog.accept();
            QVERIFY2(dialog.lastResult().ok, qPrintable(dialog.lastResult().error));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.contains("alpha-001"));
        QVERIFY(!html.contains("Learning curves"));
        ReportDialog again(&session, runs, {}, {});
        QVERIFY(!again.sectionBox(ReportSection::Curves)->isChecked());
        QVERIFY(again.sectionBox(ReportSection::Metrics)->isChecked());
        QVERIFY(again.outputPath().endsWith(QStringLiteral(".html")));
        // No suffix: a PDF.
        again.setOutputPath(out.filePath(QStringLiteral("plain")));
        QVERIFY(again.outputPath().endsWith(QStringLiteral("plain.pdf")));
    }
};

QTEST_MAIN(TestReportModel)
#include "tst_report_model.moc"

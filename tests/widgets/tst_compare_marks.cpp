// Cell colours that never claim more than the statistics say (issue 12): colour follows
// the verdict where a test is possible, a lighter tint with an arrow glyph marks a mere
// lean (one run a side), metrics without a direction are never better or worse; the
// Compare view and the report agree. Legend names stay distinct when shortened.

#include "WidgetTestSupport.h"

#include "charts/LegendNames.h"
#include "compare/CompareColors.h"
#include "compare/CompareMetricsModel.h"
#include "compare/CompareMetricsPage.h"
#include "compare/SliceBarChart.h"
#include "report/ReportBuilder.h"
#include "report/ReportStyle.h"

#include "runlens/compare/Comparison.h"
#include "runlens/compare/SliceTable.h"

#include <QApplication>
#include <QTest>

using namespace runlens;

namespace {

RunRecord run(std::int64_t id, const std::string& name, double lr, int seed, double acc, double trainLr)
{
    RunRecord r = record(id, name);
    r.params["lr"] = ParamValue(lr);
    r.params["seed"] = ParamValue(std::int64_t(seed));
    r.series.push_back(summary("val/acc", acc, acc, acc));
    r.series.push_back(summary("train/lr", trainLr, trainLr, trainLr));
    return r;
}

// Two configs of three seeds whose val/acc means differ inside the noise (p = 0.71,
// tests/data/stats_reference.json), and a learning-rate schedule that differs.
std::vector<RunRecord> noisyGroups()
{
    const double a[] = {0.52, 0.61, 0.47}, b[] = {0.55, 0.49, 0.63};
    std::vector<RunRecord> runs;
    for (int i = 0; i < 3; ++i) {
        runs.push_back(run(1 + i, "a" + std::to_string(i), 0.1, i, a[i], 0.1));
        runs.push_back(run(10 + i, "b" + std::to_string(i), 0.01, i, b[i], 0.01));
    }
    return runs;
}

QPalette pal() { return QApplication::palette(); }

QVariant cellRole(const CompareMetricsModel& m, const std::string& key, int column, int role)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.metricRow(r)->key == key)
            return m.data(m.index(r, column + 1), role);
    return {};
}

const ReportTable* tableWithHeader(const ReportDocument& doc, const QString& header)
{
    for (const auto& b : doc.blocks)
        if (b.kind == ReportBlock::Kind::Table)
            for (const auto& c : b.table->columns)
                if (c.title == header)
                    return b.table.get();
    return nullptr;
}

} // namespace

class TestCompareMarks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }

    // A higher mean inside the noise is not painted green, in the view or the report.
    void insideTheNoiseHasNoColour()
    {
        auto groups = RunGroup::byConfig(noisyGroups());
        std::size_t base = groups[0].label == "lr=0.1" ? 0 : 1;
        auto cmp = Comparison::build(groups, {.baseline = base});
        CompareMetricsModel m;
        m.setComparison(cmp, {});
        const int cand = int(1 - base);
        QCOMPARE(cellRole(m, "val/acc", cand, CompareMetricsModel::ChangeRole).toInt(), int(CompareChange::Better));
        QVERIFY(!cellRole(m, "val/acc", cand, Qt::BackgroundRole).isValid());
        QVERIFY(!cellRole(m, "val/acc", cand, CompareMetricsModel::DeltaTextRole).toString().contains(QStringLiteral("↗")));
        QString tip = cellRole(m, "val/acc", cand, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("not a significant difference")), qPrintable(tip));

        // The report's summary: the delta of the best column is not coloured better.
        ReportInput input;
        input.runs = noisyGroups();
        input.baselineId = input.runs[0].uuid; // the lr=0.1 config
        ReportOptions options;
        options.groupByConfig = true;
        options.sections = {ReportSection::Summary, ReportSection::Metrics};
        auto doc = ReportBuilder(nullptr).build(input, options);
        QVERIFY(doc);
        const ReportTable* best = tableWithHeader(*doc, QStringLiteral("Δ vs baseline"));
        QVERIFY(best);
        bool sawAcc = false;
        for (const auto& row : best->rows)
            if (row[0].text == QStringLiteral("val/acc")) {
                sawAcc = true;
                QCOMPARE(row[5].textColor, CompareColors::markText(CompareMark::None, ReportStyle::paperPalette()));
            }
        QVERIFY(sawAcc);
    }

    // One run a side: no test, so only a lean: lighter tint, arrow glyph, said so.
    void singleRunsLeanWithAGlyph()
    {
        std::vector<RunRecord> runs{run(1, "base", 0.1, 1, 0.80, 0.1), run(2, "cand", 0.01, 1, 0.88, 0.01)};
        auto cmp = Comparison::build(RunGroup::each(runs), {.baseline = 0});
        CompareMetricsModel m;
        m.setComparison(cmp, {});
        QCOMPARE(cellRole(m, "val/acc", 1, CompareMetricsModel::MarkRole).toInt(), int(CompareMark::LeansBetter));
        QColor bg = cellRole(m, "val/acc", 1, Qt::BackgroundRole).value<QColor>();
        QCOMPARE(bg, CompareColors::leansBetterBackground(pal()));
        QVERIFY(bg != CompareColors::betterBackground(pal()));
        QVERIFY(cellRole(m, "val/acc", 1, CompareMetricsModel::DeltaTextRole).toString().startsWith(QStringLiteral("↗")));
        QVERIFY(cellRole(m, "val/acc", 1, Qt::ToolTipRole).toString().contains(QStringLiteral("untested")));
        // The legend names both kinds of colour.
        QString legend = CompareMetricsPage::legendText(pal());
        QVERIFY(legend.contains(CompareColors::leansBetterBackground(pal()).name()));
        QVERIFY(legend.contains(CompareColors::betterBackground(pal()).name()));
        QVERIFY(legend.contains(QStringLiteral("no test possible")));
    }

    // train/lr has no direction: the difference shows, uncoloured, without "better".
    void neutralMetricsAreNotScored()
    {
        std::vector<RunRecord> runs{run(1, "base", 0.1, 1, 0.80, 0.1), run(2, "cand", 0.01, 1, 0.88, 0.01)};
        auto cmp = Comparison::build(RunGroup::each(runs), {.baseline = 0});
        CompareMetricsModel m;
        m.setComparison(cmp, {});
        QCOMPARE(cellRole(m, "train/lr", 1, CompareMetricsModel::DirectionRole).toInt(), int(MetricDirection::Neutral));
        QVERIFY(!cellRole(m, "train/lr", 1, Qt::BackgroundRole).isValid());
        QVERIFY(!cellRole(m, "train/lr", 1, CompareMetricsModel::DeltaTextRole).toString().isEmpty());
        QString tip = cellRole(m, "train/lr", 1, Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QStringLiteral("better")) && !tip.contains(QStringLiteral("worse")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("no direction")));

        ReportInput input;
        input.runs = runs;
        ReportOptions options;
        options.sections = {ReportSection::Summary};
        auto doc = ReportBuilder(nullptr).build(input, options);
        const ReportTable* best = tableWithHeader(*doc, QStringLiteral("Δ vs baseline"));
        QVERIFY(best);
        for (const auto& row : best->rows)
            QVERIFY(row[0].text != QStringLiteral("train/lr")); // no "best" without a direction
        QVERIFY(best->caption.contains(QStringLiteral("train/lr")));
    }

    void legendNamesStayDistinct()
    {
        QFont font;
        QFontMetricsF fm(font);
        const QStringList runs{QStringLiteral("mlp-lr0.5-s1"), QStringLiteral("mlp-lr0.5-s2"),
                               QStringLiteral("mlp-lr0.5-s3")};
        const double narrow = fm.horizontalAdvance(QStringLiteral("mlp-lr0.5"));
        QStringList shown = LegendNames::fit(runs, fm, narrow);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), 3);
        for (int i = 0; i < shown.size(); ++i) {
            QVERIFY2(fm.horizontalAdvance(shown[i]) <= narrow + 0.5, qPrintable(shown[i]));
            QVERIFY2(shown[i].endsWith(QStringLiteral("s%1").arg(i + 1)), qPrintable(shown[i]));
        }
        // Names that fit are left alone; equal names may stay equal.
        QCOMPARE(LegendNames::fit(runs, fm, 1000), runs);
        QStringList same{QStringLiteral("x"), QStringLiteral("x")};
        QCOMPARE(LegendNames::fit(same, fm, 1000), same);
        // Names differing only in the middle keep the middle.
        const QStringList mid{QStringLiteral("resnet-lr0.1-wd-long-suffix"), QStringLiteral("resnet-lr0.3-wd-long-suffix")};
        shown = LegendNames::fit(mid, fm, fm.horizontalAdvance(QStringLiteral("resnet-lr0.1")));
        QVERIFY2(shown[0] != shown[1], qPrintable(shown.join(QLatin1Char('|'))));
    }

    // The slice bar chart's legend, drawn narrow: three seeds of one config stay apart.
    void sliceBarLegendKeepsSeedsApart()
    {
        std::vector<RunRecord> runs;
        for (int s = 1; s <= 3; ++s) {
            RunRecord r = record(s, "mlp-lr0.5-s" + std::to_string(s));
            r.series.push_back(summary("val/acc", 0.8, 0.8, 0.8));
            r.series.push_back(summary("val/acc", 0.7, 0.7, 0.7, 10, "class=0"));
            runs.push_back(r);
        }
        auto table = SliceTable::build(RunGroup::each(runs), {});
        SliceBarChart chart;
        chart.resize(300, 200);
        chart.setData(table, QStringLiteral("val/acc"), {});
        QStringList names = chart.legendNames();
        QCOMPARE(names.size(), 3);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
        for (int i = 1; i < names.size(); ++i) // column 0 ends in "(baseline)"
            QVERIFY2(names[i].endsWith(QString::number(i + 1)), qPrintable(names[i])); // the seed survives
    }
};

QTEST_MAIN(TestCompareMarks)
#include "tst_compare_marks.moc"

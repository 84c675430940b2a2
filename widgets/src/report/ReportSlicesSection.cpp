#include "report/ReportSection.h"

#include "compare/CompareColors.h"
#include "compare/CompareFormat.h"
#include "report/ReportContext.h"

#include "runlens/compare/Verdict.h" // compareMark takes an optional<Verdict>
#include "report/ReportDocument.h"
#include "report/ReportSliceFigure.h"
#include "report/ReportStyle.h"
#include "compare/SliceFlags.h"

#include "runlens/compare/SliceTable.h"

#include <cmath>

namespace runlens {

namespace {

constexpr std::size_t kMaxBarColumns = 6;
constexpr std::size_t kMaxChartColumns = 10;

// "0.253 worse" / "0.0177 better": the gap in words, since its sign depends on the
// metric's direction. (Qualified in full: lupdate files these three strings under a
// context without the namespace otherwise, where the app never looks them up.)
ReportCell gapCell(const SliceRow& row)
{
    if (!std::isfinite(row.gap))
        return ReportCell(CompareFormat::number(row.gap));
    const QPalette paper = ReportStyle::paperPalette();
    if (row.gap == 0)
        return ReportCell(runlens::ReportSections::tr("same"));
    bool worse = row.gap > 0;
    ReportCell cell(worse ? runlens::ReportSections::tr("%1 worse").arg(CompareFormat::number(row.gap, 3))
                          : runlens::ReportSections::tr("%1 better").arg(CompareFormat::number(-row.gap, 3)));
    cell.textColor = CompareColors::changeText(worse ? CompareChange::Worse : CompareChange::Better, paper);
    return cell;
}

// The columns a slice chart has room for: the baseline and the first others.
std::vector<RunGroup> chartColumns(const ReportContext& ctx, std::size_t* baseline, QVector<QColor>* colors)
{
    std::vector<RunGroup> out;
    for (std::size_t c = 0; c < ctx.columns.size(); ++c) {
        bool isBase = c == ctx.baselineColumn;
        bool baseAhead = ctx.baselineColumn > c;
        if (isBase || out.size() + (baseAhead ? 1 : 0) < kMaxChartColumns) {
            if (isBase)
                *baseline = out.size();
            out.push_back(ctx.columns[c]);
            colors->append(ctx.columnColors.value(int(c)));
        }
    }
    return out;
}

std::shared_ptr<ReportTable> tableOf(const ReportContext& ctx, const SliceTable& table, const std::string& key)
{
    using C = ReportColumn;
    auto t = std::make_shared<ReportTable>(std::vector<ReportColumn>{
        C::text(ReportSections::tr("Slice")), C::text(ReportSections::tr("Run"), 2), C::number(ReportSections::tr("Value")), C::number(ReportSections::tr("Overall")),
        C::number(ReportSections::tr("Against overall")), C::number(ReportSections::tr("Δ vs baseline")), C::text(ReportSections::tr("Flags"))});
    const QPalette paper = ReportStyle::paperPalette();
    for (const SliceRow& row : table.rows) {
        if (row.key != key || row.runs == 0)
            continue;
        ReportCell run(QString::fromStdString(table.labels[row.column]));
        run.swatch = ctx.columnColors.value(int(row.column));
        ReportCell delta(row.column == table.baseline ? ReportSections::tr("baseline") : CompareFormat::delta(row.delta, row.relDelta));
        delta.textColor = CompareColors::markText(compareMark(row.change, std::nullopt), paper); // untested
        ReportCell flags(SliceFlags::names(row));
        flags.textColor = ReportStyle::warning();
        t->addRow({QString::fromStdString(row.slice), run, CompareFormat::number(row.value),
                   CompareFormat::number(row.overall), gapCell(row), delta, flags});
    }
    return t;
}

} // namespace

void ReportSections::addSlices(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Slices), 1);
    if (ctx.columns.empty()) {
        doc.paragraph(tr("No runs to compare."), ReportBlock::Tone::Muted);
        return;
    }
    SliceTable::Options o;
    o.baseline = ctx.baselineColumn;
    o.directions = ctx.directions;
    SliceTable table;
    try {
        table = SliceTable::build(ctx.columns, o);
    } catch (const std::exception& e) {
        doc.paragraph(tr("The per-slice table could not be made: %1").arg(QString::fromStdString(e.what())),
                      ReportBlock::Tone::Warning);
        return;
    }
    if (table.rows.empty()) {
        doc.paragraph(tr("None of the runs logged per-slice metrics (series logged with a slice name, such as a class "
                         "or a region)."),
                      ReportBlock::Tone::Muted);
        return;
    }
    auto flagged = table.flagged();
    std::size_t muchWorse = 0, regressed = 0;
    for (const SliceRow* r : flagged) {
        muchWorse += r->muchWorseThanOverall ? 1 : 0;
        regressed += r->regressedWhileOverallImproved ? 1 : 0;
    }
    doc.paragraph(tr("Rows are ordered worst slice first. %1 slice result(s) are much worse than their run's overall "
                     "value; %2 got worse against the baseline while the overall metric got better.")
                      .arg(muchWorse)
                      .arg(regressed),
                  flagged.empty() ? ReportBlock::Tone::Normal : ReportBlock::Tone::Warning);
    // A chart of forty columns is a smear: charts show the first few, the tables all.
    SliceTable chartTable = table;
    QVector<QColor> colors = ctx.columnColors;
    if (ctx.columns.size() > kMaxChartColumns) {
        colors.clear();
        SliceTable::Options co = o;
        auto columns = chartColumns(ctx, &co.baseline, &colors);
        chartTable = SliceTable::build(columns, co);
        doc.paragraph(tr("The charts show %1 of the %2 columns (the baseline and the first ones); the tables show all.")
                          .arg(columns.size())
                          .arg(ctx.columns.size()),
                      ReportBlock::Tone::Muted);
    }
    const auto keys = table.keys();
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const QString key = QString::fromStdString(keys[k]);
        doc.heading(key, 2);
        if (int(k) < ctx.options.maxSliceCharts) {
            auto kind = chartTable.labels.size() <= kMaxBarColumns ? ReportSliceFigure::Kind::Bars
                                                                   : ReportSliceFigure::Kind::Heatmap;
            doc.figures({std::make_shared<ReportSliceFigure>(kind, chartTable, key, colors)}, 1);
        }
        doc.table(tableOf(ctx, table, keys[k]));
    }
    if (int(keys.size()) > ctx.options.maxSliceCharts)
        doc.paragraph(tr("Charts are drawn for the first %1 metrics with slices; the tables cover all %2.")
                          .arg(ctx.options.maxSliceCharts)
                          .arg(keys.size()),
                      ReportBlock::Tone::Muted);
}

} // namespace runlens

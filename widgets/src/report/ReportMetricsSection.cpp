#include "report/ReportSection.h"

#include "compare/CompareColors.h"
#include "compare/CompareFormat.h"
#include "compare/CompareMetricsModel.h"
#include "report/ReportContext.h"
#include "report/ReportDocument.h"
#include "report/ReportStyle.h"
#include "compare/VerdictText.h"

namespace runlens {

namespace {

QString arrow(const CompareMetricRow& row)
{
    switch (row.direction) {
    case MetricDirection::Max: return QStringLiteral("↑");
    case MetricDirection::Min: return QStringLiteral("↓");
    case MetricDirection::Neutral: break;
    }
    return QStringLiteral("–");
}

QString roleText(const CompareMetricsModel& m, int row, int column, int role)
{
    return m.data(m.index(row, column), role).toString();
}

// A metric cell as the comparison view draws it: value, interval, delta; tinted by its
// mark (the verdict, or a lighter lean without a test), as in the view.
ReportCell cellOf(const CompareMetricsModel& m, int row, int column, bool withDelta)
{
    QStringList lines{roleText(m, row, column, Qt::DisplayRole)};
    if (QString ci = roleText(m, row, column, CompareMetricsModel::IntervalTextRole); !ci.isEmpty())
        lines << ci;
    bool baseline = m.data(m.index(row, column), CompareMetricsModel::IsBaselineRole).toBool();
    if (withDelta && !baseline)
        if (QString d = roleText(m, row, column, CompareMetricsModel::DeltaTextRole); !d.isEmpty())
            lines << QStringLiteral("Δ ") + d;
    ReportCell cell(lines.join(QLatin1Char('\n')));
    if (!baseline) {
        auto mark = CompareMark(m.data(m.index(row, column), CompareMetricsModel::MarkRole).toInt());
        cell.background = CompareColors::markBackground(mark, ReportStyle::paperPalette());
    }
    return cell;
}

std::shared_ptr<ReportTable> matrix(const CompareMetricsModel& m)
{
    std::vector<ReportColumn> cols{ReportColumn::text(m.headerData(0, Qt::Horizontal).toString())};
    for (int c = 1; c < m.columnCount(); ++c)
        cols.push_back(ReportColumn::number(m.headerData(c, Qt::Horizontal).toString()));
    auto t = std::make_shared<ReportTable>(cols);
    for (int r = 0; r < m.rowCount(); ++r) {
        const CompareMetricRow* row = m.metricRow(r);
        std::vector<ReportCell> cells{ReportCell(QString::fromStdString(row->key) + QStringLiteral(" ") + arrow(*row))};
        for (int c = 1; c < m.columnCount(); ++c)
            cells.push_back(cellOf(m, r, c, true));
        t->addRow(cells);
    }
    return t;
}

// One table per metric, a row per column: for more runs than fit side by side.
std::shared_ptr<ReportTable> turned(const CompareMetricsModel& m, int r, const QVector<QColor>& colors)
{
    using C = ReportColumn;
    std::vector<ReportColumn> cols{C::text(ReportSections::tr("Run"), 2), C::number(ReportSections::tr("Value")),
                                   C::number(ReportSections::tr("Δ vs baseline"))};
    if (m.hasGroups())
        cols.push_back(C::text(ReportSections::tr("Verdict")));
    auto t = std::make_shared<ReportTable>(cols);
    const CompareMetricRow* row = m.metricRow(r);
    for (int c = 1; c < m.columnCount(); ++c) {
        ReportCell name(m.headerData(c, Qt::Horizontal).toString());
        name.swatch = colors.value(c - 1);
        ReportCell value = cellOf(m, r, c, false);
        ReportCell delta(roleText(m, r, c, CompareMetricsModel::DeltaTextRole));
        delta.textColor = CompareColors::markText(row->cells[std::size_t(c - 1)].mark, ReportStyle::paperPalette());
        std::vector<ReportCell> cells{name, value, delta};
        if (m.hasGroups()) {
            const auto& v = row->cells[std::size_t(c - 1)].verdict;
            cells.push_back(v ? ReportCell(VerdictText::brief(*v)) : ReportCell());
        }
        t->addRow(cells);
    }
    return t;
}

// The Welch verdicts of the groups against the baseline, one row per metric and column.
std::shared_ptr<ReportTable> verdicts(const CompareMetricsModel& m, const QVector<QColor>& colors)
{
    using C = ReportColumn;
    auto t = std::make_shared<ReportTable>(std::vector<ReportColumn>{
        C::text(ReportSections::tr("Metric")), C::text(ReportSections::tr("Against the baseline"), 2),
        C::text(ReportSections::tr("Verdict"), 3)});
    const Comparison& cmp = m.comparison();
    for (int r = 0; r < m.rowCount(); ++r) {
        const CompareMetricRow* row = m.metricRow(r);
        for (std::size_t c = 0; c < row->cells.size(); ++c) {
            const auto& v = row->cells[c].verdict;
            if (!v)
                continue;
            ReportCell who(QString::fromStdString(cmp.columns[c].label));
            who.swatch = colors.value(int(c));
            ReportCell what(VerdictText::brief(*v) + QStringLiteral(", ")
                            + VerdictText::counts(v->test.b.n, v->test.a.n, cmp.columns[c].noun));
            if (v->kind == Verdict::Kind::CandidateBetter || v->kind == Verdict::Kind::BaselineBetter)
                what.textColor = CompareColors::changeText(v->kind == Verdict::Kind::CandidateBetter ? CompareChange::Better
                                                                                                    : CompareChange::Worse,
                                                           ReportStyle::paperPalette());
            t->addRow({QString::fromStdString(row->key), who, what});
        }
    }
    t->caption = ReportSections::tr("Welch's t-test at the 5 % level on the compared values of each group's runs.");
    return t;
}

} // namespace

void ReportSections::addMetrics(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Metrics), 1);
    if (!ctx.comparison || ctx.comparison->metrics.empty()) {
        doc.paragraph(tr("None of the runs logged a metric."), ReportBlock::Tone::Muted);
        return;
    }
    CompareMetricsModel model;
    model.setComparison(*ctx.comparison, ctx.columnColors);
    QString legend = tr("↑ higher is better, ↓ lower is better, – no direction (set per metric in the comparison "
                        "view). Δ is the difference to the baseline. Green cells are better than the baseline and "
                        "red ones worse by Welch's test (p < 0.05); a light tint with ↗ or ↘ marks a change with "
                        "one run on a side, where no test is possible. No colour: inside the noise, equal, or no "
                        "direction.");
    if (model.hasGroups())
        legend += QLatin1Char(' ') + tr("Groups show mean ± standard deviation over their runs and the 95 % confidence "
                                        "interval of the mean.");
    // Groups have an interval line ("95 % CI [0.901, 0.923]"): their columns need more room.
    if (int(ctx.columns.size()) <= ctx.matrixColumns(model.hasGroups() ? 170 : 110)) {
        auto t = matrix(model);
        t->caption = legend;
        doc.table(t);
        if (model.hasGroups())
            doc.table(verdicts(model, ctx.columnColors));
        return;
    }
    doc.paragraph(legend, ReportBlock::Tone::Muted);
    for (int r = 0; r < model.rowCount(); ++r) {
        const CompareMetricRow* row = model.metricRow(r);
        doc.heading(QString::fromStdString(row->key) + QStringLiteral(" ") + arrow(*row), 3);
        doc.table(turned(model, r, ctx.columnColors));
    }
}

} // namespace runlens

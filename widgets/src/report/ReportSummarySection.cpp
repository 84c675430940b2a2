#include "report/ReportSection.h"

#include "compare/CompareColors.h"
#include "compare/CompareFormat.h"
#include "report/ReportContext.h"
#include "report/ReportDocument.h"
#include "report/ReportStyle.h"
#include "common/StatusStyle.h"
#include "compare/VerdictText.h"

#include "runlens/model/MetricDirection.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <map>

namespace runlens {

namespace {

constexpr int kMaxKeyResults = 15;
constexpr int kMaxVerdicts = 12;
constexpr int kMaxNamesListed = 8;

QString listed(const QStringList& names)
{
    if (names.size() <= kMaxNamesListed)
        return names.join(QStringLiteral(", "));
    return ReportSections::tr("%1 and %n more", nullptr, int(names.size()) - kMaxNamesListed)
        .arg(names.mid(0, kMaxNamesListed).join(QStringLiteral(", ")));
}

QString overview(const ReportContext& ctx)
{
    const auto& runs = ctx.runs();
    QStringList experiments;
    std::map<RunStatus, int> statuses;
    double first = INFINITY, lastStart = -INFINITY, last = -INFINITY;
    for (const auto& r : runs) {
        QString e = QString::fromStdString(r.experiment);
        if (!experiments.contains(e))
            experiments << e;
        ++statuses[r.status];
        first = std::min(first, r.startTime);
        lastStart = std::max(lastStart, r.startTime);
        last = std::max(last, std::isnan(r.endTime) ? r.startTime : r.endTime);
    }
    QStringList counts;
    for (const auto& [status, n] : statuses)
        counts << ReportSections::tr("%1 %2").arg(n).arg(StatusStyle::label(status).toLower());
    auto date = [](double t) {
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(t)), QLocale::ShortFormat);
    };
    return ReportSections::tr("%n run(s) from %1, started between %2 and %3, last activity %4. Status: %5.",
                                    nullptr, int(runs.size()))
        .arg(ReportSections::tr("experiment(s) %1").arg(listed(experiments)), date(first),
             date(lastStart), date(last), counts.join(QStringLiteral(", ")));
}

// Per metric: the best column by the metric's direction, against the baseline.
std::shared_ptr<ReportTable> keyResults(const ReportContext& ctx)
{
    const Comparison& cmp = *ctx.comparison;
    using C = ReportColumn;
    auto t = std::make_shared<ReportTable>(std::vector<ReportColumn>{
        C::text(ReportSections::tr("Metric")), C::fixed(ReportSections::tr("Better")),
        C::text(ReportSections::tr("Best"), 2), C::number(ReportSections::tr("Value")),
        C::number(ReportSections::tr("Baseline")), C::number(ReportSections::tr("Δ vs baseline"))});
    const QPalette paper = ReportStyle::paperPalette();
    int shown = 0;
    QStringList undirected;
    for (const auto& row : cmp.metrics) {
        if (row.direction == MetricDirection::Neutral) {
            undirected << QString::fromStdString(row.key);
            continue;
        }
        if (shown == kMaxKeyResults)
            break;
        std::optional<std::size_t> best;
        for (std::size_t c = 0; c < row.cells.size(); ++c)
            if (std::isfinite(row.cells[c].value) && (!best || isBetter(row.direction, row.cells[c].value, row.cells[*best].value)))
                best = c;
        if (!best)
            continue;
        ++shown;
        const CompareMetricCell& b = row.cells[*best];
        const CompareMetricCell& base = row.cells[cmp.baseline];
        ReportCell name(QString::fromStdString(cmp.columns[*best].label));
        name.swatch = ctx.columnColors.value(int(*best));
        ReportCell delta(*best == cmp.baseline ? ReportSections::tr("(is the baseline)")
                                               : CompareColors::withGlyph(b.mark, CompareFormat::delta(b.delta, b.relDelta)));
        delta.textColor = CompareColors::markText(b.mark, paper);
        t->addRow({QString::fromStdString(row.key),
                   row.direction == MetricDirection::Max ? ReportSections::tr("↑ higher")
                                                         : ReportSections::tr("↓ lower"),
                   name, CompareFormat::number(b.value), CompareFormat::number(base.value), delta});
    }
    QStringList notes;
    if (int(ctx.comparison->metrics.size()) > shown + int(undirected.size()) && shown == kMaxKeyResults)
        notes << ReportSections::tr("The first %1 of %2 metrics; the Metrics section has all of them.")
                     .arg(shown)
                     .arg(ctx.comparison->metrics.size());
    if (!undirected.isEmpty())
        notes << ReportSections::tr("Metrics without a direction have no best: %1.").arg(listed(undirected));
    notes << ReportSections::tr("Δ coloured only where Welch's test says better or worse; ↗ / ↘ mark a change "
                                      "with one run on a side (no test).");
    t->caption = notes.join(QLatin1Char(' '));
    return t;
}

// Significant differences first: they are what a reader looks for.
QStringList verdicts(const ReportContext& ctx)
{
    const Comparison& cmp = *ctx.comparison;
    QStringList out, noise;
    const auto& base = cmp.columns[cmp.baseline];
    for (const auto& row : cmp.metrics)
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const auto& v = row.cells[c].verdict;
            if (!v || v->kind == Verdict::Kind::NoTest)
                continue;
            QString sentence = VerdictText::sentence(*v, QString::fromStdString(row.key), QString::fromStdString(base.label),
                                                     QString::fromStdString(cmp.columns[c].label), cmp.columns[c].noun);
            // "Inside the noise" and "no difference" name neither column: say which one.
            if (v->kind == Verdict::Kind::InsideNoise || v->kind == Verdict::Kind::NoDifference)
                noise << ReportSections::tr("%1 against the baseline: %2")
                             .arg(QString::fromStdString(cmp.columns[c].label), sentence);
            else
                out << sentence;
        }
    return out + noise;
}

} // namespace

void ReportSections::addSummary(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Summary), 1);
    doc.paragraph(overview(ctx));
    if (const RunRecord* base = ctx.baseline())
        doc.paragraph(tr("Deltas are measured against the baseline %1 (%2), on the last logged value of each metric.")
                          .arg(ReportContext::runName(*base), QString::fromStdString(base->uuid.substr(0, 8))));
    if (ctx.columnsLimited())
        doc.paragraph(tr("The comparison tables cover %1 of %2 columns (the baseline and the first ones); the runs "
                         "table lists every run.")
                          .arg(ctx.columns.size())
                          .arg(ctx.allColumns),
                      ReportBlock::Tone::Warning);
    QStringList silent;
    for (const auto& r : ctx.runs())
        if (r.series.empty())
            silent << ReportContext::runName(r);
    if (!silent.isEmpty())
        doc.paragraph(tr("%n run(s) logged no metrics: %1.", nullptr, int(silent.size())).arg(listed(silent)),
                      ReportBlock::Tone::Warning);
    if (!ctx.comparison || ctx.comparison->metrics.empty()) {
        doc.paragraph(tr("None of the runs logged a metric, so there are no results to compare."), ReportBlock::Tone::Muted);
        return;
    }
    doc.heading(tr("Best per metric"), 2);
    doc.table(keyResults(ctx));
    QStringList sentences = verdicts(ctx);
    if (!sentences.isEmpty()) {
        doc.heading(tr("Is the difference real?"), 2);
        for (int i = 0; i < std::min(int(sentences.size()), kMaxVerdicts); ++i)
            doc.paragraph(sentences[i]);
        if (sentences.size() > kMaxVerdicts)
            doc.paragraph(tr("%n more verdict(s) in the Metrics section.", nullptr, int(sentences.size()) - kMaxVerdicts),
                          ReportBlock::Tone::Muted);
    }
}

} // namespace runlens

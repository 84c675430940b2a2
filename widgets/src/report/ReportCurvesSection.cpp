#include "report/ReportSection.h"

#include "charts/ChartRun.h"
#include "charts/CurveCache.h"
#include "common/NaturalOrder.h"
#include "report/ReportContext.h"
#include "report/ReportCurveFigure.h"
#include "report/ReportDocument.h"
#include "common/RunColors.h"

#include <QMap>

#include <algorithm>

namespace runlens {

namespace {

constexpr double kMinChartWidth = 300;
constexpr int kLegendPerRow = 3;
constexpr int kMaxLegendRuns = 60;

// The runs drawn: the first ones up to the limit, the baseline always among them.
std::vector<const RunRecord*> drawnRuns(const ReportContext& ctx)
{
    std::vector<const RunRecord*> out;
    const auto& runs = ctx.runs();
    std::size_t limit = std::size_t(std::max(1, ctx.options.maxChartRuns));
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (i == ctx.baselineRun || out.size() + (ctx.baselineRun > i ? 1 : 0) < limit)
            out.push_back(&runs[i]);
    return out;
}

QString groupOf(const ReportContext& ctx, const RunRecord& run)
{
    for (const auto& g : ctx.columns)
        for (const auto& r : g.runs)
            if (r.uuid == run.uuid)
                return QString::fromStdString(g.label);
    return ReportSections::tr("(not compared)");
}

std::shared_ptr<ReportTable> legend(const ReportContext& ctx, const std::vector<const RunRecord*>& runs, bool grouped)
{
    auto t = std::make_shared<ReportTable>(std::vector<ReportColumn>(kLegendPerRow, ReportColumn::text(QString())));
    t->showHeader = false;
    std::vector<ReportCell> row;
    auto push = [&](const QString& name, const QColor& color) {
        ReportCell c(name);
        c.swatch = color;
        row.push_back(c);
        if (int(row.size()) == kLegendPerRow) {
            t->addRow(row);
            row.clear();
        }
    };
    if (grouped) {
        QStringList labels;
        for (const auto* r : runs)
            if (QString g = groupOf(ctx, *r); !labels.contains(g))
                labels << g;
        for (const auto& g : labels)
            push(g, RunColors::colorForName(QStringLiteral("group:") + g));
    } else {
        for (std::size_t i = 0; i < runs.size() && int(i) < kMaxLegendRuns; ++i)
            push(ReportContext::runName(*runs[i]), ReportContext::runColor(*runs[i]));
        if (int(runs.size()) > kMaxLegendRuns)
            t->caption = ReportSections::tr("%n more run(s): their colours are in the runs table.", nullptr,
                                                 int(runs.size()) - kMaxLegendRuns);
    }
    if (!row.empty())
        t->addRow(row);
    return t;
}

} // namespace

void ReportSections::addCurves(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Curves), 1);
    const auto runs = drawnRuns(ctx);
    const bool grouped = ctx.options.groupByConfig;
    QMap<QString, QList<ChartRun>> byKey;
    for (const RunRecord* r : runs) {
        QString uuid = QString::fromStdString(r->uuid);
        ChartRun base{uuid, ReportContext::runName(*r), ReportContext::runColor(*r), 0, 0, r->startTime,
                      grouped ? groupOf(ctx, *r) : QString()};
        for (const auto& s : r->series) {
            if (!s.slice.empty() || s.count == 0)
                continue;
            ChartRun c = base;
            c.seriesId = s.seriesId;
            c.count = s.count;
            byKey[QString::fromStdString(s.key)].append(c);
        }
    }
    if (byKey.isEmpty() || !ctx.session) {
        doc.paragraph(tr("None of the runs logged a metric series, so there are no curves."), ReportBlock::Tone::Muted);
        return;
    }
    // A key logged once per run (a final score) is a dot, not a curve: the Metrics
    // section has it.
    QStringList single;
    for (auto it = byKey.begin(); it != byKey.end();) {
        bool curve = std::any_of(it->begin(), it->end(), [](const ChartRun& r) { return r.count > 1; });
        if (!curve) {
            single << it.key();
            it = byKey.erase(it);
        } else {
            ++it;
        }
    }
    if (byKey.isEmpty()) {
        doc.paragraph(tr("Every metric of these runs is a single value (see the Metrics section), so there are no "
                         "curves to draw."),
                      ReportBlock::Tone::Muted);
        return;
    }
    // The keys most runs share first: those are the ones worth comparing.
    QStringList keys = byKey.keys();
    std::stable_sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
        if (byKey[a].size() != byKey[b].size())
            return byKey[a].size() > byKey[b].size();
        return NaturalOrder::compare(a.toStdString(), b.toStdString()) < 0;
    });
    const int shown = std::min(int(keys.size()), std::max(1, ctx.options.maxCurveKeys));
    if (int(ctx.runs().size()) > int(runs.size()))
        doc.paragraph(tr("The charts draw %1 of the %2 runs (the baseline and the first ones).")
                          .arg(runs.size())
                          .arg(ctx.runs().size()),
                      ReportBlock::Tone::Warning);
    ChartOptions options = ctx.options.chart;
    options.groupBy = grouped ? QStringLiteral("config") : QString();
    // A configuration's mean over clock time mixes runs that ran at different times.
    if (grouped && options.xAxis == ChartOptions::XAxis::WallTime)
        options.xAxis = ChartOptions::XAxis::RelativeTime;
    options.keyFilter.clear();
    if (grouped)
        doc.paragraph(options.band == ChartOptions::Band::StdDev
                          ? tr("Each line is the mean of a configuration's runs, with a band of ± one standard deviation.")
                          : tr("Each line is the mean of a configuration's runs, with a band from their minimum to "
                               "their maximum."),
                      ReportBlock::Tone::Muted);
    else if (options.smoothingOn())
        doc.paragraph(options.showRaw ? tr("Curves are smoothed as in the app; the raw values are drawn faintly behind.")
                                      : tr("Curves are smoothed as in the app."),
                      ReportBlock::Tone::Muted);
    doc.legend(legend(ctx, runs, grouped));
    auto cache = std::make_shared<CurveCache>(ctx.session);
    cache->setXAxis(options.xAxis);
    std::vector<std::shared_ptr<ReportFigure>> figures;
    for (int i = 0; i < shown; ++i)
        figures.push_back(std::make_shared<ReportCurveFigure>(cache, keys[i], byKey[keys[i]], options));
    doc.figures(std::move(figures), std::max(1, int(ctx.contentWidth / kMinChartWidth)));
    if (!single.isEmpty())
        doc.paragraph(tr("Logged once per run, so not drawn: %1.").arg(single.join(QStringLiteral(", "))),
                      ReportBlock::Tone::Muted);
    if (keys.size() > shown)
        doc.paragraph(tr("%n more metric(s) not drawn: %1.", nullptr, int(keys.size()) - shown)
                          .arg(keys.mid(shown).join(QStringLiteral(", "))),
                      ReportBlock::Tone::Muted);
}

} // namespace runlens

#include "report/ReportBuilder.h"

#include "compare/CompareGrouping.h"
#include "report/ReportSection.h"
#include "report/ReportContext.h"
#include "report/ReportStyle.h"
#include "common/RunColors.h"
#include "common/StoreSession.h"

#include "runlens/compare/DefaultBaseline.h"
#include "runlens/Version.h"

#include <QLocale>
#include <QSet>

namespace runlens {

namespace {

// The run that stands for the default baseline column: its first run that can carry a
// comparison (the column has one unless none has), found among the report's runs.
std::size_t runIndexOf(const std::vector<RunRecord>& runs, const RunGroup& column)
{
    const RunRecord* pick = &column.runs.front();
    for (const auto& r : column.runs)
        if (canCarryComparison(r)) {
            pick = &r;
            break;
        }
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (runs[i].uuid == pick->uuid)
            return i;
    return 0;
}

} // namespace

ReportBuilder::ReportBuilder(StoreSession* session) : m_session(session) {}

QString ReportBuilder::defaultTitle() { return tr("Runlens report"); }

bool ReportBuilder::prepare(ReportContext& ctx, QString* error)
{
    auto& runs = ctx.input.runs;
    ctx.contentWidth = ReportStyle::contentWidth(QPageSize(ctx.options.pageSize), ctx.options.orientation);
    RunColors::instance()->registerRuns(runs);
    const std::string& wanted = ctx.input.baselineId;
    if (!wanted.empty()) {
        std::vector<std::size_t> hits;
        for (std::size_t i = 0; i < runs.size(); ++i)
            if (runs[i].uuid == wanted || (wanted.size() >= 6 && runs[i].uuid.rfind(wanted, 0) == 0))
                hits.push_back(i);
        if (hits.size() != 1) {
            if (error)
                *error = hits.empty() ? tr("The baseline %1 is not one of the report's runs.").arg(QString::fromStdString(wanted))
                                      : tr("The baseline %1 matches several runs; give more of its id.")
                                            .arg(QString::fromStdString(wanted));
            return false;
        }
        ctx.baselineRun = hits.front();
    }
    if (runs.empty())
        return true;
    if (ctx.session && ctx.session->isOpen())
        ctx.directions = ctx.session->metricDirections();
    std::vector<RunGroup> all = ctx.options.groupByConfig ? RunGroup::byConfig(runs) : RunGroup::each(runs);
    ctx.allColumns = all.size();
    if (wanted.empty())
        ctx.baselineRun = runIndexOf(runs, all[defaultBaseline(all, CompareValue::Last, ctx.directions)]);
    const std::string& baseUuid = runs[ctx.baselineRun].uuid;
    auto holdsBaseline = [&](const RunGroup& g) {
        return std::any_of(g.runs.begin(), g.runs.end(), [&](const RunRecord& r) { return r.uuid == baseUuid; });
    };
    // The first columns up to the limit, always with the baseline's among them.
    const std::size_t limit = std::size_t(std::max(2, ctx.options.maxCompareColumns));
    bool baselineKept = false;
    for (auto& g : all) {
        bool isBase = holdsBaseline(g);
        if (isBase || ctx.columns.size() + (baselineKept ? 0 : 1) < limit) {
            if (isBase) {
                baselineKept = true;
                ctx.baselineColumn = ctx.columns.size();
            }
            ctx.columns.push_back(std::move(g));
        }
    }
    RunColorFunction color = [](const QString& uuid) { return RunColors::color(uuid); };
    for (const auto& g : ctx.columns)
        ctx.columnColors << CompareGrouping::color(g, color);
    try {
        Comparison::Options o;
        o.baseline = ctx.baselineColumn;
        o.directions = ctx.directions;
        ctx.comparison = Comparison::build(ctx.columns, o);
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void ReportBuilder::addTitle(const ReportContext& ctx, ReportDocument& doc)
{
    const auto& runs = ctx.runs();
    QSet<QString> experiments;
    for (const auto& r : runs)
        experiments.insert(QString::fromStdString(r.experiment));
    doc.facts.append({tr("Date"), QLocale().toString(doc.created, QLocale::LongFormat)});
    doc.facts.append({tr("Store"), ctx.input.storePath.isEmpty() ? tr("(none)") : ctx.input.storePath});
    // Say what the report covers: the query it ran, else the scope it was given (the
    // selected runs, an experiment); "all runs" only when nothing narrowed them.
    if (!ctx.input.query.trimmed().isEmpty())
        doc.facts.append({tr("Query"), ctx.input.query});
    if (!ctx.input.scope.isEmpty())
        doc.facts.append({tr("Scope"), ctx.input.scope});
    else if (ctx.input.query.trimmed().isEmpty())
        doc.facts.append({tr("Query"), tr("(all runs)")});
    doc.facts.append({tr("Runs"), tr("%n run(s) in %1", nullptr, int(runs.size()))
                                       .arg(tr("%n experiment(s)", nullptr, int(experiments.size())))});
    if (const RunRecord* base = ctx.baseline())
        doc.facts.append({tr("Baseline"), QStringLiteral("%1 (%2)").arg(ReportContext::runName(*base),
                                                                         QString::fromStdString(base->uuid.substr(0, 8)))});
    if (ctx.options.groupByConfig)
        doc.facts.append({tr("Compared"), tr("configurations: runs that differ only in their seed are one column")});
    doc.facts.append({tr("Made with"), tr("Runlens %1").arg(QLatin1String(RUNLENS_VERSION))});
}

std::optional<ReportDocument> ReportBuilder::build(const ReportInput& input, const ReportOptions& options,
                                                   const Progress& progress, QString* error, bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    ReportContext ctx;
    ctx.session = m_session;
    ctx.input = input;
    ctx.options = options;
    if (!prepare(ctx, error))
        return std::nullopt;

    ReportDocument doc;
    doc.title = options.title.trimmed().isEmpty() ? defaultTitle() : options.title.trimmed();
    doc.created = QDateTime::currentDateTime();
    doc.pageSize = QPageSize(options.pageSize);
    doc.orientation = options.orientation;
    doc.titlePage = options.has(ReportSection::Title);
    addTitle(ctx, doc);
    if (!doc.titlePage) {
        // Without a title page the first page still says what this is.
        doc.heading(doc.title, 1);
        QStringList facts;
        for (const auto& [label, value] : std::as_const(doc.facts))
            if (label != tr("Made with"))
                facts << tr("%1: %2").arg(label, value);
        doc.paragraph(facts.join(QStringLiteral(" · ")), ReportBlock::Tone::Muted);
    }
    if (ctx.runs().empty()) {
        doc.heading(ReportSections::title(ReportSection::Summary), 1);
        doc.paragraph(input.query.trimmed().isEmpty()
                          ? tr("No runs were selected, so this report has nothing to show. Select runs in the "
                               "runs table, or give a query that matches some.")
                          : tr("No run matches the query \u201c%1\u201d, so this report has nothing to show.")
                                .arg(input.query),
                      ReportBlock::Tone::Warning);
        return doc;
    }
    QList<ReportSection> sections;
    for (ReportSection s : ReportSections::all())
        if (options.has(s) && s != ReportSection::Title)
            sections << s;
    for (int i = 0; i < sections.size(); ++i) {
        if (progress && !progress(double(i) / sections.size(), ReportSections::title(sections[i]))) {
            if (cancelled)
                *cancelled = true;
            if (error)
                *error = tr("Cancelled.");
            return std::nullopt;
        }
        ReportSections::write(sections[i], ctx, doc);
    }
    return doc;
}

} // namespace runlens

#include "GuiReportCommand.h"

#include "common/Translation.h"
#include "report/ReportExporter.h"
#include "report/ReportSection.h"
#include "common/StoreSession.h"

#include "runlens/query/Query.h"
#include "runlens/query/QueryError.h"
#include "runlens/store/Store.h"

#include <CLI/CLI.hpp>

#include <QApplication>
#include <QFileInfo>
#include <QPageSize>

#include <cstdlib>
#include <map>
#include <optional>
#include <ostream>

namespace runlens {

namespace {

std::optional<QPageSize::PageSizeId> pageSizeOf(const std::string& name)
{
    static const std::map<std::string, QPageSize::PageSizeId> sizes = {
        {"a3", QPageSize::A3}, {"a4", QPageSize::A4}, {"a5", QPageSize::A5},
        {"letter", QPageSize::Letter}, {"legal", QPageSize::Legal}};
    QString key = QString::fromStdString(name).toLower();
    auto it = sizes.find(key.toStdString());
    return it == sizes.end() ? std::nullopt : std::optional(it->second);
}

std::string baselineOf(const std::string& compare)
{
    const std::string prefix = "baseline=";
    return compare.rfind(prefix, 0) == 0 ? compare.substr(prefix.size()) : compare;
}

// Qt's notes about the environment ("XDG_RUNTIME_DIR not set" under cron or in a
// container) are not the user's business in a CLI; real problems still get through.
QtMessageHandler g_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

CLI::App* GuiReportCommand::addTo(CLI::App& app, Options& o)
{
    auto* cmd = app.add_subcommand("report", "Write a PDF or HTML report of runs (works without a display)");
    cmd->add_option("-q,--query", o.query, "Which runs, e.g. \"params.lr < 0.1 and status = finished\"");
    cmd->add_option("-e,--experiment", o.experiment, "Only runs of this experiment");
    cmd->add_flag("-a,--all", o.all, "Include archived runs");
    cmd->add_option("--compare", o.compare, "Compare against a baseline run: baseline=RUN (id or unique prefix)")
        ->option_text("baseline=RUN");
    cmd->add_option("--sections", o.sections,
                    "Comma-separated: " + ReportSections::idList(ReportSections::all()).toStdString()
                        + " (default: all but diagram and artifacts)");
    cmd->add_option("--page", o.page, "Paper: a4, letter, a3, a5 or legal")->option_text("SIZE");
    cmd->add_flag("--landscape", o.landscape, "Landscape pages");
    cmd->add_flag("--by-config", o.byConfig, "Compare configurations (seeds of one config together) instead of runs");
    cmd->add_option("--title", o.title, "Title of the report");
    cmd->add_option("--diagram", o.diagram, "Uuid of the pipeline diagram to include (default: the runs' own)");
    cmd->add_option("-o,--output", o.output, "Output file: .pdf or .html")->required();
    return cmd;
}

GuiReportCommand::GuiReportCommand(std::string storePath, std::ostream& out, std::ostream& err)
    : m_store(std::move(storePath)), m_out(out), m_err(err)
{
}

int GuiReportCommand::fail(int code, const std::string& message)
{
    m_err << "runlens: " << message << "\n";
    return code;
}

int GuiReportCommand::resolveBaseline(const Store& store, const std::string& id, ReportInput& input)
{
    if (id.empty())
        return 0;
    try {
        RunRecord base = store.run(id);
        input.baselineId = base.uuid;
        bool among = std::any_of(input.runs.begin(), input.runs.end(),
                                 [&](const RunRecord& r) { return r.uuid == base.uuid; });
        // The baseline belongs in the report even when the query does not match it.
        if (!among)
            input.runs.insert(input.runs.begin(), base);
        return 0;
    } catch (const StoreError& e) {
        if (!e.isUserError())
            throw;
        return fail(1, "unknown baseline '" + id + "': " + e.what());
    }
}

int GuiReportCommand::run(const Options& o)
{
    const QString output = QString::fromStdString(o.output);
    if (!ReportExporter::formatFor(output))
        return fail(1, "cannot tell the report format of '" + o.output + "': use a name ending in .pdf or .html");
    QStringList unknown;
    QList<ReportSection> sections = o.sections.empty()
        ? ReportSections::defaults()
        : ReportSections::parseList(QString::fromStdString(o.sections), &unknown);
    if (!unknown.isEmpty() || sections.isEmpty())
        return fail(1, "unknown section '" + unknown.value(0).toStdString() + "'; sections are "
                           + ReportSections::idList(ReportSections::all()).toStdString());
    auto page = pageSizeOf(o.page);
    if (!page)
        return fail(1, "unknown page size '" + o.page + "': use a4, letter, a3, a5 or legal");

    ReportInput input;
    std::string storePath = m_store.empty() ? Store::defaultPath() : m_store;
    try {
        Query::parse(o.query);
        Store store = Store::openExisting(storePath);
        input.runs = store.runs({.query = o.query, .experiment = o.experiment, .includeArchived = o.all});
        if (int code = resolveBaseline(store, baselineOf(o.compare), input); code != 0)
            return code;
    } catch (const QueryError& e) {
        return fail(1, "bad query at column " + std::to_string(e.column()) + ": " + e.message());
    } catch (const StoreError& e) {
        return fail(e.isUserError() ? 1 : 2, e.what());
    } catch (const std::exception& e) {
        return fail(2, e.what());
    }

    // A report needs fonts and widgets, not a screen: Qt draws offscreen here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietHandler);
    static int argc = 1;
    static char name[] = "runlens";
    static char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Runlens"));
    QApplication::setOrganizationName(QStringLiteral("Runlens"));
    QApplication::setOrganizationDomain(QStringLiteral("runlens.dev"));
    // The language of the app's own Export Report (Preferences, else the system's); also
    // what turns "%n run(s)" into "2 runs" in English.
    Translation::install(Translation::saved());

    StoreSession session;
    if (!session.open(QString::fromStdString(storePath)))
        return fail(2, session.lastError().toStdString());
    input.query = QString::fromStdString(o.query);
    input.storePath = QFileInfo(QString::fromStdString(storePath)).absoluteFilePath();
    if (!o.experiment.empty())
        input.scope = QObject::tr("experiment %1").arg(QString::fromStdString(o.experiment));

    ReportOptions options;
    options.sections = sections;
    options.pageSize = *page;
    options.orientation = o.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    options.groupByConfig = o.byConfig;
    options.title = QString::fromStdString(o.title);
    options.diagramId = QString::fromStdString(o.diagram);
    if (!o.diagram.empty() && !options.has(ReportSection::Diagram))
        options.sections.append(ReportSection::Diagram); // asking for a diagram means wanting it

    auto result = ReportExporter::exportReport(&session, input, options, output);
    if (!result.ok)
        return fail(result.userError ? 1 : 2, result.error.toStdString());
    if (input.runs.empty())
        m_err << "runlens: no runs match; the report says so\n";
    m_out << "Wrote " << o.output << " (" << input.runs.size() << (input.runs.size() == 1 ? " run" : " runs");
    if (result.pages > 0)
        m_out << ", " << result.pages << (result.pages == 1 ? " page" : " pages");
    m_out << ")\n";
    return 0;
}

} // namespace runlens

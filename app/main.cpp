// runlens: the GUI when started without a subcommand, else a CLI subcommand.
#include "CliCommands.h"
#include "ImportCommand.h"
#include "SyncCommand.h"
#include "runlens/store/Store.h"
#include "runlens/Version.h"

#ifdef RUNLENS_WITH_GUI
#include "GuiLauncher.h"
#include "GuiReportCommand.h"
#endif

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

namespace {

bool haveDisplay()
{
    for (const char* var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        const char* v = std::getenv(var);
        if (v && *v)
            return true;
    }
    return false;
}

int startGui(int argc, char** argv, const std::string& store, runlens::CliCommands& cli)
{
    if (!haveDisplay()) {
        // A server or CI: say so in one line and show what we can instead of dying in
        // Qt's platform plugin.
        std::cerr << "runlens: no display (DISPLAY is not set), so the window cannot open; "
                     "listing the store instead (see runlens --help)\n";
        return cli.ls("", "", false, false);
    }
#ifdef RUNLENS_WITH_GUI
    return runlens::GuiLauncher::run(argc, argv, store);
#else
    (void)argc;
    (void)argv;
    (void)store;
    std::cerr << "runlens: this build has no GUI; use a subcommand (see runlens --help)\n";
    return 1;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Runlens: a desktop experiment tracker for machine-learning runs.\n"
                 "Without a subcommand it opens the window on the store.",
                 "runlens"};
    app.set_version_flag("--version", std::string("runlens ") + RUNLENS_VERSION);
    std::string store;
    app.add_option("--store", store, "Store file, or a PostgreSQL team store as postgresql://USER@HOST/DB "
                                     "(default: $RUNLENS_STORE, else ~/.local/share/runlens/runlens.db)")
        ->option_text("PATH|URL");
    app.fallthrough();

    std::string query, experiment, runId, format = "csv", output;
    std::vector<std::string> runIds;
    bool json = false, all = false, ifEmpty = false;

    auto* ls = app.add_subcommand("ls", "List runs (newest first)");
    ls->add_option("-q,--query", query, "Filter, e.g. \"params.lr = 0.01 and metrics.`val/acc` > 0.9\"");
    ls->add_option("-e,--experiment", experiment, "Only runs of this experiment");
    ls->add_flag("-a,--all", all, "Include archived runs");
    ls->add_flag("--json", json, "Print a JSON array of runs with params, tags and metric summaries");

    auto* show = app.add_subcommand("show", "Show one run: status, params, tags, metric summaries");
    show->add_option("run", runId, "Run id or a unique prefix of it (6+ hex digits)")->required();
    show->add_flag("--json", json, "Print JSON");

    auto* exp = app.add_subcommand("export", "Export the points of runs' metrics");
    exp->add_option("runs", runIds, "Run ids or unique prefixes")->required();
    exp->add_option("--format", format, "csv or json")->check(CLI::IsMember({"csv", "json"}));
    exp->add_option("-o,--output", output, "Output file (default: standard output)");

    auto* demo = app.add_subcommand("demo", "Train small models and log them into the store as demo data");
    demo->add_flag("--if-empty", ifEmpty, "Do nothing when the store already has runs");

    std::vector<std::string> importPaths;
    std::string importExperiment;
    std::string importArtifactsFrom;
    auto* imp = app.add_subcommand("import", "Import runs from MLflow (mlruns/, mlflow.db), TensorBoard event files, "
                                             "Lightning or Keras CSV logs; importing again adds nothing");
    imp->add_option("paths", importPaths, "Files or folders; folders are searched for every format")->required();
    imp->add_option("-e,--experiment", importExperiment, "Put every imported run into this experiment")
        ->option_text("NAME");
    imp->add_option("--artifacts-from", importArtifactsFrom,
                    "Also copy artifacts that the imported store's artifact_uri places under this folder "
                    "(by default only from inside the imported paths)")
        ->option_text("DIR");

    std::string artifactPath;
    auto* artifact = app.add_subcommand("artifact", "List or fetch the files logged with a run (from any store, "
                                                    "including a PostgreSQL team store)");
    artifact->require_subcommand(1);
    auto* artifactLs = artifact->add_subcommand("ls", "List a run's artifacts: name, bytes, sha256");
    artifactLs->add_option("run", runId, "Run id or a unique prefix of it")->required();
    auto* artifactGet = artifact->add_subcommand("get", "Write one artifact to a file after checking its sha256");
    artifactGet->add_option("run", runId, "Run id or a unique prefix of it")->required();
    artifactGet->add_option("path", artifactPath, "The artifact's name, as 'artifact ls' lists it")->required();
    artifactGet->add_option("-o,--output", output, "Output file, '-' for standard output (default: its file name)");

    runlens::SyncCommand::Options syncOptions;
    auto* sync = runlens::SyncCommand::addTo(app, syncOptions);

#ifdef RUNLENS_WITH_GUI
    runlens::GuiReportCommand::Options reportOptions;
    auto* report = runlens::GuiReportCommand::addTo(app, reportOptions);
#endif

    app.require_subcommand(0, 1);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "runlens: " << e.what() << "\n(run 'runlens --help' for usage)\n";
        return 1;
    }

    runlens::CliCommands cli(store, std::cout, std::cerr);
    if (*ls)
        return cli.ls(query, experiment, all, json);
    if (*show)
        return cli.show(runId, json);
    if (*exp)
        return cli.exportRuns(runIds, format, output);
    if (*demo)
        return cli.demo(ifEmpty);
    if (*artifactLs)
        return cli.artifactList(runId);
    if (*artifactGet)
        return cli.artifactGet(runId, artifactPath, output);
    if (*imp)
        return runlens::ImportCommand(store, std::cout, std::cerr).run(importPaths, importExperiment, importArtifactsFrom);
    if (*sync)
        return runlens::SyncCommand(std::cout, std::cerr).run(syncOptions);
#ifdef RUNLENS_WITH_GUI
    if (*report)
        return runlens::GuiReportCommand(store, std::cout, std::cerr).run(reportOptions);
#endif
    return startGui(argc, argv, store, cli);
}

#include "runlens/sync/StoreSync.h"

#include "store/Database.h"
#include "store/RunReader.h"
#include "store/SchemaMigrator.h"
#include "sync/SyncPlan.h"
#include "sync/SyncSide.h"
#include "sync/SyncWriter.h"
#include "runlens/model/StoreError.h"
#include "runlens/query/Query.h"
#include "runlens/store/Store.h"
#include "runlens/store/StorePath.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>

namespace fs = std::filesystem;

namespace runlens {

namespace {

struct SelectedRun {
    std::int64_t id = 0;
    std::string uuid, experiment;
};

// A store that is read as it is: never created, migrated or written.
std::shared_ptr<Database> openAsIs(const std::string& path, int& version)
{
    if (!StorePath::isPostgres(path)) {
        StorePath::checkIsPath(path);
        std::error_code ec;
        if (!fs::is_regular_file(path, ec))
            throw StoreError(StoreError::Kind::NotFound, "there is no store at '" + path + "'");
    }
    try {
        auto db = Database::connect(path, true);
        std::lock_guard lock(db->mutex());
        db->read([&] { version = SchemaMigrator::inspect(*db); });
        return db;
    } catch (const StoreError& e) {
        // SQLite's own words ("file is not a database") do not say which file.
        if (std::string(e.what()).find(StorePath::redacted(path)) != std::string::npos)
            throw;
        throw StoreError(e.kind(), "cannot read the store '" + StorePath::redacted(path) + "': " + e.what());
    }
}

void checkDistinct(const std::string& source, const std::string& target)
{
    std::error_code ec;
    if (source == target || fs::equivalent(source, target, ec))
        throw StoreError(StoreError::Kind::InvalidInput,
                         "'" + source + "' and '" + target + "' are the same store; nothing to sync");
}

std::vector<SelectedRun> selectRuns(Database& db, const Query& query)
{
    std::vector<SelectedRun> out;
    RunReader::Scope all;
    all.includeArchived = true;
    for (const auto& r : RunReader(db).load(all)) {
        if (query.isEmpty() || query.matches(r))
            out.push_back({r.id, r.uuid, r.experiment});
    }
    // Parents were created before their children: in that order a child finds its
    // parent already in the target.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

void add(SyncReport& report, const SyncWriter::Copied& c)
{
    report.points += c.points;
    report.chunks += c.chunks;
    report.artifacts += c.artifacts;
    report.artifactBytes += c.artifactBytes;
}

// The sync of one source into one target, for the length of one run() call.
class SyncPass {
public:
    SyncPass(Database& source, int sourceVersion, Database* target, int targetVersion, const std::string& sourcePath,
             const std::string& targetPath, const SyncOptions& options)
        : m_source(source), m_target(target), m_src(&source, sourceVersion), m_dst(target, targetVersion),
          m_options(options)
    {
        if (!options.dryRun)
            m_writer.emplace(*target, targetPath, source, sourcePath);
    }

    void experiments(const std::vector<SelectedRun>& runs, SyncReport& report);
    void runs(const std::vector<SelectedRun>& runs, const StoreSync::ProgressFn& progress, SyncReport& report);
    void storeWide(const std::vector<SelectedRun>& runs, bool all, SyncReport& report);

private:
    // Runs fn in one transaction on the target: a write, or a read for a dry run.
    void onTarget(const std::function<void()>& fn)
    {
        if (!m_target)
            fn();
        else if (m_options.dryRun)
            m_target->read(fn);
        else
            m_target->write(fn);
    }
    void run(const std::string& uuid, SyncReport& report);

    Database& m_source;
    Database* m_target;
    SyncSide m_src, m_dst;
    const SyncOptions& m_options;
    std::optional<SyncWriter> m_writer;
};

// Adds what one run's transaction reported to the whole sync's report.
void absorb(SyncReport& into, const SyncReport& one)
{
    into.runsNew += one.runsNew;
    into.runsUpdated += one.runsUpdated;
    into.runsUnchanged += one.runsUnchanged;
    into.arrived.insert(into.arrived.end(), one.arrived.begin(), one.arrived.end());
    into.skippedDeleted.insert(into.skippedDeleted.end(), one.skippedDeleted.begin(), one.skippedDeleted.end());
    into.skippedImported.insert(into.skippedImported.end(), one.skippedImported.begin(), one.skippedImported.end());
    into.points += one.points;
    into.chunks += one.chunks;
    into.artifacts += one.artifacts;
    into.artifactBytes += one.artifactBytes;
    into.conflicts.insert(into.conflicts.end(), one.conflicts.begin(), one.conflicts.end());
}

void SyncPass::experiments(const std::vector<SelectedRun>& runs, SyncReport& report)
{
    std::set<std::string> names;
    for (const auto& r : runs)
        names.insert(r.experiment);
    std::size_t created = 0;
    std::vector<SyncConflict> conflicts;
    m_source.read([&] {
        onTarget([&] {
            created = 0; // anew on each attempt of the transaction
            conflicts.clear();
            for (const auto& name : names) {
                SyncedExperiment s = m_src.experiment(name);
                ExperimentPlan plan = planExperiment(s, m_dst.experiment(name), conflicts);
                created += plan.create ? 1 : 0;
                if (m_writer && !plan.isEmpty())
                    m_writer->applyExperiment(s, plan, !m_dst.hasExperimentUuid(s.uuid));
            }
        });
    });
    report.experimentsNew += created;
    report.conflicts.insert(report.conflicts.end(), conflicts.begin(), conflicts.end());
}

void SyncPass::runs(const std::vector<SelectedRun>& runs, const StoreSync::ProgressFn& progress, SyncReport& report)
{
    SyncProgress p;
    p.runsTotal = runs.size();
    for (const auto& r : runs) {
        p.points = report.points;
        if (progress && !progress(p)) {
            report.cancelled = true;
            return;
        }
        try {
            run(r.uuid, report);
        } catch (const SyncSourceDamaged& e) {
            report.problems.push_back(std::string("run ") + r.uuid + " was left out: " + e.what());
        }
        ++p.runsDone;
    }
    p.points = report.points;
    if (progress)
        progress(p);
}

void SyncPass::run(const std::string& uuid, SyncReport& report)
{
    // One snapshot of the source and one transaction on the target per run: the plan
    // counts exactly the points that are copied, and a sync stopped at any moment
    // leaves each run either as it was or complete.
    m_source.read([&] {
        SyncedRun s = m_src.run(uuid);
        if (!s.found)
            return; // deleted from the source since it was selected
        // What this run adds, counted anew on each attempt: a team store may run the
        // transaction again (a lost connection, a deadlock).
        SyncReport one;
        onTarget([&] {
            one = SyncReport{};
            SyncedRun t = m_dst.run(uuid);
            if (!t.found && !m_options.includeDeleted && m_dst.isDeleted(uuid)) {
                one.skippedDeleted.push_back(uuid);
                return;
            }
            if (auto other = m_dst.importedAs(s.source); !t.found && other && *other != uuid) {
                one.skippedImported.push_back(uuid);
                return;
            }
            std::vector<SyncConflict> conflicts;
            RunPlan plan = planRun(s, t, m_dst.hasRun(s.parentUuid), conflicts);
            if (m_writer && !plan.isEmpty())
                add(one, m_writer->applyRun(s, plan, t.id));
            else if (!m_writer) {
                one.points += plan.points();
                one.artifacts += plan.artifacts.size();
            }
            one.conflicts.insert(one.conflicts.end(), conflicts.begin(), conflicts.end());
            if (!plan.isEmpty())
                one.arrived.push_back({uuid, s.name, s.experiment, plan.create, plan.points()});
            if (plan.create)
                ++one.runsNew;
            else if (plan.isEmpty())
                ++one.runsUnchanged;
            else
                ++one.runsUpdated;
        });
        absorb(report, one);
    });
}

void SyncPass::storeWide(const std::vector<SelectedRun>& runs, bool all, SyncReport& report)
{
    std::set<std::string> selected;
    for (const auto& r : runs)
        selected.insert(r.uuid);
    m_source.read([&] {
        onTarget([&] {
            for (const auto& [key, d] : planDirections(m_src.directions(), m_dst.directions(), report.conflicts)) {
                ++report.directions;
                if (m_writer)
                    m_writer->applyDirection(key, d);
            }
            // With a query, a diagram comes along with the run it was made from.
            std::vector<SyncedDiagram> diagrams;
            for (auto& d : m_src.diagrams()) {
                if (all || selected.count(d.sourceRun))
                    diagrams.push_back(std::move(d));
            }
            for (const auto& d : planDiagrams(diagrams, m_dst.diagrams(), report.conflicts)) {
                ++report.diagrams;
                if (m_writer)
                    m_writer->applyDiagram(d);
            }
        });
    });
}

} // namespace

bool SyncReport::changedAnything() const
{
    return runsNew + runsUpdated + experimentsNew + diagrams + directions > 0;
}

StoreSync::StoreSync(std::string source, std::string target) : m_source(std::move(source)), m_target(std::move(target))
{
}

SyncReport StoreSync::run(const SyncOptions& options, const ProgressFn& progress) const
{
    // Everything that can refuse the sync is checked before the first write.
    Query query = Query::parse(options.query);
    if (m_source.empty() || m_target.empty())
        throw StoreError(StoreError::Kind::InvalidInput, "sync needs a source and a target store");
    int sourceVersion = 0;
    auto source = openAsIs(m_source, sourceVersion);
    checkDistinct(m_source, m_target);

    std::optional<Store> target;        // a sync writes through the store, migrated
    std::shared_ptr<Database> preview;  // a dry run reads the target as it is, if it exists
    Database* targetDb = nullptr;
    int targetVersion = SchemaMigrator::latestVersion();
    std::error_code ec;
    if (!options.dryRun) {
        target = Store::open(m_target);
        targetDb = &target->database();
    } else if (StorePath::isPostgres(m_target) ? Database::connect(m_target, true)->schemaVersion() > 0
                                                      : fs::exists(m_target, ec)) {
        preview = openAsIs(m_target, targetVersion);
        targetDb = preview.get();
    }

    SyncReport report;
    std::vector<SelectedRun> runs;
    source->read([&] { runs = selectRuns(*source, query); });
    report.runsSelected = runs.size();
    SyncPass pass(*source, sourceVersion, targetDb, targetVersion, m_source, m_target, options);
    pass.experiments(runs, report);
    pass.runs(runs, progress, report);
    if (!report.cancelled)
        pass.storeWide(runs, query.isEmpty(), report);
    return report;
}

} // namespace runlens

#include "import/ImportContext.h"

#include "store/Database.h"
#include "import/ImportPaths.h"
#include "store/RunWriter.h"
#include "store/SeriesAppender.h"
#include "store/postgres/PgArtifacts.h"
#include "runlens/store/StorePath.h"
#include "runlens/model/TextRules.h"
#include "runlens/model/Uuid.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>
#include <type_traits>

namespace fs = std::filesystem;

namespace runlens {

ImportContext::ImportContext(Store store, const ImportOptions& options, ImportReport& report)
    : m_store(std::move(store)), m_options(options), m_report(report)
{
}

void ImportContext::beginSource(const std::string& root, const std::string& path, double from, double to)
{
    m_root = ImportPaths::canonical(root);
    m_path = path;
    m_from = from;
    m_to = to;
    progress(0, 1);
}

void ImportContext::problem(const std::string& path, const std::string& message)
{
    m_report.problems.push_back({path, message});
}

void ImportContext::checkCancelled() const
{
    if (m_options.isCancelled && m_options.isCancelled())
        throw ImportCancelled{};
}

void ImportContext::progress(std::size_t done, std::size_t total)
{
    if (!m_options.progress)
        return;
    double inner = total ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
    m_options.progress({.fraction = m_from + (m_to - m_from) * std::min(inner, 1.0),
                        .path = m_path,
                        .runsImported = m_report.runsImported});
}

// The folder whose name is the experiment and below which paths name runs: the folder
// the user imported, unless that is the run's own folder or file; then the one around it.
std::string ImportContext::baseDirFor(const std::string& runPath) const
{
    std::string run = ImportPaths::canonical(runPath);
    if (ImportPaths::isDirectory(m_root) && run != m_root)
        return m_root;
    return fs::path(run).parent_path().generic_string();
}

std::string ImportContext::experimentFor(const std::string& runPath) const
{
    if (!m_options.experiment.empty())
        return m_options.experiment;
    std::string name = ImportPaths::baseName(baseDirFor(runPath));
    return name.empty() || name == "/" ? "Default" : name;
}

std::string ImportContext::runNameFor(const std::string& runPath) const
{
    fs::path rel = fs::path(ImportPaths::canonical(runPath)).lexically_relative(baseDirFor(runPath));
    std::string name = rel.generic_string();
    return name.empty() || name == "." ? ImportPaths::baseName(runPath) : name;
}

std::string ImportContext::existingUuid(const std::string& source) const
{
    std::string uuid;
    Database& db = m_store.database();
    db.read([&] {
        auto& st = db.prepare("SELECT uuid FROM runs WHERE source = ?");
        st.bind(1, source);
        if (st.step())
            uuid = st.textAt(0);
        st.reset();
    });
    return uuid;
}

bool ImportContext::skipIfImported(const std::string& source, const std::string& format, const std::string& path)
{
    std::string uuid = existingUuid(source);
    if (uuid.empty())
        return false;
    ++m_report.runsAlreadyImported;
    m_report.alreadyImported.push_back({.format = format, .path = path, .source = source, .uuid = uuid});
    return true;
}

std::string ImportContext::chooseUuid(const std::string& preferred) const
{
    if (!Uuid::isValid(preferred))
        return Uuid::generate();
    bool taken = false;
    Database& db = m_store.database();
    db.read([&] {
        auto& st = db.prepare("SELECT 1 FROM runs WHERE uuid = ?");
        st.bind(1, preferred);
        taken = st.step();
        st.reset();
    });
    return taken ? Uuid::generate() : preferred;
}

bool ImportContext::keepKey(const ImportedRun& run, const char* what, const std::string& key, const std::string* text)
{
    try {
        TextRules::checkKey(std::string(what) + " key", key);
        if (text)
            TextRules::checkValue(std::string("value of ") + what + " '" + key + "'", *text);
        return true;
    } catch (const StoreError& e) {
        problem(run.path, std::string(what) + " skipped: " + e.what());
        return false;
    }
}

// Drops what the store would refuse (bad keys, huge or non-UTF-8 values) with a problem
// each, so one odd param does not cost the whole run.
void ImportContext::sanitize(ImportedRun& run)
{
    // A key given twice (hparams written again on resume) is one param: the last wins.
    auto lastWins = [](auto& pairs) {
        std::set<std::string> seen;
        std::vector<std::remove_reference_t<decltype(pairs[0])>> kept;
        for (auto it = pairs.rbegin(); it != pairs.rend(); ++it)
            if (seen.insert(it->first).second)
                kept.push_back(std::move(*it));
        pairs.assign(std::make_move_iterator(kept.rbegin()), std::make_move_iterator(kept.rend()));
    };
    lastWins(run.params);
    lastWins(run.tags);
    std::erase_if(run.params, [&](const auto& p) {
        return !keepKey(run, "param", p.first, p.second.isText() ? &p.second.text() : nullptr);
    });
    std::erase_if(run.tags, [&](const auto& t) { return !keepKey(run, "tag", t.first, &t.second); });
    std::erase_if(run.series, [&](const PointBatch& b) { return b.size() == 0 || !keepKey(run, "metric", b.key, nullptr); });
    try {
        TextRules::checkKey("experiment name", run.experiment);
    } catch (const StoreError& e) {
        problem(run.path, std::string("experiment name not usable, run put into 'Default': ") + e.what());
        run.experiment = "Default";
    }
    for (std::string* text : {&run.name, &run.notes, &run.gitCommit, &run.host, &run.command}) {
        if (!TextRules::isValidUtf8(*text) || text->size() > TextRules::kMaxValueBytes)
            text->clear();
    }
    if (std::isnan(run.startTime))
        run.startTime = run.endTime >= 0 ? run.endTime : ImportPaths::modifiedTime(run.path);
    if (std::isnan(run.startTime))
        run.startTime = RunWriter::now();
    if (run.endTime >= 0 && run.endTime < run.startTime)
        run.endTime = run.startTime;
}

std::vector<ArtifactCopier::Result> ImportContext::copyArtifacts(const ImportedRun& run, const std::string& uuid)
{
    std::vector<ArtifactCopier::Result> copied;
    m_forDatabase.clear();
    if (!m_options.copyArtifacts)
        return copied;
    std::int64_t left = m_options.maxArtifactBytesPerRun;
    for (const auto& a : run.artifacts) {
        checkCancelled();
        if (m_store.isTeamStore()) {
            std::error_code ec;
            auto size = static_cast<std::int64_t>(fs::file_size(a.file, ec));
            if (ec || size > left) {
                problem(a.file, ec ? "artifact not copied: " + ec.message()
                                   : "artifact not copied: the run's artifacts pass the cap of "
                                         + std::to_string(m_options.maxArtifactBytesPerRun) + " bytes");
                continue;
            }
            m_forDatabase.push_back(a);
            left -= size;
            continue;
        }
        try {
            copied.push_back(ArtifactCopier::copy(m_store.path(), uuid, a.file, a.name,
                                                  {.followSymlinks = false, .maxBytes = std::max<std::int64_t>(left, 0)}));
            left -= copied.back().size;
        } catch (const StoreError& e) {
            if (!e.isUserError())
                throw;
            problem(a.file, std::string("artifact not copied: ") + e.what());
        }
    }
    return copied;
}

bool ImportContext::artifactFolderAllowed(const std::string& folder, const std::string& runPath)
{
    std::string dir = ImportPaths::canonical(folder);
    auto under = [&](const std::string& root) {
        if (root.empty())
            return false;
        std::string base = ImportPaths::canonical(root);
        return dir == base || dir.rfind(base == "/" ? base : base + "/", 0) == 0;
    };
    // A single file given (mlflow.db) stands for the folder it is in.
    std::string root = ImportPaths::isFile(m_root) ? fs::path(m_root).parent_path().string() : m_root;
    if (under(root) || under(m_options.artifactFolder))
        return true;
    problem(runPath, "artifacts at '" + folder + "' not copied: the imported store names a folder outside what " +
                         "was imported (name it with --artifacts-from to copy from there)");
    return false;
}

void ImportContext::listArtifacts(const std::string& dir, ImportedRun& run)
{
    std::error_code ec;
    // The iterator does not descend into symlinked folders; symlinked files are seen as
    // symlinks here and never opened.
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code fec;
        if (it->is_directory(fec) && !it->is_symlink(fec))
            continue;
        if (it->is_symlink(fec) || !it->is_regular_file(fec)) {
            problem(it->path().string(), "artifact not copied: a symlink or special file, not followed from an "
                                         "imported store");
            continue;
        }
        run.artifacts.push_back({it->path().string(), it->path().lexically_relative(dir).generic_string()});
    }
    std::sort(run.artifacts.begin(), run.artifacts.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
}

// Experiment, sanitising and the parent's uuid: what both ways of writing need first.
std::string ImportContext::prepare(ImportedRun& run)
{
    if (run.experiment.empty())
        run.experiment = experimentFor(run.path);
    if (!m_options.experiment.empty())
        run.experiment = m_options.experiment;
    sanitize(run);
    std::string parentUuid;
    if (!run.parentSource.empty()) {
        parentUuid = existingUuid(run.parentSource);
        if (parentUuid.empty())
            problem(run.path, "its parent run (" + run.parentSource + ") is not in the store; imported as a top-level run");
    }
    return parentUuid;
}

static RunWriter::NewRun newRun(const ImportedRun& run, const std::string& uuid, const std::string& parentUuid)
{
    return {.uuid = uuid,
            .name = run.name,
            .experiment = run.experiment,
            .parentUuid = parentUuid,
            .status = run.status,
            .startTime = run.startTime,
            .endTime = run.endTime,
            .gitCommit = run.gitCommit,
            .host = run.host,
            .command = run.command,
            .notes = run.notes,
            .source = run.source};
}

static void writeContent(Database& db, std::int64_t id, const ImportedRun& run,
                         const std::vector<ArtifactCopier::Result>& copied)
{
    RunWriter writer(db);
    SeriesAppender appender(db);
    double now = RunWriter::now();
    for (const auto& [key, value] : run.params)
        writer.setParam(id, key, value);
    for (const auto& [key, value] : run.tags)
        writer.setTag(id, key, value);
    for (const auto& batch : run.series)
        appender.append(id, batch);
    for (const auto& a : copied)
        writer.addArtifact(id, a.relativePath, a.size, a.sha256, now);
}

void ImportContext::write(ImportedRun& run, const std::string& uuid, const std::string& parentUuid,
                          const std::vector<ArtifactCopier::Result>& copied)
{
    Database& db = m_store.database();
    db.write([&] {
        std::int64_t id = RunWriter(db).createRun(newRun(run, uuid, parentUuid));
        writeContent(db, id, run, copied);
        for (const auto& a : m_forDatabase)
            PgArtifacts::put(db, id, a.file, a.name, RunWriter::now(), {.followSymlinks = false});
    });
}

void ImportContext::counted(const ImportedRun& run, const std::string& uuid, std::int64_t artifacts)
{
    ++m_report.runsImported;
    m_report.points += static_cast<std::int64_t>(run.pointCount());
    m_report.params += static_cast<std::int64_t>(run.params.size());
    m_report.artifacts += artifacts;
    m_report.imported.push_back({.format = run.format, .path = run.path, .source = run.source, .uuid = uuid,
                                 .name = run.name, .experiment = run.experiment});
}

bool ImportContext::commit(ImportedRun& run)
{
    checkCancelled();
    if (skipIfImported(run.source, run.format, run.path))
        return false;
    std::string parentUuid = prepare(run);
    std::string uuid = chooseUuid(run.preferredUuid);
    std::vector<ArtifactCopier::Result> copied;
    try {
        copied = copyArtifacts(run, uuid);
        write(run, uuid, parentUuid, copied);
    } catch (...) {
        // The transaction rolled back; the copied files must not outlive it.
        std::error_code ec;
        if (!m_store.isTeamStore())
            fs::remove_all(fs::path(StorePath::artifactRoot(m_store.path())) / uuid, ec);
        try {
            throw;
        } catch (const StoreError& e) {
            if (!e.isUserError())
                throw;
            problem(run.path, std::string("run not imported: ") + e.what());
            return false;
        }
    }
    counted(run, uuid, static_cast<std::int64_t>(copied.size() + m_forDatabase.size()));
    return true;
}

bool ImportContext::beginStream(ImportedRun& run)
{
    abortStream();
    checkCancelled();
    if (skipIfImported(run.source, run.format, run.path))
        return false;
    double start = run.startTime, end = run.endTime;
    std::string parentUuid = prepare(run);
    m_streamUuid = chooseUuid(run.preferredUuid);
    Database& db = m_store.database();
    m_stream = std::make_unique<ImportStream>(db, [&db, created = newRun(run, m_streamUuid, parentUuid)] {
        return RunWriter(db).createRun(created);
    });
    // The times are final only when the points are read: endStream writes them.
    run.startTime = start;
    run.endTime = end;
    // 256 Ki points (6 MiB) per batch: few hand-overs between the threads, since on a busy
    // machine each one can wait for the scheduler; memory stays a few batches.
    run.flushPoints = 1 << 18;
    run.flushFull = [this, &run](PointBatch& b) {
        if (keepKey(run, "metric", b.key, nullptr)) {
            m_stream->push(b);
        } else {
            run.flushedPoints -= b.size();
            b.steps.clear();
            b.values.clear();
            b.times.clear();
        }
    };
    return true;
}

bool ImportContext::endStream(ImportedRun& run)
{
    if (!m_stream)
        return false;
    run.flushPoints = 0;
    try {
        checkCancelled();
        sanitize(run);
        Database& db = m_store.database();
        m_stream->finish([&](std::int64_t id) {
            writeContent(db, id, run, {});
            db.prepare("UPDATE runs SET start_time = ?, end_time = ?, heartbeat = ? WHERE id = ?")
                .bind(1, run.startTime).bind(2, run.endTime >= 0 ? run.endTime : run.startTime)
                .bind(3, run.endTime >= 0 ? run.endTime : run.startTime).bind(4, id).run();
        });
    } catch (const StoreError& e) {
        abortStream();
        if (!e.isUserError())
            throw;
        problem(run.path, std::string("run not imported: ") + e.what());
        return false;
    } catch (...) {
        abortStream();
        throw;
    }
    m_stream.reset();
    counted(run, m_streamUuid, 0);
    return true;
}

void ImportContext::abortStream()
{
    if (m_stream) {
        m_stream->abort();
        m_stream.reset();
    }
}

} // namespace runlens

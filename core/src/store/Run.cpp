#include "runlens/store/Run.h"

#include "store/ArtifactCopier.h"
#include "store/Database.h"
#include "store/postgres/PgArtifacts.h"
#include "store/Database.h"
#include "store/RunState.h"
#include "store/RunWriter.h"
#include "runlens/store/Store.h"

#include <cstdio>
#include <exception>

namespace runlens {

Run::Run(std::shared_ptr<RunState> state)
    : m_state(std::move(state)), m_uncaught(std::uncaught_exceptions())
{
}

Run::Run(Run&& other) noexcept = default;
Run& Run::operator=(Run&& other) noexcept = default;

Run::~Run()
{
    if (!m_state || m_state->finished())
        return;
    // An exception unwinding through the run's scope means the training failed.
    RunStatus status = std::uncaught_exceptions() > m_uncaught ? RunStatus::Failed : RunStatus::Finished;
    try {
        m_state->finish(status);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "runlens: could not finish run '%s': %s\n", m_state->name.c_str(), e.what());
    }
}

const std::string& Run::id() const { return m_state->uuid; }
const std::string& Run::name() const { return m_state->name; }

void Run::logParam(const std::string& key, const ParamValue& value)
{
    RunWriter(*m_state->db).setParam(m_state->runId, key, value);
}

void Run::logParams(const std::map<std::string, ParamValue>& params)
{
    m_state->db->write([&] {
        for (const auto& [k, v] : params)
            logParam(k, v);
    });
}

void Run::setTag(const std::string& key, const std::string& value)
{
    RunWriter(*m_state->db).setTag(m_state->runId, key, value);
}

void Run::setTags(const std::map<std::string, std::string>& tags)
{
    m_state->db->write([&] {
        for (const auto& [k, v] : tags)
            setTag(k, v);
    });
}

void Run::setNotes(const std::string& notes) { RunWriter(*m_state->db).setNotes(m_state->runId, notes); }

void Run::logMetric(std::string_view key, double value, std::optional<std::int64_t> step, std::string_view slice)
{
    m_state->log(key, value, step ? &*step : nullptr, slice);
}

void Run::logMetrics(const std::map<std::string, double>& values, std::optional<std::int64_t> step,
                     std::string_view slice)
{
    for (const auto& [k, v] : values)
        logMetric(k, v, step, slice);
}

void Run::logArtifact(const std::string& filePath, const std::string& name)
{
    if (m_state->db->engine() == StoreEngine::PostgreSql) {
        PgArtifacts::put(*m_state->db, m_state->runId, filePath, name, RunWriter::now());
        return;
    }
    auto copied = ArtifactCopier::copy(m_state->db->path(), m_state->uuid, filePath, name);
    RunWriter(*m_state->db).addArtifact(m_state->runId, copied.relativePath, copied.size, copied.sha256,
                                         RunWriter::now());
}

Run Run::child(const std::string& name, RunOptions options)
{
    if (options.experiment == RunOptions{}.experiment)
        options.experiment = m_state->experiment;
    options.name = name;
    options.parent = m_state->uuid;
    return Store(m_state->db).startRun(options);
}

void Run::flush() { m_state->flush(); }

void Run::finish(RunStatus status) { m_state->finish(status); }

bool Run::isFinished() const { return m_state->finished(); }

} // namespace runlens

#include "store/RunEditor.h"

#include "store/Database.h"
#include "runlens/model/StoreError.h"
#include "runlens/model/TextRules.h"

namespace runlens {

void RunEditor::rename(std::int64_t runId, const std::string& name)
{
    if (name.empty())
        throw StoreError(StoreError::Kind::InvalidInput, "a run name cannot be empty");
    TextRules::checkValue("run name", name);
    m_db.write([&] { m_db.prepare("UPDATE runs SET name = ? WHERE id = ?").bind(1, name).bind(2, runId).run(); });
}

void RunEditor::removeTag(std::int64_t runId, const std::string& key)
{
    m_db.write([&] { m_db.prepare("DELETE FROM tags WHERE run_id = ? AND key = ?").bind(1, runId).bind(2, key).run(); });
}

void RunEditor::setArchived(std::int64_t runId, bool archived)
{
    m_db.write([&] {
        m_db.prepare("UPDATE runs SET archived = ? WHERE id = ?").bind(1, archived ? 1 : 0).bind(2, runId).run();
    });
}

void RunEditor::setExperimentArchived(const std::string& experiment, bool archived)
{
    m_db.write([&] {
        auto& st = m_db.prepare("UPDATE experiments SET archived = ? WHERE name = ?");
        st.bind(1, archived ? 1 : 0).bind(2, experiment).run();
        if (m_db.changes() == 0)
            throw StoreError(StoreError::Kind::NotFound, "no experiment named '" + experiment + "'");
    });
}

std::vector<std::string> RunEditor::deleteRuns(const std::vector<std::int64_t>& runIds)
{
    std::vector<std::string> uuids;
    m_db.write([&] {
        for (std::int64_t id : runIds) {
            auto& u = m_db.prepare("SELECT uuid FROM runs WHERE id = ?");
            u.bind(1, id);
            if (!u.step()) {
                u.reset();
                continue;
            }
            uuids.push_back(u.textAt(0));
            u.reset();
            // Points first, then what names them: no orphan ever survives a delete.
            m_db.prepare("DELETE FROM chunks WHERE series_id IN (SELECT id FROM series WHERE run_id = ?)").bind(1, id).run();
            for (const char* table : {"series", "params", "tags", "artifacts"})
                m_db.prepare(std::string("DELETE FROM ") + table + " WHERE run_id = ?").bind(1, id).run();
            m_db.prepare("UPDATE runs SET parent_id = NULL WHERE parent_id = ?").bind(1, id).run();
            m_db.prepare("DELETE FROM runs WHERE id = ?").bind(1, id).run();
        }
    });
    return uuids;
}

} // namespace runlens

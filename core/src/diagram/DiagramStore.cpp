#include "runlens/diagram/DiagramStore.h"

#include "store/Database.h"
#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/model/StoreError.h"

#include <chrono>

namespace runlens {

namespace {

double now()
{
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

DiagramInfo infoAt(const Statement& st)
{
    return {st.textAt(0), st.textAt(1), st.isNull(2) ? std::string() : st.textAt(2), st.doubleAt(3), st.doubleAt(4)};
}

constexpr const char* kColumns = "SELECT uuid, name, source_run, created_at, updated_at FROM diagrams ";

} // namespace

DiagramStore::DiagramStore(Store store) : m_store(std::move(store)) {}

bool DiagramStore::hasTable() const { return m_store.schemaVersion() >= 2; }

std::vector<DiagramInfo> DiagramStore::list() const
{
    std::vector<DiagramInfo> out;
    Database& db = m_store.database();
    std::lock_guard lock(db.mutex());
    if (!hasTable())
        return out;
    db.read([&] {
        auto& st = db.prepare(std::string(kColumns) + "ORDER BY name, uuid");
        while (st.step())
            out.push_back(infoAt(st));
        st.reset();
    });
    return out;
}

std::optional<DiagramInfo> DiagramStore::one(const char* where, const std::string& value) const
{
    Database& db = m_store.database();
    std::lock_guard lock(db.mutex());
    if (!hasTable())
        return std::nullopt;
    std::optional<DiagramInfo> out;
    db.read([&] {
        auto& st = db.prepare(std::string(kColumns) + where);
        st.bind(1, value);
        if (st.step())
            out = infoAt(st);
        st.reset();
    });
    return out;
}

std::optional<DiagramInfo> DiagramStore::info(const std::string& uuid) const
{
    return one("WHERE uuid = ?", uuid);
}

std::optional<DiagramInfo> DiagramStore::findBySourceRun(const std::string& runUuid) const
{
    return one("WHERE source_run = ? ORDER BY updated_at DESC, id DESC LIMIT 1", runUuid);
}

Diagram DiagramStore::load(const std::string& uuid) const
{
    Database& db = m_store.database();
    std::lock_guard lock(db.mutex());
    std::string name, json;
    bool found = false;
    if (hasTable()) {
        db.read([&] {
            auto& st = db.prepare("SELECT name, json FROM diagrams WHERE uuid = ?");
            st.bind(1, uuid);
            if ((found = st.step())) {
                name = st.textAt(0);
                json = st.textAt(1);
            }
            st.reset();
        });
    }
    if (!found)
        throw StoreError(StoreError::Kind::NotFound, "no diagram with id '" + uuid + "'");
    try {
        Diagram d = DiagramJson::read(json);
        if (d.uuid != uuid)
            throw DiagramError("uuid", "does not match the row's uuid");
        return d;
    } catch (const DiagramError& e) {
        throw DiagramError("diagram '" + name + "' in the store", e.what());
    }
}

void DiagramStore::save(const Diagram& diagram)
{
    std::string json = DiagramJson::write(diagram); // validates first: bad input writes nothing
    Database& db = m_store.database();
    std::lock_guard lock(db.mutex());
    if (!hasTable())
        throw StoreError(StoreError::Kind::Version, "this store's schema is older than version 2 and has no diagrams");
    const double t = now();
    db.write([&] {
        auto& st = db.prepare(
            "INSERT INTO diagrams (uuid, name, json, created_at, updated_at, source_run) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(uuid) DO UPDATE SET name = excluded.name, json = excluded.json, "
            "updated_at = excluded.updated_at, source_run = excluded.source_run");
        st.bind(1, diagram.uuid).bind(2, diagram.name).bind(3, json).bind(4, t).bind(5, t);
        if (diagram.sourceRun.empty())
            st.bindNull(6);
        else
            st.bind(6, diagram.sourceRun);
        st.run();
    });
}

bool DiagramStore::remove(const std::string& uuid)
{
    Database& db = m_store.database();
    std::lock_guard lock(db.mutex());
    if (!hasTable())
        return false;
    bool removed = false;
    db.write([&] {
        db.prepare("DELETE FROM diagrams WHERE uuid = ?").bind(1, uuid).run();
        removed = db.changes() > 0;
    });
    return removed;
}

} // namespace runlens

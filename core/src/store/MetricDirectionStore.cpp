#include "runlens/store/MetricDirectionStore.h"

#include "store/Database.h"
#include "runlens/store/Store.h"
#include "runlens/model/StoreError.h"
#include "runlens/model/TextRules.h"

namespace runlens {

MetricDirectionStore::MetricDirectionStore(const Store& store) : m_store(store) {}

MetricDirections MetricDirectionStore::load() const
{
    std::map<std::string, MetricDirection> chosen;
    Database& db = m_store.database();
    db.read([&] {
        auto& st = db.prepare("SELECT key, direction FROM metric_directions");
        while (st.step()) {
            // The CHECK constraint allows only min/max; a row another writer got wrong
            // is ignored rather than trusted.
            if (auto d = parseDirection(st.textAt(1)))
                chosen.emplace(st.textAt(0), *d);
        }
        st.reset();
    });
    return MetricDirections(std::move(chosen));
}

std::optional<MetricDirection> MetricDirectionStore::chosen(const std::string& key) const
{
    std::optional<MetricDirection> out;
    Database& db = m_store.database();
    db.read([&] {
        auto& st = db.prepare("SELECT direction FROM metric_directions WHERE key = ?");
        st.bind(1, key);
        if (st.step())
            out = parseDirection(st.textAt(0));
        st.reset();
    });
    return out;
}

MetricDirection MetricDirectionStore::of(const std::string& key) const
{
    return chosen(key).value_or(directionFromName(key));
}

void MetricDirectionStore::set(const std::string& key, MetricDirection direction)
{
    TextRules::checkKey("metric key", key);
    if (direction == MetricDirection::Neutral)
        throw StoreError(StoreError::Kind::InvalidInput,
                         "a metric direction to remember is min or max; clear the choice to follow the name rule");
    Database& db = m_store.database();
    db.write([&] {
        db.prepare("INSERT INTO metric_directions (key, direction) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET direction = excluded.direction")
            .bind(1, key)
            .bind(2, directionName(direction))
            .run();
    });
}

void MetricDirectionStore::clear(const std::string& key)
{
    Database& db = m_store.database();
    db.write([&] { db.prepare("DELETE FROM metric_directions WHERE key = ?").bind(1, key).run(); });
}

} // namespace runlens

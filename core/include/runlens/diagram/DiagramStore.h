#pragma once

#include "runlens/diagram/Diagram.h"
#include "runlens/store/Store.h"

#include <optional>
#include <string>
#include <vector>

namespace runlens {

// One row of the store's diagrams table without its JSON: what the diagrams dock lists.
struct DiagramInfo {
    std::string uuid;
    std::string name;
    std::string sourceRun; // "" unless generated from a pipeline run
    double createdAt = 0;  // Unix seconds
    double updatedAt = 0;
};

// Diagrams kept in a store (the diagrams table of schema version 2): the JSON column
// holds the diagram file format, source_run mirrors Diagram::sourceRun. Store problems
// throw StoreError; a diagram that does not validate throws DiagramError naming it.
class DiagramStore {
public:
    explicit DiagramStore(Store store);

    // Sorted by name (then uuid); empty for a store older than version 2.
    std::vector<DiagramInfo> list() const;
    // Throws StoreError(NotFound) when there is no such diagram.
    Diagram load(const std::string& uuid) const;
    std::optional<DiagramInfo> info(const std::string& uuid) const;
    // Inserts or updates by uuid; created_at is kept, updated_at set to now.
    void save(const Diagram& diagram);
    // False when there was no such diagram.
    bool remove(const std::string& uuid);
    // The diagram generated for a pipeline parent run, if any (the newest when several).
    std::optional<DiagramInfo> findBySourceRun(const std::string& runUuid) const;

private:
    bool hasTable() const;
    std::optional<DiagramInfo> one(const char* where, const std::string& value) const;

    Store m_store;
};

} // namespace runlens

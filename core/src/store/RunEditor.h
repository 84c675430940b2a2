#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace runlens {

class Database;

// The app's edits to runs that already exist: rename, archive, delete. Each is one
// transaction, so an edit is all there or not at all.
class RunEditor {
public:
    explicit RunEditor(Database& db) : m_db(db) {}

    void rename(std::int64_t runId, const std::string& name);
    void removeTag(std::int64_t runId, const std::string& key);
    void setArchived(std::int64_t runId, bool archived);
    void setExperimentArchived(const std::string& experiment, bool archived);
    // Returns the uuids deleted, so the caller can remove their artifact folders.
    std::vector<std::string> deleteRuns(const std::vector<std::int64_t>& runIds);

private:
    Database& m_db;
};

} // namespace runlens

#include "store/Database.h"

#include "store/postgres/PgDatabase.h"
#include "store/sqlite/SqliteDatabase.h"
#include "runlens/model/StoreError.h"
#include "runlens/store/StorePath.h"

namespace runlens {

std::shared_ptr<Database> Database::connect(const std::string& location, bool readOnly)
{
    if (StorePath::isPostgres(location))
        return std::make_shared<PgDatabase>(location, readOnly);
    StorePath::checkIsPath(location);
    return std::make_shared<SqliteDatabase>(location, readOnly);
}

bool Database::mayRetry(const StoreError&, int) { return false; }

void Database::write(const std::function<void()>& fn)
{
    std::lock_guard lock(m_mutex);
    if (m_depth == 0 && m_readOnly)
        throw StoreError(StoreError::Kind::File, "the store '" + m_path + "' is open read-only; nothing was written");
    transaction(true, fn);
}

void Database::read(const std::function<void()>& fn)
{
    std::lock_guard lock(m_mutex);
    transaction(false, fn);
}

void Database::transaction(bool forWrite, const std::function<void()>& fn)
{
    if (m_depth > 0) {
        fn();
        return;
    }
    for (int attempt = 0;; ++attempt) {
        try {
            begin(forWrite);
            ++m_depth;
            try {
                fn();
            } catch (...) {
                --m_depth;
                throw;
            }
            --m_depth;
            commit(forWrite);
            return;
        } catch (const StoreError& e) {
            rollback();
            if (!mayRetry(e, attempt))
                throw;
        } catch (...) {
            rollback();
            throw;
        }
    }
}

} // namespace runlens

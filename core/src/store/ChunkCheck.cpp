#include "store/ChunkCheck.h"

#include "runlens/model/StoreError.h"
#include "store/Database.h"

#include <string>

namespace runlens {

namespace {

// "series 'loss' (slice 'val') of run 3f2a…": found again by id, because the reader
// only knows the series id and the message must tell a person where to look.
std::string whereIs(Database& db, std::int64_t seriesId)
{
    auto& st = db.prepare("SELECT s.key, s.slice, r.uuid FROM series s JOIN runs r ON r.id = s.run_id WHERE s.id = ?");
    st.bind(1, seriesId);
    std::string out = "series id " + std::to_string(seriesId);
    if (st.step()) {
        out = "series '" + st.textAt(0) + "'";
        if (!st.textAt(1).empty())
            out += " (slice '" + st.textAt(1) + "')";
        out += " of run " + st.textAt(2);
    }
    st.reset();
    return out;
}

} // namespace

std::size_t ChunkCheck::points(Database& db, std::int64_t seriesId, const Statement& row, int seqCol, int nCol,
                               std::initializer_list<int> blobCols)
{
    std::int64_t n = row.int64At(nCol);
    std::string problem;
    if (n < 1)
        problem = "it claims " + std::to_string(n) + " points";
    for (int col : blobCols) {
        if (!problem.empty())
            break;
        auto bytes = static_cast<std::int64_t>(row.bytesAt(col));
        if (bytes % 8 != 0 || bytes / 8 != n)
            problem = "it claims " + std::to_string(n) + " points but a column holds " + std::to_string(bytes) +
                      " bytes";
    }
    if (problem.empty())
        return static_cast<std::size_t>(n);
    std::int64_t seq = row.int64At(seqCol);
    throw StoreError(StoreError::Kind::File, "the store '" + db.path() + "' is damaged: chunk " +
                                                 std::to_string(seq) + " of " + whereIs(db, seriesId) + " is unreadable (" +
                                                 problem + "); other series are unaffected");
}

} // namespace runlens

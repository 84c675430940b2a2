#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace runlens {

class Database;
class Statement;

// Checks a chunk row before a byte of it is copied. The count `n` and the blobs are
// separate columns, so a damaged or hand-edited store can claim more points than its
// blobs hold; trusting `n` would read past the blob. A row whose blobs do not hold
// exactly n 8-byte values is refused with a StoreError naming run, series and chunk,
// so the caller can report it and go on with the other series.
namespace ChunkCheck {

// The row's point count; throws StoreError (Kind::File) if the row is damaged.
// Columns: seqCol holds seq, nCol holds n, blobCols the 8-byte-per-point blobs.
std::size_t points(Database& db, std::int64_t seriesId, const Statement& row, int seqCol, int nCol,
                   std::initializer_list<int> blobCols);

} // namespace ChunkCheck

} // namespace runlens

"""Appending points on PostgreSQL: small chunks inserted, merged once they fill 1024.

SQLite appends by rewriting its last chunk until it holds 1024 points (_chunks.py).
On PostgreSQL every UPDATE leaves a dead row version of the whole chunk behind, so a
series flushed every second bloated a 20 k-point table to 17 MB that way (1 MB with
this rule; TOOLCHAIN.md). So here a flush inserts its points as new chunk rows; once
the trailing chunks that are smaller than 1024 points hold 1024 or more together
(with the new points), they are deleted and written again as chunks of 1024, from the
first small chunk's seq on, the rest as one small chunk. Each point is thus rewritten
at most once. Everything before the trailing small chunks is full, so readers see
mostly 1024-point chunks, and chunk bytes are exactly SQLite's.
"""

import io
import struct

from ._chunks import CHUNK_POINTS, encode, update_summary

# The last full chunk's seq (-1 if none), then every chunk after it: the small ones.
_TRAILING = ("WITH full_ AS (SELECT coalesce(max(seq), -1) AS seq FROM chunks "
             "WHERE series_id = ? AND n >= ?) "
             "SELECT full_.seq, c.seq, c.n FROM full_ LEFT JOIN chunks c "
             "ON c.series_id = ? AND c.seq > full_.seq ORDER BY c.seq")
_INSERT = "INSERT INTO chunks (series_id, seq, n, steps, vals, times) VALUES (?, ?, ?, ?, ?, ?)"
# Many chunks go in through COPY in binary form: the blobs travel as their bytes, where
# parameters would send them as hex text for the server to parse (measured: 1 M points
# took 1.7 s that way). The COPY is made of our own bytes, never of SQL text.
_COPY = "COPY chunks (series_id, seq, n, steps, vals, times) FROM STDIN (FORMAT binary)"
_COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
_COPY_ROW = struct.Struct("!hiqiqiq")   # 6 fields; then series_id, seq, n as int8
_COPY_TRAILER = struct.pack("!h", -1)
_COPY_FROM_ROWS = 4                      # fewer rows: plain INSERTs are as quick


def series_id(conn, run_pk, key, slice_):
    """The id of series (run, key, slice), created when missing, in one round trip."""
    return conn.execute(
        "WITH made AS (INSERT INTO series (run_id, key, slice) VALUES (?, ?, ?) "
        "ON CONFLICT (run_id, key, slice) DO NOTHING RETURNING id) "
        "SELECT id FROM made UNION ALL "
        "SELECT id FROM series WHERE run_id = ? AND key = ? AND slice = ?",
        (run_pk, key, slice_, run_pk, key, slice_)).fetchone()[0]


def append_batch(conn, run_pk, key, slice_, steps, vals, times):
    """Append one batch (equal-length arrays, n >= 1); the caller holds the transaction."""
    sid = series_id(conn, run_pk, key, slice_)
    rows = conn.execute(_TRAILING, (sid, CHUNK_POINTS, sid)).fetchall()
    full_seq = rows[0][0]
    small = [(seq, n) for _, seq, n in rows if seq is not None]
    columns = [encode(steps), encode(vals), encode(times)]
    total = sum(n for _, n in small) + len(steps)
    if total < CHUNK_POINTS:
        next_seq = small[-1][0] + 1 if small else full_seq + 1
        conn.execute(_INSERT, (sid, next_seq, len(steps)) + tuple(columns))
    else:
        if small:
            columns = _take_small_chunks(conn, sid, full_seq, columns)
        _insert(conn, _cut(sid, full_seq + 1, total, columns))
    update_summary(conn, sid, steps, vals, times)
    return sid


def _take_small_chunks(conn, sid, full_seq, new_columns):
    """Delete the trailing small chunks; return their bytes followed by the new ones."""
    old = conn.execute("SELECT steps, vals, times FROM chunks WHERE series_id = ? AND seq > ? "
                       "ORDER BY seq", (sid, full_seq)).fetchall()
    conn.execute("DELETE FROM chunks WHERE series_id = ? AND seq > ?", (sid, full_seq))
    return [b"".join([bytes(row[i]) for row in old] + [new_columns[i]]) for i in range(3)]


def _insert(conn, rows):
    """Insert chunk rows (series_id, seq, n, steps, vals, times)."""
    if len(rows) < _COPY_FROM_ROWS:
        conn.executemany(_INSERT, rows)
        return
    parts = [_COPY_HEADER]
    for sid, seq, n, steps, vals, times in rows:
        parts.append(_COPY_ROW.pack(6, 8, sid, 8, seq, 8, n))
        for blob in (steps, vals, times):
            parts.append(struct.pack("!i", len(blob)))
            parts.append(blob)
    parts.append(_COPY_TRAILER)
    conn.copy_in(_COPY, io.BytesIO(b"".join(parts)))


def _cut(sid, first_seq, total, columns):
    """Rows of CHUNK_POINTS points from first_seq on; the rest in one last small row."""
    views = [memoryview(column) for column in columns]
    rows, seq = [], first_seq
    for start in range(0, total, CHUNK_POINTS):
        stop = min(start + CHUNK_POINTS, total)
        rows.append((sid, seq, stop - start) +
                    tuple(view[start * 8:stop * 8] for view in views))
        seq += 1
    return rows

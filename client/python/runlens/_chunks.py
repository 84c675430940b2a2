"""Appending points to a series and keeping its summary (docs/storage-format.md, "chunks").

A flush hands every buffered batch to append_batch() inside one BEGIN IMMEDIATE
transaction. The last chunk of a series is filled up to CHUNK_POINTS before new chunks
are started, so a live series flushed every second does not leave thousands of tiny
chunks behind, and the summary columns are updated from the batch alone so that no
reader ever has to scan points to show a table.
"""

import math
import sys
from array import array

CHUNK_POINTS = 1024
_BIG_ENDIAN = sys.byteorder == "big"


def encode(values):
    """Return the little-endian bytes of an array('q') or array('d')."""
    if _BIG_ENDIAN:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def decode_into(target, blob):
    """Append the little-endian values in `blob` to the array `target`."""
    if _BIG_ENDIAN:
        extra = array(target.typecode)
        extra.frombytes(blob)
        extra.byteswap()
        target.extend(extra)
    else:
        target.frombytes(blob)


def _nan_free_range(vals):
    """Return (min, max) of vals ignoring NaN, or (None, None) if all are NaN.

    sum() is a fast C loop; if it is not NaN, no value is NaN and min()/max() are
    safe. Otherwise (a NaN, or +Inf and -Inf together) fall back to filtering.
    """
    total = sum(vals)
    if total == total:
        return min(vals), max(vals)
    finite = [v for v in vals if v == v]
    if not finite:
        return None, None
    return min(finite), max(finite)


def batch_summary(steps, vals, times):
    """Summarise one batch: (first_step, last_step, last_value, last_time, vmin, vmax).

    last_value is the value at the largest step; when that step repeats, the point
    logged last wins, which in a batch means the one furthest right.
    """
    first_step, last_step = min(steps), max(steps)
    if steps[-1] == last_step:
        last_value = vals[-1]
    else:
        reverse_index = steps[::-1].index(last_step)
        last_value = vals[len(steps) - 1 - reverse_index]
    vmin, vmax = _nan_free_range(vals)
    return first_step, last_step, last_value, times[-1], vmin, vmax


def _merge_min(old, new):
    if old is None:
        return new
    if new is None:
        return old
    return min(old, new)


def _merge_max(old, new):
    if old is None:
        return new
    if new is None:
        return old
    return max(old, new)


def merged_summary(row, n, batch):
    """Combine the stored summary `row` with a batch summary (points of the batch are newer)."""
    count, old_first, old_last, old_value, old_min, old_max = row
    first_step, last_step, last_value, last_time, vmin, vmax = batch
    if count and old_last is not None and old_last > last_step:
        last_step, last_value = old_last, old_value
    if last_value is not None and math.isnan(last_value):
        last_value = None
    if count and old_first is not None:
        first_step = min(old_first, first_step)
    return (count + n, first_step, last_step, last_value, last_time,
            _merge_min(old_min, vmin), _merge_max(old_max, vmax))


def series_id(conn, run_pk, key, slice_):
    """Return the id of series (run, key, slice), creating the row when missing."""
    conn.execute("INSERT INTO series (run_id, key, slice) VALUES (?, ?, ?) "
                 "ON CONFLICT (run_id, key, slice) DO NOTHING", (run_pk, key, slice_))
    return conn.execute("SELECT id FROM series WHERE run_id = ? AND key = ? AND slice = ?",
                        (run_pk, key, slice_)).fetchone()[0]


def _fill_last_chunk(conn, sid, steps_b, vals_b, times_b, n):
    """Top up the newest chunk with the first new points; return (points used, next seq)."""
    row = conn.execute("SELECT seq, n FROM chunks WHERE series_id = ? ORDER BY seq DESC "
                       "LIMIT 1", (sid,)).fetchone()
    if row is None:
        return 0, 0
    seq, have = row
    if have >= CHUNK_POINTS:
        return 0, seq + 1
    take = min(CHUNK_POINTS - have, n)
    old = conn.execute("SELECT steps, vals, times FROM chunks WHERE series_id = ? AND seq = ?",
                       (sid, seq)).fetchone()
    conn.execute("UPDATE chunks SET n = ?, steps = ?, vals = ?, times = ? "
                 "WHERE series_id = ? AND seq = ?",
                 (have + take, old[0] + steps_b[:take * 8], old[1] + vals_b[:take * 8],
                  old[2] + times_b[:take * 8], sid, seq))
    return take, seq + 1


def append_batch(conn, run_pk, key, slice_, steps, vals, times):
    """Append one batch (equal-length arrays, n >= 1) to a series; caller holds the transaction."""
    n = len(steps)
    sid = series_id(conn, run_pk, key, slice_)
    steps_b = memoryview(encode(steps))
    vals_b = memoryview(encode(vals))
    times_b = memoryview(encode(times))
    used, seq = _fill_last_chunk(conn, sid, steps_b, vals_b, times_b, n)
    rows = []
    for start in range(used, n, CHUNK_POINTS):
        stop = min(start + CHUNK_POINTS, n)
        rows.append((sid, seq, stop - start, steps_b[start * 8:stop * 8],
                     vals_b[start * 8:stop * 8], times_b[start * 8:stop * 8]))
        seq += 1
    if rows:
        conn.executemany("INSERT INTO chunks (series_id, seq, n, steps, vals, times) "
                         "VALUES (?, ?, ?, ?, ?, ?)", rows)
    update_summary(conn, sid, steps, vals, times)
    return sid


def update_summary(conn, sid, steps, vals, times):
    """Fold a batch just appended to series `sid` into its summary columns (both engines)."""
    row = conn.execute("SELECT count, first_step, last_step, last_value, min_value, max_value "
                       "FROM series WHERE id = ?", (sid,)).fetchone()
    summary = merged_summary(row, len(steps), batch_summary(steps, vals, times))
    conn.execute("UPDATE series SET count = ?, first_step = ?, last_step = ?, last_value = ?, "
                 "last_time = ?, min_value = ?, max_value = ? WHERE id = ?", summary + (sid,))


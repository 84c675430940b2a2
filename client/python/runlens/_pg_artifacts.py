"""Artifacts of a PostgreSQL store: files kept in the database, read back as files.

A team store has no folder beside it that every machine sees, so a file is its
`artifacts` row (size, sha256 of the whole) and its bytes in `artifact_parts`, parts
of at most 1 MiB in seq order 0, 1, ... (schema/postgresql/0003_sync.sql), written in
one transaction with the row: a reader sees a whole file or none.

Reading: Store.artifacts() promises a local 'file' for each artifact, so on this engine
the bytes are materialised into a cache folder (XDG cache) and checked against their
sha256 on the way; a cached copy is reused while its size and time (the artifact's
created_at) still match the row.
"""

import hashlib
import os
import tempfile

from ._errors import StoreError
from ._paths import run_artifact_dir

PART_BYTES = 1 << 20          # the schema's limit for one part
_PARTS_PER_QUERY = 16         # 16 MiB per round trip when reading back


def write_file(conn, run_pk, source_fd, rel, now):
    """Store one open regular file as artifact `rel` of a run (replacing an older one);
    the caller holds the transaction. Returns (size, sha256 hex)."""
    conn.execute("DELETE FROM artifacts WHERE run_id = ? AND path = ?", (run_pk, rel))
    # The parts reference the row, so it goes first; its size and digest are known
    # only after the last part and are set then, in this same transaction.
    conn.execute("INSERT INTO artifacts (run_id, path, size, sha256, created_at) "
                 "VALUES (?, ?, 0, '', ?)", (run_pk, rel, now))
    digest, size, seq = hashlib.sha256(), 0, 0
    os.lseek(source_fd, 0, os.SEEK_SET)
    while True:
        block = _read_block(source_fd)
        if not block:
            break
        digest.update(block)
        size += len(block)
        conn.execute("INSERT INTO artifact_parts (run_id, path, seq, data) VALUES (?, ?, ?, ?)",
                     (run_pk, rel, seq, block))
        seq += 1
    conn.execute("UPDATE artifacts SET size = ?, sha256 = ? WHERE run_id = ? AND path = ?",
                 (size, digest.hexdigest(), run_pk, rel))
    return size, digest.hexdigest()


def _read_block(fd):
    """Up to PART_BYTES from fd (os.read may return less than asked: fill the part)."""
    chunks, have = [], 0
    while have < PART_BYTES:
        data = os.read(fd, PART_BYTES - have)
        if not data:
            break
        chunks.append(data)
        have += len(data)
    return b"".join(chunks)


def parts(conn, run_pk, path):
    """Yield the bytes of an artifact part by part, in seq order, a few parts a query."""
    seq = 0
    while True:
        rows = conn.execute("SELECT seq, data FROM artifact_parts WHERE run_id = ? AND "
                            "path = ? AND seq >= ? ORDER BY seq LIMIT ?",
                            (run_pk, path, seq, _PARTS_PER_QUERY)).fetchall()
        for number, data in rows:
            if number != seq:
                raise StoreError(f"artifact {path!r} is damaged: part {seq} is missing")
            yield bytes(data)
            seq += 1
        if len(rows) < _PARTS_PER_QUERY:
            return


def write_to(conn, run_pk, path, size, sha256, dest, mtime=None):
    """Write artifact `path` to the file dest (atomically: temp file + rename), checking
    its size and sha256 against the row; returns dest."""
    folder = os.path.dirname(os.path.abspath(dest))
    os.makedirs(folder, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        digest, written = hashlib.sha256(), 0
        with os.fdopen(handle, "wb") as out:
            for data in parts(conn, run_pk, path):
                digest.update(data)
                written += len(data)
                out.write(data)
        if written != size or digest.hexdigest() != sha256:
            raise StoreError(f"artifact {path!r} is damaged: its parts hold {written} bytes "
                             f"of sha256 {digest.hexdigest()[:12]}..., the row says {size} "
                             f"bytes of {sha256[:12]}...")
        if mtime is not None:
            os.utime(temp, ns=(_ns(mtime), _ns(mtime)))
        os.replace(temp, dest)
    except BaseException:
        try:
            os.remove(temp)
        except OSError:
            pass
        raise
    return dest


def _ns(seconds):
    return int(round(seconds * 1e9))


def materialise(conn, run_pk, run_uuid, location, row):
    """The local file of artifact row (path, size, sha256, created_at), written into
    the cache unless an up-to-date copy is there already."""
    path, size, sha256, created_at = row
    dest = os.path.join(run_artifact_dir(location, run_uuid), *path.split("/"))
    try:
        info = os.stat(dest)
        if info.st_size == size and info.st_mtime_ns == _ns(created_at):
            return dest
    except OSError:
        pass
    return write_to(conn, run_pk, path, size, sha256, dest, mtime=created_at)

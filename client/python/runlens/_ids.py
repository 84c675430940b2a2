"""Looking runs up by their uuid or a unique prefix of it."""

import re

_HEX = re.compile(r"[0-9a-f]{6,32}")


def normalize_run_id(run_id):
    """Return the lower-case hex text of a run id (str, or an object with .id)."""
    if not isinstance(run_id, str):
        run_id = getattr(run_id, "id", run_id)
    if not isinstance(run_id, str):
        raise ValueError(f"a run id must be a hex string, not {type(run_id).__name__}")
    text = run_id.strip().lower().replace("-", "")
    if not _HEX.fullmatch(text):
        raise ValueError(f"{run_id!r} is not a run id: expected 6 to 32 hex digits")
    return text


def resolve_run(conn, run_id):
    """Return (runs.id, runs.uuid) for a full uuid or a unique prefix of >= 6 hex digits.

    Raises ValueError for malformed ids and KeyError when no run or several match.
    The prefix search is a range on the unique uuid index, never a LIKE on user text.
    """
    text = normalize_run_id(run_id)
    if len(text) == 32:
        rows = conn.execute("SELECT id, uuid FROM runs WHERE uuid = ?", (text,)).fetchall()
    else:
        rows = conn.execute("SELECT id, uuid FROM runs WHERE uuid >= ? AND uuid < ? LIMIT 2",
                            (text, text + "g")).fetchall()
    if not rows:
        raise KeyError(f"no run with id {text!r} in this store")
    if len(rows) > 1:
        raise KeyError(f"run id prefix {text!r} is ambiguous: it matches several runs; "
                       f"give more digits")
    return rows[0][0], rows[0][1]

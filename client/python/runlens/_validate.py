"""Checks and conversions for user input, applied before anything is written.

docs/storage-format.md: keys are non-empty UTF-8 of at most 250 bytes without control
characters; values are UTF-8 of at most 8 MiB, refused (never cut) when larger. Every
check raises ValueError with the offending name, so bad input changes nothing.
"""

import math
import numbers
from collections.abc import Mapping
import unicodedata

MAX_KEY_BYTES = 250
MAX_VALUE_BYTES = 8 * 1024 * 1024
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1


def _as_text(what, value):
    """Return value as str; bytes must be valid UTF-8, str must encode to UTF-8."""
    if isinstance(value, (bytes, bytearray)):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValueError(f"{what} is not valid UTF-8: {error}") from None
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a string, not {type(value).__name__}")
    return value


def _utf8_size(what, text):
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError as error:
        raise ValueError(f"{what} is not valid UTF-8 (it contains {error.object[error.start:error.end]!r})") from None


def key(value, what="key"):
    """Validate a param/tag/metric key, slice, experiment or run name; return it as str."""
    text = _as_text(what, value)
    if not text:
        raise ValueError(f"{what} must not be empty")
    size = _utf8_size(f"{what} {text[:40]!r}", text)
    if size > MAX_KEY_BYTES:
        raise ValueError(f"{what} {text[:40]!r}... is {size} bytes long in UTF-8; "
                         f"the limit is {MAX_KEY_BYTES}")
    for char in text:
        if unicodedata.category(char) == "Cc":
            raise ValueError(f"{what} {text[:40]!r} contains the control character {char!r}")
    return text


def text_value(value, what="value"):
    """Validate a text value (tag value, notes, text param); return it as str."""
    text = _as_text(what, value)
    size = _utf8_size(what, text)
    if size > MAX_VALUE_BYTES:
        raise ValueError(f"{what} is {size} bytes long in UTF-8; the limit is "
                         f"{MAX_VALUE_BYTES} bytes (8 MiB); it was not stored")
    return text


def _is_bool(value):
    """bool, or numpy.bool_ (not a bool subclass) without importing numpy."""
    return isinstance(value, bool) or type(value).__name__ in ("bool_", "bool8")


def _refuse_shapeless(what, value):
    """None and mappings have no faithful text form: None became the text 'None' and a
    dict its repr, which reads like data but cannot be queried or compared. Refused
    with a hint instead (lists and tuples stay as their text, e.g. '[0.9, 0.999]')."""
    if value is None:
        raise ValueError(f"{what} is None; log a value, or leave the key out")
    if isinstance(value, Mapping):
        raise ValueError(f"{what} is a mapping; log its entries as separate keys "
                        f"(e.g. 'optim/lr') instead")


def param_value(name, value):
    """Convert a param value to what SQLite stores: int, float or str.

    bool -> 'true'/'false'; integers -> INTEGER (text if beyond int64); reals -> REAL,
    except NaN, which SQLite would turn into NULL, so it is stored as the text 'nan';
    str stays text; None and mappings are refused (ValueError); anything else is
    stored as str(value).
    """
    what = f"param {name!r}"
    _refuse_shapeless(what, value)
    if _is_bool(value):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):
        number = int(value)
        return number if INT64_MIN <= number <= INT64_MAX else str(number)
    if isinstance(value, numbers.Real):
        number = float(value)
        return "nan" if math.isnan(number) else number
    if isinstance(value, (str, bytes, bytearray)):
        return text_value(value, what)
    return text_value(str(value), what)


def tag_value(name, value):
    """Convert a tag value to text: bool -> 'true'/'false', None and mappings refused
    (ValueError), others via str()."""
    _refuse_shapeless(f"tag {name!r}", value)
    if _is_bool(value):
        return "true" if value else "false"
    if not isinstance(value, (str, bytes, bytearray)):
        value = str(value)
    return text_value(value, f"tag {name!r}")


def metric_value(name, value):
    """float(value) with a clear error; NaN and +-Inf are legal."""
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError) as error:
        raise ValueError(f"metric {name!r}: value {value!r} is not a number ({error})") from None


def wall_time(name, value):
    """Return a point's wall time as float Unix seconds; it must be finite."""
    try:
        seconds = float(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"metric {name!r}: wall time {value!r} is not a number of "
                         f"seconds") from None
    if not math.isfinite(seconds):
        raise ValueError(f"metric {name!r}: wall time {value!r} is not finite")
    return seconds


def step(name, value):
    """Return an int64 step (int, numpy integer, or integral float)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        number = value.__index__()
    except (AttributeError, TypeError):
        raise ValueError(f"metric {name!r}: step {value!r} is not an integer") from None
    if not INT64_MIN <= number <= INT64_MAX:
        raise ValueError(f"metric {name!r}: step {value!r} is outside the int64 range")
    return number


def artifact_path(value):
    """Validate an artifact's relative path: '/' separators, no '..', not absolute."""
    text = _as_text("artifact name", value).replace("\\", "/")
    parts = [part for part in text.split("/") if part not in ("", ".")]
    if text.startswith("/") or not parts:
        raise ValueError(f"artifact name {value!r} must be a non-empty relative path")
    if ".." in parts:
        raise ValueError(f"artifact name {value!r} must not contain '..'")
    clean = "/".join(parts)
    if len(clean.encode("utf-8", "surrogatepass")) > 4096:
        raise ValueError(f"artifact name {value!r} is longer than 4096 bytes")
    for part in parts:
        key(part, "artifact name part")
    return clean

"""MLflow's search_runs filter and order_by, translated to the Runlens query language.

    metrics.val_acc > 0.9 and params.lr = '0.01'      -> metrics.`val_acc` > 0.9 and params.`lr` = '0.01'
    attributes.status = 'FINISHED'                     -> status = 'finished'
    tags."mlflow.runName" LIKE 'sgd%'                  -> name ~ '^sgd.*$'

MLflow's grammar: comparisons joined by AND; keys after metrics./params./tags./
attributes. (or their singular and short forms), bare or in "double" or `back` quotes;
values as 'strings' or numbers; operators = != < <= > >= LIKE ILIKE IN (...) NOT IN
(...) IS NULL, IS NOT NULL. What the Runlens language cannot say raises
UnsupportedByRunlens naming the field; a malformed filter raises MlflowException.
The one field the language lacks but scripts use, tags.mlflow.parentRunId, becomes a
predicate applied to the records after the query.
"""

import math
import re

from ._dropin import UnsupportedByRunlens
from ._mlflow_entities import MlflowException

_PREFIXES = {
    "metric": "metrics", "metrics": "metrics",
    "param": "params", "params": "params", "parameter": "params", "parameters": "params",
    "tag": "tags", "tags": "tags",
    "attribute": "attributes", "attributes": "attributes", "attr": "attributes",
    "run": "attributes",
}
_ATTRIBUTES = {"run_id": "id", "run_name": "name", "status": "status",
               "experiment_id": "experiment"}
_UNSUPPORTED_ATTRIBUTES = ("start_time", "end_time", "created", "duration", "user_id",
                           "artifact_uri", "lifecycle_stage", "run_uuid")
_STATUSES = {"RUNNING": ["running"], "FINISHED": ["finished"], "KILLED": ["killed"],
             "FAILED": ["failed", "crashed"], "SCHEDULED": []}
_COMPARE = ("=", "!=", "<", "<=", ">", ">=")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<backquoted>`(?:[^`]|``)*`)
  | (?P<op><=|>=|!=|<>|=|<|>)
  | (?P<punct>[(),])
  | (?P<word>[A-Za-z0-9_.:/+\-]+)
""", re.VERBOSE)
_REGEX_SPECIAL = set("\\^$.|?*+()[]{}")


def _bad(message):
    return MlflowException(f"Invalid filter string: {message}")


def _tokens(text):
    """[(kind, value, position)]; a key quoted right after 'prefix.' joins its prefix."""
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise _bad(f"unexpected character {text[pos]!r} at position {pos}")
        kind, value = match.lastgroup, match.group()
        pos = match.end()
        if kind == "space":
            continue
        if kind in ("string", "backquoted") and tokens and tokens[-1][0] == "word" \
                and tokens[-1][1].endswith(".") and tokens[-1][2] + len(tokens[-1][1]) \
                == match.start():
            tokens[-1] = ("field", (tokens[-1][1][:-1], _unquote(value)), tokens[-1][2])
            continue
        tokens.append((kind, value, match.start()))
    return tokens


def _unquote(token):
    quote, body = token[0], token[1:-1]
    if quote == "`":
        return body.replace("``", "`")
    return re.sub(r"\\(.)", r"\1", body)


class _Parser:
    """Reads clauses 'field op value' joined by AND into (kind, key, op, values)."""

    def __init__(self, text):
        self.text = text
        self.tokens = _tokens(text)
        self.pos = 0

    def peek(self, offset=0):
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else ("end", "", len(self.text))

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def keyword(self, word, offset=0):
        kind, value, _ = self.peek(offset)
        return kind == "word" and value.upper() == word

    def clauses(self):
        clauses = [self.clause()]
        while self.keyword("AND"):
            self.take()
            clauses.append(self.clause())
        kind, value, pos = self.peek()
        if kind != "end":
            if kind == "word" and value.upper() == "OR":
                raise _bad("OR is not supported in MLflow filters; use AND")
            raise _bad(f"expected AND or the end of the filter at position {pos}, "
                       f"found {value!r}")
        return clauses

    def clause(self):
        kind, key = self.field()
        if self.keyword("IS"):
            self.take()
            negate = self.keyword("NOT") and bool(self.take())
            if not self.keyword("NULL"):
                raise _bad(f"expected NULL after IS at position {self.peek()[2]}")
            self.take()
            return kind, key, "IS NOT NULL" if negate else "IS NULL", []
        if self.keyword("NOT") and self.keyword("IN", 1):
            self.take(), self.take()
            return kind, key, "NOT IN", self.value_list()
        if self.keyword("IN"):
            self.take()
            return kind, key, "IN", self.value_list()
        op_kind, op, pos = self.take()
        if op_kind == "word" and op.upper() in ("LIKE", "ILIKE"):
            op = op.upper()
        elif op_kind != "op":
            raise _bad(f"expected an operator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN) "
                       f"at position {pos}, found {op!r}")
        return kind, key, "!=" if op == "<>" else op, [self.value()]

    def field(self):
        token_kind, value, pos = self.take()
        if token_kind == "field":
            prefix, key = value
        elif token_kind == "word" and "." in value:
            prefix, key = value.split(".", 1)
        elif token_kind == "word" and (value.lower() in _ATTRIBUTES
                                       or value.lower() in _UNSUPPORTED_ATTRIBUTES):
            prefix, key = "attributes", value
        else:
            raise _bad(f"expected a field such as metrics.acc, params.lr, tags.team or "
                       f"attributes.status at position {pos}, found {value!r}")
        kind = _PREFIXES.get(prefix.lower())
        if kind is None:
            raise _bad(f"unknown entity {prefix!r} at position {pos}; use metrics, params, "
                       f"tags or attributes")
        if not key:
            raise _bad(f"empty key after {prefix!r} at position {pos}")
        return kind, key

    def value(self):
        kind, value, pos = self.take()
        if kind == "string":
            return _unquote(value)
        if kind == "word" and _NUMBER.fullmatch(value):
            return float(value) if any(c in value for c in ".eE") else int(value)
        raise _bad(f"expected a 'quoted string' or a number at position {pos}, found "
                   f"{value or 'the end'!r}")

    def value_list(self):
        if self.take()[0:2] != ("punct", "("):
            raise _bad("expected '(' after IN")
        values = [self.value()]
        while self.peek()[0:2] == ("punct", ","):
            self.take()
            values.append(self.value())
        if self.take()[0:2] != ("punct", ")"):
            raise _bad("expected ')' to close the IN list")
        return values


def translate(filter_string):
    """Return (Runlens query text, [predicate(record)]) for an MLflow filter string."""
    if filter_string is None or not str(filter_string).strip():
        return "", []
    parts, predicates = [], []
    for kind, key, op, values in _Parser(str(filter_string)).clauses():
        if kind == "tags" and key == "mlflow.parentRunId":
            predicates.append(_parent_predicate(op, values))
        else:
            parts.append(_clause(kind, key, op, values))
    return " and ".join(parts), predicates


def _clause(kind, key, op, values):
    if kind == "attributes":
        return _attribute_clause(key, op, values)
    if kind == "tags" and key == "mlflow.runName":
        return _compare("name", op, values)
    if kind == "metrics":
        for value in values:
            if isinstance(value, str):
                raise _bad(f"metrics.{key} is compared with the text {value!r}; "
                           f"metric values are numbers")
    return _compare(f"{kind}.{_backquote(key)}", op, values)


def _attribute_clause(key, op, values):
    name = key.lower()
    if name in _UNSUPPORTED_ATTRIBUTES or name.startswith("dataset"):
        raise UnsupportedByRunlens(f"search_runs filter on attributes.{key}",
                                   "filter on metrics, params, tags, run_id, run_name, "
                                   "status or experiment_id")
    field = _ATTRIBUTES.get(name)
    if field is None:
        raise _bad(f"unknown attribute {key!r}; use run_id, run_name, status or "
                   f"experiment_id")
    if field == "status":
        return _status_clause(op, values)
    return _compare(field, op, values)


def _status_clause(op, values):
    """MLflow statuses are upper case; FAILED also finds crashed runs."""
    if op not in ("=", "!=", "IN", "NOT IN"):
        raise _bad(f"attributes.status takes =, != or IN, not {op}")
    wanted = []
    for value in values:
        statuses = _STATUSES.get(str(value).upper())
        if statuses is None:
            raise _bad(f"unknown run status {value!r}; use RUNNING, FINISHED, FAILED or KILLED")
        wanted += statuses
    either = " or ".join(f"status = {s}" for s in wanted) or "status = scheduled"
    return f"({either})" if op in ("=", "IN") else f"not ({either})"


def _compare(field, op, values):
    if op in _COMPARE:
        return f"{field} {op} {_literal(values[0])}"
    if op in ("LIKE", "ILIKE"):
        return f"{field} ~ {_literal(_like_to_regex(str(values[0])))}"
    if op in ("IN", "NOT IN"):
        either = " or ".join(f"{field} = {_literal(v)}" for v in values)
        return f"({either})" if op == "IN" else f"not ({either})"
    present = f"{field} ~ ''"      # any value at all; a missing (or NaN) one never matches
    return present if op == "IS NOT NULL" else f"not {present}"


def _like_to_regex(pattern):
    """SQL LIKE (% any run, _ one character) as an anchored regular expression."""
    out = []
    for char in pattern:
        if char == "%":
            out.append(".*")
        elif char == "_":
            out.append(".")
        else:
            out.append("\\" + char if char in _REGEX_SPECIAL else char)
    return "^" + "".join(out) + "$"


def _literal(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise _bad(f"{value!r} is not a finite number")
        return repr(value)
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _backquote(key):
    return "`" + key.replace("`", "``") + "`"


def _parent_predicate(op, values):
    """tags.mlflow.parentRunId: Runlens keeps the parent as the run's parent_id."""
    wanted = {str(v) for v in values}
    if op in ("=", "IN"):
        return lambda record: record.parent_id in wanted
    if op in ("!=", "NOT IN"):
        return lambda record: record.parent_id is not None and record.parent_id not in wanted
    if op == "IS NULL":
        return lambda record: record.parent_id is None
    if op == "IS NOT NULL":
        return lambda record: record.parent_id is not None
    raise _bad(f"tags.mlflow.parentRunId takes =, !=, IN or IS NULL, not {op}")


# -- order_by ------------------------------------------------------------------------------

_ORDER_ATTRIBUTES = {"start_time": "start_time", "end_time": "end_time", "run_name": "name",
                     "status": "status", "run_id": "id", "experiment_id": "experiment"}


def sort_records(records, order_by):
    """Sort RunRecords by MLflow order_by clauses ('metrics.acc DESC', ...); missing last."""
    records = list(records)
    for clause in reversed(list(order_by or [])):
        getter, descending = _order_clause(clause)
        present = [r for r in records if _sortable(getter(r))]
        missing = [r for r in records if not _sortable(getter(r))]
        present.sort(key=lambda r: _sort_key(getter(r)), reverse=descending)
        records = present + missing
    return records


def _order_clause(clause):
    words = str(clause).strip()
    descending = False
    match = re.fullmatch(r"(.*?)\s+(ASC|DESC)", words, re.IGNORECASE)
    if match:
        words, descending = match.group(1), match.group(2).upper() == "DESC"
    parser = _Parser(words)
    kind, key = parser.field()
    if parser.peek()[0] != "end":
        raise _bad(f"cannot read order_by clause {clause!r}")
    if kind == "attributes":
        attribute = _ORDER_ATTRIBUTES.get(key.lower())
        if attribute is None:
            raise UnsupportedByRunlens(f"search_runs order_by {clause!r}")
        return (lambda r: getattr(r, attribute)), descending
    return (lambda r: getattr(r, kind).get(key)), descending


def _sortable(value):
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _sort_key(value):
    """Numbers before text, so mixed params sort instead of raising TypeError."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, str(value))

"""The Runlens query language: filter runs with text such as

    params.lr = 0.01 and metrics.`val/acc` > 0.9
    status = crashed or (tags.team ~ 'vis' and not experiment = "digits")

docs/query-language.md is the reference. This module mirrors the C++ implementation in
core/ (Query, QueryParser, ...) rule for rule; tests/data/query_cases.json is run by
both so they cannot drift apart. Standard library only.

    query = parse("params.lr < 0.1")      # raises QueryError
    matching = [r for r in records if query.matches(r)]

A record is anything with the attributes id, name, experiment, status (str), params
(dict key -> int | float | str), tags (dict key -> str) and metrics (dict key -> last
value of the overall series, NaN allowed), such as runlens.record.RunRecord.
"""

import math
import re

from ._pattern import Regex

__all__ = ["Query", "QueryError", "parse", "format_number", "parse_number"]

# Nesting of parentheses and `not` is limited so no query can exhaust the stack.
MAX_DEPTH = 100

_FIELD_LIST = "metrics.KEY, params.KEY, tags.KEY, name, status, experiment or id"
_STATUSES = ("running", "finished", "failed", "killed", "crashed")
_STATUS_LIST = "running, finished, failed, killed or crashed"
_PLAIN_FIELDS = ("name", "status", "experiment", "id")
_KEYED_FIELDS = ("metrics", "params", "tags")
_SPACE = " \t\n\r\f\v"
_WORD_PUNCTUATION = "_./-"
_NUMBER_CHARS = frozenset("0123456789.eE+-")
_NUMBER_RE = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_REGEX_SYNTAX = frozenset("\\^$.|?*+()[]{}")


class QueryError(Exception):
    """A query that cannot be parsed.

    position is the 0-based index (in characters, i.e. code points) of the problem and
    column the same place counted from 1, as people count it and messages write it;
    message says what was expected, e.g. "expected ')' after 'a'", without the position.
    """

    def __init__(self, position, message):
        super().__init__(position, message)
        self.position = position
        self.column = position + 1
        self.message = message

    def __str__(self):
        return "%s (at column %d)" % (self.message, self.column)


# ---------------------------------------------------------------------------------------
# Numbers: the same rules as ParamValue.cpp in the core.


def parse_number(text):
    """The whole of text as a float, or None: decimal numbers only ("0.01", "1e-3",
    "-2"), never "nan", "inf" or hex, so such params stay text."""
    if not text or not all(c in _NUMBER_CHARS for c in text):
        return None
    try:
        return float(text)
    except ValueError:
        return None


def format_number(value):
    """Shortest text that reads back as value, exactly as C++ std::to_chars writes it
    (formatNumber in the core): "1" for 1.0, "1e-04" for 0.0001, "1e+16", "nan", "inf".
    ~ searches this text, so the app and the client see the same characters."""
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    value = abs(value)
    if value == 0:
        return sign + "0"
    # repr gives the shortest round-trip digits; only their layout differs from C++.
    mantissa, _, exponent = repr(value).partition("e")
    whole, _, fraction = mantissa.partition(".")
    all_digits = whole + fraction
    leading_zeros = len(all_digits) - len(all_digits.lstrip("0"))
    digits = all_digits.lstrip("0").rstrip("0")
    exp10 = int(exponent or 0) + len(whole) - 1 - leading_zeros
    if exp10 >= len(digits) - 1:
        fixed = str(int(value))  # an integer: to_chars prints its exact digits
    elif exp10 >= 0:
        fixed = digits[:exp10 + 1] + "." + digits[exp10 + 1:]
    else:
        fixed = "0." + "0" * (-exp10 - 1) + digits
    scientific = "%s%s%se%s%02d" % (digits[0], "." if len(digits) > 1 else "", digits[1:],
                                    "-" if exp10 < 0 else "+", abs(exp10))
    return sign + (fixed if len(fixed) <= len(scientific) else scientific)


# ---------------------------------------------------------------------------------------
# Tokens


class _Token:
    __slots__ = ("kind", "begin", "end", "value")

    def __init__(self, kind, begin, end, value):
        self.kind = kind      # word number string backquoted op ( ) and or not end
        self.begin = begin
        self.end = end
        self.value = value    # words/numbers as written, strings and keys unescaped


def _is_word_char(c):
    # Every non-ASCII character belongs to words, as every non-ASCII byte does in C++.
    return (c.isascii() and c.isalnum()) or c in _WORD_PUNCTUATION or ord(c) >= 0x80


def _printable(c):
    return c if " " <= c != "\x7f" else "\\x%02x" % ord(c)


class _Lexer:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def tokenize(self):
        tokens = []
        while True:
            tokens.append(self._next())
            if tokens[-1].kind == "end":
                return tokens

    def _next(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in _SPACE:
            self.pos += 1
        if self.pos == len(text):
            return _Token("end", self.pos, self.pos, "")
        c = text[self.pos]
        if c in "()":
            self.pos += 1
            return _Token(c, self.pos - 1, self.pos, c)
        if c in "'\"":
            return self._quoted(c)
        if c == "`":
            return self._backquoted()
        if _is_word_char(c):
            return self._word_or_number()
        return self._operator()

    def _quoted(self, quote):
        # A backslash escapes the quote and the backslash; before anything else it is
        # kept, so regular expressions such as '\d+' need no doubling.
        text, begin = self.text, self.pos
        self.pos += 1
        out = []
        while self.pos < len(text):
            c = text[self.pos]
            self.pos += 1
            if c == quote:
                return _Token("string", begin, self.pos, "".join(out))
            if c == "\\" and self.pos < len(text) and text[self.pos] in "\\'\"":
                out.append(text[self.pos])
                self.pos += 1
                continue
            out.append(c)
        raise QueryError(begin, "unterminated string: the closing %s is missing" % quote)

    def _backquoted(self):
        # `` stands for one backquote inside a backquoted key, as in MLflow.
        text, begin = self.text, self.pos
        self.pos += 1
        out = []
        while self.pos < len(text):
            c = text[self.pos]
            self.pos += 1
            if c != "`":
                out.append(c)
            elif self.pos < len(text) and text[self.pos] == "`":
                out.append("`")
                self.pos += 1
            else:
                return _Token("backquoted", begin, self.pos, "".join(out))
        raise QueryError(begin, "unterminated backquoted key: the closing ` is missing")

    def _word_or_number(self):
        # A run of word characters is a number only when all of it is one, so run ids
        # (0a1b...) and versions (1.2.3) work unquoted.
        text, begin = self.text, self.pos
        m = _NUMBER_RE.match(text, begin)
        if m and (m.end() == len(text) or not _is_word_char(text[m.end()])):
            self.pos = m.end()
            return _Token("number", begin, self.pos, m.group())
        while self.pos < len(text) and _is_word_char(text[self.pos]):
            self.pos += 1
        word = text[begin:self.pos]
        lower = _ascii_lower(word)
        kind = lower if lower in ("and", "or", "not") else "word"
        return _Token(kind, begin, self.pos, word)

    def _operator(self):
        text, begin = self.text, self.pos
        c = text[begin]
        two = text[begin:begin + 2]
        if two in ("<=", ">=", "!="):
            op = two
        elif c in "=~<>":
            op = c
        elif c == "!":
            raise QueryError(begin, "unexpected character '!' (use 'not' to negate, '!=' to compare)")
        else:
            raise QueryError(begin, "unexpected character '%s'" % _printable(c))
        self.pos += len(op)
        return _Token("op", begin, self.pos, op)


# ---------------------------------------------------------------------------------------
# Tree


class _Field:
    __slots__ = ("kind", "key")

    def __init__(self, kind, key=""):
        self.kind = kind  # metrics params tags name status experiment id
        self.key = key

    def spelling(self):
        if self.kind in _PLAIN_FIELDS:
            return self.kind
        if _is_bare_key(self.key):
            return "%s.%s" % (self.kind, self.key)
        return "%s.`%s`" % (self.kind, self.key.replace("`", "``"))

    def value_in(self, record):
        """(number or None, text or a callable giving it), or None when the run has no
        such value: a missing key, or a NaN metric or param."""
        kind = self.kind
        if kind == "metrics":
            value = (getattr(record, "metrics", None) or {}).get(self.key)
            if value is None or math.isnan(value):
                return None
            return float(value), lambda: format_number(value)
        if kind == "params":
            # A NaN param is no value, as a NaN metric is (SQLite even stores it as NULL).
            value = (getattr(record, "params", None) or {}).get(self.key)
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return None
            return _param_operand(value)
        if kind == "tags":
            tags = getattr(record, "tags", None) or {}
            if self.key not in tags:
                return None
            text = str(tags[self.key])
            return parse_number(text), text
        value = getattr(record, kind)
        return None, str(getattr(value, "value", value))  # an Enum status reads as its value


def _param_operand(value):
    if isinstance(value, bool):          # logged as the text true/false by the clients
        return None, "true" if value else "false"
    if isinstance(value, int):
        return float(value), str(value)
    if isinstance(value, float):
        return value, lambda: format_number(value)
    text = str(value)
    return parse_number(text), text


def _is_bare_key(key):
    return bool(key) and (key[0] == "_" or (key[0].isascii() and key[0].isalpha())) \
        and all(_is_word_char(c) for c in key)


class _Comparison:
    __slots__ = ("field", "op", "text", "number", "pattern")

    def __init__(self, field, op, text, pattern):
        self.field = field
        self.op = op
        self.text = text
        self.number = parse_number(text)
        self.pattern = pattern

    def evaluate(self, record):
        # A run without the field fails every comparison, != included; `not` turns
        # that around on purpose.
        operand = self.field.value_in(record)
        if operand is None:
            return False
        number, text = operand
        if self.op == "~":
            return self.pattern.search(text() if callable(text) else text)
        if self.number is not None and number is not None:
            a, b = number, self.number
        else:
            # Code-point order, which is the byte order of UTF-8 that C++ uses.
            a, b = (text() if callable(text) else text), self.text
        op = self.op
        if op == "=":
            return a == b
        if op == "!=":
            return a != b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b

    def fields(self):
        return [self.field.spelling()]


class _Logic:
    __slots__ = ("is_or", "operands")

    def __init__(self, is_or, operands):
        self.is_or = is_or
        self.operands = operands

    def evaluate(self, record):
        if self.is_or:
            return any(o.evaluate(record) for o in self.operands)
        return all(o.evaluate(record) for o in self.operands)

    def fields(self):
        return [f for o in self.operands for f in o.fields()]


class _Not:
    __slots__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand

    def evaluate(self, record):
        return not self.operand.evaluate(record)

    def fields(self):
        return self.operand.fields()


class _Pattern:
    """The right side of ~: a case-insensitive search over UTF-8 bytes with ASCII-only
    case folding. Plain words are substring searches; anything else goes to the
    linear-time matcher (_pattern.py), the same engine as the C++ core's."""

    __slots__ = ("needle", "regex")

    def __init__(self, pattern):
        self.needle = None
        self.regex = None
        data = pattern.encode("utf-8", "surrogatepass")
        if not any(c in _REGEX_SYNTAX for c in pattern):
            self.needle = data.lower()
            return
        self.regex = Regex(data)  # ValueError with the reason for a bad pattern

    def search(self, text):
        data = text.encode("utf-8", "surrogatepass")
        if self.regex is None:
            return self.needle in data.lower()
        return self.regex.search(data)


# ---------------------------------------------------------------------------------------
# Parser: query := <empty> | or;  or := and ("or" and)*;  and := unary ("and" unary)*;
#         unary := "not" unary | "(" or ")" | field operator value


class _Parser:
    def __init__(self, text):
        self.text = text
        self.tokens = _Lexer(text).tokenize()
        self.index = 0
        self.previous = ""  # the last thing read, as written, for messages

    def parse(self):
        if self.peek().kind == "end":
            return None
        root = self.parse_or(0)
        if self.peek().kind == ")":
            raise QueryError(self.peek().begin, "unmatched ')': there is no '(' for it to close")
        if self.peek().kind != "end":
            self.fail("'and', 'or' or the end of the query")
        return root

    def peek(self):
        return self.tokens[self.index]

    def take(self):
        token = self.tokens[self.index]
        self.previous = self.text[token.begin:token.end]
        if token.kind != "end":
            self.index += 1
        return token

    def fail(self, what, note=""):
        token = self.peek()
        message = "expected " + what
        if self.previous:
            message += " after '%s'" % self.previous
        if token.kind != "end":
            message += ", found '%s'" % self.text[token.begin:token.end]
        if note:
            message += "; " + note
        raise QueryError(token.begin, message)

    def check_depth(self, depth):
        if depth > MAX_DEPTH:
            raise QueryError(self.peek().begin, "the query is nested too deeply (more than %d "
                             "levels of parentheses and 'not')" % MAX_DEPTH)

    def parse_or(self, depth):
        operands = [self.parse_and(depth)]
        while self.peek().kind == "or":
            self.take()
            operands.append(self.parse_and(depth))
        return operands[0] if len(operands) == 1 else _Logic(True, operands)

    def parse_and(self, depth):
        operands = [self.parse_unary(depth)]
        while self.peek().kind == "and":
            self.take()
            operands.append(self.parse_unary(depth))
        return operands[0] if len(operands) == 1 else _Logic(False, operands)

    def parse_unary(self, depth):
        kind = self.peek().kind
        if kind == "not":
            self.check_depth(depth + 1)
            self.take()
            return _Not(self.parse_unary(depth + 1))
        if kind == "(":
            self.check_depth(depth + 1)
            opening = self.take().begin
            inner = self.parse_or(depth + 1)
            if self.peek().kind != ")":
                self.fail("')'", "the '(' in column %d is not closed" % (opening + 1))
            self.take()
            return inner
        return self.parse_comparison()

    def parse_comparison(self):
        field = self.parse_field()
        if self.peek().kind != "op":
            self.fail("an operator (=, !=, <, <=, >, >=, ~)")
        op = self.take().value
        if self.peek().kind not in ("number", "string", "word"):
            self.fail("a value (a number, a 'quoted string' or a word)")
        value = self.take()
        # A status that does not exist would silently match nothing: "status = crashd".
        if field.kind == "status" and op != "~" and value.value not in _STATUSES:
            suggestion = _nearest_status(value.value)
            hint = " (did you mean '%s'?)" % suggestion if suggestion else ""
            raise QueryError(value.begin, "unknown status '%s'%s; use one of %s"
                             % (value.value, hint, _STATUS_LIST))
        pattern = None
        if op == "~":
            try:
                pattern = _Pattern(value.value)
            except ValueError as e:
                raise QueryError(value.begin, "invalid regular expression: %s" % e) from None
        return _Comparison(field, op, value.value, pattern)

    def parse_field(self):
        # One word ("params.lr", "status"), or a word ending in '.' directly followed by
        # a backquoted key ("metrics.`val/acc`").
        if self.peek().kind != "word":
            self.fail("a field (%s)" % _FIELD_LIST)
        word = self.take()
        name = word.value
        dot = name.find(".")
        kind = self.field_kind(word, dot)
        if dot < 0:
            return _Field(kind)
        key = name[dot + 1:]
        end = word.end
        if not key:
            following = self.peek()
            if following.kind != "backquoted" or following.begin != word.end:
                raise QueryError(word.end, "expected a key after '%s', e.g. %sloss or %s`val/acc`"
                                 % (name, name, name))
            if not following.value:
                raise QueryError(following.begin,
                                 "expected a key after '%s', found empty backquotes" % name)
            key = following.value
            end = self.take().end
        elif not _is_bare_key(key):
            raise QueryError(word.begin + dot + 1,
                             "a key must start with a letter or '_' unless it is in backquotes: "
                             + _Field(kind, key).spelling())
        self.previous = self.text[word.begin:end]
        return _Field(kind, key)

    def field_kind(self, word, dot):
        name = word.value
        prefix = _ascii_lower(name if dot < 0 else name[:dot])
        if dot < 0:
            if prefix in _PLAIN_FIELDS:
                return prefix
            if prefix in _KEYED_FIELDS:
                raise QueryError(word.end, "expected '.' and a key after '%s', e.g. %s.KEY"
                                 % (name, prefix))
        else:
            if prefix in _KEYED_FIELDS:
                return prefix
            if prefix in ("metric", "param", "tag"):
                raise QueryError(word.begin, "unknown field '%s'; did you mean '%ss%s'?"
                                 % (name, prefix, name[dot:]))
        raise QueryError(word.begin, "unknown field '%s'; use one of %s" % (name, _FIELD_LIST))


def _edit_distance(a, b):
    """Edits (insert, delete, replace) that turn a into b."""
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        diagonal, row[0] = row[0], i
        for j in range(1, len(b) + 1):
            above = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1]))
            diagonal = above
    return row[len(b)]


def _nearest_status(value):
    """The status a mistyped one was probably meant to be ("crashd", "Finished"), or ""."""
    # Over UTF-8 bytes, as the C++ core counts, so both suggest the same for any text.
    lower = _ascii_lower(value).encode("utf-8", "surrogatepass")
    best, best_distance = "", 3  # more than two edits away is another word
    for status in _STATUSES:
        distance = _edit_distance(lower, status.encode("ascii"))
        if distance < best_distance:
            best, best_distance = status, distance
    return best


def _ascii_lower(text):
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


# ---------------------------------------------------------------------------------------


class Query:
    """A parsed query. Immutable; matches() may be called from several threads."""

    __slots__ = ("text", "_root", "_fields")

    def __init__(self, text="", _root=None):
        self.text = text
        self._root = _root
        fields = []
        for f in (_root.fields() if _root is not None else []):
            if f not in fields:
                fields.append(f)
        self._fields = fields

    def matches(self, record):
        """Whether the record satisfies the query; the empty query matches every run."""
        return self._root is None or self._root.evaluate(record)

    def is_empty(self):
        return self._root is None

    def fields_used(self):
        """The fields read, each once, in order of appearance: ['params.lr', 'status']."""
        return list(self._fields)

    def __repr__(self):
        return "runlens.query.parse(%r)" % self.text


def parse(text):
    """Parses query text; raises QueryError with the position of the first problem."""
    return Query(text, _Parser(text).parse())

"""The regular expressions of the query language's `~`: a documented subset matched in
time linear in the text (docs/query-language.md, "Regular expressions").

Python's `re` backtracks: `name ~ '(a+)+$'` against 40 characters ran for minutes. This
is a Thompson NFA run as a lazily built DFA: each (state, byte) transition is computed
once from the NFA (cost proportional to the pattern) and then looked up, so a search is
one table step per byte of the text. The cache of DFA states is bounded and starts
again when full, which keeps the linear bound for patterns with many states.

The C++ core has the same engine (core/src/query/QueryRegex.cpp) with the same syntax,
limits and error messages; tests/data/query_cases.json is run by both.

Text is matched as UTF-8 bytes with ASCII case folding: `.` and classes see bytes.
"""

import threading

__all__ = ["Regex", "MAX_PATTERN_BYTES", "MAX_PROGRAM", "MAX_REPEAT"]

MAX_PATTERN_BYTES = 1000
MAX_PROGRAM = 2000      # NFA instructions, after {m,n} is written out
MAX_REPEAT = 100        # largest m or n in {m,n}
_MAX_DFA_STATES = 2000  # cache size before it starts again

# Instructions: (op, arg1, arg2)
_BYTE, _SPLIT, _JMP, _ASSERT, _MATCH = range(5)
# Assertions
_BEGIN, _END, _WORD_BOUNDARY, _NOT_WORD_BOUNDARY = range(4)

_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_DIGIT = frozenset(b"0123456789")
_SPACE = frozenset(b" \t\n\r\f\v")
_ALL = frozenset(range(256))
_SIMPLE_ESCAPES = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("f"): 12, ord("v"): 11}
_CLASS_ESCAPES = {ord("d"): _DIGIT, ord("w"): _WORD, ord("s"): _SPACE,
                  ord("D"): _ALL - _DIGIT, ord("W"): _ALL - _WORD, ord("S"): _ALL - _SPACE}


def _folded(byte_set):
    out = set(byte_set)
    for b in byte_set:
        if 65 <= b <= 90:
            out.add(b + 32)
        elif 97 <= b <= 122:
            out.add(b - 32)
    return frozenset(out)


class _Parser:
    """Pattern bytes -> tree. Nodes: ("set", frozenset), ("assert", kind),
    ("cat", [nodes]), ("alt", [nodes]), ("repeat", node, min, max or None)."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def fail(self, message):
        raise ValueError(message)

    def peek(self):
        return self.data[self.pos] if self.pos < len(self.data) else None

    def parse(self):
        node = self.alternation(0)
        if self.peek() is not None:  # only a ')' stops an alternation early
            self.fail("unbalanced parenthesis: ')' without '('")
        return node

    def alternation(self, depth):
        if depth > 100:
            self.fail("groups nested more than 100 deep")
        branches = [self.concatenation(depth)]
        while self.peek() == ord("|"):
            self.pos += 1
            branches.append(self.concatenation(depth))
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def concatenation(self, depth):
        items = []
        while self.peek() is not None and self.peek() not in b"|)":
            items.append(self.repetition(depth))
        return ("cat", items)

    def repetition(self, depth):
        c = self.peek()
        if c is not None and c in b"*+?{":
            self.fail("nothing to repeat before '%s'" % chr(c))
        atom = self.atom(depth)
        bounds = self.quantifier()
        if bounds is None:
            return atom
        if atom[0] == "assert":
            self.fail("nothing to repeat: an anchor cannot be repeated")
        if self.peek() == ord("?"):  # lazy: the same yes/no answer for a search
            self.pos += 1
        c = self.peek()
        if c is not None and c in b"*+?{":
            self.fail("multiple repeat: a repeat cannot be repeated without a group")
        return ("repeat", atom, bounds[0], bounds[1])

    def quantifier(self):
        c = self.peek()
        if c == ord("*"):
            self.pos += 1
            return (0, None)
        if c == ord("+"):
            self.pos += 1
            return (1, None)
        if c == ord("?"):
            self.pos += 1
            return (0, 1)
        if c == ord("{"):
            return self.counted()
        return None

    def counted(self):
        end = self.data.find(b"}", self.pos)
        body = self.data[self.pos + 1:end] if end >= 0 else b""
        parts = body.split(b",")
        if end < 0 or len(parts) > 2 or not parts[0].isdigit() or \
                (len(parts) == 2 and parts[1] and not parts[1].isdigit()):
            self.fail("'{' must start a repeat count {m}, {m,} or {m,n}; write \\{ for a brace")
        def number(digits):  # a count this long is refused anyway
            return MAX_REPEAT + 1 if len(digits) > 4 else int(digits)
        low = number(parts[0])
        high = low if len(parts) == 1 else (number(parts[1]) if parts[1] else None)
        if low > MAX_REPEAT or (high is not None and high > MAX_REPEAT):
            self.fail("repeat counts above %d are not supported" % MAX_REPEAT)
        if high is not None and high < low:
            self.fail("bad repeat count {%d,%d}: the maximum is below the minimum" % (low, high))
        self.pos = end + 1
        return (low, high)

    def atom(self, depth):
        c = self.data[self.pos]
        self.pos += 1
        if c == ord("("):
            if self.data.startswith(b"?:", self.pos):
                self.pos += 2
            elif self.peek() == ord("?"):
                self.fail("look-around, named groups and inline flags ('(?') are not supported")
            node = self.alternation(depth + 1)
            if self.peek() != ord(")"):
                self.fail("missing ')': a group is not closed")
            self.pos += 1
            return node
        if c == ord("["):
            return ("set", self.bracket())
        if c == ord("."):
            return ("set", _ALL - {10})
        if c == ord("^"):
            return ("assert", _BEGIN)
        if c == ord("$"):
            return ("assert", _END)
        if c == ord("\\"):
            return self.escape()
        return ("set", _folded({c}))

    def escape(self):
        c = self.peek()
        if c is None:
            self.fail("the pattern ends with a lone backslash")
        self.pos += 1
        if c == ord("b"):
            return ("assert", _WORD_BOUNDARY)
        if c == ord("B"):
            return ("assert", _NOT_WORD_BOUNDARY)
        return ("set", _folded(self.escaped_set(c)))

    def escaped_set(self, c):
        """The bytes an escape \\c stands for (outside or inside brackets)."""
        if c in _CLASS_ESCAPES:
            return _CLASS_ESCAPES[c]
        if c in _SIMPLE_ESCAPES:
            return {_SIMPLE_ESCAPES[c]}
        if ord("1") <= c <= ord("9"):
            self.fail("back-references such as \\1 are not supported")
        if c < 128 and (chr(c).isalnum()):
            self.fail("unsupported escape \\%s" % chr(c))
        return {c}

    def bracket(self):
        negate = self.peek() == ord("^")
        if negate:
            self.pos += 1
        if self.peek() == ord("]"):
            self.fail("an empty class '[]'; write \\] for a bracket")
        members = set()
        while True:
            c = self.peek()
            if c is None:
                self.fail("missing ']': a class is not closed")
            if c == ord("]"):
                self.pos += 1
                break
            low = self.class_item()
            if self.peek() == ord("-") and self.pos + 1 < len(self.data) and self.data[self.pos + 1] != ord("]"):
                self.pos += 1
                high = self.class_item()
                if len(low) != 1 or len(high) != 1:
                    self.fail("a range in a class must be between two single characters")
                a, b = min(low), min(high)
                if b < a:
                    self.fail("bad range in a class: the end is before the start")
                members.update(range(a, b + 1))
            else:
                members.update(low)
        members = _folded(members)
        return _ALL - members if negate else frozenset(members)

    def class_item(self):
        c = self.data[self.pos]
        self.pos += 1
        if c != ord("\\"):
            return {c}
        c = self.peek()
        if c is None:
            self.fail("missing ']': a class is not closed")
        self.pos += 1
        if c == ord("b"):
            self.fail("unsupported escape \\b inside a class")
        return self.escaped_set(c)


class _Compiler:
    """Tree -> program (list of instructions); sets are interned as 256-byte tables."""

    def __init__(self):
        self.program = []
        self.tables = {}

    def emit(self, op, a=0, b=0):
        if len(self.program) >= MAX_PROGRAM:
            raise ValueError("the pattern is too large (more than %d steps once repeats are "
                             "written out)" % MAX_PROGRAM)
        self.program.append([op, a, b])
        return len(self.program) - 1

    def table(self, byte_set):
        key = frozenset(byte_set)
        if key not in self.tables:
            self.tables[key] = bytes(1 if i in key else 0 for i in range(256))
        return self.tables[key]

    def node(self, n):
        kind = n[0]
        if kind == "set":
            self.emit(_BYTE, self.table(n[1]))
        elif kind == "assert":
            self.emit(_ASSERT, n[1])
        elif kind == "cat":
            for item in n[1]:
                self.node(item)
        elif kind == "alt":
            self.alternation(n[1])
        else:
            self.repeat(n[1], n[2], n[3])

    def alternation(self, branches):
        jumps = []
        for branch in branches[:-1]:
            split = self.emit(_SPLIT)
            self.program[split][1] = len(self.program)
            self.node(branch)
            jumps.append(self.emit(_JMP))
            self.program[split][2] = len(self.program)
        self.node(branches[-1])
        for j in jumps:
            self.program[j][1] = len(self.program)

    def repeat(self, item, low, high):
        for _ in range(low):
            self.node(item)
        if high is None:
            split = self.emit(_SPLIT)
            self.program[split][1] = len(self.program)
            self.node(item)
            self.emit(_JMP, split)
            self.program[split][2] = len(self.program)
            return
        splits = []
        for _ in range(high - low):
            split = self.emit(_SPLIT)
            self.program[split][1] = len(self.program)
            splits.append(split)
            self.node(item)
        for split in splits:
            self.program[split][2] = len(self.program)


class Regex:
    """A compiled pattern; search() is thread-safe (the DFA cache is shared under a lock)."""

    def __init__(self, pattern):
        data = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
        if len(data) > MAX_PATTERN_BYTES:
            raise ValueError("the pattern is longer than %d bytes" % MAX_PATTERN_BYTES)
        compiler = _Compiler()
        compiler.node(_Parser(data).parse())
        compiler.emit(_MATCH)
        self._program = [tuple(i) for i in compiler.program]
        self._has_word_assert = any(op == _ASSERT and a >= _WORD_BOUNDARY
                                    for op, a, _ in self._program)
        self._lock = threading.Lock()
        self._reset()

    def _reset(self):
        self._ids = {}        # (pcs, prev_word, at_start) -> state id
        self._keys = []       # state id -> key
        self._next = []       # state id -> 256 entries: -1 unknown, -2 match, else id
        self._closures = {}   # (state id, next_word) -> (matched, byte pcs)

    def _state(self, key):
        sid = self._ids.get(key)
        if sid is None:
            sid = len(self._keys)
            self._ids[key] = sid
            self._keys.append(key)
            self._next.append([-1] * 256)
        return sid

    def _closure(self, sid, next_word, at_end):
        """(matched, [pcs of byte instructions]) reachable without consuming a byte."""
        pcs, prev_word, at_start = self._keys[sid]
        program = self._program
        seen = set()
        stack = [0] + list(pcs)
        out = []
        while stack:
            pc = stack.pop()
            if pc in seen:
                continue
            seen.add(pc)
            op, a, b = program[pc]
            if op == _BYTE:
                out.append(pc)
            elif op == _MATCH:
                return True, out
            elif op == _JMP:
                stack.append(a)
            elif op == _SPLIT:
                stack.append(b)
                stack.append(a)
            elif (a == _BEGIN and at_start) or (a == _END and at_end) or \
                    (a == _WORD_BOUNDARY and prev_word != next_word) or \
                    (a == _NOT_WORD_BOUNDARY and prev_word == next_word):
                stack.append(pc + 1)
        return False, out

    def _step(self, sid, byte):
        next_word = self._has_word_assert and byte in _WORD
        matched, pcs = self._closure(sid, next_word, False)
        if matched:
            return -2
        program = self._program
        targets = tuple(sorted({pc + 1 for pc in pcs if program[pc][1][byte]}))
        if len(self._keys) >= _MAX_DFA_STATES:
            self._reset()
            return None
        return self._state((targets, self._has_word_assert and byte in _WORD, False))

    def search(self, text):
        """True if the pattern matches anywhere in text (str or bytes)."""
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        with self._lock:
            return self._search(data)

    def _search(self, data):
        sid = self._state(((), False, True))
        table = self._next
        for byte in data:
            nxt = table[sid][byte]
            if nxt == -1:
                key = self._keys[sid]
                nxt = self._step(sid, byte)
                if nxt is None:  # the cache started again: find this state anew
                    table = self._next
                    sid = self._state(key)
                    nxt = self._step(sid, byte)
                table[sid][byte] = nxt
            if nxt == -2:
                return True
            sid = nxt
        return self._closure(sid, False, True)[0]

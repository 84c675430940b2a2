#include "query/QueryRegex.h"

#include "runlens/query/QueryError.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace runlens {

namespace {

constexpr std::size_t kMaxDfaStates = 2000; // cache size before it starts again
constexpr int kUnknown = -1;
constexpr int kMatched = -2;

using ByteSet = QueryRegex::ByteSet;
using Assertion = QueryRegex::Assertion;

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isAsciiAlnum(unsigned char c) { return isWordByte(c) && c != '_'; }

ByteSet setOf(bool (*pred)(unsigned char))
{
    ByteSet s;
    for (int c = 0; c < 256; ++c)
        s[c] = pred(static_cast<unsigned char>(c));
    return s;
}

ByteSet folded(ByteSet s)
{
    for (int c = 'a'; c <= 'z'; ++c) {
        bool either = s[c] || s[c - 32];
        s[c] = either;
        s[c - 32] = either;
    }
    return s;
}

using Code = QueryError::Code;

[[noreturn]] void fail(Code code, std::vector<std::string> args = {}) { throw QueryPatternError(code, std::move(args)); }

struct Node {
    enum class Kind { Set, Assert, Cat, Alt, Repeat } kind;
    ByteSet set;
    Assertion assertion = Assertion::Begin;
    std::vector<Node> kids;
    int min = 0, max = -1; // Repeat; max < 0: no upper bound
};

// Pattern bytes -> tree; the grammar and every message match _pattern.py's _Parser.
class Parser {
public:
    explicit Parser(std::string_view data) : m_data(data) {}

    Node parse()
    {
        Node node = alternation(0);
        if (m_pos < m_data.size()) // only a ')' stops an alternation early
            fail(Code::PatternUnbalancedParen);
        return node;
    }

private:
    int peek() const { return m_pos < m_data.size() ? static_cast<unsigned char>(m_data[m_pos]) : -1; }
    bool peekIs(const char* chars) const { return peek() >= 0 && std::string_view(chars).find(char(peek())) != std::string_view::npos; }

    Node alternation(int depth)
    {
        if (depth > 100)
            fail(Code::PatternNestedTooDeeply, {"100"});
        std::vector<Node> branches{concatenation(depth)};
        while (peek() == '|') {
            ++m_pos;
            branches.push_back(concatenation(depth));
        }
        if (branches.size() == 1)
            return std::move(branches[0]);
        return Node{.kind = Node::Kind::Alt, .kids = std::move(branches)};
    }

    Node concatenation(int depth)
    {
        Node cat{.kind = Node::Kind::Cat};
        while (peek() >= 0 && !peekIs("|)"))
            cat.kids.push_back(repetition(depth));
        return cat;
    }

    Node repetition(int depth)
    {
        if (peekIs("*+?{"))
            fail(Code::PatternNothingToRepeat, {std::string(1, char(peek()))});
        Node item = atom(depth);
        int min = 0, max = 0;
        if (!quantifier(min, max))
            return item;
        if (item.kind == Node::Kind::Assert)
            fail(Code::PatternRepeatedAnchor);
        if (peek() == '?') // lazy: the same yes/no answer for a search
            ++m_pos;
        if (peekIs("*+?{"))
            fail(Code::PatternMultipleRepeat);
        Node rep{.kind = Node::Kind::Repeat, .min = min, .max = max};
        rep.kids.push_back(std::move(item));
        return rep;
    }

    bool quantifier(int& min, int& max)
    {
        switch (peek()) {
        case '*': ++m_pos; min = 0; max = -1; return true;
        case '+': ++m_pos; min = 1; max = -1; return true;
        case '?': ++m_pos; min = 0; max = 1; return true;
        case '{': counted(min, max); return true;
        default: return false;
        }
    }

    static bool allDigits(std::string_view s)
    {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    }

    // Digits are checked before they are converted; a count this long is refused anyway.
    static int number(std::string_view s) { return s.size() > 4 ? kMaxRepeatPlusOne : std::stoi(std::string(s)); }
    static constexpr int kMaxRepeatPlusOne = QueryRegex::kMaxRepeat + 1;

    void counted(int& min, int& max)
    {
        std::size_t end = m_data.find('}', m_pos);
        std::string_view body = end == std::string_view::npos ? std::string_view() : m_data.substr(m_pos + 1, end - m_pos - 1);
        std::size_t comma = body.find(',');
        std::string_view low = body.substr(0, comma);
        std::string_view high = comma == std::string_view::npos ? low : body.substr(comma + 1);
        bool twoCommas = comma != std::string_view::npos && high.find(',') != std::string_view::npos;
        if (end == std::string_view::npos || twoCommas || !allDigits(low) || (!high.empty() && !allDigits(high)))
            fail(Code::PatternBadBrace);
        min = number(low);
        max = high.empty() ? -1 : number(high);
        if (min > QueryRegex::kMaxRepeat || max > QueryRegex::kMaxRepeat)
            fail(Code::PatternRepeatTooLarge, {std::to_string(QueryRegex::kMaxRepeat)});
        if (max >= 0 && max < min)
            fail(Code::PatternBadRepeatCount, {std::to_string(min), std::to_string(max)});
        m_pos = end + 1;
    }

    Node atom(int depth)
    {
        int c = peek();
        ++m_pos;
        switch (c) {
        case '(': return group(depth);
        case '[': return setNode(bracket());
        case '.': {
            ByteSet all;
            all.set();
            all[static_cast<unsigned char>('\n')] = false;
            return setNode(all);
        }
        case '^': return Node{.kind = Node::Kind::Assert, .assertion = Assertion::Begin};
        case '$': return Node{.kind = Node::Kind::Assert, .assertion = Assertion::End};
        case '\\': return escape();
        default: {
            ByteSet one;
            one[c] = true;
            return setNode(folded(one));
        }
        }
    }

    Node group(int depth)
    {
        if (m_data.substr(m_pos, 2) == "?:")
            m_pos += 2;
        else if (peek() == '?')
            fail(Code::PatternGroupSyntax);
        Node node = alternation(depth + 1);
        if (peek() != ')')
            fail(Code::PatternUnclosedGroup);
        ++m_pos;
        return node;
    }

    static Node setNode(const ByteSet& s) { return Node{.kind = Node::Kind::Set, .set = s}; }

    Node escape()
    {
        int c = peek();
        if (c < 0)
            fail(Code::PatternTrailingBackslash);
        ++m_pos;
        if (c == 'b')
            return Node{.kind = Node::Kind::Assert, .assertion = Assertion::WordBoundary};
        if (c == 'B')
            return Node{.kind = Node::Kind::Assert, .assertion = Assertion::NotWordBoundary};
        return setNode(folded(escapedSet(c)));
    }

    // The bytes an escape \c stands for, outside or inside brackets.
    static ByteSet escapedSet(int c)
    {
        static const ByteSet digit = setOf([](unsigned char b) { return b >= '0' && b <= '9'; });
        static const ByteSet word = setOf(isWordByte);
        static const ByteSet space = setOf([](unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); });
        switch (c) {
        case 'd': return digit;
        case 'w': return word;
        case 's': return space;
        case 'D': return ~digit;
        case 'W': return ~word;
        case 'S': return ~space;
        default: break;
        }
        ByteSet one;
        switch (c) {
        case 'n': one['\n'] = true; return one;
        case 't': one['\t'] = true; return one;
        case 'r': one['\r'] = true; return one;
        case 'f': one['\f'] = true; return one;
        case 'v': one['\v'] = true; return one;
        default: break;
        }
        if (c >= '1' && c <= '9')
            fail(Code::PatternBackReference);
        if (c < 128 && isAsciiAlnum(static_cast<unsigned char>(c)))
            fail(Code::PatternUnsupportedEscape, {std::string(1, char(c))});
        one[c] = true;
        return one;
    }

    ByteSet bracket()
    {
        bool negate = peek() == '^';
        if (negate)
            ++m_pos;
        if (peek() == ']')
            fail(Code::PatternEmptyClass);
        ByteSet members;
        for (;;) {
            int c = peek();
            if (c < 0)
                fail(Code::PatternUnclosedClass);
            if (c == ']') {
                ++m_pos;
                break;
            }
            ByteSet low = classItem();
            if (peek() == '-' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] != ']') {
                ++m_pos;
                ByteSet high = classItem();
                if (low.count() != 1 || high.count() != 1)
                    fail(Code::PatternRangeNotSingle);
                int a = firstOf(low), b = firstOf(high);
                if (b < a)
                    fail(Code::PatternReversedRange);
                for (int x = a; x <= b; ++x)
                    members[x] = true;
            } else {
                members |= low;
            }
        }
        members = folded(members);
        return negate ? ~members : members;
    }

    static int firstOf(const ByteSet& s)
    {
        for (int c = 0; c < 256; ++c)
            if (s[c])
                return c;
        return 0;
    }

    ByteSet classItem()
    {
        int c = peek();
        ++m_pos;
        if (c != '\\') {
            ByteSet one;
            one[c] = true;
            return one;
        }
        c = peek();
        if (c < 0)
            fail(Code::PatternUnclosedClass);
        ++m_pos;
        if (c == 'b')
            fail(Code::PatternWordBoundaryInClass);
        return escapedSet(c);
    }

    std::string_view m_data;
    std::size_t m_pos = 0;
};

// Tree -> program; byte sets are interned.
class Compiler {
public:
    std::vector<QueryRegex::Inst> program;
    std::vector<ByteSet> sets;

    int emit(QueryRegex::Op op, int a = 0, int b = 0)
    {
        if (program.size() >= QueryRegex::kMaxProgram)
            fail(Code::PatternTooLarge, {std::to_string(QueryRegex::kMaxProgram)});
        program.push_back({op, a, b});
        return static_cast<int>(program.size()) - 1;
    }

    int here() const { return static_cast<int>(program.size()); }

    void node(const Node& n)
    {
        using Op = QueryRegex::Op;
        switch (n.kind) {
        case Node::Kind::Set: emit(Op::Byte, setIndex(n.set)); break;
        case Node::Kind::Assert: emit(Op::Assert, static_cast<int>(n.assertion)); break;
        case Node::Kind::Cat:
            for (const auto& k : n.kids)
                node(k);
            break;
        case Node::Kind::Alt: alternation(n.kids); break;
        case Node::Kind::Repeat: repeat(n.kids[0], n.min, n.max); break;
        }
    }

private:
    int setIndex(const ByteSet& s)
    {
        for (std::size_t i = 0; i < sets.size(); ++i)
            if (sets[i] == s)
                return static_cast<int>(i);
        sets.push_back(s);
        return static_cast<int>(sets.size()) - 1;
    }

    void alternation(const std::vector<Node>& branches)
    {
        using Op = QueryRegex::Op;
        std::vector<int> jumps;
        for (std::size_t i = 0; i + 1 < branches.size(); ++i) {
            int split = emit(Op::Split);
            program[split].a = here();
            node(branches[i]);
            jumps.push_back(emit(Op::Jmp));
            program[split].b = here();
        }
        node(branches.back());
        for (int j : jumps)
            program[j].a = here();
    }

    void repeat(const Node& item, int min, int max)
    {
        using Op = QueryRegex::Op;
        for (int i = 0; i < min; ++i)
            node(item);
        if (max < 0) {
            int split = emit(Op::Split);
            program[split].a = here();
            node(item);
            emit(Op::Jmp, split);
            program[split].b = here();
            return;
        }
        std::vector<int> splits;
        for (int i = min; i < max; ++i) {
            int split = emit(Op::Split);
            program[split].a = here();
            splits.push_back(split);
            node(item);
        }
        for (int s : splits)
            program[s].b = here();
    }
};

} // namespace

// DFA states: the NFA pcs reached after a byte (before their closure), whether that
// byte was a word byte (for \b) and whether no byte was read yet (for ^).
struct QueryRegex::Dfa {
    struct Key {
        std::vector<int> pcs;
        bool prevWord = false;
        bool atStart = false;
        auto operator<=>(const Key&) const = default;
    };

    std::mutex mutex;
    std::map<Key, int> ids;
    std::vector<Key> keys;
    std::vector<std::array<int, 256>> next; // kUnknown, kMatched or a state id
    std::vector<unsigned> seen;             // closure marks, by generation
    unsigned generation = 0;

    void reset()
    {
        ids.clear();
        keys.clear();
        next.clear();
    }

    int state(const Key& key)
    {
        auto [it, added] = ids.emplace(key, static_cast<int>(keys.size()));
        if (added) {
            keys.push_back(key);
            next.emplace_back();
            next.back().fill(kUnknown);
        }
        return it->second;
    }
};

QueryRegex::QueryRegex(std::string_view pattern) : m_dfa(std::make_shared<Dfa>())
{
    if (pattern.size() > kMaxPatternBytes)
        fail(Code::PatternTooLong, {std::to_string(kMaxPatternBytes)});
    Compiler compiler;
    compiler.node(Parser(pattern).parse());
    compiler.emit(Op::Match);
    m_program = std::move(compiler.program);
    m_sets = std::move(compiler.sets);
    for (const auto& inst : m_program)
        if (inst.op == Op::Assert && inst.a >= static_cast<int>(Assertion::WordBoundary))
            m_wordAssertions = true;
    m_dfa->seen.assign(m_program.size(), 0);
}

namespace {

// Everything reachable from the state's pcs (and pc 0: the search may start at any
// byte) without reading a byte. True when Match is reachable; else the Byte pcs in out.
bool closure(const std::vector<QueryRegex::Inst>& program, std::vector<unsigned>& seen, unsigned generation,
             const std::vector<int>& pcs, bool prevWord, bool atStart, bool nextWord, bool atEnd,
             std::vector<int>& out)
{
    using Op = QueryRegex::Op;
    std::vector<int> stack(pcs.rbegin(), pcs.rend());
    stack.push_back(0);
    out.clear();
    while (!stack.empty()) {
        int pc = stack.back();
        stack.pop_back();
        if (seen[pc] == generation)
            continue;
        seen[pc] = generation;
        const auto& inst = program[pc];
        switch (inst.op) {
        case Op::Byte: out.push_back(pc); break;
        case Op::Match: return true;
        case Op::Jmp: stack.push_back(inst.a); break;
        case Op::Split:
            stack.push_back(inst.b);
            stack.push_back(inst.a);
            break;
        case Op::Assert: {
            auto kind = static_cast<Assertion>(inst.a);
            bool holds = (kind == Assertion::Begin && atStart) || (kind == Assertion::End && atEnd) ||
                         (kind == Assertion::WordBoundary && prevWord != nextWord) ||
                         (kind == Assertion::NotWordBoundary && prevWord == nextWord);
            if (holds)
                stack.push_back(pc + 1);
            break;
        }
        }
    }
    return false;
}

} // namespace

bool QueryRegex::search(std::string_view text) const
{
    Dfa& dfa = *m_dfa;
    std::lock_guard lock(dfa.mutex);
    std::vector<int> bytePcs;
    auto closed = [&](int sid, bool nextWord, bool atEnd) {
        if (++dfa.generation == 0) { // wrapped: old marks could look current
            std::fill(dfa.seen.begin(), dfa.seen.end(), 0);
            dfa.generation = 1;
        }
        const auto& key = dfa.keys[sid];
        return closure(m_program, dfa.seen, dfa.generation, key.pcs, key.prevWord, key.atStart, nextWord, atEnd,
                       bytePcs);
    };
    // The state after reading byte c in state sid, or kMatched.
    auto step = [&](int sid, unsigned char c) {
        bool word = m_wordAssertions && isWordByte(c);
        if (closed(sid, word, false))
            return kMatched;
        Dfa::Key key{.prevWord = word};
        for (int pc : bytePcs)
            if (m_sets[m_program[pc].a][c])
                key.pcs.push_back(pc + 1);
        std::sort(key.pcs.begin(), key.pcs.end());
        key.pcs.erase(std::unique(key.pcs.begin(), key.pcs.end()), key.pcs.end());
        return dfa.state(key);
    };

    int sid = dfa.state(Dfa::Key{.atStart = true});
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        int nxt = dfa.next[sid][c];
        if (nxt == kUnknown) {
            if (dfa.keys.size() >= kMaxDfaStates) { // start the cache again, keep this state
                Dfa::Key key = dfa.keys[sid];
                dfa.reset();
                sid = dfa.state(key);
            }
            nxt = step(sid, c);
            dfa.next[sid][c] = nxt;
        }
        if (nxt == kMatched)
            return true;
        sid = nxt;
    }
    return closed(sid, false, true);
}

} // namespace runlens

#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace runlens {

// The regular expressions of `~`: a documented subset (docs/query-language.md) matched
// in time linear in the text. std::regex backtracks or goes quadratic (`a.*b` over a
// 30 kB tag took 50 s; tags may hold 8 MiB). This is a Thompson NFA run as a lazily
// built DFA: each (state, byte) step is computed once from the NFA, at a cost
// proportional to the pattern, and then looked up. The DFA cache is bounded and starts
// again when full, so the bound holds for any pattern.
//
// The Python client has the same engine (client/python/runlens/_pattern.py): same
// syntax, limits and messages; tests/data/query_cases.json is run by both.
// Bytes with ASCII case folding: `.` and classes see bytes, not characters.
class QueryRegex {
public:
    static constexpr std::size_t kMaxPatternBytes = 1000;
    static constexpr std::size_t kMaxProgram = 2000; // NFA steps once {m,n} is written out
    static constexpr int kMaxRepeat = 100;           // largest m or n in {m,n}

    // Throws QueryPatternError (a std::invalid_argument) with the reason for a pattern
    // outside the subset.
    explicit QueryRegex(std::string_view pattern);

    // Whether the pattern matches anywhere in text. Thread-safe.
    bool search(std::string_view text) const;

    enum class Op : std::uint8_t { Byte, Split, Jmp, Assert, Match };
    enum class Assertion : std::uint8_t { Begin, End, WordBoundary, NotWordBoundary };
    struct Inst {
        Op op;
        int a = 0;  // Byte: set index; Split/Jmp: target; Assert: Assertion
        int b = 0;  // Split: second target
    };
    using ByteSet = std::bitset<256>;

private:
    struct Dfa;

    std::vector<Inst> m_program;
    std::vector<ByteSet> m_sets;
    bool m_wordAssertions = false;
    std::shared_ptr<Dfa> m_dfa; // shared by copies; guarded by its mutex
};

} // namespace runlens

#pragma once

#include <optional>
#include <string>

namespace runlens {

// The value on the right of a comparison. A literal is a number when its text is one
// (0.01, '0.01', "1e-2" alike), so a number quoted by habit still compares numerically.
struct QueryLiteral {
    std::string text;             // as written for numbers and words, unescaped for strings
    std::optional<double> number; // parseNumber(text)
};

} // namespace runlens

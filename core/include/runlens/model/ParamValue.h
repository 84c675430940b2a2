#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace runlens {

// A parameter value as logged: an integer, a real or text (the three SQLite types a
// params.value may hold). Booleans are logged as the text "true"/"false".
class ParamValue {
public:
    ParamValue() : m_value(std::string()) {}
    ParamValue(std::int64_t v) : m_value(v) {}
    ParamValue(int v) : m_value(static_cast<std::int64_t>(v)) {}
    ParamValue(double v) : m_value(v) {}
    ParamValue(bool v) : m_value(std::string(v ? "true" : "false")) {}
    ParamValue(std::string v) : m_value(std::move(v)) {}
    ParamValue(const char* v) : m_value(std::string(v)) {}

    bool isInteger() const { return std::holds_alternative<std::int64_t>(m_value); }
    bool isReal() const { return std::holds_alternative<double>(m_value); }
    bool isText() const { return std::holds_alternative<std::string>(m_value); }

    std::int64_t integer() const { return std::get<std::int64_t>(m_value); }
    double real() const { return std::get<double>(m_value); }
    const std::string& text() const { return std::get<std::string>(m_value); }

    // The value as a number: integers and reals as they are, text when the whole text
    // is a number ("0.01", "1e-3"), so imported string params compare numerically.
    std::optional<double> asNumber() const;
    // Shortest text that reads back as the same value ("0.01", "20", "adam").
    std::string toString() const;

    bool operator==(const ParamValue& o) const { return m_value == o.m_value; }

private:
    std::variant<std::int64_t, double, std::string> m_value;
};

// Shortest round-trip decimal text of a double ("0.1", "1e-05", "nan", "inf").
std::string formatNumber(double v);
// Parses the whole of text as a number; nullopt if anything else is left.
std::optional<double> parseNumber(const std::string& text);

} // namespace runlens

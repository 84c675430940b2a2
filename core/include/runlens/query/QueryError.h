#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace runlens {

// A query that cannot be parsed. The position is kept apart from the message so a query
// bar can put a marker under the offending character and show the message below it.
class QueryError : public std::runtime_error {
public:
    // position: 0-based offset in UTF-8 bytes into the query text.
    QueryError(std::size_t position, std::string message);

    std::size_t position() const noexcept { return m_position; }
    // What was expected, without the position, e.g. "expected ')' after 'a'".
    const std::string& message() const noexcept { return m_message; }

private:
    std::size_t m_position;
    std::string m_message;
};

} // namespace runlens

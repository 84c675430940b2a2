#pragma once

#include <stdexcept>
#include <string>

namespace runlens {

// Why a diagram, a fragment or an imported file was refused. what() is the whole
// message for the user, e.g. "nodes[3].position.x: expected a number" or
// "line 4, column 9: expected ']' to close the node text"; where() is its first part
// (the JSON path or the line/column), "" when the problem is the input as a whole.
// Whatever threw it changed nothing.
class DiagramError : public std::runtime_error {
public:
    DiagramError(const std::string& where, const std::string& problem)
        : std::runtime_error(where.empty() ? problem : where + ": " + problem), m_where(where) {}

    const std::string& where() const { return m_where; }

private:
    std::string m_where;
};

} // namespace runlens

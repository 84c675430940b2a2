#include "runlens/query/QueryError.h"

namespace runlens {

// what() carries the position too, for logs and uncaught exceptions.
QueryError::QueryError(std::size_t position, std::string message)
    : std::runtime_error(message + " (at position " + std::to_string(position) + ")")
    , m_position(position)
    , m_message(std::move(message))
{
}

} // namespace runlens

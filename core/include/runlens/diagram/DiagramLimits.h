#pragma once

#include <cstddef>

namespace runlens {

// Bounds every diagram reader enforces (JSON, draw.io, Mermaid, the store), so that a
// hostile file gets a clear message instead of exhausting memory or the stack. They
// are far above what a drawn pipeline needs.
namespace DiagramLimits {

inline constexpr std::size_t kMaxInputBytes = 64u << 20;   // one file or fragment
inline constexpr std::size_t kMaxTextBytes = 64u << 10;// a title, a label, a note
inline constexpr std::size_t kMaxNameBytes = 1000;     // the diagram's name
inline constexpr std::size_t kMaxIdBytes = 300;        // node, edge and port ids
inline constexpr std::size_t kMaxNodes = 100000;
inline constexpr std::size_t kMaxEdges = 200000;
inline constexpr std::size_t kMaxPorts = 64;           // per node and direction
inline constexpr int kMaxDepth = 32;                   // JSON / XML nesting
inline constexpr double kMaxCoordinate = 1e7;          // |x|, |y| in scene units
inline constexpr double kMaxExtent = 1e6;

} // namespace DiagramLimits

} // namespace runlens

#pragma once

#include "store/PointBatch.h"

#include <cstddef>
#include <cstdint>
#include <istream>

namespace runlens {

// The lines of an MLflow file-store metric file: "timestamp value step" (milliseconds,
// value, step; files from MLflow before 1.0 have no step). Lines that do not read are
// counted, not imported; a line longer than kMaxLineBytes is skipped without being held
// in memory, so a file with no line breaks cannot exhaust it.
namespace MlflowMetricLines {

inline constexpr std::size_t kMaxLineBytes = 4096;

struct Result {
    std::int64_t unreadable = 0;
    std::int64_t tooLong = 0;
};

Result read(std::istream& in, PointBatch& batch);

} // namespace MlflowMetricLines

} // namespace runlens

#include "import/mlflow/MlflowMetricLines.h"

#include "import/ImportNumbers.h"

#include <cstdlib>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace runlens {

namespace {

// False for a line that is not "timestamp value step"; blank lines are fine.
bool addLine(std::string line, PointBatch& batch)
{
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos)
        return true;
    // Fields a newer MLflow may add after the step are not needed and are ignored.
    std::istringstream fields(line);
    std::string ts, value, step;
    fields >> ts >> value >> step;
    char* endTs = nullptr;
    char* endV = nullptr;
    double ms = std::strtod(ts.c_str(), &endTs);
    double v = std::strtod(value.c_str(), &endV);
    std::int64_t s = 0;
    // A step beyond 64 bits is unreadable: strtoll would clamp it to INT64_MAX silently.
    if (value.empty() || *endTs || *endV || (!step.empty() && !ImportNumbers::stepFromText(step, s)))
        return false;
    batch.steps.push_back(s);
    batch.values.push_back(v);
    batch.times.push_back(ms / 1000.0);
    return true;
}

} // namespace

MlflowMetricLines::Result MlflowMetricLines::read(std::istream& in, PointBatch& batch)
{
    Result r;
    std::vector<char> buf(kMaxLineBytes + 2); // the line, its '\r' and getline's '\0'
    while (in) {
        in.getline(buf.data(), static_cast<std::streamsize>(buf.size()));
        auto got = static_cast<std::size_t>(in.gcount());
        if (in.fail() && !in.eof()) {
            // The buffer filled before the line ended: skip the rest of it.
            in.clear();
            in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
            ++r.tooLong;
            continue;
        }
        if (got == 0 && in.eof())
            break;
        std::size_t len = in.eof() ? got : got - 1; // getline counts the '\n' it took
        if (len - (len && buf[len - 1] == '\r') > kMaxLineBytes) {
            ++r.tooLong;
            continue;
        }
        if (!addLine(std::string(buf.data(), len), batch))
            ++r.unreadable;
    }
    return r;
}

} // namespace runlens

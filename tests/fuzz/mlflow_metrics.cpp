// Fuzz target: the lines of an MLflow file-store metric file.
#include "FuzzInput.h"

#include "import/mlflow/MlflowMetricLines.h"

#include <cstdlib>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in{std::string(runlens::fuzzText(data, size))};
    runlens::PointBatch batch;
    (void)runlens::MlflowMetricLines::read(in, batch);
    if (batch.values.size() != batch.steps.size() || batch.times.size() != batch.steps.size())
        std::abort(); // the three columns of a batch must stay in step
    return 0;
}

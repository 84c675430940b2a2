// Fuzz target: the CSV Lightning's and Keras' loggers write, parsed as the importers
// parse it, every field read as a number as they read it.
#include "FuzzInput.h"

#include "import/csv/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto rows = runlens::CsvReader::parse(std::string(runlens::fuzzText(data, size)));
    double v = 0;
    for (const auto& row : rows)
        for (const auto& field : row)
            (void)runlens::CsvReader::number(field, v);
    return 0;
}

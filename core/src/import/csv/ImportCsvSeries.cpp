#include "import/csv/ImportCsvSeries.h"

#include "import/ImportContext.h"
#include "import/ImportNumbers.h"

namespace runlens {

void ImportCsvSeries::fill(const std::vector<CsvReader::Row>& rows, int stepColumn, const std::set<int>& skip,
                           double time, const std::string& path, ImportedRun& run, ImportContext& context)
{
    if (rows.empty())
        return;
    const auto& header = rows.front();
    std::vector<std::size_t> batchOf(header.size(), 0);
    for (std::size_t c = 0; c < header.size(); ++c)
        if (static_cast<int>(c) != stepColumn && !skip.count(static_cast<int>(c)) && !header[c].empty())
            batchOf[c] = static_cast<std::size_t>(&run.batch(header[c]) - run.series.data()) + 1;
    std::int64_t step = -1, badCells = 0, badRows = 0, badSteps = 0;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        if (row.size() > header.size())
            ++badRows;
        double s = 0;
        if (stepColumn >= 0 && static_cast<std::size_t>(stepColumn) < row.size() && CsvReader::number(row[stepColumn], s)) {
            if (!ImportNumbers::stepFromDouble(s, step)) {
                ++badSteps; // beyond 64 bits: the row has no usable step
                continue;
            }
        } else {
            ++step; // no step in this row: the next one
        }
        for (std::size_t c = 0; c < std::min(row.size(), header.size()); ++c) {
            if (!batchOf[c] || row[c].empty())
                continue;
            double v = 0;
            if (!CsvReader::number(row[c], v)) {
                ++badCells;
                continue;
            }
            PointBatch& b = run.series[batchOf[c] - 1];
            b.steps.push_back(step);
            b.values.push_back(v);
            b.times.push_back(time);
        }
    }
    if (badCells)
        context.problem(path, std::to_string(badCells) + " cells that are not numbers were skipped");
    if (badSteps)
        context.problem(path, std::to_string(badSteps) + " rows with a step beyond 64-bit integers were skipped");
    if (badRows)
        context.problem(path, std::to_string(badRows) + " rows had more cells than the header; the extra cells were skipped");
}

} // namespace runlens

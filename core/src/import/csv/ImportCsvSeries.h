#pragma once

#include "import/csv/CsvReader.h"

#include <set>
#include <string>
#include <vector>

namespace runlens {

class ImportContext;
struct ImportedRun;

// Turns a logger's CSV table into series: one column gives the step, every other column
// not in skip is a metric, each non-empty cell one point. Rows may be sparse (Lightning
// writes train and val values in separate rows). Cells that are not numbers are counted
// and reported, not imported.
namespace ImportCsvSeries {

void fill(const std::vector<CsvReader::Row>& rows, int stepColumn, const std::set<int>& skip,
          double time, const std::string& path, ImportedRun& run, ImportContext& context);

} // namespace ImportCsvSeries

} // namespace runlens

#pragma once

#include "report/ReportCell.h"
#include "report/ReportColumn.h"

#include <QString>

#include <vector>

namespace runlens {

// A table of a report: a header row and rows of cells. On paper it breaks across pages
// with its header repeated; in HTML it is a <table> with a <thead>.
struct ReportTable {
    std::vector<ReportColumn> columns;
    std::vector<std::vector<ReportCell>> rows;
    QString caption;   // a line under the table ("Lower is better for val/loss.")
    bool showHeader = true; // false for a legend: rows of names, nothing to head

    explicit ReportTable(std::vector<ReportColumn> cols = {}) : columns(std::move(cols)) {}
    // Appends a row, padded or cut to the column count.
    std::vector<ReportCell>& addRow(std::vector<ReportCell> cells)
    {
        cells.resize(columns.size());
        rows.push_back(std::move(cells));
        return rows.back();
    }
    bool empty() const { return rows.empty(); }
};

} // namespace runlens

#pragma once

#include "report/ReportTable.h"

#include <QPointF>
#include <QStringList>

#include <vector>

class QPainter;

namespace runlens {

// A report table set for a width: column widths, every cell's wrapped lines and every
// row's height, so the page flow can break the table between rows and repeat the header
// on the next page. Columns get their natural width when the table fits; when it does
// not, wrapping columns (names) give up space first, then one-line columns (numbers) wrap
// between their words, never inside one; text wraps onto at most
// ReportStyle::kMaxCellLines lines, the last elided.
class ReportTableLayout {
public:
    ReportTableLayout(const ReportTable& table, double width);

    double width() const { return m_width; }
    double headerHeight() const { return m_headerHeight; }
    bool hasHeader() const { return m_table.showHeader; }
    double rowHeight(std::size_t row) const { return m_rowHeights[row]; }
    std::size_t rowCount() const { return m_rowHeights.size(); }
    const std::vector<double>& columnWidths() const { return m_widths; }
    // The lines a cell is drawn with (tests check wrapping and eliding).
    const QStringList& cellLines(std::size_t row, std::size_t column) const { return m_cells[row][column]; }

    void paintHeader(QPainter& painter, const QPointF& topLeft) const;
    void paintRow(QPainter& painter, std::size_t row, const QPointF& topLeft, bool ruleAbove = true) const;
    // The rule under the last row drawn on a page.
    void paintBottom(QPainter& painter, const QPointF& at) const;

private:
    void chooseWidths(double width);
    void shareAmongWrapping(const std::vector<double>& natural, double left, double floor);
    double textWidth(std::size_t column) const;
    double leastWidth(std::size_t column) const;

    const ReportTable& m_table;
    std::vector<double> m_widths;
    double m_width = 0;
    std::vector<QStringList> m_header;
    std::vector<std::vector<QStringList>> m_cells;
    std::vector<double> m_rowHeights;
    double m_headerHeight = 0;
};

} // namespace runlens

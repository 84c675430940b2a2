#include "report/ReportTableLayout.h"

#include "report/ReportStyle.h"
#include "report/ReportText.h"

#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace runlens {

namespace {
constexpr double kMinWrapWidth = 90;
// How narrow a wrapping column may get before the one-line columns must give way too.
constexpr double kWrapFloor = 45;
constexpr double kSwatchGap = 4;

double swatchSpace(const ReportCell& cell) { return cell.swatch.isValid() ? ReportStyle::kSwatch + kSwatchGap : 0; }

double longestWord(const QString& text, const QFont& font)
{
    double w = 0;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        w = std::max(w, ReportText::width(word, font));
    return w;
}
} // namespace

ReportTableLayout::ReportTableLayout(const ReportTable& table, double width) : m_table(table)
{
    chooseWidths(width);
    const QFont font = ReportStyle::small();
    const QFont bold = ReportStyle::smallBold();
    const double pad = 2 * ReportStyle::kCellPadX;
    const double lineH = ReportText::lineHeight(font);
    m_header.clear();
    m_headerHeight = 0;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        m_header.push_back(ReportText::wrap(table.columns[c].title, bold, m_widths[c] - pad, ReportStyle::kMaxCellLines));
        m_headerHeight = std::max(m_headerHeight, double(m_header.back().size()) * ReportText::lineHeight(bold));
    }
    m_headerHeight = table.showHeader ? m_headerHeight + 2 * ReportStyle::kCellPadY : 0;
    m_cells.assign(table.rows.size(), {});
    m_rowHeights.assign(table.rows.size(), 0);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        double lines = 1;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const ReportCell& cell = table.rows[r][c];
            double w = m_widths[c] - pad - swatchSpace(cell);
            m_cells[r].push_back(ReportText::wrap(cell.text, cell.bold ? bold : font, w, ReportStyle::kMaxCellLines,
                                                  table.columns[c].wrap));
            lines = std::max(lines, double(m_cells[r].back().size()));
        }
        m_rowHeights[r] = lines * lineH + 2 * ReportStyle::kCellPadY;
    }
}

double ReportTableLayout::textWidth(std::size_t column) const
{
    const QFont font = ReportStyle::small();
    const QFont bold = ReportStyle::smallBold();
    // A header may wrap between its words, never inside one.
    double w = m_table.showHeader ? longestWord(m_table.columns[column].title, bold) : 0;
    if (m_table.showHeader && !m_table.columns[column].wrap)
        w = std::max(w, std::min(ReportText::width(m_table.columns[column].title, bold), 110.0));
    std::vector<double> widths;
    widths.reserve(m_table.rows.size());
    for (const auto& row : m_table.rows) {
        const ReportCell& cell = row[column];
        widths.push_back(ReportText::width(cell.text, cell.bold ? bold : font) + swatchSpace(cell));
    }
    if (!widths.empty()) {
        // A wrapping column asks for what most of its cells need, not for its one
        // outlier (a 200-character experiment name), which wraps instead.
        std::size_t at = m_table.columns[column].wrap ? std::size_t(double(widths.size() - 1) * 0.9) : widths.size() - 1;
        std::nth_element(widths.begin(), widths.begin() + std::ptrdiff_t(at), widths.end());
        w = std::max(w, widths[at]);
    }
    return w + 2 * ReportStyle::kCellPadX + 1; // +1: rounding must never wrap a value that fits
}

double ReportTableLayout::leastWidth(std::size_t column) const
{
    // A one-line column that must give way wraps between the words of its cells
    // ("−0,000851" / "(−0,1 %)"), never inside one: "0," / "879861" reads as two numbers.
    const QFont font = ReportStyle::small();
    const QFont bold = ReportStyle::smallBold();
    double w = m_table.showHeader ? longestWord(m_table.columns[column].title, bold) : 0;
    for (const auto& row : m_table.rows) {
        const ReportCell& cell = row[column];
        w = std::max(w, longestWord(cell.text, cell.bold ? bold : font) + swatchSpace(cell));
    }
    return w + 2 * ReportStyle::kCellPadX + 1;
}

// Water-filling: each wrapping column first gets min(natural, floor); what is left goes
// to them by weight, short ones (a slice name) stopping at their natural width and the
// longest giving way.
void ReportTableLayout::shareAmongWrapping(const std::vector<double>& natural, double left, double floor)
{
    std::vector<std::size_t> wrapping;
    for (std::size_t c = 0; c < natural.size(); ++c) {
        if (m_table.columns[c].wrap) {
            wrapping.push_back(c);
            m_widths[c] = std::min(natural[c], floor);
            left -= m_widths[c];
        }
    }
    auto weight = [&](std::size_t c) { return std::max(0.1, m_table.columns[c].weight); };
    auto wants = [&](std::size_t c) { return natural[c] - m_widths[c]; };
    std::stable_sort(wrapping.begin(), wrapping.end(),
                     [&](std::size_t a, std::size_t b) { return wants(a) / weight(a) < wants(b) / weight(b); });
    double weights = 0;
    for (std::size_t c : wrapping)
        weights += weight(c);
    for (std::size_t c : wrapping) {
        double extra = std::clamp(left * weight(c) / weights, 0.0, wants(c));
        weights -= weight(c);
        m_widths[c] += extra;
        left -= extra;
    }
}

void ReportTableLayout::chooseWidths(double width)
{
    const std::size_t n = m_table.columns.size();
    std::vector<double> natural(n);
    for (std::size_t c = 0; c < n; ++c)
        natural[c] = textWidth(c);
    double fixed = 0, wrapNatural = 0, wrapMin = 0, wrapFloor = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (m_table.columns[c].wrap) {
            wrapNatural += natural[c];
            wrapMin += std::min(natural[c], kMinWrapWidth);
            wrapFloor += std::min(natural[c], kWrapFloor);
        } else {
            fixed += natural[c];
        }
    }
    m_widths = natural;
    if (fixed + wrapNatural <= width) {
        // Fits: wrapping columns (names) take the spare width, so the table spans the page.
        if (wrapNatural > 0)
            for (std::size_t c = 0; c < n; ++c)
                if (m_table.columns[c].wrap)
                    m_widths[c] += (width - fixed - wrapNatural) * natural[c] / wrapNatural;
    } else if (fixed + wrapFloor <= width) {
        // Names wrap: they share what the one-line columns leave, at a comfortable width
        // when there is room for it, else down to a narrow floor.
        shareAmongWrapping(natural, width - fixed, fixed + wrapMin <= width ? kMinWrapWidth : kWrapFloor);
    } else {
        // Even narrow names leave too little: the one-line columns wrap between their
        // words too, each toward its longest word, alike.
        shareAmongWrapping(natural, 0, kWrapFloor);
        double excess = std::accumulate(m_widths.begin(), m_widths.end(), 0.0) - width;
        std::vector<double> room(n, 0); // how much each one-line column can give
        for (std::size_t c = 0; c < n; ++c)
            if (!m_table.columns[c].wrap)
                room[c] = natural[c] - std::min(natural[c], leastWidth(c));
        double slack = std::accumulate(room.begin(), room.end(), 0.0);
        double give = slack > 0 ? std::min(1.0, excess / slack) : 0;
        for (std::size_t c = 0; c < n; ++c)
            if (!m_table.columns[c].wrap)
                m_widths[c] = natural[c] - give * room[c];
    }
    double sum = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    if (sum > width + 0.5) {
        // Too many columns even so: every column shrinks alike and long values wrap.
        for (auto& w : m_widths)
            w *= width / sum;
    }
    m_width = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
}

void ReportTableLayout::paintHeader(QPainter& painter, const QPointF& topLeft) const
{
    if (!m_table.showHeader)
        return;
    QRectF band(topLeft, QSizeF(m_width, m_headerHeight));
    painter.fillRect(band, ReportStyle::headerBackground());
    painter.setPen(QPen(ReportStyle::text(), 1));
    double x = topLeft.x();
    const QFont bold = ReportStyle::smallBold();
    for (std::size_t c = 0; c < m_header.size(); ++c) {
        double inner = m_widths[c] - 2 * ReportStyle::kCellPadX;
        ReportText::draw(painter, m_header[c], bold, QPointF(x + ReportStyle::kCellPadX, topLeft.y() + ReportStyle::kCellPadY),
                         inner, m_table.columns[c].numeric);
        x += m_widths[c];
    }
    painter.setPen(QPen(ReportStyle::muted(), 1.0));
    painter.drawLine(band.bottomLeft(), band.bottomRight());
}

void ReportTableLayout::paintRow(QPainter& painter, std::size_t row, const QPointF& topLeft, bool ruleAbove) const
{
    QRectF band(topLeft, QSizeF(m_width, m_rowHeights[row]));
    if (row % 2 == 1)
        painter.fillRect(band, ReportStyle::stripe());
    const QFont font = ReportStyle::small();
    const QFont bold = ReportStyle::smallBold();
    double x = topLeft.x();
    for (std::size_t c = 0; c < m_widths.size(); ++c) {
        const ReportCell& cell = m_table.rows[row][c];
        QRectF box(x, band.top(), m_widths[c], band.height());
        if (cell.background.isValid())
            painter.fillRect(box, cell.background);
        double textX = x + ReportStyle::kCellPadX;
        if (cell.swatch.isValid()) {
            double s = ReportStyle::kSwatch;
            QRectF sw(textX, band.top() + ReportStyle::kCellPadY + (ReportText::lineHeight(font) - s) / 2, s, s);
            painter.setPen(QPen(cell.swatch.darker(130), 0.75));
            painter.setBrush(cell.swatch);
            painter.drawRect(sw);
            painter.setBrush(Qt::NoBrush);
            textX += s + kSwatchGap;
        }
        painter.setPen(QPen(cell.textColor.isValid() ? cell.textColor : ReportStyle::text(), 1));
        double inner = box.right() - ReportStyle::kCellPadX - textX;
        ReportText::draw(painter, m_cells[row][c], cell.bold ? bold : font,
                         QPointF(textX, band.top() + ReportStyle::kCellPadY), inner, m_table.columns[c].numeric);
        x += m_widths[c];
    }
    // The rule goes on top of the row, after its fill: a striped row below would
    // otherwise cover half of it.
    if (ruleAbove) {
        painter.setPen(ReportStyle::rulePen(0.5));
        painter.drawLine(band.topLeft(), band.topRight());
    }
}

void ReportTableLayout::paintBottom(QPainter& painter, const QPointF& at) const
{
    painter.setPen(ReportStyle::rulePen(0.75));
    painter.drawLine(at, at + QPointF(m_width, 0));
}

} // namespace runlens

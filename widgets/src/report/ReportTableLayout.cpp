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
            m_cells[r].push_back(ReportText::wrap(cell.text, cell.bold ? bold : font, w, ReportStyle::kMaxCellLines));
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

void ReportTableLayout::chooseWidths(double width)
{
    const std::size_t n = m_table.columns.size();
    std::vector<double> natural(n);
    for (std::size_t c = 0; c < n; ++c)
        natural[c] = textWidth(c);
    double total = std::accumulate(natural.begin(), natural.end(), 0.0);
    double fixed = 0, wrapNatural = 0, wrapMin = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (m_table.columns[c].wrap) {
            wrapNatural += natural[c];
            wrapMin += std::min(natural[c], kMinWrapWidth);
        } else {
            fixed += natural[c];
        }
    }
    m_widths = natural;
    if (total <= width) {
        // Fits: wrapping columns (names) take the spare width, so the table spans the page.
        if (wrapNatural > 0)
            for (std::size_t c = 0; c < n; ++c)
                if (m_table.columns[c].wrap)
                    m_widths[c] += (width - total) * natural[c] / wrapNatural;
    } else if (fixed + wrapMin <= width && wrapNatural > 0) {
        // Names wrap: they share what the one-line columns leave. Short ones (a slice
        // name) keep their natural width, the longest give way: water-filling.
        std::vector<std::size_t> wrapping;
        for (std::size_t c = 0; c < n; ++c)
            if (m_table.columns[c].wrap)
                wrapping.push_back(c);
        auto weight = [&](std::size_t c) { return std::max(0.1, m_table.columns[c].weight); };
        std::stable_sort(wrapping.begin(), wrapping.end(),
                         [&](std::size_t a, std::size_t b) { return natural[a] / weight(a) < natural[b] / weight(b); });
        double left = width - fixed;
        double weights = 0;
        for (std::size_t c : wrapping)
            weights += weight(c);
        for (std::size_t i = 0; i < wrapping.size(); ++i) {
            std::size_t c = wrapping[i];
            double share = left * weight(c) / weights;
            weights -= weight(c);
            m_widths[c] = std::max(std::min(natural[c], share), std::min(natural[c], kMinWrapWidth));
            left -= m_widths[c];
        }
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

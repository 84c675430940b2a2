#include "report/ReportPageFlow.h"

#include "report/ReportMarkdown.h"
#include "report/ReportStyle.h"
#include "report/ReportTableLayout.h"
#include "report/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace runlens {

namespace {

constexpr double kHeadingRule = 1.5;

// Where a Markdown document may be cut between pages: the bottoms of its lines that no
// other line (a table cell beside it) straddles.
std::vector<double> markdownBreaks(QTextDocument& doc)
{
    std::vector<std::pair<double, double>> lines;
    auto* layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QRectF box = layout->blockBoundingRect(b);
        QTextLayout* tl = b.layout();
        for (int i = 0; tl && i < tl->lineCount(); ++i) {
            QTextLine line = tl->lineAt(i);
            double top = box.top() + line.y();
            lines.emplace_back(top, top + line.height());
        }
    }
    std::vector<double> breaks;
    for (const auto& [top, bottom] : lines) {
        bool straddled = std::any_of(lines.begin(), lines.end(), [&, b = bottom](const auto& o) {
            return o.first < b - 0.5 && o.second > b + 0.5;
        });
        if (!straddled)
            breaks.push_back(bottom);
    }
    std::sort(breaks.begin(), breaks.end());
    return breaks;
}

} // namespace

ReportPageFlow::ReportPageFlow(const ReportDocument& document, const QSizeF& pageSize)
    : m_doc(document), m_pageSize(pageSize)
{
    const double m = ReportStyle::kMargin;
    m_content = QRectF(m, m, pageSize.width() - 2 * m, pageSize.height() - 2 * m);
}

ReportPageFlow::~ReportPageFlow() = default;

void ReportPageFlow::layout()
{
    m_pages.clear();
    newPage();
    m_block = kNoBlock;
    if (m_doc.titlePage)
        titlePage();
    const auto& blocks = m_doc.blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const ReportBlock& b = blocks[i];
        m_block = i;
        // A legend that fits on a page goes where the start of what it explains fits too.
        if (b.keepWithNext && b.kind != ReportBlock::Kind::Heading) {
            double together = fullHeight(b) + startHeight(i + 1);
            ensure(together <= m_content.height() ? together : startHeight(i));
        }
        switch (b.kind) {
        case ReportBlock::Kind::Heading: heading(i); break;
        case ReportBlock::Kind::Paragraph: paragraph(b); break;
        case ReportBlock::Kind::Table: table(b); break;
        case ReportBlock::Kind::Figures: figures(b); break;
        case ReportBlock::Kind::Markdown: markdown(b); break;
        case ReportBlock::Kind::PageBreak:
            if (!atTop())
                newPage();
            break;
        }
    }
    // A page break at the very end leaves an empty page behind: drop it.
    while (m_pages.size() > 1 && m_pages.back().steps.empty())
        m_pages.pop_back();
}

void ReportPageFlow::add(PaintStep step)
{
    Page& page = m_pages.back();
    page.steps.push_back(std::move(step));
    if (m_block != kNoBlock && (page.blocks.empty() || page.blocks.back() != m_block))
        page.blocks.push_back(m_block);
}

void ReportPageFlow::newPage()
{
    m_pages.emplace_back();
    m_y = m_content.top();
}

void ReportPageFlow::ensure(double height)
{
    if (height > remaining() && !atTop())
        newPage();
}

void ReportPageFlow::gap(double h)
{
    if (!atTop())
        m_y = std::min(m_y + h, m_content.bottom());
}

void ReportPageFlow::titlePage()
{
    const QRectF c = m_content;
    const QFont titleFont = ReportStyle::title();
    QStringList titleLines = ReportText::wrap(m_doc.title, titleFont, c.width(), 4);
    const double top = c.top() + c.height() * 0.22;
    add([c, top, titleLines, titleFont, created = m_doc.created](QPainter& p) {
        p.fillRect(QRectF(c.left(), top - 40, 56, 5), ReportStyle::accent());
        p.setPen(QPen(ReportStyle::muted(), 1));
        ReportText::draw(p, {tr("RUNLENS REPORT")}, ReportStyle::smallBold(), QPointF(c.left(), top - 26), c.width());
        p.setPen(QPen(ReportStyle::text(), 1));
        ReportText::draw(p, titleLines, titleFont, QPointF(c.left(), top), c.width());
    });
    double y = top + titleLines.size() * ReportText::lineHeight(titleFont) + 28;
    const double labelW = 130;
    const QFont label = ReportStyle::smallBold();
    const QFont value = ReportStyle::body();
    for (const auto& [name, text] : m_doc.facts) {
        QStringList lines = ReportText::wrap(text, value, c.width() - labelW, 6);
        add([c, y, name, lines, labelW, label, value](QPainter& p) {
            p.setPen(QPen(ReportStyle::muted(), 1));
            double lift = (ReportText::lineHeight(value) - ReportText::lineHeight(label)) / 2;
            ReportText::draw(p, {name}, label, QPointF(c.left(), y + lift + 1), labelW - 8);
            p.setPen(QPen(ReportStyle::text(), 1));
            ReportText::draw(p, lines, value, QPointF(c.left() + labelW, y), c.width() - labelW);
        });
        y += lines.size() * ReportText::lineHeight(value) + 8;
    }
    add([c, y](QPainter& p) {
        p.setPen(ReportStyle::rulePen(0.75));
        p.drawLine(QPointF(c.left(), y + 6), QPointF(c.right(), y + 6));
    });
    newPage();
}

void ReportPageFlow::heading(std::size_t index)
{
    const ReportBlock& block = m_doc.blocks[index];
    const QFont font = ReportStyle::heading(block.level);
    QStringList lines = ReportText::wrap(block.text, font, m_content.width(), 3);
    const double lh = ReportText::lineHeight(font);
    const double above = block.level == 1 ? 22 : 12;
    const double below = block.level == 1 ? 10 : 6;
    double h = lines.size() * lh + below;
    // A heading at the foot of a page with its content overleaf reads as a mistake; so
    // does one whose sub-heading, intro or legend is all that made it onto the page.
    double need = above + startHeight(index);
    if (need > remaining() && !atTop())
        newPage();
    gap(above);
    const double x = m_content.left(), y = m_y, w = m_content.width();
    const int level = block.level;
    add([=](QPainter& p) {
        p.setPen(QPen(ReportStyle::text(), 1));
        ReportText::draw(p, lines, font, QPointF(x, y), w);
        if (level == 1) {
            p.setPen(QPen(ReportStyle::accent(), kHeadingRule));
            double ruleY = y + lines.size() * lh + 3;
            p.drawLine(QPointF(x, ruleY), QPointF(x + w, ruleY));
        }
    });
    m_y += h;
}

void ReportPageFlow::paragraph(const ReportBlock& block)
{
    const QFont font = ReportStyle::body();
    const QStringList lines = ReportText::wrap(block.text, font, m_content.width());
    const double lh = ReportText::lineHeight(font);
    const QColor color = ReportStyle::tone(block.tone);
    int i = 0;
    while (i < lines.size()) {
        ensure(lh);
        int fit = std::max(1, int(remaining() / lh));
        QStringList part = lines.mid(i, fit);
        const double x = m_content.left(), y = m_y, w = m_content.width();
        add([=](QPainter& p) {
            p.setPen(QPen(color, 1));
            ReportText::draw(p, part, font, QPointF(x, y), w);
        });
        m_y += part.size() * lh;
        i += int(part.size());
        if (i < lines.size())
            newPage();
    }
    m_y += ReportStyle::kParagraphGap;
}

std::shared_ptr<ReportTableLayout> ReportPageFlow::tableLayout(const ReportTable& table)
{
    auto& slot = m_tables[&table];
    if (!slot)
        slot = std::make_shared<ReportTableLayout>(table, m_content.width());
    return slot;
}

void ReportPageFlow::table(const ReportBlock& block)
{
    const ReportTable& t = *block.table;
    auto layout = tableLayout(t);
    const double x = m_content.left();
    std::size_t row = 0;
    const std::size_t rows = layout->rowCount();
    while (row < rows || rows == 0) {
        double first = rows ? layout->rowHeight(row) : 0;
        ensure(layout->headerHeight() + first);
        const double top = m_y;
        m_y += layout->headerHeight();
        std::size_t begin = row;
        // At least one row per page, however tall, so a table always moves on.
        while (row < rows && (row == begin || layout->rowHeight(row) <= remaining())) {
            m_y += layout->rowHeight(row);
            ++row;
        }
        std::size_t end = row;
        add([layout, x, top, begin, end](QPainter& p) {
            layout->paintHeader(p, QPointF(x, top));
            double y = top + layout->headerHeight();
            for (std::size_t r = begin; r < end; ++r) {
                layout->paintRow(p, r, QPointF(x, y), r != begin || !layout->hasHeader());
                y += layout->rowHeight(r);
            }
            if (end > begin)
                layout->paintBottom(p, QPointF(x, y));
        });
        if (row < rows)
            newPage();
        if (rows == 0)
            break;
    }
    if (!t.caption.isEmpty()) {
        m_y += 4;
        const QFont font = ReportStyle::small();
        const QStringList lines = ReportText::wrap(t.caption, font, m_content.width());
        ensure(lines.size() * ReportText::lineHeight(font));
        const double y = m_y, w = m_content.width();
        add([=](QPainter& p) {
            p.setPen(QPen(ReportStyle::muted(), 1));
            ReportText::draw(p, lines, font, QPointF(x, y), w);
        });
        m_y += lines.size() * ReportText::lineHeight(font);
    }
    m_y += ReportStyle::kBlockGap;
}

QSizeF ReportPageFlow::figureSize(const ReportBlock& block, double& cellWidth) const
{
    int perRow = std::max(1, block.figuresPerRow);
    cellWidth = (m_content.width() - (perRow - 1) * ReportStyle::kFigureGap) / perRow;
    double h = 0;
    for (const auto& f : block.figures)
        h = std::max(h, f->size(cellWidth).height());
    return {cellWidth, std::min(h, m_content.height())};
}

void ReportPageFlow::figures(const ReportBlock& block)
{
    const int perRow = std::max(1, block.figuresPerRow);
    double cellW = 0;
    figureSize(block, cellW);
    for (std::size_t i = 0; i < block.figures.size(); i += std::size_t(perRow)) {
        std::size_t end = std::min(block.figures.size(), i + std::size_t(perRow));
        double rowH = 0;
        for (std::size_t k = i; k < end; ++k)
            rowH = std::max(rowH, std::min(block.figures[k]->size(cellW).height(), m_content.height()));
        ensure(rowH);
        for (std::size_t k = i; k < end; ++k) {
            auto figure = block.figures[k];
            QSizeF s = figure->size(cellW);
            // A figure taller than a page is drawn smaller, keeping its shape.
            double scale = std::min(1.0, m_content.height() / std::max(1.0, s.height()));
            QRectF rect(m_content.left() + double(k - i) * (cellW + ReportStyle::kFigureGap), m_y,
                        s.width() * scale, s.height() * scale);
            add([figure, rect](QPainter& p) {
                p.save();
                figure->render(p, rect);
                p.restore();
            });
            ++m_pages.back().figures;
        }
        m_y += rowH + ReportStyle::kFigureGap;
    }
    m_y += ReportStyle::kBlockGap - ReportStyle::kFigureGap;
}

void ReportPageFlow::markdown(const ReportBlock& block)
{
    std::shared_ptr<QTextDocument> doc = ReportMarkdown::document(block.text);
    doc->setTextWidth(m_content.width());
    const double total = doc->size().height();
    const std::vector<double> breaks = markdownBreaks(*doc);
    double from = 0;
    while (from < total - 0.5) {
        ensure(std::min(total - from, 3 * ReportText::lineHeight(ReportStyle::body())));
        double to = total;
        if (total - from > remaining()) {
            // The last line end that still fits on this page.
            auto it = std::upper_bound(breaks.begin(), breaks.end(), from + remaining());
            to = it != breaks.begin() && *(it - 1) > from + 0.5 ? *(it - 1) : from + remaining();
        }
        const double x = m_content.left(), y = m_y, w = m_content.width();
        add([doc, x, y, w, from, to](QPainter& p) {
            p.save();
            p.translate(x, y - from);
            // Lines touching the cut belong to the other page: shrink the clip a little
            // so no line is drawn (and extracted as text) twice.
            doc->drawContents(&p, QRectF(0, from + 0.5, w, to - from - 1.0));
            p.restore();
        });
        m_y += to - from;
        from = to;
        if (from < total - 0.5)
            newPage();
    }
    m_y += ReportStyle::kBlockGap;
}

double ReportPageFlow::fullHeight(const ReportBlock& block)
{
    switch (block.kind) {
    case ReportBlock::Kind::Heading: {
        const QFont font = ReportStyle::heading(block.level);
        return ReportText::wrap(block.text, font, m_content.width(), 3).size() * ReportText::lineHeight(font)
               + (block.level == 1 ? 10 : 6);
    }
    case ReportBlock::Kind::Paragraph:
        return ReportText::wrap(block.text, ReportStyle::body(), m_content.width()).size()
                   * ReportText::lineHeight(ReportStyle::body())
               + ReportStyle::kParagraphGap;
    case ReportBlock::Kind::Table: {
        auto layout = tableLayout(*block.table);
        double h = layout->headerHeight() + 4 + ReportStyle::kBlockGap;
        for (std::size_t r = 0; r < layout->rowCount(); ++r)
            h += layout->rowHeight(r);
        if (!block.table->caption.isEmpty())
            h += ReportText::wrap(block.table->caption, ReportStyle::small(), m_content.width()).size()
                 * ReportText::lineHeight(ReportStyle::small());
        return h;
    }
    case ReportBlock::Kind::Figures: {
        double w = 0;
        return figureSize(block, w).height(); // the first row; the rest may go overleaf
    }
    case ReportBlock::Kind::Markdown: return 3 * ReportText::lineHeight(ReportStyle::body());
    case ReportBlock::Kind::PageBreak: return 0;
    }
    return 0;
}

double ReportPageFlow::startHeight(std::size_t index)
{
    const auto& blocks = m_doc.blocks;
    if (index >= blocks.size())
        return 0;
    const ReportBlock& block = blocks[index];
    const double body = ReportText::lineHeight(ReportStyle::body());
    constexpr int kIntroLines = 3; // a paragraph this short introduces what follows
    switch (block.kind) {
    case ReportBlock::Kind::Heading: return fullHeight(block) + 12 + startHeight(index + 1);
    case ReportBlock::Kind::Paragraph: {
        double h = fullHeight(block);
        if (h > kIntroLines * body + ReportStyle::kParagraphGap)
            return 2 * body; // a long paragraph may break after its first lines
        bool leadsOn = index + 1 < blocks.size() && blocks[index + 1].kind != ReportBlock::Kind::Heading;
        return leadsOn ? h + startHeight(index + 1) : h;
    }
    case ReportBlock::Kind::Markdown: return fullHeight(block);
    case ReportBlock::Kind::Table: {
        if (block.keepWithNext && fullHeight(block) <= m_content.height() / 2)
            return fullHeight(block) + startHeight(index + 1);
        auto layout = tableLayout(*block.table);
        return layout->headerHeight() + (layout->rowCount() ? layout->rowHeight(0) : 0);
    }
    case ReportBlock::Kind::Figures:
    case ReportBlock::Kind::PageBreak: return fullHeight(block);
    }
    return 0;
}

} // namespace runlens

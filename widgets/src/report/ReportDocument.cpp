#include "report/ReportDocument.h"

namespace runlens {

void ReportDocument::heading(const QString& text, int level)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.text = text;
    b.level = level;
    blocks.push_back(std::move(b));
}

void ReportDocument::paragraph(const QString& text, ReportBlock::Tone tone)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    b.tone = tone;
    blocks.push_back(std::move(b));
}

void ReportDocument::table(std::shared_ptr<ReportTable> table)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = std::move(table);
    blocks.push_back(std::move(b));
}

void ReportDocument::legend(std::shared_ptr<ReportTable> table)
{
    this->table(std::move(table));
    blocks.back().keepWithNext = true;
}

void ReportDocument::figures(std::vector<std::shared_ptr<ReportFigure>> figures, int perRow)
{
    if (figures.empty())
        return;
    ReportBlock b;
    b.kind = ReportBlock::Kind::Figures;
    b.figures = std::move(figures);
    b.figuresPerRow = std::max(1, perRow);
    blocks.push_back(std::move(b));
}

void ReportDocument::markdown(const QString& source)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Markdown;
    b.text = source;
    blocks.push_back(std::move(b));
}

void ReportDocument::pageBreak()
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::PageBreak;
    blocks.push_back(std::move(b));
}

int ReportDocument::figureCount() const
{
    int n = 0;
    for (const auto& b : blocks)
        n += int(b.figures.size());
    return n;
}

bool ReportDocument::hasRasterFigures() const
{
    for (const auto& b : blocks)
        for (const auto& f : b.figures)
            if (f->isRaster())
                return true;
    return false;
}

} // namespace runlens

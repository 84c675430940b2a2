#pragma once

#include "report/ReportFigure.h"
#include "report/ReportTable.h"

#include <QString>

#include <memory>
#include <vector>

namespace runlens {

// One piece of a report, in reading order: what both writers (PDF and HTML) lay out.
struct ReportBlock {
    enum class Kind { Heading, Paragraph, Table, Figures, Markdown, PageBreak };
    enum class Tone { Normal, Muted, Warning };

    Kind kind = Kind::Paragraph;
    int level = 1;          // Heading: 1 = section, 2 = subsection, 3 = minor
    QString text;           // Heading / Paragraph text, Markdown source
    Tone tone = Tone::Normal;
    std::shared_ptr<ReportTable> table;
    std::vector<std::shared_ptr<ReportFigure>> figures;
    int figuresPerRow = 1;  // Figures: side by side when the page is wide enough
    // Never the last thing on a page: a legend above the charts it explains starts on
    // the page where they start.
    bool keepWithNext = false;
};

} // namespace runlens

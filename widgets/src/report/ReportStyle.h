#pragma once

#include "report/ReportBlock.h"

#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPalette>
#include <QPen>

namespace runlens {

// How a report looks on paper: fonts, colours, pens and spacing in CSS pixels (1/96
// inch), the unit of every report page. Fonts are sized in pixels so they come out the
// same on a PDF page, in an SVG and in the HTML. Pens are never cosmetic: a zero-width
// pen would be a hairline that vanishes in print.
class ReportStyle {
public:
    static constexpr double kDpi = 96.0;
    static constexpr double kMargin = 64.0;       // page margin (17 mm)
    static constexpr double kHeaderGap = 26.0;    // running head / footer distance from the text
    static constexpr double kParagraphGap = 8.0;
    static constexpr double kBlockGap = 14.0;
    static constexpr double kCellPadX = 5.0;
    static constexpr double kCellPadY = 3.0;
    static constexpr double kSwatch = 9.0;
    static constexpr int kMaxCellLines = 3;       // a long name wraps onto three lines, then is elided
    static constexpr double kFigureGap = 12.0;

    static QFont body();
    static QFont small();       // tables, captions, running head
    static QFont smallBold();
    static QFont heading(int level);
    static QFont title();
    static QString family();

    static QColor text();
    static QColor muted();
    static QColor warning();
    static QColor rule();
    static QColor headerBackground();
    static QColor stripe();     // every other table row
    static QColor accent();     // title page rule, heading underline
    static QColor tone(ReportBlock::Tone tone);

    static QPen rulePen(double width = 0.75);
    // White paper for the app's colour helpers (CompareColors), whatever the screen theme.
    static QPalette paperPalette();
    // The width text and tables get on a page of this paper, in CSS pixels.
    static double contentWidth(const QPageSize& size, QPageLayout::Orientation orientation);
};

} // namespace runlens

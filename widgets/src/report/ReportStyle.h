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
namespace ReportStyle {
inline constexpr double kDpi = 96.0;
inline constexpr double kMargin = 64.0;       // page margin (17 mm)
inline constexpr double kHeaderGap = 26.0;    // running head / footer distance from the text
inline constexpr double kParagraphGap = 8.0;
inline constexpr double kBlockGap = 14.0;
inline constexpr double kCellPadX = 5.0;
inline constexpr double kCellPadY = 3.0;
inline constexpr double kSwatch = 9.0;
inline constexpr int kMaxCellLines = 3;       // a long name wraps onto three lines, then is elided
inline constexpr double kFigureGap = 12.0;

QFont body();
QFont small();       // tables, captions, running head
QFont smallBold();
QFont heading(int level);
QFont title();
QString family();

QColor text();
QColor muted();
QColor warning();
QColor rule();
QColor headerBackground();
QColor stripe();     // every other table row
QColor accent();     // title page rule, heading underline
QColor tone(ReportBlock::Tone tone);

QPen rulePen(double width = 0.75);
// White paper for the app's colour helpers (CompareColors), whatever the screen theme.
QPalette paperPalette();
// The width text and tables get on a page of this paper, in CSS pixels.
double contentWidth(const QPageSize& size, QPageLayout::Orientation orientation);
} // namespace ReportStyle

} // namespace runlens

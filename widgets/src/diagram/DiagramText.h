#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace runlens {

// How diagram text is set: its fonts and its line breaks, decided once here for the
// canvas, the exports and the report alike.
//
// The fonts ask for no hinting: hinted advances are rounded to whole screen pixels and
// a PDF or SVG lays the same text out wider or narrower, so a title measured to fit on
// screen could overflow on paper. Lines are broken here and drawn one by one, so no
// device re-wraps them with metrics of its own.
namespace DiagramText {
// Node titles (13 px, demi-bold), notes and live rows (11 px), edge labels (11 px).
const QFont& titleFont();
const QFont& smallFont();
const QFont& labelFont();

// Breaks text into lines of at most `width` at spaces (and at its own line breaks).
// A word wider than `width` keeps a line of its own and is never cut: widest()
// then says how much room it needs.
QStringList wrap(const QString& text, const QFont& font, double width);
// The widest of lines in font.
double widest(const QStringList& lines, const QFont& font);
// The widest single word of text: no wrap can make text narrower than this.
double widestWord(const QString& text, const QFont& font);
double lineHeight(const QFont& font);

// Draws lines in rect, left-aligned (or centred), the block centred vertically when
// it is shorter than rect and starting at its top otherwise.
void draw(QPainter& painter, const QRectF& rect, const QStringList& lines, bool centred = false, bool top = false);
} // namespace DiagramText

} // namespace runlens

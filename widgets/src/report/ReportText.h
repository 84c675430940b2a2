#pragma once

#include <QFont>
#include <QPointF>
#include <QStringList>

class QPainter;

namespace runlens {

// Text set line by line for report pages: wrapped at word boundaries (anywhere inside a
// word longer than the line, such as a run name without spaces), '\n' starting a new
// line, at most maxLines lines with the last one elided. Each line is drawn as text, so
// the PDF stays selectable and searchable.
namespace ReportText {
// breakInsideWords false: only between words; a word longer than the line stays whole.
QStringList wrap(const QString& text, const QFont& font, double width, int maxLines = 0, bool breakInsideWords = true);
double lineHeight(const QFont& font);
double width(const QString& text, const QFont& font);
// Draws lines from top-left downwards; right-aligned lines end at topLeft.x() + width.
void draw(QPainter& painter, const QStringList& lines, const QFont& font, const QPointF& topLeft, double width,
          bool alignRight = false);
} // namespace ReportText

} // namespace runlens

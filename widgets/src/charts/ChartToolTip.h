#pragma once

#include <QPoint>
#include <QPointF>
#include <QString>

#include <functional>

class QEvent;
class QWidget;

namespace runlens {

// The one way a chart shows its hover text. Charts only say what the text at a point
// is; this answers Qt's tooltip event (or a mouse move) by showing it beside the
// pointer, or hiding the last one where there is nothing to tell.
namespace ChartToolTip {

using TextAt = std::function<QString(const QPointF& pos)>;

// For a chart's event() or eventFilter(): true when event was a tooltip request, which
// is then answered with textAt(its position) on widget.
bool handle(QEvent* event, QWidget* widget, const TextAt& textAt);

// Shows text at globalPos over widget; an empty text hides the tooltip.
void show(QWidget* widget, const QPoint& globalPos, const QString& text);
void hide();

} // namespace ChartToolTip

} // namespace runlens

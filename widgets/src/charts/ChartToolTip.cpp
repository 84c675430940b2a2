#include "charts/ChartToolTip.h"

#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

namespace runlens {

bool ChartToolTip::handle(QEvent* event, QWidget* widget, const TextAt& textAt)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto* help = static_cast<QHelpEvent*>(event);
    show(widget, help->globalPos(), textAt(help->pos()));
    return true;
}

void ChartToolTip::show(QWidget* widget, const QPoint& globalPos, const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, widget);
}

void ChartToolTip::hide() { QToolTip::hideText(); }

} // namespace runlens

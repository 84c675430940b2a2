#pragma once

#include <QCoreApplication>

class QMenu;
class QWidget;

namespace runlens {

// The context menu every comparison chart has: copy the chart as an image to the
// clipboard, or save it as a PNG. Attached to a widget once; the image is the widget as
// shown (grab()), which is what the user sees and wants to paste into a slide.
class CompareChartMenu {
    Q_DECLARE_TR_FUNCTIONS(runlens::CompareChartMenu)
public:
    static void attach(QWidget* chart);
    // The menu attach() shows (tests trigger its actions); the caller owns it.
    static QMenu* create(QWidget* chart);
};

} // namespace runlens

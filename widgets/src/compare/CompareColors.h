#pragma once

#include "runlens/compare/CompareChange.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace runlens {

// The few colours the comparison views use besides run colours, derived from the
// widget palette so they read on light and dark themes alike. Better/worse are tints
// of the base colour (cells stay readable); their strong forms colour text and marks.
class CompareColors {
public:
    static QColor betterBackground(const QPalette& palette);
    static QColor worseBackground(const QPalette& palette);
    // Rows whose columns differ (params, run info).
    static QColor differsBackground(const QPalette& palette);
    // The background of a cell for a change (invalid colour for Same / Unknown).
    static QColor changeBackground(CompareChange change, const QPalette& palette);
    // Text colour for a change: green / red, grey when unknown.
    static QColor changeText(CompareChange change, const QPalette& palette);
    // Black or white, whichever reads better on background.
    static QColor textOn(const QColor& background);
    // A small square of a run or column colour for headers, legends and combo boxes.
    static QIcon swatch(const QColor& color);
    // a blended towards b by t (0..1).
    static QColor mix(const QColor& a, const QColor& b, double t);
};

} // namespace runlens

#pragma once

#include "runlens/compare/CompareValue.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace runlens {

// The few colours the comparison views use besides run colours, derived from the
// widget palette so they read on light and dark themes alike. Better/worse are tints
// of the base colour (cells stay readable); their strong forms colour text and marks.
namespace CompareColors {
QColor betterBackground(const QPalette& palette);
QColor worseBackground(const QPalette& palette);
// Rows whose columns differ (params, run info).
QColor differsBackground(const QPalette& palette);
// A lighter tint for a value that only leans better / worse (no test possible).
QColor leansBetterBackground(const QPalette& palette);
QColor leansWorseBackground(const QPalette& palette);
// The background of a cell for its mark: the verdict's colour where a test was
// possible, the lighter tint where not; invalid for None. Every comparison view and
// the report colour cells through this, so they agree.
QColor markBackground(CompareMark mark, const QPalette& palette);
// Text colour for a mark (a delta): strong green / red for a verdict, a muted
// tone for a lean, the plain text colour for None.
QColor markText(CompareMark mark, const QPalette& palette);
// "↗" / "↘" before a leaning value, so a lean reads apart from a verdict even
// without colour (print, colour blindness); "" otherwise.
QString markGlyph(CompareMark mark);
// text with the mark's glyph in front ("↗ +0.04 (+5.0 %)"); text alone when the
// mark has no glyph or text is empty.
QString withGlyph(CompareMark mark, const QString& text);
// Text colour for a change: green / red, the text colour for the same or a
// difference without direction, grey when unknown. For flags that are no
// comparison with the baseline (a slice against its overall value).
QColor changeText(CompareChange change, const QPalette& palette);
// Black or white, whichever reads better on background.
QColor textOn(const QColor& background);
// A small square of a run or column colour for headers, legends and combo boxes.
QIcon swatch(const QColor& color);
// a blended towards b by t (0..1).
QColor mix(const QColor& a, const QColor& b, double t);
} // namespace CompareColors

} // namespace runlens

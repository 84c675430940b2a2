#pragma once

#include "runlens/compare/SliceTable.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace runlens {

// How the two slice flags of core's SliceRow look and read, in the table, the heatmap
// and the report: an orange triangle for "much worse than overall", a red down arrow
// for "regressed while overall improved", each with a sentence that explains it with
// the row's numbers.
class SliceFlags {
    Q_DECLARE_TR_FUNCTIONS(runlens::SliceFlags)
public:
    static QIcon muchWorseIcon();
    static QIcon regressedIcon();
    // Both flags' icons side by side, or one, or a null icon when none is set.
    static QIcon icon(const SliceRow& row);
    static QString muchWorseText(const SliceRow& row);
    static QString regressedText(const SliceRow& row);
    // The explanation of every flag of row, one per line; "" when none is set.
    static QString toolTip(const SliceRow& row);
    // Short words for copying and the report: "much worse than overall; regressed…".
    static QString names(const SliceRow& row);

    // Draws the marks into a rect (used by the icons and by the heatmap's cells).
    static void paintMuchWorse(QPainter& painter, const QRectF& rect);
    static void paintRegressed(QPainter& painter, const QRectF& rect);
};

} // namespace runlens

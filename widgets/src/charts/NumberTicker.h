#pragma once

#include <qcustomplot.h>

namespace runlens {

// Tick labels of a value axis written by NumberFormat, with the axis's precision as the
// significant digits: "0,888" on the axis and "0,88375" in the table are one format.
class NumberTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
};

} // namespace runlens

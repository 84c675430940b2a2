#pragma once

#include <qcustomplot.h>

namespace runlens {

// Tick labels for training steps as people write them: 500, 1.5k, 20k, 1.2M.
class StepTicker : public QCPAxisTicker {
public:
    static QString format(double value);

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
};

} // namespace runlens

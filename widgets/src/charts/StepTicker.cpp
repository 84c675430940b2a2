#include "charts/StepTicker.h"

#include "common/NumberFormat.h"

#include <cmath>

namespace runlens {

QString StepTicker::format(double v)
{
    double a = std::abs(v);
    auto shortest = [](double x) { return NumberFormat::value(x, 4); };
    if (a >= 1e9)
        return shortest(v / 1e9) + QLatin1Char('G');
    if (a >= 1e6)
        return shortest(v / 1e6) + QLatin1Char('M');
    if (a >= 1e4)
        return shortest(v / 1e3) + QLatin1Char('k');
    return shortest(v);
}

QString StepTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    return format(tick);
}

} // namespace runlens

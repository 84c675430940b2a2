#include "charts/NumberTicker.h"

#include "common/NumberFormat.h"

namespace runlens {

QString NumberTicker::getTickLabel(double tick, const QLocale&, QChar, int precision)
{
    return NumberFormat::value(tick, precision);
}

} // namespace runlens

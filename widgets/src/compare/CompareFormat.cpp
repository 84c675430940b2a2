#include "compare/CompareFormat.h"

#include "common/NumberFormat.h"

#include "runlens/stats/StatsFormat.h"

#include <cmath>

namespace runlens {

QString CompareFormat::number(double v) { return number(v, NumberFormat::kDigits); }

QString CompareFormat::number(double v, int digits)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    return NumberFormat::value(v, digits);
}

QString CompareFormat::signedNumber(double v, int digits)
{
    if (std::isnan(v))
        return {};
    if (v == 0)
        return QStringLiteral("±0");
    QString text = number(std::fabs(v), digits);
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text;
}

QString CompareFormat::percent(double fraction)
{
    if (!std::isfinite(fraction))
        return {};
    double pct = fraction * 100;
    QString digits = NumberFormat::fixed(pct, std::fabs(pct) >= 100 ? 0 : 1);
    if (digits.startsWith(QLatin1Char('-')))
        digits = QStringLiteral("−") + digits.mid(1);
    else
        digits.prepend(QLatin1Char('+'));
    return tr("%1 %").arg(digits);
}

QString CompareFormat::delta(double absolute, double relative)
{
    QString abs = signedNumber(absolute);
    if (abs.isEmpty())
        return {};
    QString rel = percent(relative);
    return rel.isEmpty() ? abs : tr("%1 (%2)").arg(abs, rel);
}

QString CompareFormat::pValue(double p)
{
    if (std::isnan(p))
        return tr("p = n/a");
    if (p < 0.001)
        return tr("p < %1").arg(NumberFormat::plain("0.001")); // the decimal point of the locale, not of the language
    // Core's rule for the digits, without its English prefix.
    const std::string text = StatsFormat::pValue(p);
    return tr("p = %1").arg(NumberFormat::plain(text.substr(text.find('=') + 2)));
}

QString CompareFormat::interval(double low, double high, int digits)
{
    if (std::isnan(low) || std::isnan(high))
        return QStringLiteral("–");
    return tr("[%1, %2]").arg(number(low, digits), number(high, digits));
}

QString CompareFormat::pickName(CompareValue pick)
{
    switch (pick) {
    case CompareValue::Last: return tr("last");
    case CompareValue::Best: return tr("best");
    case CompareValue::Min: return tr("min");
    case CompareValue::Max: return tr("max");
    }
    return {};
}

} // namespace runlens

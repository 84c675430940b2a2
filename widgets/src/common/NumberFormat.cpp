#include "common/NumberFormat.h"

#include "runlens/model/ParamValue.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {

// "0.500000" → "0.5", "2.00000" → "2": the digits asked for are a most, not a least.
QString withoutTrailingZeros(QString text, const QLocale& locale)
{
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

} // namespace

QString NumberFormat::value(double v, int digits)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (v == 0)
        return QStringLiteral("0");
    digits = std::clamp(digits, 1, 17);
    const QLocale locale = NumberFormat::locale();
    const double magnitude = std::fabs(v);
    if (magnitude >= 1e-4 && magnitude < 1e9) {
        // Fixed notation, never fewer digits than the integer part has: 1234.6 is "1235",
        // not "1.23e+03".
        int exponent = int(std::floor(std::log10(magnitude)));
        int decimals = std::max(0, digits - 1 - exponent);
        return withoutTrailingZeros(locale.toString(v, 'f', decimals), locale);
    }
    // "1.50000E-05" → "1.5e-05": the zeros go from the mantissa only, and the exponent
    // is written as QString::number and the query language write it.
    QString text = locale.toString(v, 'e', digits - 1);
    const qsizetype e = text.indexOf(locale.exponential(), 0, Qt::CaseInsensitive);
    return withoutTrailingZeros(text.left(e), locale) + text.mid(e).toLower();
}

QLocale NumberFormat::locale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

QString NumberFormat::plain(const std::string& text)
{
    QString out = QString::fromStdString(text);
    out.replace(QLatin1Char('.'), locale().decimalPoint());
    return out;
}

QString NumberFormat::integer(qint64 n) { return locale().toString(n); }

QString NumberFormat::count(qint64 n)
{
    QString digits = integer(n);
    if (n < 10000)
        return digits;
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QChar(0x202F));
    return digits;
}

QString NumberFormat::fixed(double v, int decimals)
{
    if (!std::isfinite(v))
        return value(v);
    return locale().toString(v, 'f', std::clamp(decimals, 0, 17));
}

QString NumberFormat::param(const ParamValue& p)
{
    if (p.isInteger())
        return NumberFormat::locale().toString(qlonglong(p.integer()));
    if (p.isReal())
        return value(p.real());
    return QString::fromStdString(p.text());
}

} // namespace runlens

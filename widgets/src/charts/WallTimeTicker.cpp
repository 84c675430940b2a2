#include "charts/WallTimeTicker.h"

#include <QDateTime>
#include <QFontMetrics>

#include <cmath>

namespace runlens {

namespace {

constexpr double kMinute = 60, kHour = 3600, kDay = 86400;
// Steps people count in, in seconds; beyond a year, whole years of 365 days.
constexpr double kSteps[] = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5,
                             1, 2, 5, 10, 15, 30,
                             kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
                             kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour,
                             kDay, 2 * kDay, 7 * kDay, 14 * kDay, 30 * kDay, 91 * kDay, 182 * kDay, 365 * kDay};
constexpr int kGap = 18; // pixels between neighbouring labels

// Seconds east of UTC at t: ticks fall on round local times, not round UTC ones.
double localOffset(double t) { return QDateTime::fromMSecsSinceEpoch(qint64(t * 1000)).offsetFromUtc(); }

} // namespace

void WallTimeTicker::fitTo(int axisPixels, const QFontMetrics& metrics)
{
    m_pixels = std::max(1, axisPixels);
    m_widths.clear();
    // A wide moment of each format: twos and eights are among the widest digits.
    const QDateTime sample(QDate(2028, 12, 28), QTime(23, 58, 58, 888));
    for (const char* f : {"HH:mm:ss.zzz", "HH:mm:ss", "HH:mm", "MM-dd HH:mm", "yyyy-MM-dd"}) {
        const QString format = QString::fromLatin1(f);
        m_widths.append({format, metrics.horizontalAdvance(sample.toString(format))});
    }
}

int WallTimeTicker::labelWidth(const QString& format) const
{
    for (const auto& [f, width] : m_widths) {
        if (f == format)
            return width;
    }
    return int(format.size()) * 7; // before fitTo: about a character's width each
}

QString WallTimeTicker::formatFor(double step, double span)
{
    if (step < 1)
        return QStringLiteral("HH:mm:ss.zzz");
    if (step < kMinute)
        return QStringLiteral("HH:mm:ss");
    if (step < kDay)
        return span < kDay ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm");
    return QStringLiteral("yyyy-MM-dd");
}

double WallTimeTicker::stepFor(double span) const
{
    if (!(span > 0))
        return 1;
    for (double step : kSteps) {
        const double pixelsPerTick = m_pixels * step / span;
        if (pixelsPerTick >= labelWidth(formatFor(step, span)) + kGap)
            return step;
    }
    const double years = std::ceil(span / (365 * kDay) * (labelWidth(QStringLiteral("yyyy-MM-dd")) + kGap) / m_pixels);
    return std::max(1.0, years) * 365 * kDay;
}

double WallTimeTicker::getTickStep(const QCPRange& range)
{
    m_span = range.size();
    m_step = stepFor(m_span);
    return m_step;
}

int WallTimeTicker::getSubTickCount(double) { return 0; }

QVector<double> WallTimeTicker::createTickVector(double tickStep, const QCPRange& range)
{
    QVector<double> ticks;
    if (!(tickStep > 0))
        return ticks;
    const double offset = tickStep >= 1 ? localOffset(range.lower) : 0;
    const double first = std::floor((range.lower + offset) / tickStep) * tickStep - offset;
    for (double i = 0;; ++i) {
        const double t = first + i * tickStep;
        if (t > range.upper + tickStep * 1e-9 || ticks.size() > 1000)
            break;
        ticks.append(t);
    }
    return ticks;
}

QString WallTimeTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(tick * 1000))).toString(formatFor(m_step, m_span));
}

} // namespace runlens

#include "charts/ChartOptions.h"

#include <QSettings>

#include <algorithm>

namespace runlens {

void ChartOptions::load(const QString& group)
{
    QSettings s;
    s.beginGroup(group);
    xAxis = XAxis(std::clamp(s.value(QStringLiteral("xAxis"), int(xAxis)).toInt(), 0, 2));
    logY = s.value(QStringLiteral("logY"), logY).toBool();
    smoothing = Smoothing(std::clamp(s.value(QStringLiteral("smoothing"), int(smoothing)).toInt(), 0, 1));
    emaWeight = std::clamp(s.value(QStringLiteral("emaWeight"), emaWeight).toDouble(), 0.0, 0.99);
    movingAverageWindow = std::clamp(s.value(QStringLiteral("movingAverageWindow"), movingAverageWindow).toInt(), 1, 10001);
    showRaw = s.value(QStringLiteral("showRaw"), showRaw).toBool();
    band = Band(std::clamp(s.value(QStringLiteral("band"), int(band)).toInt(), 0, 1));
    keyFilter = s.value(QStringLiteral("keyFilter"), keyFilter).toString();
}

void ChartOptions::save(const QString& group) const
{
    QSettings s;
    s.beginGroup(group);
    s.setValue(QStringLiteral("xAxis"), int(xAxis));
    s.setValue(QStringLiteral("logY"), logY);
    s.setValue(QStringLiteral("smoothing"), int(smoothing));
    s.setValue(QStringLiteral("emaWeight"), emaWeight);
    s.setValue(QStringLiteral("movingAverageWindow"), movingAverageWindow);
    s.setValue(QStringLiteral("showRaw"), showRaw);
    s.remove(QStringLiteral("groupBy")); // once global: it came to stores where it meant nothing
    s.setValue(QStringLiteral("band"), int(band));
    s.setValue(QStringLiteral("keyFilter"), keyFilter);
}

} // namespace runlens

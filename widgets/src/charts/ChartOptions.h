#pragma once

#include <QString>

namespace runlens {

// How the learning-curve charts draw: shared by every chart of the grid and saved in
// QSettings between sessions. The grouping is not saved here: a param of one store means
// nothing in another, so the curves panel keeps it with each store's settings.
struct ChartOptions {
    enum class XAxis { Step, WallTime, RelativeTime };
    enum class Smoothing { Ema, MovingAverage };
    enum class Band { MinMax, StdDev };

    XAxis xAxis = XAxis::Step;
    bool logY = false;
    Smoothing smoothing = Smoothing::Ema;
    double emaWeight = 0.6;     // 0 = off, up to 0.99
    int movingAverageWindow = 1; // points; 1 = off
    bool showRaw = true;        // the unsmoothed curve, faint, behind a smoothed one
    QString groupBy;            // "" or a RunColumn string: "param:lr", "tag:team" (see groupingApplies)
    Band band = Band::MinMax;
    QString keyFilter;          // shown metric keys contain this (case ignored)

    // Whether runs are drawn grouped. Not over wall time: the runs of a group ran at
    // different times, so their mean at a clock time mixes the start of one with the end
    // of another, and draws diagonals across the chart.
    bool groupingApplies() const { return !groupBy.isEmpty() && xAxis != XAxis::WallTime; }

    bool smoothingOn() const
    {
        return smoothing == Smoothing::Ema ? emaWeight > 0.0 : movingAverageWindow > 1;
    }
    // Changes whenever the smoothed values would.
    QString smoothingKey() const
    {
        if (!smoothingOn())
            return {};
        return smoothing == Smoothing::Ema ? QStringLiteral("ema:%1").arg(emaWeight)
                                           : QStringLiteral("ma:%1").arg(movingAverageWindow);
    }

    void load(const QString& settingsGroup);
    void save(const QString& settingsGroup) const;
};

} // namespace runlens

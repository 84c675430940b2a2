#pragma once

#include <qcustomplot.h>

class QFontMetrics;

namespace runlens {

// Clock-time ticks for a wall-time axis. QCPAxisTickerDateTime put five ticks on any
// width, all as "HH:mm:ss.zzz", and on a narrow chart the labels ran together
// ("01:25:14.00001:25:15.000"). Here ticks fall on round local times, at a step people
// count in (1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12 h; days), the
// smallest step whose labels fit the axis with room between them; a label shows what
// changes from tick to tick: "14:05:30.250", "14:05:30", "14:05", "03-12 14:00", "2024-03-12".
class WallTimeTicker : public QCPAxisTicker {
public:
    // The axis's length and the tick labels' font: as many ticks as their labels fit.
    void fitTo(int axisPixels, const QFontMetrics& metrics);
    // The step (seconds) and label format chosen for a range of this many seconds.
    double stepFor(double span) const;
    static QString formatFor(double step, double span);

protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    int labelWidth(const QString& format) const;

    int m_pixels = 400;
    QList<QPair<QString, int>> m_widths; // label width of each format in the axis font
    double m_step = 1;
    double m_span = 60;
};

} // namespace runlens

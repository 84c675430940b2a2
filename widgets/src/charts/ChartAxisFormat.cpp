#include "charts/ChartAxisFormat.h"

#include "charts/NumberTicker.h"
#include "charts/StepTicker.h"
#include "charts/WallTimeTicker.h"
#include "common/NumberFormat.h"

#include <QDateTime>
#include <QFontMetrics>

#include <qcustomplot.h>

#include <cmath>

namespace runlens {

void ChartAxisFormat::apply(QCPAxis* axis, ChartOptions::XAxis kind, const QCPRange& x)
{
    switch (kind) {
    case ChartOptions::XAxis::Step:
        if (!axis->ticker().dynamicCast<StepTicker>())
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new StepTicker));
        axis->setLabel(tr("step"));
        return;
    case ChartOptions::XAxis::WallTime: {
        auto ticker = axis->ticker().dynamicCast<WallTimeTicker>();
        if (!ticker) {
            ticker.reset(new WallTimeTicker);
            axis->setTicker(ticker);
        }
        ticker->fitTo(axis->axisRect()->width(), QFontMetrics(axis->tickLabelFont()));
        axis->setLabel(tr("wall time"));
        return;
    }
    case ChartOptions::XAxis::RelativeTime: {
        // Short runs in seconds (a clock face would show 00:00 everywhere), long ones as h:mm:ss.
        if (x.upper < 120) {
            if (!axis->ticker().dynamicCast<NumberTicker>())
                axis->setTicker(QSharedPointer<QCPAxisTicker>(new NumberTicker));
            axis->setLabel(tr("seconds since start"));
            return;
        }
        auto ticker = axis->ticker().dynamicCast<QCPAxisTickerTime>();
        if (!ticker) {
            ticker.reset(new QCPAxisTickerTime);
            axis->setTicker(ticker);
        }
        ticker->setTimeFormat(x.upper < 3600 ? QStringLiteral("%m:%s") : QStringLiteral("%h:%m:%s"));
        axis->setLabel(tr("time since start"));
        return;
    }
    }
}

QString ChartAxisFormat::format(ChartOptions::XAxis kind, double x)
{
    switch (kind) {
    case ChartOptions::XAxis::Step: return tr("step %1").arg(NumberFormat::integer(qint64(std::llround(x))));
    case ChartOptions::XAxis::WallTime:
        return QDateTime::fromMSecsSinceEpoch(qint64(x * 1000)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case ChartOptions::XAxis::RelativeTime: {
        if (x < 120)
            return tr("%1 s since start").arg(NumberFormat::fixed(x, 3));
        qint64 s = qint64(x);
        return tr("%1:%2:%3 since start")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    }
    return {};
}

} // namespace runlens

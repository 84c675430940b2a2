#include "charts/ChartAxisFormat.h"

#include "charts/StepTicker.h"

#include <QDateTime>

#include <qcustomplot.h>

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
        auto ticker = axis->ticker().dynamicCast<QCPAxisTickerDateTime>();
        if (!ticker) {
            ticker.reset(new QCPAxisTickerDateTime);
            axis->setTicker(ticker);
        }
        ticker->setDateTimeFormat(x.size() < 10      ? QStringLiteral("HH:mm:ss.zzz")
                                  : x.size() < 86400 ? QStringLiteral("HH:mm:ss")
                                                     : QStringLiteral("MM-dd HH:mm"));
        axis->setLabel(tr("wall time"));
        return;
    }
    case ChartOptions::XAxis::RelativeTime: {
        // Short runs in seconds (a clock face would show 00:00 everywhere), long ones as h:mm:ss.
        if (x.upper < 120) {
            if (axis->ticker().dynamicCast<QCPAxisTickerTime>() || axis->ticker().dynamicCast<StepTicker>()
                || axis->ticker().dynamicCast<QCPAxisTickerDateTime>())
                axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
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
    case ChartOptions::XAxis::Step: return tr("step %1").arg(QString::number(x, 'f', 0));
    case ChartOptions::XAxis::WallTime:
        return QDateTime::fromMSecsSinceEpoch(qint64(x * 1000)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case ChartOptions::XAxis::RelativeTime: {
        if (x < 120)
            return tr("%1 s since start").arg(QString::number(x, 'f', 3));
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

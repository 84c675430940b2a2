#include "common/StatusStyle.h"

#include "common/NumberFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace runlens {

QString StatusStyle::label(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return QCoreApplication::translate("StatusStyle", "running");
    case RunStatus::Finished: return QCoreApplication::translate("StatusStyle", "finished");
    case RunStatus::Failed: return QCoreApplication::translate("StatusStyle", "failed");
    case RunStatus::Killed: return QCoreApplication::translate("StatusStyle", "killed");
    case RunStatus::Crashed: return QCoreApplication::translate("StatusStyle", "crashed");
    }
    return {};
}

QColor StatusStyle::color(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return QColor(0x1e, 0x88, 0xe5);
    case RunStatus::Finished: return QColor(0x2e, 0x9d, 0x4f);
    case RunStatus::Failed: return QColor(0xd3, 0x2f, 0x2f);
    case RunStatus::Killed: return QColor(0x8d, 0x6e, 0x63);
    case RunStatus::Crashed: return QColor(0xef, 0x8f, 0x00);
    }
    return Qt::gray;
}

QIcon StatusStyle::icon(RunStatus status)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color(status));
    if (status == RunStatus::Crashed) {
        // A triangle, not a dot: crashed must read differently from running at a glance.
        const QPointF tri[3] = {{7, 1}, {13, 13}, {1, 13}};
        p.drawPolygon(tri, 3);
    } else if (status == RunStatus::Failed || status == RunStatus::Killed) {
        p.drawRect(2, 2, 10, 10);
    } else {
        p.drawEllipse(2, 2, 10, 10);
    }
    return QIcon(pm);
}

QString StatusStyle::duration(double s)
{
    if (std::isnan(s) || s < 0)
        return QStringLiteral("–");
    if (s < 60)
        return QCoreApplication::translate("StatusStyle", "%1 s").arg(NumberFormat::fixed(s, 1));
    if (s < 3600)
        return QCoreApplication::translate("StatusStyle", "%1 min %2 s").arg(int(s) / 60).arg(int(s) % 60);
    return QCoreApplication::translate("StatusStyle", "%1 h %2 min").arg(int(s) / 3600).arg((int(s) % 3600) / 60);
}

QString StatusStyle::time(double t)
{
    if (std::isnan(t))
        return QStringLiteral("–");
    return QDateTime::fromMSecsSinceEpoch(qint64(t * 1000)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString StatusStyle::ended(const RunRecord& run)
{
    if (!std::isnan(run.endTime))
        return time(run.endTime);
    if (run.status == RunStatus::Running)
        return QCoreApplication::translate("StatusStyle", "still running");
    const double alive = std::isnan(run.heartbeat) ? run.startTime : run.heartbeat;
    return QCoreApplication::translate("StatusStyle", "no end recorded; last heard of at %1").arg(time(alive));
}

QString StatusStyle::toolTip(const RunRecord& run)
{
    double alive = std::isnan(run.heartbeat) ? run.startTime : run.heartbeat;
    switch (run.status) {
    case RunStatus::Running:
        return QCoreApplication::translate("StatusStyle", "Running; last heard of at %1").arg(time(alive));
    case RunStatus::Crashed:
        return QCoreApplication::translate("StatusStyle",
                                           "Crashed: the run never finished and its process has not been heard of "
                                           "since %1")
            .arg(time(alive));
    case RunStatus::Finished:
        return QCoreApplication::translate("StatusStyle", "Finished at %1").arg(time(run.endTime));
    case RunStatus::Failed:
        return QCoreApplication::translate("StatusStyle", "Failed at %1").arg(time(run.endTime));
    case RunStatus::Killed:
        return QCoreApplication::translate("StatusStyle", "Killed at %1").arg(time(run.endTime));
    }
    return {};
}

} // namespace runlens

#include "StatusStyle.h"

#include <QCoreApplication>
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
        return QString::number(s, 'f', 1) + QStringLiteral(" s");
    if (s < 3600)
        return QStringLiteral("%1 min %2 s").arg(int(s) / 60).arg(int(s) % 60);
    return QStringLiteral("%1 h %2 min").arg(int(s) / 3600).arg((int(s) % 3600) / 60);
}

} // namespace runlens

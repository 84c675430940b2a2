#include "compare/SliceFlags.h"

#include "compare/CompareFormat.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace runlens {

namespace {
const QColor kOrange(0xef, 0x8f, 0x00);
const QColor kRed(0xd3, 0x2f, 0x2f);

QIcon iconOf(void (*paint)(QPainter&, const QRectF&))
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paint(p, QRectF(1, 1, 30, 30));
    return QIcon(pm);
}
} // namespace

void SliceFlags::paintMuchWorse(QPainter& p, const QRectF& r)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath tri;
    tri.moveTo(r.center().x(), r.top());
    tri.lineTo(r.right(), r.bottom());
    tri.lineTo(r.left(), r.bottom());
    tri.closeSubpath();
    p.setPen(QPen(kOrange.darker(120), std::max(1.0, r.width() / 16)));
    p.setBrush(kOrange);
    p.drawPath(tri);
    // The exclamation mark, drawn so it needs no font.
    p.setPen(QPen(Qt::white, std::max(1.2, r.width() / 9), Qt::SolidLine, Qt::RoundCap));
    double x = r.center().x();
    p.drawLine(QPointF(x, r.top() + r.height() * 0.38), QPointF(x, r.top() + r.height() * 0.68));
    p.drawPoint(QPointF(x, r.top() + r.height() * 0.84));
    p.restore();
}

void SliceFlags::paintRegressed(QPainter& p, const QRectF& r)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(kRed);
    p.drawRoundedRect(r, r.width() / 5, r.width() / 5);
    // A down arrow: the slice went down while the average went up.
    p.setPen(QPen(Qt::white, std::max(1.2, r.width() / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    double x = r.center().x(), top = r.top() + r.height() * 0.2, bottom = r.bottom() - r.height() * 0.2;
    p.drawLine(QPointF(x, top), QPointF(x, bottom));
    p.drawLine(QPointF(x, bottom), QPointF(x - r.width() * 0.25, bottom - r.height() * 0.25));
    p.drawLine(QPointF(x, bottom), QPointF(x + r.width() * 0.25, bottom - r.height() * 0.25));
    p.restore();
}

QIcon SliceFlags::muchWorseIcon()
{
    static const QIcon icon = iconOf(&SliceFlags::paintMuchWorse);
    return icon;
}

QIcon SliceFlags::regressedIcon()
{
    static const QIcon icon = iconOf(&SliceFlags::paintRegressed);
    return icon;
}

QIcon SliceFlags::icon(const SliceRow& row)
{
    if (row.muchWorseThanOverall && row.regressedWhileOverallImproved) {
        static const QIcon both = [] {
            QPixmap pm(68, 32);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            paintMuchWorse(p, QRectF(1, 1, 30, 30));
            paintRegressed(p, QRectF(37, 1, 30, 30));
            return QIcon(pm);
        }();
        return both;
    }
    if (row.muchWorseThanOverall)
        return muchWorseIcon();
    if (row.regressedWhileOverallImproved)
        return regressedIcon();
    return {};
}

QString SliceFlags::muchWorseText(const SliceRow& row)
{
    return tr("Much worse than overall: %1 on %2 is %3 against %4 overall (worse by %5).")
        .arg(QString::fromStdString(row.key), QString::fromStdString(row.slice), CompareFormat::number(row.value),
             CompareFormat::number(row.overall), CompareFormat::number(row.gap, 3));
}

QString SliceFlags::regressedText(const SliceRow& row)
{
    return tr("Regressed while overall improved: %1 on %2 went from %3 (baseline) to %4, although the overall "
              "%1 got better. An average hides this.")
        .arg(QString::fromStdString(row.key), QString::fromStdString(row.slice), CompareFormat::number(row.baseline),
             CompareFormat::number(row.value));
}

QString SliceFlags::toolTip(const SliceRow& row)
{
    QStringList lines;
    if (row.muchWorseThanOverall)
        lines << muchWorseText(row);
    if (row.regressedWhileOverallImproved)
        lines << regressedText(row);
    return lines.join(QLatin1Char('\n'));
}

QString SliceFlags::names(const SliceRow& row)
{
    QStringList words;
    if (row.muchWorseThanOverall)
        words << tr("much worse than overall");
    if (row.regressedWhileOverallImproved)
        words << tr("regressed while overall improved");
    return words.join(QStringLiteral("; "));
}

} // namespace runlens

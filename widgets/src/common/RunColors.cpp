#include "common/RunColors.h"

#include <QPainter>
#include <QPixmap>
#include <QSettings>

namespace runlens {

namespace {
const char* kSettingsGroup = "runColors";
}

RunColors::RunColors()
{
    QSettings s;
    s.beginGroup(QLatin1String(kSettingsGroup));
    for (const auto& key : s.childKeys()) {
        QColor c(s.value(key).toString());
        if (c.isValid())
            m_overrides.insert(key, c);
    }
}

RunColors* RunColors::instance()
{
    static RunColors* colors = new RunColors;
    return colors;
}

const std::vector<QColor>& RunColors::palette()
{
    // Matplotlib's tab10 (what ML users know) without its grey, then ten more of
    // similar lightness, so every colour reads on white paper and, lightened a little
    // by forBackground(), on a dark chart.
    static const std::vector<QColor> colors = {
        QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728), QColor(0x9467bd),
        QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf), QColor(0xbcbd22), QColor(0x0099c6),
        QColor(0xdd4477), QColor(0x66aa00), QColor(0xb82e2e), QColor(0x316395), QColor(0x994499),
        QColor(0x22aa99), QColor(0xaaaa11), QColor(0x6633cc), QColor(0xe67300), QColor(0x5574a6),
    };
    return colors;
}

QColor RunColors::color(const QString& uuid) { return instance()->lookup(uuid); }

QColor RunColors::lookup(const QString& uuid) const
{
    if (auto it = m_overrides.find(uuid); it != m_overrides.end())
        return *it;
    const auto& p = palette();
    if (auto it = m_runNumbers.find(uuid); it != m_runNumbers.end())
        return p[std::size_t(*it % qint64(p.size()))];
    return colorForName(uuid);
}

QColor RunColors::colorForName(const QString& name)
{
    // FNV-1a: stable across runs and platforms, unlike qHash's seeded hashing.
    quint32 h = 2166136261u;
    for (char c : name.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    const auto& p = palette();
    return p[h % p.size()];
}

QColor RunColors::forBackground(const QColor& c, bool darkBackground)
{
    // Only the dark colours need help; lightening the mid ones turns olive into a glaring yellow.
    if (!darkBackground || c.lightness() > 110)
        return c;
    return c.lighter(100 + (125 - c.lightness()));
}

QIcon RunColors::swatch(const QColor& c)
{
    static QHash<QRgb, QIcon> cache;
    if (auto it = cache.find(c.rgb()); it != cache.end())
        return *it;
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(c.darker(130));
    p.setBrush(c);
    p.drawRoundedRect(QRectF(1.5, 1.5, 9, 9), 2, 2);
    p.end();
    QIcon icon(pm);
    cache.insert(c.rgb(), icon);
    return icon;
}

void RunColors::registerRuns(const std::vector<RunRecord>& runs)
{
    for (const auto& r : runs)
        m_runNumbers.insert(QString::fromStdString(r.uuid), r.id);
}

void RunColors::registerRun(const RunRecord& run) { m_runNumbers.insert(QString::fromStdString(run.uuid), run.id); }

void RunColors::setOverride(const QString& uuid, const QColor& color)
{
    m_overrides.insert(uuid, color);
    QSettings().setValue(QStringLiteral("%1/%2").arg(QLatin1String(kSettingsGroup), uuid), color.name());
    emit changed();
}

void RunColors::clearOverride(const QString& uuid)
{
    m_overrides.remove(uuid);
    QSettings().remove(QStringLiteral("%1/%2").arg(QLatin1String(kSettingsGroup), uuid));
    emit changed();
}

} // namespace runlens

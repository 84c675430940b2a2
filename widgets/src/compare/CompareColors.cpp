#include "compare/CompareColors.h"

#include <QPainter>
#include <QPixmap>

namespace runlens {

namespace {
const QColor kGreen(0x2e, 0x9d, 0x4f);
const QColor kRed(0xd3, 0x2f, 0x2f);
const QColor kAmber(0xf0, 0xb0, 0x00);

bool isDark(const QPalette& p) { return p.color(QPalette::Base).lightness() < 128; }
} // namespace

QColor CompareColors::mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor CompareColors::betterBackground(const QPalette& p)
{
    return mix(p.color(QPalette::Base), kGreen, isDark(p) ? 0.35 : 0.22);
}

QColor CompareColors::worseBackground(const QPalette& p)
{
    return mix(p.color(QPalette::Base), kRed, isDark(p) ? 0.35 : 0.20);
}

QColor CompareColors::differsBackground(const QPalette& p)
{
    return mix(p.color(QPalette::Base), kAmber, isDark(p) ? 0.30 : 0.20);
}

QColor CompareColors::leansBetterBackground(const QPalette& p)
{
    return mix(p.color(QPalette::Base), kGreen, isDark(p) ? 0.14 : 0.08);
}

QColor CompareColors::leansWorseBackground(const QPalette& p)
{
    return mix(p.color(QPalette::Base), kRed, isDark(p) ? 0.14 : 0.07);
}

QColor CompareColors::markBackground(CompareMark mark, const QPalette& p)
{
    switch (mark) {
    case CompareMark::Better: return betterBackground(p);
    case CompareMark::Worse: return worseBackground(p);
    case CompareMark::LeansBetter: return leansBetterBackground(p);
    case CompareMark::LeansWorse: return leansWorseBackground(p);
    case CompareMark::None: break;
    }
    return {};
}

QColor CompareColors::markText(CompareMark mark, const QPalette& p)
{
    switch (mark) {
    case CompareMark::Better: return changeText(CompareChange::Better, p);
    case CompareMark::Worse: return changeText(CompareChange::Worse, p);
    case CompareMark::LeansBetter: return mix(p.color(QPalette::Text), changeText(CompareChange::Better, p), 0.5);
    case CompareMark::LeansWorse: return mix(p.color(QPalette::Text), changeText(CompareChange::Worse, p), 0.5);
    case CompareMark::None: break;
    }
    return p.color(QPalette::Text);
}

QString CompareColors::markGlyph(CompareMark mark)
{
    switch (mark) {
    case CompareMark::LeansBetter: return QStringLiteral("↗");
    case CompareMark::LeansWorse: return QStringLiteral("↘");
    default: return {};
    }
}

QColor CompareColors::changeText(CompareChange change, const QPalette& p)
{
    bool dark = isDark(p);
    switch (change) {
    case CompareChange::Better: return dark ? kGreen.lighter(140) : kGreen.darker(115);
    case CompareChange::Worse: return dark ? kRed.lighter(140) : kRed.darker(105);
    case CompareChange::Same:
    case CompareChange::Differs: return p.color(QPalette::Text);
    case CompareChange::Unknown: break;
    }
    return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.55);
}

QString CompareColors::withGlyph(CompareMark mark, const QString& text)
{
    QString glyph = markGlyph(mark);
    return glyph.isEmpty() || text.isEmpty() ? text : glyph + QLatin1Char(' ') + text;
}

QColor CompareColors::textOn(const QColor& background)
{
    // Relative luminance (sRGB weights); 0.5 splits black from white text well enough.
    double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.5 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

QIcon CompareColors::swatch(const QColor& color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(QPen(color.darker(130), 1));
    p.setBrush(color);
    p.drawRect(QRectF(0.5, 0.5, 11, 11));
    return QIcon(pm);
}

} // namespace runlens

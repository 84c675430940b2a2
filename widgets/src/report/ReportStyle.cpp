#include "report/ReportStyle.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace runlens {

namespace {
QFont sized(int pixels, bool bold = false)
{
    QFont f(ReportStyle::family());
    f.setPixelSize(pixels);
    f.setBold(bold);
    // Unhinted outlines keep glyph advances exact, so text set on a 96 dpi page reads
    // evenly spaced at any zoom.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}
} // namespace

QString ReportStyle::family()
{
    // DejaVu Sans when installed (the Debian default, wide Unicode coverage), else the
    // application's font.
    static const QString name = [] {
        const QStringList families = QFontDatabase::families();
        for (const char* wanted : {"DejaVu Sans", "Liberation Sans", "Noto Sans"})
            if (families.contains(QLatin1String(wanted)))
                return QString::fromLatin1(wanted);
        return QGuiApplication::font().family();
    }();
    return name;
}

QFont ReportStyle::body() { return sized(13); }
QFont ReportStyle::small() { return sized(11); }
QFont ReportStyle::smallBold() { return sized(11, true); }
QFont ReportStyle::title() { return sized(30, true); }

QFont ReportStyle::heading(int level)
{
    switch (level) {
    case 1: return sized(20, true);
    case 2: return sized(15, true);
    default: return sized(13, true);
    }
}

QColor ReportStyle::text() { return QColor(0x20, 0x20, 0x20); }
QColor ReportStyle::muted() { return QColor(0x6a, 0x6a, 0x6a); }
QColor ReportStyle::warning() { return QColor(0xa3, 0x3a, 0x00); }
QColor ReportStyle::rule() { return QColor(0xb8, 0xb8, 0xb8); }
QColor ReportStyle::headerBackground() { return QColor(0xec, 0xee, 0xf1); }
QColor ReportStyle::stripe() { return QColor(0xf7, 0xf8, 0xfa); }
QColor ReportStyle::accent() { return QColor(0x1f, 0x77, 0xb4); }

QColor ReportStyle::tone(ReportBlock::Tone tone)
{
    switch (tone) {
    case ReportBlock::Tone::Muted: return muted();
    case ReportBlock::Tone::Warning: return warning();
    case ReportBlock::Tone::Normal: break;
    }
    return text();
}

QPen ReportStyle::rulePen(double width)
{
    QPen pen(rule(), width);
    pen.setCosmetic(false);
    return pen;
}

QPalette ReportStyle::paperPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::AlternateBase, stripe());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::WindowText, text());
    return p;
}

double ReportStyle::contentWidth(const QPageSize& size, QPageLayout::Orientation orientation)
{
    QPageLayout layout(size, orientation, QMarginsF(0, 0, 0, 0));
    return layout.fullRectPoints().width() * kDpi / 72.0 - 2 * kMargin;
}

} // namespace runlens

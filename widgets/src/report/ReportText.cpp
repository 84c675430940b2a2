#include "report/ReportText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace runlens {

namespace {
QStringList wrapParagraph(const QString& text, const QFont& font, double width, bool breakInsideWords)
{
    QStringList lines;
    if (text.isEmpty())
        return {QString()};
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(breakInsideWords ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}
} // namespace

QStringList ReportText::wrap(const QString& text, const QFont& font, double width, int maxLines, bool breakInsideWords)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& p : paragraphs)
        lines += wrapParagraph(p, font, std::max(4.0, width), breakInsideWords);
    if (maxLines > 0 && lines.size() > maxLines) {
        // Everything that does not fit goes into the last line, elided: the reader sees
        // that the name goes on.
        QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
    }
    return lines;
}

double ReportText::lineHeight(const QFont& font) { return QFontMetricsF(font).lineSpacing(); }

double ReportText::width(const QString& text, const QFont& font)
{
    double w = 0;
    QFontMetricsF fm(font);
    for (const QString& line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

void ReportText::draw(QPainter& painter, const QStringList& lines, const QFont& font, const QPointF& topLeft,
                      double width, bool alignRight)
{
    QFontMetricsF fm(font);
    painter.setFont(font);
    double y = topLeft.y() + fm.ascent();
    for (const QString& line : lines) {
        double x = topLeft.x();
        if (alignRight)
            x += width - fm.horizontalAdvance(line);
        painter.drawText(QPointF(x, y), line);
        y += fm.lineSpacing();
    }
}

} // namespace runlens

#include "diagram/DiagramText.h"

#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace runlens {

namespace {

QFont makeFont(int pixels, QFont::Weight weight)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Greedy breaking of one paragraph (no line breaks inside) at spaces.
void wrapParagraph(const QString& paragraph, const QFontMetricsF& fm, double width, QStringList& out)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = paragraph.split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        out << QString();
        return;
    }
    QString line;
    for (const QString& word : words) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (line.isEmpty() || fm.horizontalAdvance(longer) <= width) {
            line = longer;
            continue;
        }
        out << line;
        line = word;
    }
    out << line;
}

} // namespace

const QFont& DiagramText::titleFont()
{
    // Made once: a QFont built per paint costs a font-cache lookup per node and frame.
    static const QFont f = makeFont(13, QFont::DemiBold);
    return f;
}

const QFont& DiagramText::smallFont()
{
    static const QFont f = makeFont(11, QFont::Normal);
    return f;
}

const QFont& DiagramText::labelFont()
{
    static const QFont f = makeFont(11, QFont::Normal);
    return f;
}

QStringList DiagramText::wrap(const QString& text, const QFont& font, double width)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& p : paragraphs)
        wrapParagraph(p, fm, width, lines);
    // Trailing empty lines (a title ending in a line break) take room and show nothing.
    while (lines.size() > 1 && lines.back().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

double DiagramText::widest(const QStringList& lines, const QFont& font)
{
    const QFontMetricsF fm(font);
    double w = 0;
    for (const QString& line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

double DiagramText::widestWord(const QString& text, const QFont& font)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return widest(text.split(spaces, Qt::SkipEmptyParts), font);
}

double DiagramText::lineHeight(const QFont& font)
{
    return QFontMetricsF(font).lineSpacing();
}

void DiagramText::draw(QPainter& painter, const QRectF& rect, const QStringList& lines, bool centred, bool top)
{
    const QFontMetricsF fm(painter.font());
    const double step = fm.lineSpacing();
    const double block = step * lines.size() - fm.leading();
    double y = rect.top() + (top || block >= rect.height() ? 0 : (rect.height() - block) / 2) + fm.ascent();
    for (const QString& line : lines) {
        const double x = centred ? rect.center().x() - fm.horizontalAdvance(line) / 2 : rect.left();
        painter.drawText(QPointF(x, y), line);
        y += step;
    }
}

} // namespace runlens

#include "charts/ChartValueText.h"

#include "common/NumberFormat.h"
#include "common/RunColors.h"

#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace runlens {

ChartValueText::ChartValueText(const QString& key, QWidget* parent) : QLabel(parent), m_key(key)
{
    setObjectName(QStringLiteral("values:") + key);
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAutoFillBackground(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

bool ChartValueText::suits(const QList<ChartRun>& runs)
{
    if (runs.isEmpty())
        return false;
    return std::all_of(runs.begin(), runs.end(), [](const ChartRun& r) { return r.count <= 1; });
}

void ChartValueText::setRuns(const QList<ChartRun>& runs)
{
    m_runs = runs;
    setText(html());
}

void ChartValueText::setTheme(const ChartTheme& theme)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.background);
    p.setColor(QPalette::WindowText, theme.text);
    setPalette(p);
    m_dark = theme.dark;
    setText(html());
}

QString ChartValueText::plainText() const
{
    QTextDocument doc;
    doc.setHtml(text());
    return doc.toPlainText();
}

QString ChartValueText::html() const
{
    if (m_runs.isEmpty())
        return {};
    auto value = [](const ChartRun& r) {
        return r.count == 0 || std::isnan(r.last) ? tr("no value yet") : NumberFormat::value(r.last);
    };
    const QString key = m_key.toHtmlEscaped();
    if (m_runs.size() == 1) {
        const ChartRun& r = m_runs.first();
        return QStringLiteral("<p style=\"font-size:x-large\"><b>%1</b> = %2</p><p>%3</p>")
            .arg(key, value(r).toHtmlEscaped(), tr("%1 (%n point(s))", nullptr, int(r.count)).arg(r.name.toHtmlEscaped()));
    }
    // One line per run, as many as a chart's cell holds.
    constexpr int kShown = 12;
    QString rows;
    for (qsizetype i = 0; i < m_runs.size() && i < kShown; ++i) {
        const ChartRun& r = m_runs[i];
        const QColor color = RunColors::forBackground(r.color, m_dark);
        rows += QStringLiteral("<tr><td><span style=\"color:%1\">■</span> %2</td><td align=\"right\">&nbsp;&nbsp;%3</td></tr>")
                    .arg(color.name(), r.name.toHtmlEscaped(), value(r).toHtmlEscaped());
    }
    QString more = m_runs.size() > kShown ? tr("… and %n more", nullptr, int(m_runs.size() - kShown)) : QString();
    return QStringLiteral("<p><b>%1</b></p><table>%2</table><p>%3</p><p><small>%4</small></p>")
        .arg(key, rows, more.toHtmlEscaped(), tr("One value per run: nothing to draw a curve through.").toHtmlEscaped());
}

} // namespace runlens

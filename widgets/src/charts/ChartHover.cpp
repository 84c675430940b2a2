#include "charts/ChartHover.h"

#include "common/NumberFormat.h"

#include <qcustomplot.h>

namespace runlens {

ChartHover::ChartHover(QCustomPlot* plot) : m_plot(plot)
{
    plot->addLayer(QStringLiteral("hover"), plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_layer = plot->layer(QStringLiteral("hover"));
    m_layer->setMode(QCPLayer::lmBuffered);
    m_crosshair = new QCPItemStraightLine(plot);
    m_crosshair->setLayer(m_layer);
    m_crosshair->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_crosshair->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_crosshair->setVisible(false);
    m_crosshair->setSelectable(false);
}

void ChartHover::setGraphs(const QList<QCPGraph*>& graphs, const QList<QColor>& colors, const QColor& background)
{
    for (auto* t : m_tracers)
        m_plot->removeItem(t);
    m_tracers.clear();
    m_graphs = graphs.mid(0, kMaxTracers);
    for (int i = 0; i < m_graphs.size(); ++i) {
        auto* t = new QCPItemTracer(m_plot);
        t->setLayer(m_layer);
        t->setStyle(QCPItemTracer::tsCircle);
        t->setSize(6);
        t->setPen(QPen(colors.value(i), 1.5));
        t->setBrush(background);
        t->setVisible(false);
        t->setSelectable(false);
        m_tracers.append(t);
    }
}

void ChartHover::setCrosshairColor(const QColor& color) { m_crosshair->setPen(QPen(color, 1, Qt::DashLine)); }

void ChartHover::show(double x)
{
    m_crosshair->point1->setCoords(x, 0);
    m_crosshair->point2->setCoords(x, 1);
    m_crosshair->setVisible(true);
    // Dots follow their graphs only while shown: a tracer on an empty graph complains
    // on every replot.
    for (int i = 0; i < m_tracers.size(); ++i) {
        bool data = !m_graphs[i]->data()->isEmpty();
        m_tracers[i]->setGraph(data ? m_graphs[i] : nullptr);
        m_tracers[i]->setGraphKey(x);
        m_tracers[i]->setVisible(data);
    }
    m_layer->replot();
}

void ChartHover::hide()
{
    if (!m_crosshair->visible())
        return;
    m_crosshair->setVisible(false);
    for (auto* t : m_tracers) {
        t->setVisible(false);
        t->setGraph(nullptr);
    }
    m_layer->replot();
}

bool ChartHover::isShown() const { return m_crosshair->visible(); }

QString ChartHover::html(const QString& title, const QString& where, const QList<Row>& rows)
{
    if (rows.isEmpty())
        return {};
    QString html = QStringLiteral("<b>%1</b> — %2<table cellspacing=\"0\" cellpadding=\"1\">")
                       .arg(title.toHtmlEscaped(), where.toHtmlEscaped());
    int shown = 0;
    for (const auto& r : rows) {
        if (shown++ == kMaxRows)
            break;
        html += QStringLiteral("<tr><td><span style=\"color:%1\">■</span>&nbsp;%2</td>"
                               "<td align=\"right\">&nbsp;&nbsp;%3</td></tr>")
                    .arg(r.color.name(), r.name.toHtmlEscaped(), NumberFormat::value(r.y));
    }
    html += QStringLiteral("</table>");
    if (rows.size() > kMaxRows)
        html += tr("… and %n more", nullptr, int(rows.size()) - kMaxRows);
    return html;
}

} // namespace runlens

#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;

namespace runlens {

// What hovering a chart shows: a vertical crosshair, a dot on each curve (the first 16),
// and the text of a tooltip listing every curve's value there. They live on a buffered
// layer of their own, so moving the mouse repaints that layer, not a hundred curves.
class ChartHover {
    Q_DECLARE_TR_FUNCTIONS(runlens::ChartHover)

public:
    struct Row {
        QString name;
        QColor color;
        double x;
        double y;
    };
    static constexpr int kMaxTracers = 16;
    static constexpr int kMaxRows = 20;

    explicit ChartHover(QCustomPlot* plot);

    // The curves to put dots on, in order, with their colours; call before graphs go away.
    void setGraphs(const QList<QCPGraph*>& graphs, const QList<QColor>& colors, const QColor& background);
    void setCrosshairColor(const QColor& color);
    void show(double x);
    void hide();
    bool isShown() const;

    // Tooltip HTML: title and where, then the rows (largest first, as given).
    static QString html(const QString& title, const QString& where, const QList<Row>& rows);

private:
    QCustomPlot* m_plot;
    QCPLayer* m_layer;
    QCPItemStraightLine* m_crosshair;
    QList<QCPItemTracer*> m_tracers;
    QList<QCPGraph*> m_graphs;
};

} // namespace runlens

#pragma once

#include "compare/CompareGrouping.h"

#include "runlens/model/MetricDirections.h"
#include "runlens/model/RunRecord.h"
#include "runlens/compare/ScatterData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCPTextElement;
class QCustomPlot;

namespace runlens {

// A param (or metric) against a metric over the runs, one dot per run in its run
// colour, with core's least-squares line and Pearson and Spearman correlations written
// over the plot. A categorical param is drawn on a categorical axis with the
// correlation ratio η instead of a line. Hover a dot for the run and its values; click
// selects the run (Ctrl+click adds), clicking empty space clears, and the selection is
// emitted as selectionChanged for the runs table.
//
// For the PDF report: render(painter, rect) draws the same plot, statistics included.
class ScatterView : public QWidget {
    Q_OBJECT
public:
    explicit ScatterView(RunColorFunction runColor, QWidget* parent = nullptr);

    void setRuns(std::vector<RunRecord> runs, const MetricDirections& directions, CompareValue pick);
    void setAxes(const ScatterAxis& x, const ScatterAxis& y);
    void setLogX(bool on);
    void setSelectedRuns(const QStringList& runIds);
    void render(QPainter& painter, const QRectF& rect);

    const ScatterData& data() const { return m_data; }
    QCustomPlot* plot() const { return m_plot; }
    QCPGraph* fitGraph() const { return m_fit; }
    // The statistics line drawn over the plot.
    QString statsText() const;
    QStringList selectedRuns() const { return m_selected; }
    // Pixel position of the point of a run (for tests that click), or (-1, -1).
    QPointF pointPosition(const QString& runId) const;
    QString toolTipAt(const QPointF& pos) const;

signals:
    void selectionChanged(const QStringList& runIds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillAxisChoices();
    void rebuild();
    void drawPoints();
    void drawFit();
    void drawSelection();
    void updateStats();
    double plotX(std::size_t i) const;
    int pointAt(const QPointF& pos) const;
    void clickAt(const QPointF& pos, bool add);
    ScatterAxis axisFromBox(const QComboBox* box) const;

    RunColorFunction m_runColor;
    std::vector<RunRecord> m_runs;
    MetricDirections m_directions;
    CompareValue m_pick = CompareValue::Last;
    ScatterData m_data;
    QStringList m_runNames; // per point
    QStringList m_selected;
    QString m_logChosenFor; // the x for which the log scale was last chosen automatically

    QComboBox* m_xBox;
    QComboBox* m_yBox;
    QCheckBox* m_logX;
    QCustomPlot* m_plot;
    QCPTextElement* m_stats = nullptr;
    QCPGraph* m_fit = nullptr;
    QCPGraph* m_selection = nullptr;
};

} // namespace runlens

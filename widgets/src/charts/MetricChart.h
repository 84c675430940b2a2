#pragma once

#include "charts/ChartHover.h"
#include "charts/ChartOptions.h"
#include "charts/ChartRun.h"
#include "charts/ChartTheme.h"
#include "charts/CurveCache.h"
#include "charts/CurveGrouping.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCPGraph;
class QCPRange;
class QCPTextElement;
class QCustomPlot;
class QStackedLayout;

namespace runlens {

class ChartValueText;

// One learning-curve chart: one metric key for the selected runs (or their groups).
//
// Drawing asks each curve's SeriesLod for what the visible range needs at the chart's
// pixel width, right before every replot, so a million-point curve costs a few thousand
// points per frame. A chart reads its curves from the store only when it is first
// painted: charts scrolled out of view cost nothing.
//
// Mouse: wheel zooms X (Ctrl+wheel: Y), drag pans, Shift+drag zooms into a rectangle,
// double-click resets, hovering shows a crosshair with every run's value at that x.
// Keys: + and − zoom, arrows pan, Home or 0 resets. While X is not zoomed the chart
// follows live runs; while Y is not zoomed it fits the visible data.
class MetricChart : public QWidget {
    Q_OBJECT
public:
    using HoverRow = ChartHover::Row;

    MetricChart(const QString& key, CurveCache* cache, QWidget* parent = nullptr);

    const QString& key() const { return m_key; }
    QCustomPlot* plot() const { return m_plot; }
    void setRuns(const QList<ChartRun>& runs);
    const QList<ChartRun>& runs() const { return m_runs; }
    void setOptions(const ChartOptions& options);
    void setTheme(const ChartTheme& theme);
    // The cache has new points for some runs: draw them (following the end if X is not zoomed).
    void dataChanged();

    void resetView();
    void zoomX(double factor);
    void panX(double fraction);
    void panY(double fraction);
    bool autoX() const { return m_autoX; }
    bool autoY() const { return m_autoY; }

    // Points handed to QCustomPlot at the last refill: what a frame draws.
    int drawnPoints() const { return m_drawnPoints; }
    // Every run's (or group's) value nearest to x, largest first.
    QList<HoverRow> valuesAt(double x);
    QString hoverHtml(double x);
    // Draws now if anything changed (tests, exports, benchmarks).
    void ensureRendered();
    // Whether the chart shows values as text: every run logged this key once at most,
    // and a single point on an axis made up around it says nothing.
    bool showsValues() const;
    QString valuesText() const;
    bool exportTo(const QString& path, QString* error = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Line {
        QString uuid; // empty for a group
        QString name;
        QColor color;
        QCPGraph* main = nullptr;
        QCPGraph* raw = nullptr;  // faint unsmoothed curve behind a smoothed one
        QCPGraph* low = nullptr;  // group band
        QCPGraph* high = nullptr;
        CurveCache::Curve* curve = nullptr;
        std::optional<CurveGrouping::Group> group;
    };

    void setUpPlot();
    void showValuesOrPlot();
    void rebuildLines();
    void loadCurves();
    void rebuildGroups();
    void refill();
    void fillLine(Line& line, const QCPRange& x, int width);
    void fitY(const QCPRange& x);
    void clampInfinities();
    QCPRange dataExtent() const;
    quint64 dataSignature() const;
    void markDirty();
    void updateHover(const QPoint& pos);
    void hideHover();
    void showContextMenu(const QPoint& pos);
    void exportDialog(const QString& suffix);
    bool handleKey(int key);
    QColor screenColor(const QColor& c) const;

    QString m_key;
    CurveCache* m_cache;
    QCustomPlot* m_plot;
    ChartValueText* m_values;
    QStackedLayout* m_stack;
    QCPTextElement* m_title = nullptr;
    std::unique_ptr<ChartHover> m_hover;
    QList<ChartRun> m_runs;
    ChartOptions m_options;
    ChartTheme m_theme;
    std::vector<Line> m_lines;
    bool m_autoX = true, m_autoY = true;
    bool m_dirty = true;
    bool m_refilling = false;
    bool m_curvesLoaded = false;
    quint64 m_linesVersion = 0;
    quint64 m_groupsFor = ~0ull;
    struct Filled {
        double lower = 0, upper = 0;
        int width = 0;
        quint64 data = ~0ull;
        bool operator==(const Filled&) const = default;
    } m_filled;
    int m_drawnPoints = 0;
    QPoint m_pressPos;
};

} // namespace runlens

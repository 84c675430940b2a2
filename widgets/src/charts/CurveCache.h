#pragma once

#include "charts/ChartOptions.h"
#include "charts/ChartRun.h"
#include "runlens/series/SeriesLod.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace runlens {

class StoreSession;
struct SeriesData;

// The points of the curves on screen, one SeriesLod per (run, metric key) for the current
// X axis, shared by every chart. A curve is read from the store the first time a chart
// draws it; after that update() appends only the points logged since (Store::seriesTail),
// so a live run costs what it logs, not what it has.
class CurveCache : public QObject {
    Q_OBJECT
public:
    struct Curve {
        SeriesLod raw;
        SeriesLod smoothed;       // for smoothedFor; rebuilt when raw grows or settings change
        QString smoothedFor;
        std::size_t smoothedSize = 0;
        std::int64_t seriesId = 0;
        std::int64_t loaded = 0;  // points read so far, in log order
        double startTime = 0;
        quint64 version = 0;      // bumps on every change: charts refill when it moves
    };
    struct Stats {
        int loads = 0;    // whole series read
        int appends = 0;  // tails appended
        int reloads = 0;  // whole series read again (points arrived out of order)
    };

    explicit CurveCache(StoreSession* session, QObject* parent = nullptr);

    void setXAxis(ChartOptions::XAxis axis);
    ChartOptions::XAxis xAxis() const { return m_axis; }

    // The curve of run's key, read from the store on first use; nullptr if it has no points.
    Curve* curve(const ChartRun& run, const QString& key);
    Curve* find(const QString& uuid, const QString& key) const;
    // Appends what the store has beyond what was read; true if the curve changed.
    bool update(const ChartRun& run, const QString& key);
    // The series to draw: smoothed as the options say, or the raw one.
    const SeriesLod& drawn(Curve& curve, const ChartOptions& options);

    void retainOnly(const QSet<QString>& uuids);
    void clear();
    std::size_t memoryBytes() const;
    Stats stats() const { return m_stats; }

private:
    bool appendPoints(Curve& curve, const SeriesData& data, bool sortedByStep);
    static QString id(const QString& uuid, const QString& key) { return uuid + QLatin1Char('\n') + key; }

    StoreSession* m_session;
    ChartOptions::XAxis m_axis = ChartOptions::XAxis::Step;
    QHash<QString, std::shared_ptr<Curve>> m_curves;
    Stats m_stats;
};

} // namespace runlens

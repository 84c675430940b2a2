#include "charts/CurveCache.h"

#include "common/StoreSession.h"
#include "common/StoreWatcher.h"
#include "runlens/series/Smoothing.h"

#include <algorithm>
#include <numeric>

namespace runlens {

CurveCache::CurveCache(StoreSession* session, QObject* parent) : QObject(parent), m_session(session)
{
    // Another store: every curve is another one.
    connect(session->watcher(), &StoreWatcher::storeReset, this, &CurveCache::clear);
}

void CurveCache::setXAxis(ChartOptions::XAxis axis)
{
    if (axis == m_axis)
        return;
    m_axis = axis;
    clear();
}

CurveCache::Curve* CurveCache::find(const QString& uuid, const QString& key) const
{
    auto it = m_curves.find(id(uuid, key));
    return it == m_curves.end() ? nullptr : it->get();
}

CurveCache::Curve* CurveCache::curve(const ChartRun& run, const QString& key)
{
    if (Curve* c = find(run.uuid, key))
        return c;
    if (run.count <= 0)
        return nullptr;
    auto c = std::make_shared<Curve>();
    c->seriesId = run.seriesId;
    c->startTime = run.startTime;
    SeriesData data = m_session->metric(run.uuid, key, m_axis != ChartOptions::XAxis::Step);
    c->loaded = std::int64_t(data.size());
    appendPoints(*c, data, true);
    ++m_stats.loads;
    Curve* raw = c.get();
    m_curves.insert(id(run.uuid, key), std::move(c));
    return raw;
}

bool CurveCache::update(const ChartRun& run, const QString& key)
{
    Curve* c = find(run.uuid, key);
    if (!c || run.count <= c->loaded)
        return false;
    SeriesData tail = m_session->seriesTail(c->seriesId, c->loaded);
    if (tail.empty())
        return false;
    if (appendPoints(*c, tail, false)) {
        c->loaded += std::int64_t(tail.size());
        ++m_stats.appends;
        return true;
    }
    // Points that belong before what is drawn (a step logged late): read the series again.
    m_curves.remove(id(run.uuid, key));
    ++m_stats.reloads;
    --m_stats.loads;
    return curve(run, key) != nullptr;
}

bool CurveCache::appendPoints(Curve& curve, const SeriesData& data, bool sortedByStep)
{
    std::size_t n = data.size();
    std::vector<double> x(n), y(data.values.begin(), data.values.end());
    bool byStep = m_axis == ChartOptions::XAxis::Step;
    double offset = m_axis == ChartOptions::XAxis::RelativeTime ? curve.startTime : 0.0;
    for (std::size_t i = 0; i < n; ++i)
        x[i] = byStep ? double(data.steps[i]) : data.times[i] - offset;
    if (!(byStep && sortedByStep) && !std::is_sorted(x.begin(), x.end())) {
        // Tails come in log order; the chart wants them by x, repeated x in log order.
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
        std::vector<double> sx(n), sy(n);
        for (std::size_t i = 0; i < n; ++i) {
            sx[i] = x[order[i]];
            sy[i] = y[order[i]];
        }
        x.swap(sx);
        y.swap(sy);
    }
    if (n == 0)
        return true;
    if (!curve.raw.empty() && x.front() < curve.raw.x(curve.raw.size() - 1))
        return false;
    try {
        curve.raw.append(x, y);
    } catch (const std::exception&) {
        return false; // a NaN wall time, say: nothing sensible to draw
    }
    ++curve.version;
    return true;
}

const SeriesLod& CurveCache::drawn(Curve& curve, const ChartOptions& options)
{
    QString key = options.smoothingKey();
    if (key.isEmpty())
        return curve.raw;
    if (curve.smoothedFor != key || curve.smoothedSize != curve.raw.size()) {
        std::size_t n = curve.raw.size();
        std::vector<double> x(n), y(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = curve.raw.x(i);
            y[i] = curve.raw.y(i);
        }
        auto s = options.smoothing == ChartOptions::Smoothing::Ema
            ? Smoothing::ema(y, options.emaWeight)
            : Smoothing::centredMovingAverage(y, options.movingAverageWindow);
        curve.smoothed.clear();
        curve.smoothed.append(x, s);
        curve.smoothedFor = key;
        curve.smoothedSize = n;
    }
    return curve.smoothed;
}

void CurveCache::retainOnly(const QSet<QString>& uuids)
{
    for (auto it = m_curves.begin(); it != m_curves.end();) {
        if (!uuids.contains(it.key().section(QLatin1Char('\n'), 0, 0)))
            it = m_curves.erase(it);
        else
            ++it;
    }
}

void CurveCache::clear() { m_curves.clear(); }

std::size_t CurveCache::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const auto& c : m_curves)
        bytes += c->raw.memoryBytes() + c->smoothed.memoryBytes();
    return bytes;
}

} // namespace runlens

#include "diagram/DiagramRunBinder.h"

#include "common/StatusStyle.h"
#include "common/StoreSession.h"
#include "common/StoreWatcher.h"

#include "runlens/diagram/DiagramDocument.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {

// Read again at most this far apart while a shown run is running, even without new
// data, so that a run whose process died is shown as crashed once its heartbeat is stale.
constexpr int kSparkBuckets = 40;
constexpr int kMaxParamsShown = 25;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString key(const std::string& name)
{
    return q(name).trimmed().toLower();
}

bool newer(const RunRecord& a, const RunRecord& b)
{
    return a.startTime > b.startTime;
}

// The mean of each of up to kSparkBuckets slices, in order: the trend of the whole
// series in a few dozen points. (A min/max envelope, right for charts, turns a noisy
// loss into a flat band at sparkline size.)
QVector<double> sparkline(const std::vector<double>& values)
{
    QVector<double> out;
    const std::size_t n = values.size();
    const std::size_t buckets = std::min<std::size_t>(n, kSparkBuckets);
    out.reserve(int(buckets));
    for (std::size_t b = 0; b < buckets; ++b) {
        double sum = 0;
        int count = 0;
        for (std::size_t i = b * n / buckets; i < (b + 1) * n / buckets; ++i) {
            if (std::isfinite(values[i])) {
                sum += values[i];
                ++count;
            }
        }
        if (count)
            out << sum / count;
    }
    return out;
}

} // namespace

DiagramRunBinder::DiagramRunBinder(StoreSession* session, const DiagramDocument* document, QObject* parent)
    : QObject(parent), m_session(session), m_document(document)
{
    // The session's watcher says when runs changed (liveness included); one refresh
    // after the event loop turns serves a burst of events.
    if (session) {
        StoreWatcher* watcher = session->watcher();
        connect(watcher, &StoreWatcher::storeReset, this, &DiagramRunBinder::reset);
        connect(watcher, &StoreWatcher::runsAdded, this, &DiagramRunBinder::refreshSoon);
        connect(watcher, &StoreWatcher::runsChanged, this, &DiagramRunBinder::refreshSoon);
        connect(watcher, &StoreWatcher::runsRemoved, this, &DiagramRunBinder::refreshSoon);
    }
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &DiagramRunBinder::refresh);
}

void DiagramRunBinder::setParentRun(const QString& uuid)
{
    if (uuid == m_parent)
        return;
    m_parent = uuid;
    refresh();
}

DiagramLiveState DiagramRunBinder::state(const std::string& nodeId) const
{
    auto it = m_states.find(nodeId);
    return it == m_states.end() ? DiagramLiveState{} : it->second;
}

void DiagramRunBinder::refreshSoon()
{
    m_soon.start();
}

void DiagramRunBinder::reset()
{
    m_series.clear();
    refresh();
}

void DiagramRunBinder::refresh()
{
    m_soon.stop();
    const bool open = m_session && m_session->isOpen();

    std::vector<const DiagramNode*> nodes;
    if (open) {
        for (const auto& n : m_document->diagram().nodes) {
            const bool box = n.kind != DiagramNodeKind::Note && n.kind != DiagramNodeKind::Group;
            if (n.binding.isBound() || (box && !m_parent.isEmpty()))
                nodes.push_back(&n);
        }
    }
    Snapshot snapshot = readSnapshot(nodes);
    m_seriesUsed.clear();
    std::unordered_map<std::string, DiagramLiveState> fresh;
    for (const DiagramNode* n : nodes) {
        DiagramLiveState s = resolve(*n, snapshot);
        if (!s.bound)
            continue;
        fresh.emplace(n->id, std::move(s));
    }
    // Series no node shows any more are forgotten.
    std::erase_if(m_series, [this](const auto& entry) { return !m_seriesUsed.count(entry.first); });
    // Tell about nodes that lost their state, then about new or changed ones.
    std::vector<std::string> gone;
    for (const auto& [id, s] : m_states) {
        if (!fresh.count(id))
            gone.push_back(id);
    }
    std::swap(m_states, fresh);
    for (const auto& id : gone)
        emit stateChanged(q(id), DiagramLiveState{});
    for (const auto& [id, s] : m_states) {
        auto old = fresh.find(id);
        if (old == fresh.end() || old->second != s)
            emit stateChanged(q(id), s);
    }
}

DiagramRunBinder::Snapshot DiagramRunBinder::readSnapshot(const std::vector<const DiagramNode*>& nodes)
{
    Snapshot snap;
    if (nodes.empty())
        return snap;
    if (!m_parent.isEmpty()) {
        snap.parent = m_session->run(m_parent);
        if (snap.parent) {
            RunFilter f;
            f.experiment = snap.parent->experiment;
            f.includeArchived = true;
            for (auto& r : m_session->runs(f)) {
                if (r.parentUuid != snap.parent->uuid)
                    continue;
                auto [it, inserted] = snap.children.try_emplace(key(r.name), r);
                // A step run twice (a retry): the newest attempt is what ran.
                if (!inserted && newer(r, it->second))
                    it->second = r;
            }
        }
    }
    for (const DiagramNode* n : nodes) {
        const auto& b = n->binding;
        if (b.type == DiagramBinding::Type::Run && !snap.runs.count(b.value))
            snap.runs[b.value] = m_session->run(q(b.value));
        if (b.type == DiagramBinding::Type::Experiment && !snap.experiments.count(b.value)) {
            RunFilter f;
            f.experiment = b.value;
            auto runs = m_session->runs(f);
            std::sort(runs.begin(), runs.end(), newer);
            snap.experiments[b.value] = std::move(runs);
        }
    }
    return snap;
}

DiagramLiveState DiagramRunBinder::resolve(const DiagramNode& node, Snapshot& snap)
{
    DiagramLiveState none;
    none.bound = true;
    switch (node.binding.type) {
    case DiagramBinding::Type::Run: {
        const auto& run = snap.runs[node.binding.value];
        if (run)
            return describe(*run, node.metric);
        none.caption = tr("run %1 not found").arg(q(node.binding.value).left(8));
        return none;
    }
    case DiagramBinding::Type::Experiment: {
        const auto& runs = snap.experiments[node.binding.value];
        if (runs.empty()) {
            none.caption = tr("no runs in \"%1\"").arg(q(node.binding.value));
            return none;
        }
        DiagramLiveState s = describe(runs.front(), node.metric);
        s.runCount = int(runs.size());
        s.toolTip = tr("Newest of %n run(s) in experiment \"%1\"", nullptr, s.runCount)
                        .arg(q(node.binding.value).toHtmlEscaped()) +
                    QStringLiteral("<br>") + s.toolTip;
        return s;
    }
    case DiagramBinding::Type::Step:
    case DiagramBinding::Type::None: {
        const bool explicitStep = node.binding.type == DiagramBinding::Type::Step;
        const std::string& step = explicitStep ? node.binding.value : node.title;
        if (snap.parent) {
            if (auto it = snap.children.find(key(step)); it != snap.children.end())
                return describe(it->second, node.metric);
        }
        if (!explicitStep)
            return {}; // an unbound box whose title is no step: nothing to show
        // The live row holds a few words (it was cut: "step \"extract\": choose …"); the
        // tooltip says the rest.
        if (m_parent.isEmpty()) {
            none.caption = tr("choose a pipeline run");
            none.toolTip = tr("Step \"%1\": choose a pipeline run in the toolbar, and this box shows its child "
                              "run named \"%1\".")
                               .arg(q(step).toHtmlEscaped());
        } else if (!snap.parent) {
            none.caption = tr("pipeline run %1 not found").arg(m_parent.left(8));
        } else {
            none.caption = tr("no step \"%1\"").arg(q(step));
            none.toolTip = tr("The pipeline run \"%1\" has no child run named \"%2\".")
                               .arg(q(snap.parent->name).toHtmlEscaped(), q(step).toHtmlEscaped());
        }
        return none;
    }
    }
    return {};
}

DiagramLiveState DiagramRunBinder::describe(const RunRecord& run, const std::string& metricKey)
{
    DiagramLiveState s;
    s.bound = true;
    s.hasRun = true;
    s.runId = q(run.uuid);
    s.runName = q(run.name);
    s.experiment = q(run.experiment);
    s.status = run.status;
    s.duration = run.duration();
    fillMetric(s, run, metricKey);
    s.toolTip = toolTip(run, s);
    return s;
}

void DiagramRunBinder::fillMetric(DiagramLiveState& s, const RunRecord& run, const std::string& metricKey)
{
    // Without a chosen metric: the run's first overall metric, so a bound node is never blank.
    const SeriesSummary* summary = nullptr;
    if (!metricKey.empty()) {
        summary = run.metric(metricKey);
    } else {
        for (const auto& ser : run.series) {
            if (ser.slice.empty()) {
                summary = &ser;
                break;
            }
        }
    }
    s.metricKey = q(metricKey.empty() && summary ? summary->key : metricKey);
    if (!summary)
        return;
    s.metricValue = summary->lastValue;
    s.sparkline = sparkline(seriesValues(run, *summary));
}

const std::vector<double>& DiagramRunBinder::seriesValues(const RunRecord& run, const SeriesSummary& summary)
{
    m_seriesUsed.insert({run.uuid, summary.key});
    SeriesCache& c = m_series[{run.uuid, summary.key}];
    if (c.seriesId != summary.seriesId || summary.count < c.count) {
        // New to us, or rewritten: read it whole once.
        c = SeriesCache{};
        c.seriesId = summary.seriesId;
        SeriesData all = m_session->metric(q(run.uuid), q(summary.key), false);
        c.values = std::move(all.values);
        c.count = std::int64_t(c.values.size());
    } else if (summary.count > c.count) {
        SeriesData tail = m_session->seriesTail(summary.seriesId, c.count);
        c.values.insert(c.values.end(), tail.values.begin(), tail.values.end());
        c.count += std::int64_t(tail.values.size());
    }
    return c.values;
}

QString DiagramRunBinder::toolTip(const RunRecord& run, const DiagramLiveState& s)
{
    QString html = QStringLiteral("<b>%1</b> &nbsp;<span style='color:%2'>%3</span><br>")
                       .arg(q(run.name).toHtmlEscaped(), StatusStyle::color(run.status).name(),
                            StatusStyle::label(run.status));
    html += tr("Experiment %1 · run %2").arg(q(run.experiment).toHtmlEscaped(), q(run.uuid).left(12)) +
            QStringLiteral("<br>");
    html += StatusStyle::toolTip(run).toHtmlEscaped() + QStringLiteral("<br>");
    html += tr("Duration: %1").arg(StatusStyle::duration(run.duration()));
    if (!s.metricKey.isEmpty())
        html += QStringLiteral("<br>") +
                tr("%1 = %2").arg(s.metricKey.toHtmlEscaped(), QString::number(s.metricValue, 'g', 6));
    if (!run.params.empty()) {
        html += QStringLiteral("<hr><table>");
        int shown = 0;
        for (const auto& [k, v] : run.params) {
            if (shown++ == kMaxParamsShown) {
                html += QStringLiteral("<tr><td colspan=2>") +
                        tr("… and %n more", nullptr, int(run.params.size()) - kMaxParamsShown) +
                        QStringLiteral("</td></tr>");
                break;
            }
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(q(k).toHtmlEscaped(), q(v.toString()).left(200).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<br><i>") + tr("Double-click to open the run") + QStringLiteral("</i>");
    return html;
}

} // namespace runlens

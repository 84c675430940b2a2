#include "runs/RunTableModel.h"

#include "common/NaturalOrder.h"
#include "common/NumberFormat.h"
#include "common/RunColors.h"
#include "common/RunIdsMime.h"
#include "common/StatusStyle.h"

#include <QDateTime>
#include <QFont>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace runlens {

namespace {

using Kind = RunColumn::Kind;

bool sameDouble(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

bool sameSeries(const std::vector<SeriesSummary>& a, const std::vector<SeriesSummary>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].seriesId != b[i].seriesId || a[i].count != b[i].count || a[i].lastStep != b[i].lastStep
            || !sameDouble(a[i].lastValue, b[i].lastValue) || !sameDouble(a[i].minValue, b[i].minValue)
            || !sameDouble(a[i].maxValue, b[i].maxValue))
            return false;
    }
    return true;
}

// Whether anything a view shows of the run differs.
bool sameRun(const RunRecord& a, const RunRecord& b)
{
    return a.status == b.status && a.name == b.name && a.experiment == b.experiment && a.archived == b.archived
        && sameDouble(a.endTime, b.endTime) && sameDouble(a.heartbeat, b.heartbeat) && a.notes == b.notes
        && a.parentUuid == b.parentUuid && a.params == b.params && a.tags == b.tags && sameSeries(a.series, b.series);
}

// Running first, then the ones that need a look, then the rest.
int statusRank(RunStatus s)
{
    switch (s) {
    case RunStatus::Running: return 0;
    case RunStatus::Crashed: return 1;
    case RunStatus::Failed: return 2;
    case RunStatus::Killed: return 3;
    case RunStatus::Finished: return 4;
    }
    return 5;
}

template <typename T>
int cmp(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

const SeriesSummary* summaryOf(const RunRecord& run, const std::string& key) { return run.metric(key); }

double metricValue(const RunRecord& run, const RunColumn& c, const std::string& key)
{
    const SeriesSummary* s = summaryOf(run, key);
    if (!s)
        return std::nan("");
    return c.kind == Kind::MetricLast ? s->lastValue : c.kind == Kind::MetricMin ? s->minValue : s->maxValue;
}

// A param or tag as something to compare: a number when it is one, else text.
struct Scalar {
    bool present = false;
    std::optional<double> number;
    const std::string* text = nullptr;
};

Scalar scalarOf(const RunRecord& run, const RunColumn& c, const std::string& key, std::string& scratch)
{
    Scalar s;
    if (c.kind == Kind::Param) {
        auto it = run.params.find(key);
        if (it == run.params.end())
            return s;
        s.present = true;
        s.number = it->second.asNumber();
        if (!s.number) {
            scratch = it->second.toString();
            s.text = &scratch;
        }
        return s;
    }
    auto it = run.tags.find(key);
    if (it == run.tags.end())
        return s;
    s.present = true;
    s.number = parseNumber(it->second);
    s.text = &it->second;
    return s;
}

} // namespace

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent), m_columns(RunColumn::fixedColumns())
{
    m_columnKeys.assign(std::size_t(m_columns.size()), {});
    connect(RunColors::instance(), &RunColors::changed, this, [this] {
        if (!m_runs.empty())
            emit dataChanged(index(0, 1), index(rowCount() - 1, 1), {Qt::DecorationRole});
    });
}

void RunTableModel::setRuns(std::vector<RunRecord> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_search.assign(m_runs.size(), {});
    rebuildIndex();
    endResetModel();
    RunColors::instance()->registerRuns(m_runs);
    rebuildKeys();
}

RunTableModel::MergeResult RunTableModel::mergeRuns(std::vector<RunRecord> runs)
{
    MergeResult result;
    QSet<QString> fresh;
    for (const auto& r : runs)
        fresh.insert(QString::fromStdString(r.uuid));
    // Removals from the bottom up, one signal per contiguous block.
    for (int row = int(m_runs.size()) - 1; row >= 0;) {
        if (fresh.contains(QString::fromStdString(m_runs[std::size_t(row)].uuid))) {
            --row;
            continue;
        }
        int last = row;
        while (row >= 0 && !fresh.contains(QString::fromStdString(m_runs[std::size_t(row)].uuid)))
            --row;
        beginRemoveRows({}, row + 1, last);
        m_runs.erase(m_runs.begin() + row + 1, m_runs.begin() + last + 1);
        m_search.erase(m_search.begin() + row + 1, m_search.begin() + last + 1);
        endRemoveRows();
        result.removed += last - row;
    }
    rebuildIndex();
    std::vector<RunRecord> added;
    std::vector<int> changed;
    for (auto& r : runs) {
        int row = m_rowById.value(QString::fromStdString(r.uuid), -1);
        if (row < 0) {
            added.push_back(std::move(r));
        } else if (!sameRun(m_runs[std::size_t(row)], r)) {
            m_runs[std::size_t(row)] = std::move(r);
            m_search[std::size_t(row)].clear();
            changed.push_back(row);
        }
    }
    result.changed = int(changed.size());
    emitRowsChanged(std::move(changed));
    result.inserted = int(added.size());
    appendRows(std::move(added));
    if (result.changed || result.inserted || result.removed)
        rebuildKeys();
    return result;
}

void RunTableModel::addRuns(std::vector<RunRecord> runs)
{
    std::erase_if(runs, [this](const RunRecord& r) { return rowOf(QString::fromStdString(r.uuid)) >= 0; });
    if (runs.empty())
        return;
    appendRows(std::move(runs));
    rebuildKeys();
}

void RunTableModel::appendRows(std::vector<RunRecord> runs)
{
    if (runs.empty())
        return;
    int first = int(m_runs.size());
    beginInsertRows({}, first, first + int(runs.size()) - 1);
    RunColors::instance()->registerRuns(runs);
    for (auto& r : runs)
        m_runs.push_back(std::move(r));
    m_search.resize(m_runs.size());
    rebuildIndex();
    endInsertRows();
}

bool RunTableModel::updateRun(RunRecord run)
{
    int row = rowOf(QString::fromStdString(run.uuid));
    if (row < 0) {
        int n = int(m_runs.size());
        beginInsertRows({}, n, n);
        RunColors::instance()->registerRun(run);
        m_runs.push_back(std::move(run));
        m_search.resize(m_runs.size());
        rebuildIndex();
        endInsertRows();
        rebuildKeys();
        return true;
    }
    if (sameRun(m_runs[std::size_t(row)], run))
        return false;
    m_runs[std::size_t(row)] = std::move(run);
    m_search[std::size_t(row)].clear();
    emitRowsChanged({row});
    rebuildKeys();
    return true;
}

void RunTableModel::removeRuns(const QStringList& uuids)
{
    std::vector<RunRecord> keep;
    QSet<QString> gone(uuids.begin(), uuids.end());
    for (const auto& r : m_runs) {
        if (!gone.contains(QString::fromStdString(r.uuid)))
            keep.push_back(r);
    }
    mergeRuns(std::move(keep));
}

void RunTableModel::emitRowsChanged(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emit dataChanged(index(rows[i], 0), index(rows[j], columnCount() - 1));
        i = j + 1;
    }
}

void RunTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_runs.size()));
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        m_rowById.insert(QString::fromStdString(m_runs[i].uuid), int(i));
}

void RunTableModel::rebuildKeys()
{
    std::map<std::string, int> params, tags, metrics;
    for (const auto& r : m_runs) {
        for (const auto& [k, v] : r.params)
            ++params[k];
        for (const auto& [k, v] : r.tags)
            ++tags[k];
        for (const auto& s : r.series) {
            if (s.slice.empty())
                ++metrics[s.key];
        }
    }
    auto toList = [](const std::map<std::string, int>& m) {
        QStringList out;
        for (const auto& [k, n] : m)
            out << QString::fromStdString(k);
        return out;
    };
    QStringList p = toList(params), t = toList(tags), m = toList(metrics);
    if (p == m_paramKeys && t == m_tagKeys && m == m_metricKeys)
        return;
    m_paramKeys = p;
    m_tagKeys = t;
    m_metricKeys = m;
    emit keysChanged();
}

QList<RunColumn> RunTableModel::suggestedColumns(int maxParams, int maxMetrics) const
{
    // Keys most runs have come first; keys only a few runs have (the steps of a
    // pipeline, say) are left for the user to add.
    std::map<std::string, int> paramRuns, metricRuns;
    std::map<std::string, bool> varies;
    std::map<std::string, const ParamValue*> firstValue;
    for (const auto& r : m_runs) {
        for (const auto& [k, v] : r.params) {
            ++paramRuns[k];
            auto [it, fresh] = firstValue.emplace(k, &v);
            if (!fresh && !(*it->second == v))
                varies[k] = true;
        }
        for (const auto& s : r.series) {
            if (s.slice.empty())
                ++metricRuns[s.key];
        }
    }
    auto ranked = [&](const std::map<std::string, int>& counts, auto keep) {
        std::vector<std::pair<std::string, int>> v;
        for (const auto& [k, n] : counts) {
            if (2 * n >= int(m_runs.size()) && keep(k))
                v.emplace_back(k, n);
        }
        std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        return v;
    };
    QList<RunColumn> out;
    for (const auto& [k, n] : ranked(paramRuns, [&](const std::string& k) { return varies[k]; })) {
        if (out.size() == maxParams)
            break;
        out.append({Kind::Param, QString::fromStdString(k)});
    }
    int metrics = 0;
    for (const auto& [k, n] : ranked(metricRuns, [](const std::string&) { return true; })) {
        if (metrics++ == maxMetrics)
            break;
        out.append({Kind::MetricLast, QString::fromStdString(k)});
    }
    return out;
}

void RunTableModel::setUserColumns(const QList<RunColumn>& columns)
{
    beginResetModel();
    m_columns = RunColumn::fixedColumns();
    for (const auto& c : columns) {
        if (!c.isFixed() && !m_columns.contains(c))
            m_columns.append(c);
    }
    m_columnKeys.clear();
    for (const auto& c : m_columns)
        m_columnKeys.push_back(c.key.toStdString());
    endResetModel();
}

QList<int> RunTableModel::addUserColumns(const QList<RunColumn>& columns)
{
    // Params, then tags, then metrics: a param that arrives after the metrics still
    // stands with the params.
    auto rank = [](const RunColumn& c) { return c.kind == Kind::Param ? 0 : c.kind == Kind::Tag ? 1 : 2; };
    QList<int> added;
    for (const auto& c : columns) {
        if (c.isFixed() || m_columns.contains(c))
            continue;
        int at = int(m_columns.size());
        while (at > RunColumn::fixedColumns().size() && rank(m_columns[at - 1]) > rank(c))
            --at;
        beginInsertColumns({}, at, at);
        m_columns.insert(at, c);
        m_columnKeys.insert(m_columnKeys.begin() + at, c.key.toStdString());
        endInsertColumns();
        for (int& i : added)
            i += i >= at ? 1 : 0;
        added.append(at);
    }
    return added;
}

const RunRecord* RunTableModel::runAt(int row) const
{
    return row >= 0 && row < int(m_runs.size()) ? &m_runs[std::size_t(row)] : nullptr;
}

const RunRecord* RunTableModel::runById(const QString& uuid) const { return runAt(rowOf(uuid)); }

int RunTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_runs.size()); }

int RunTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole: return m_columns[section].heading();
    case HeaderGroupRole: return m_columns[section].group();
    case Qt::ToolTipRole: return m_columns[section].toolTip();
    case Qt::AccessibleTextRole: return m_columns[section].title(); // heard without the group line
    default: return {};
    }
}

Qt::ItemFlags RunTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    if (index.isValid() && m_columns[index.column()].kind == Kind::Name)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const RunRecord* run = runAt(index.row());
    if (!run || role != Qt::EditRole || m_columns[index.column()].kind != Kind::Name)
        return false;
    QString name = value.toString().trimmed();
    if (name.isEmpty() || name == QString::fromStdString(run->name))
        return false;
    emit renameRequested(QString::fromStdString(run->uuid), name);
    return false; // the row changes when the store has it
}

QStringList RunTableModel::mimeTypes() const { return {RunIdsMime::type(), QStringLiteral("text/plain")}; }

QMimeData* RunTableModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const auto& index : indexes) {
        if (const RunRecord* r = runAt(index.row())) {
            QString id = QString::fromStdString(r->uuid);
            if (!ids.contains(id))
                ids << id;
        }
    }
    auto* data = new QMimeData;
    RunIdsMime::write(data, ids);
    return data;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    const RunRecord* run = runAt(index.row());
    if (!run || index.column() >= m_columns.size())
        return {};
    const RunColumn& c = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return display(*run, c);
    case SortRole: return sortValue(*run, c);
    case RunIdRole: return QString::fromStdString(run->uuid);
    case Qt::DecorationRole:
        if (c.kind == Kind::Status)
            return StatusStyle::icon(run->status);
        if (c.kind == Kind::Name)
            return RunColors::swatch(RunColors::color(QString::fromStdString(run->uuid)));
        return {};
    case Qt::ToolTipRole:
        if (c.kind == Kind::Status)
            return StatusStyle::toolTip(*run);
        if (c.kind == Kind::Name)
            return tr("%1\nid %2").arg(QString::fromStdString(run->name), QString::fromStdString(run->uuid));
        return display(*run, c);
    case Qt::TextAlignmentRole:
        if (c.isMetric() || c.kind == Kind::Duration || sortValue(*run, c).typeId() == QMetaType::Double)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (run->archived) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default: return {};
    }
}

QVariant RunTableModel::display(const RunRecord& run, const RunColumn& c) const
{
    const std::string key = c.key.toStdString();
    switch (c.kind) {
    case Kind::Status: return StatusStyle::label(run.status);
    case Kind::Name: return QString::fromStdString(run.name);
    case Kind::Experiment: return QString::fromStdString(run.experiment);
    case Kind::Started:
        return QDateTime::fromMSecsSinceEpoch(qint64(run.startTime * 1000)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Kind::Duration: return StatusStyle::duration(run.duration());
    case Kind::Param: {
        auto it = run.params.find(key);
        return it == run.params.end() ? QVariant() : NumberFormat::param(it->second);
    }
    case Kind::Tag: {
        auto it = run.tags.find(key);
        return it == run.tags.end() ? QVariant() : QString::fromStdString(it->second);
    }
    default:
        if (!summaryOf(run, key))
            return {};
        return NumberFormat::value(metricValue(run, c, key));
    }
}

QVariant RunTableModel::sortValue(const RunRecord& run, const RunColumn& c) const
{
    const std::string key = c.key.toStdString();
    switch (c.kind) {
    case Kind::Status: return statusRank(run.status);
    case Kind::Name: return QString::fromStdString(run.name);
    case Kind::Experiment: return QString::fromStdString(run.experiment);
    case Kind::Started: return run.startTime;
    case Kind::Duration: return run.duration();
    case Kind::Param:
    case Kind::Tag: {
        std::string scratch;
        Scalar s = scalarOf(run, c, key, scratch);
        if (!s.present)
            return {};
        if (s.number)
            return *s.number;
        return QString::fromStdString(*s.text);
    }
    default: {
        double v = metricValue(run, c, key);
        return std::isnan(v) ? QVariant() : QVariant(v);
    }
    }
}

bool RunTableModel::hasValue(int row, int column) const
{
    const RunRecord* run = runAt(row);
    return run && column < m_columns.size() && sortValue(*run, m_columns[column]).isValid();
}

std::optional<int> RunTableModel::compare(int rowA, int rowB, int column) const
{
    const RunRecord& a = m_runs[std::size_t(rowA)];
    const RunRecord& b = m_runs[std::size_t(rowB)];
    const RunColumn& c = m_columns[column];
    const std::string& key = m_columnKeys[std::size_t(column)];
    switch (c.kind) {
    case Kind::Status: return cmp(statusRank(a.status), statusRank(b.status));
    case Kind::Name: return NaturalOrder::compare(a.name, b.name);
    case Kind::Experiment: return NaturalOrder::compare(a.experiment, b.experiment);
    case Kind::Started: return cmp(a.startTime, b.startTime);
    case Kind::Duration: {
        double da = a.duration(), db = b.duration();
        if (std::isnan(da) || std::isnan(db))
            return std::nullopt;
        return cmp(da, db);
    }
    case Kind::Param:
    case Kind::Tag: {
        std::string sa, sb;
        Scalar x = scalarOf(a, c, key, sa), y = scalarOf(b, c, key, sb);
        if (!x.present || !y.present)
            return std::nullopt;
        if (x.number && y.number)
            return cmp(*x.number, *y.number);
        if (x.number || y.number)
            return x.number ? -1 : 1; // numbers before text
        return NaturalOrder::compare(*x.text, *y.text);
    }
    default: {
        double va = metricValue(a, c, key), vb = metricValue(b, c, key);
        if (std::isnan(va) || std::isnan(vb))
            return std::nullopt;
        return cmp(va, vb);
    }
    }
}

const std::string& RunTableModel::searchText(int row) const
{
    std::string& s = m_search[std::size_t(row)];
    if (s.empty()) {
        const RunRecord& r = m_runs[std::size_t(row)];
        s = r.name + '\n' + r.uuid + '\n' + r.experiment;
        for (const auto& [k, v] : r.tags)
            s += '\n' + k + '=' + v;
        std::transform(s.begin(), s.end(), s.begin(), [](char ch) {
            return (ch >= 'A' && ch <= 'Z') ? char(ch - 'A' + 'a') : ch;
        });
    }
    return s;
}

} // namespace runlens

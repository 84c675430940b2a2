#include "runs/RunColumn.h"

#include "runs/QueryCompletion.h"

#include <QCoreApplication>

namespace runlens {

namespace {

struct KindName {
    RunColumn::Kind kind;
    const char* name;
};
constexpr KindName kNames[] = {
    {RunColumn::Kind::Status, "status"},         {RunColumn::Kind::Name, "name"},
    {RunColumn::Kind::Experiment, "experiment"}, {RunColumn::Kind::Started, "started"},
    {RunColumn::Kind::Duration, "duration"},     {RunColumn::Kind::Param, "param"},
    {RunColumn::Kind::Tag, "tag"},               {RunColumn::Kind::MetricLast, "metric.last"},
    {RunColumn::Kind::MetricMin, "metric.min"},  {RunColumn::Kind::MetricMax, "metric.max"},
};

} // namespace

QString RunColumn::heading() const
{
    switch (kind) {
    case Kind::Status: return tr("Status");
    case Kind::Name: return tr("Name");
    case Kind::Experiment: return tr("Experiment");
    case Kind::Started: return tr("Started");
    case Kind::Duration: return tr("Duration");
    case Kind::Param:
    case Kind::Tag:
    case Kind::MetricLast: return key;
    case Kind::MetricMin: return tr("%1 (min)").arg(key);
    case Kind::MetricMax: return tr("%1 (max)").arg(key);
    }
    return key;
}

QString RunColumn::group() const
{
    switch (kind) {
    case Kind::Param: return tr("Params");
    case Kind::Tag: return tr("Tags");
    case Kind::MetricLast:
    case Kind::MetricMin:
    case Kind::MetricMax: return tr("Metrics");
    default: return {};
    }
}

QString RunColumn::title() const
{
    if (isFixed())
        return heading();
    // The query language's spelling: the one name of a column users also type.
    const QString field = QueryCompletion::field(kind == Kind::Param ? QStringLiteral("params.")
                                                 : kind == Kind::Tag ? QStringLiteral("tags.")
                                                                     : QStringLiteral("metrics."),
                                                 key);
    switch (kind) {
    case Kind::MetricMin: return tr("%1 (min)").arg(field);
    case Kind::MetricMax: return tr("%1 (max)").arg(field);
    default: return field;
    }
}

QString RunColumn::toolTip() const
{
    switch (kind) {
    case Kind::Param: return tr("Parameter %1 (query: %2)").arg(key, title());
    case Kind::Tag: return tr("Tag %1 (query: %2)").arg(key, title());
    case Kind::MetricLast: return tr("Last value of the metric %1 (query: %2)").arg(key, title());
    case Kind::MetricMin: return tr("Smallest value of the metric %1").arg(key);
    case Kind::MetricMax: return tr("Largest value of the metric %1").arg(key);
    default: return title();
    }
}

QString RunColumn::toString() const
{
    for (const auto& n : kNames) {
        if (n.kind == kind)
            return isFixed() ? QString::fromLatin1(n.name) : QString::fromLatin1(n.name) + QLatin1Char(':') + key;
    }
    return {};
}

std::optional<RunColumn> RunColumn::fromString(const QString& text)
{
    int colon = text.indexOf(QLatin1Char(':'));
    QString head = colon < 0 ? text : text.left(colon);
    for (const auto& n : kNames) {
        if (head != QLatin1String(n.name))
            continue;
        RunColumn c{n.kind, colon < 0 ? QString() : text.mid(colon + 1)};
        if (c.isFixed() != (colon < 0) || (!c.isFixed() && c.key.isEmpty()))
            return std::nullopt;
        return c;
    }
    return std::nullopt;
}

QList<RunColumn> RunColumn::fixedColumns()
{
    return {{Kind::Status, {}}, {Kind::Name, {}}, {Kind::Experiment, {}}, {Kind::Started, {}}, {Kind::Duration, {}}};
}

} // namespace runlens

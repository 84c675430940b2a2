#include "compare/CompareGrouping.h"

#include <QStringList>

#include <map>
#include <set>

namespace runlens {

std::vector<RunGroup> CompareGrouping::apply(const std::vector<RunRecord>& runs) const
{
    switch (mode) {
    case Mode::EachRun: return RunGroup::each(runs);
    case Mode::Config: return RunGroup::byConfig(runs);
    case Mode::Param: return RunGroup::byParam(runs, key);
    case Mode::Tag: return RunGroup::byTag(runs, key);
    }
    return RunGroup::each(runs);
}

QString CompareGrouping::label() const
{
    switch (mode) {
    case Mode::EachRun: return tr("One column per run");
    case Mode::Config: return tr("Same config except seed");
    case Mode::Param: return tr("By param %1").arg(QString::fromStdString(key));
    case Mode::Tag: return tr("By tag %1").arg(QString::fromStdString(key));
    }
    return {};
}

std::vector<CompareGrouping> CompareGrouping::choices(const std::vector<RunRecord>& runs)
{
    std::vector<CompareGrouping> out{{Mode::EachRun, {}}};
    if (RunGroup::byConfig(runs).size() < runs.size())
        out.push_back({Mode::Config, {}});
    std::map<std::string, std::set<std::string>> params, tags;
    for (const auto& run : runs) {
        for (const auto& [k, v] : run.params)
            params[k].insert(v.toString());
        for (const auto& [k, v] : run.tags)
            tags[k].insert(v);
    }
    // A key some runs lack still splits them ("(none)" is a value).
    auto worthIt = [&](const std::set<std::string>& values, std::size_t have) {
        return values.size() + (have < runs.size() ? 1 : 0) >= 2 && values.size() < runs.size() + 1;
    };
    auto count = [&](auto member, const std::string& key) {
        std::size_t n = 0;
        for (const auto& run : runs)
            n += (run.*member).count(key);
        return n;
    };
    for (const auto& [k, values] : params)
        if (worthIt(values, count(&RunRecord::params, k)))
            out.push_back({Mode::Param, k});
    for (const auto& [k, values] : tags)
        if (worthIt(values, count(&RunRecord::tags, k)))
            out.push_back({Mode::Tag, k});
    return out;
}

QColor CompareGrouping::color(const RunGroup& group, const RunColorFunction& runColor)
{
    if (group.runs.empty() || !runColor)
        return QColor(Qt::gray);
    return runColor(QString::fromStdString(group.runs.front().uuid));
}

QStringList CompareGrouping::runIds(const RunGroup& group)
{
    QStringList ids;
    for (const auto& run : group.runs)
        ids << QString::fromStdString(run.uuid);
    return ids;
}

} // namespace runlens

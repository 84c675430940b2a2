#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace runlens {

// One column of the runs table: a fixed one (status, name, …) or a user-chosen param,
// tag or metric summary. Saved in QSettings as text such as "param:lr" or
// "metric.max:val/acc".
struct RunColumn {
    Q_DECLARE_TR_FUNCTIONS(runlens::RunColumn)

public:
    enum class Kind { Status, Name, Experiment, Started, Duration, Param, Tag, MetricLast, MetricMin, MetricMax };

    Kind kind = Kind::Name;
    QString key; // for params, tags and metrics

    bool isFixed() const { return kind < Kind::Param; }
    bool isMetric() const { return kind >= Kind::MetricLast; }
    // What a menu calls the column; a param and a metric of the same key differ:
    // "Status", "params.lr", "metrics.lr", "metrics.lr (min)", "tags.team" (the query
    // language's spelling, which users type in the query bar).
    QString title() const;
    // The header's two lines: the group over the key ("Params", "Metrics", "Tags"; ""
    // for the fixed columns) and the heading under it ("lr", "lr (min)", "Status").
    QString group() const;
    QString heading() const;
    QString toolTip() const;
    QString toString() const;
    static std::optional<RunColumn> fromString(const QString& text);
    static QList<RunColumn> fixedColumns();

    bool operator==(const RunColumn& o) const { return kind == o.kind && key == o.key; }
};

} // namespace runlens

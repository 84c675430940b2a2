#pragma once

#include "runlens/compare/RunGroup.h"
#include "runlens/model/RunRecord.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace runlens {

// The colour of a run, by uuid: the app's one colour per run (RunColors in the main
// window). The comparison views take it as a function and use nothing else.
using RunColorFunction = std::function<QColor(const QString& runId)>;

// How the compared runs become columns: one per run, one per configuration (all seeds
// of a config together), or one per value of a param or tag. Uses core's RunGroup.
struct CompareGrouping {
    Q_DECLARE_TR_FUNCTIONS(runlens::CompareGrouping)
public:
    enum class Mode { EachRun, Config, Param, Tag };

    Mode mode = Mode::EachRun;
    std::string key; // the param or tag for Param / Tag

    std::vector<RunGroup> apply(const std::vector<RunRecord>& runs) const;
    QString label() const;
    bool operator==(const CompareGrouping& o) const { return mode == o.mode && key == o.key; }

    // The groupings worth offering for these runs: each run, by config when some runs
    // share a config, then every param and tag with at least two values.
    static std::vector<CompareGrouping> choices(const std::vector<RunRecord>& runs);

    // The colour of a column: its run's colour, or for a group the colour of its first
    // run, so a group of seeds is drawn in the colour its first seed has everywhere.
    static QColor color(const RunGroup& group, const RunColorFunction& runColor);
    // The uuids of a column's runs.
    static QStringList runIds(const RunGroup& group);
};

} // namespace runlens

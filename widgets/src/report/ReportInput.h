#pragma once

#include "runlens/model/RunRecord.h"

#include <QString>

#include <string>
#include <vector>

namespace runlens {

// What a report is about: the runs of the current selection, of a comparison or of an
// experiment, the baseline they are compared with, and how they were found.
struct ReportInput {
    std::vector<RunRecord> runs;
    std::string baselineId;  // uuid (or unique prefix) of the baseline run; "" = core's
                             // defaultBaseline (a column that can carry a comparison)
    QString query;           // the query the runs came from, shown on the title page
    QString storePath;       // shown on the title page
    QString scope;           // a few words on where the runs come from ("experiment mnist",
                             // "the 6 selected runs"); may be ""
};

} // namespace runlens

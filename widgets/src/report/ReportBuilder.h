#pragma once

#include "report/ReportDocument.h"
#include "report/ReportInput.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace runlens {

class StoreSession;
struct ReportContext;

// Turns runs into a ReportDocument: reads what the chosen sections need through the
// session (series for the curves, notes, artifacts, diagrams), compares the runs with
// core's Comparison and SliceTable, and formats numbers the way the comparison views do.
// Nothing is drawn yet: figures draw when a writer asks them to, so the document must
// not outlive the session.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportBuilder)
public:
    // fraction 0..1 of the sections built; return false to cancel.
    using Progress = std::function<bool(double fraction, const QString& step)>;

    explicit ReportBuilder(StoreSession* session);

    // nullopt with *error set when the baseline is not one of the runs, or on cancel
    // (*cancelled true). No runs is not an error: the document says so.
    std::optional<ReportDocument> build(const ReportInput& input, const ReportOptions& options,
                                        const Progress& progress = {}, QString* error = nullptr,
                                        bool* cancelled = nullptr);

    static QString defaultTitle();

private:
    bool prepare(ReportContext& ctx, QString* error);
    void addTitle(const ReportContext& ctx, ReportDocument& doc);

    StoreSession* m_session;
};

} // namespace runlens

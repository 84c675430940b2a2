#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace runlens {

class ReportDocument;
struct ReportContext;

// The parts a report can have, in the order they appear. The ids are what the CLI's
// --sections takes and what the dialog remembers.
enum class ReportSection { Title, Summary, Runs, Params, Metrics, Curves, Slices, Diagram, Notes, Artifacts };

// The sections of a report: their ids, headings and writers. A class, not a namespace,
// because it is the translation context of all section text.
class ReportSections {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportSections)
public:
    // Every section, in document order.
    static const QList<ReportSection>& all();
    // What a report has when the user did not choose: everything but the diagram
    // (which needs a diagram in the store) and the artifacts listing.
    static QList<ReportSection> defaults();
    // "title", "summary", "runs", "params", "metrics", "curves", "slices", "diagram",
    // "notes", "artifacts".
    static QString id(ReportSection section);
    static std::optional<ReportSection> fromId(const QString& id);
    // The heading in the user's language ("Learning curves").
    static QString title(ReportSection section);
    // "title,summary,runs" → sections in document order; unknown ids go to *unknown.
    static QList<ReportSection> parseList(const QString& text, QStringList* unknown);
    static QString idList(const QList<ReportSection>& sections);

    // Adds the section to the document, in the user's language, from what the
    // ReportContext gathered. The title page is the builder's own: nothing is added for it.
    static void write(ReportSection section, const ReportContext& ctx, ReportDocument& doc);

private:
    // The writers, one .cpp file each (ReportSummarySection.cpp, ...). They are members so
    // that every string of a report's sections has one translation context.

    // The summary: what the runs are, how they ended, and per metric which run is best and by
    // how much it beats the baseline, with the verdicts of the statistical tests for groups.
    static void addSummary(const ReportContext& ctx, ReportDocument& doc);

    // The runs table: every run of the report, one row each, in its colour. Breaks across
    // pages like every table, so thousands of runs make a long table, not a broken one.
    static void addRuns(const ReportContext& ctx, ReportDocument& doc);

    // The params that differ between the compared columns (bold where a cell differs from
    // the baseline), then those every column shares. Read from CompareRowsModel, as on screen.
    static void addParams(const ReportContext& ctx, ReportDocument& doc);

    // Every metric with its value per column, the delta to the baseline coloured by the
    // metric's direction, and for groups the 95 % confidence interval and the verdict.
    // Read from CompareMetricsModel, so the numbers read as in the comparison view.
    static void addMetrics(const ReportContext& ctx, ReportDocument& doc);

    // One learning-curve chart per metric key (the keys most runs share first, up to
    // ReportOptions::maxCurveKeys; the others are listed), drawn by the app's MetricChart,
    // with a legend of run colours.
    static void addCurves(const ReportContext& ctx, ReportDocument& doc);

    // Per-slice results from core's SliceTable: per metric a chart (grouped bars for a few
    // columns, a heatmap for many) and a table with the flags of the comparison view.
    static void addSlices(const ReportContext& ctx, ReportDocument& doc);

    // The pipeline diagrams of the runs: the one the user chose, else the diagrams the store
    // keeps for the runs' pipelines, else one laid out from a pipeline run's tag (in memory;
    // a report never writes to the store). Drawn by DiagramExporter with live run states.
    static void addDiagram(const ReportContext& ctx, ReportDocument& doc);

    // Each run's notes, rendered from Markdown as text (QTextDocument), under the run's name.
    static void addNotes(const ReportContext& ctx, ReportDocument& doc);

    // The files runs stored, per run; images among them are drawn (the only raster
    // pictures a report has), up to ReportOptions::maxImages.
    static void addArtifacts(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace runlens {

// The parts a report can have, in the order they appear. The ids are what the CLI's
// --sections takes and what the dialog remembers.
enum class ReportSection { Title, Summary, Runs, Params, Metrics, Curves, Slices, Diagram, Notes, Artifacts };

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
};

} // namespace runlens

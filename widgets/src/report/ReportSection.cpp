#include "report/ReportSection.h"

namespace runlens {

const QList<ReportSection>& ReportSections::all()
{
    static const QList<ReportSection> sections = {
        ReportSection::Title,  ReportSection::Summary, ReportSection::Runs,    ReportSection::Params,
        ReportSection::Metrics, ReportSection::Curves, ReportSection::Slices,  ReportSection::Diagram,
        ReportSection::Notes,  ReportSection::Artifacts,
    };
    return sections;
}

QList<ReportSection> ReportSections::defaults()
{
    QList<ReportSection> out = all();
    out.removeAll(ReportSection::Diagram);
    out.removeAll(ReportSection::Artifacts);
    return out;
}

QString ReportSections::id(ReportSection section)
{
    switch (section) {
    case ReportSection::Title: return QStringLiteral("title");
    case ReportSection::Summary: return QStringLiteral("summary");
    case ReportSection::Runs: return QStringLiteral("runs");
    case ReportSection::Params: return QStringLiteral("params");
    case ReportSection::Metrics: return QStringLiteral("metrics");
    case ReportSection::Curves: return QStringLiteral("curves");
    case ReportSection::Slices: return QStringLiteral("slices");
    case ReportSection::Diagram: return QStringLiteral("diagram");
    case ReportSection::Notes: return QStringLiteral("notes");
    case ReportSection::Artifacts: return QStringLiteral("artifacts");
    }
    return {};
}

std::optional<ReportSection> ReportSections::fromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (ReportSection s : all())
        if (ReportSections::id(s) == wanted)
            return s;
    return std::nullopt;
}

QString ReportSections::title(ReportSection section)
{
    switch (section) {
    case ReportSection::Title: return tr("Title page");
    case ReportSection::Summary: return tr("Summary");
    case ReportSection::Runs: return tr("Runs");
    case ReportSection::Params: return tr("Parameters");
    case ReportSection::Metrics: return tr("Metrics");
    case ReportSection::Curves: return tr("Learning curves");
    case ReportSection::Slices: return tr("Per-slice results");
    case ReportSection::Diagram: return tr("Pipeline diagram");
    case ReportSection::Notes: return tr("Run notes");
    case ReportSection::Artifacts: return tr("Artifacts");
    }
    return {};
}

QList<ReportSection> ReportSections::parseList(const QString& text, QStringList* unknown)
{
    QList<ReportSection> chosen;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        if (auto s = fromId(part)) {
            if (!chosen.contains(*s))
                chosen.append(*s);
        } else if (unknown) {
            unknown->append(part.trimmed());
        }
    }
    // Document order, whatever order the user typed them in.
    QList<ReportSection> ordered;
    for (ReportSection s : all())
        if (chosen.contains(s))
            ordered.append(s);
    return ordered;
}

QString ReportSections::idList(const QList<ReportSection>& sections)
{
    QStringList ids;
    for (ReportSection s : sections)
        ids << id(s);
    return ids.join(QLatin1Char(','));
}

void ReportSections::write(ReportSection section, const ReportContext& ctx, ReportDocument& doc)
{
    switch (section) {
    case ReportSection::Title: break;
    case ReportSection::Summary: addSummary(ctx, doc); break;
    case ReportSection::Runs: addRuns(ctx, doc); break;
    case ReportSection::Params: addParams(ctx, doc); break;
    case ReportSection::Metrics: addMetrics(ctx, doc); break;
    case ReportSection::Curves: addCurves(ctx, doc); break;
    case ReportSection::Slices: addSlices(ctx, doc); break;
    case ReportSection::Diagram: addDiagram(ctx, doc); break;
    case ReportSection::Notes: addNotes(ctx, doc); break;
    case ReportSection::Artifacts: addArtifacts(ctx, doc); break;
    }
}

} // namespace runlens

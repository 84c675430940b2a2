#include "report/ReportSection.h"

#include "diagram/DiagramAutoLayout.h"
#include "diagram/DiagramRunBinder.h"
#include "report/ReportContext.h"
#include "report/ReportDiagramFigure.h"
#include "report/ReportDocument.h"
#include "common/StoreSession.h"

#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/PipelineDescription.h"
#include "runlens/diagram/PipelineDiagram.h"

#include <algorithm>
#include <set>

namespace runlens {

namespace {

constexpr std::size_t kMaxDiagrams = 4;

// The pipeline parent runs behind the report's runs: runs that describe a pipeline, and
// the parents of pipeline steps.
std::vector<std::string> pipelineRuns(const ReportContext& ctx)
{
    std::vector<std::string> out;
    auto add = [&](const std::string& uuid) {
        if (!uuid.empty() && std::find(out.begin(), out.end(), uuid) == out.end())
            out.push_back(uuid);
    };
    for (const auto& r : ctx.runs()) {
        if (r.tags.count(PipelineDescription::kTag))
            add(r.uuid);
        add(r.parentUuid);
    }
    return out;
}

std::optional<Diagram> diagramOf(StoreSession* session, const std::string& runId)
{
    if (auto info = session->diagramOfRun(QString::fromStdString(runId)))
        return session->loadDiagram(QString::fromStdString(info->uuid));
    auto run = session->run(QString::fromStdString(runId));
    if (!run)
        return std::nullopt;
    auto steps = session->pipelineSteps(*run);
    if (steps.empty())
        return std::nullopt;
    // Laid out in memory for the report only: a report never writes to the store.
    return DiagramAutoLayout::arranged(PipelineDiagram::create(run->name + " pipeline", steps, run->uuid));
}

std::map<std::string, DiagramLiveState> statesOf(StoreSession* session, const Diagram& diagram)
{
    DiagramDocument document(diagram);
    DiagramRunBinder binder(session, &document);
    if (!diagram.sourceRun.empty())
        binder.setParentRun(QString::fromStdString(diagram.sourceRun));
    binder.refresh();
    std::map<std::string, DiagramLiveState> states;
    for (const auto& node : diagram.nodes)
        states[node.id] = binder.state(node.id);
    return states;
}

} // namespace

void ReportSections::addDiagram(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Diagram), 1);
    if (!ctx.session || !ctx.session->isOpen()) {
        doc.paragraph(tr("No store is open."), ReportBlock::Tone::Muted);
        return;
    }
    std::vector<Diagram> diagrams;
    QStringList problems;
    if (!ctx.options.diagramId.isEmpty()) {
        if (auto d = ctx.session->loadDiagram(ctx.options.diagramId))
            diagrams.push_back(std::move(*d));
        else
            problems << ctx.session->lastError();
    } else {
        for (const auto& runId : pipelineRuns(ctx)) {
            if (diagrams.size() == kMaxDiagrams)
                break;
            try {
                if (auto d = diagramOf(ctx.session, runId))
                    diagrams.push_back(std::move(*d));
            } catch (const std::exception& e) {
                problems << QString::fromStdString(e.what()); // a malformed pipeline description
            }
        }
    }
    for (const QString& p : problems)
        doc.paragraph(tr("A diagram could not be drawn: %1").arg(p), ReportBlock::Tone::Warning);
    if (diagrams.empty()) {
        doc.paragraph(tr("None of the runs belongs to a pipeline with a diagram."), ReportBlock::Tone::Muted);
        return;
    }
    for (const Diagram& d : diagrams) {
        doc.heading(QString::fromStdString(d.name), 2);
        doc.figures({std::make_shared<ReportDiagramFigure>(d, statesOf(ctx.session, d))}, 1);
    }
}

} // namespace runlens

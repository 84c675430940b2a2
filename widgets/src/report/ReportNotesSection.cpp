#include "report/ReportSection.h"

#include "report/ReportContext.h"
#include "report/ReportDocument.h"

namespace runlens {

void ReportSections::addNotes(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Notes), 1);
    int written = 0;
    for (const auto& run : ctx.runs()) {
        QString notes = QString::fromStdString(run.notes).trimmed();
        if (notes.isEmpty())
            continue;
        doc.heading(tr("%1 (%2)").arg(ReportContext::runName(run), QString::fromStdString(run.uuid.substr(0, 8))), 2);
        doc.markdown(notes);
        ++written;
    }
    if (written == 0)
        doc.paragraph(tr("None of the runs has notes. Notes are written in the app (Edit → Notes…) in Markdown."),
                      ReportBlock::Tone::Muted);
}

} // namespace runlens

#include "report/ReportSection.h"

#include "report/ReportContext.h"
#include "report/ReportDocument.h"
#include "common/StatusStyle.h"

#include <QDateTime>
#include <QLocale>

namespace runlens {

void ReportSections::addRuns(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Runs), 1);
    using C = ReportColumn;
    auto t = std::make_shared<ReportTable>(std::vector<ReportColumn>{
        C::text(tr("Run"), 2), C::fixed(tr("Id")), C::text(tr("Experiment")), C::fixed(tr("Status")),
        C::fixed(tr("Started")), C::number(tr("Duration")), C::number(tr("Params")), C::number(tr("Metrics"))});
    const auto& runs = ctx.runs();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const RunRecord& r = runs[i];
        ReportCell name(ReportContext::runName(r));
        name.swatch = ReportContext::runColor(r);
        name.bold = i == ctx.baselineRun;
        int metrics = 0;
        for (const auto& s : r.series)
            metrics += s.slice.empty() ? 1 : 0;
        QString started = QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(r.startTime)),
                                             QStringLiteral("yyyy-MM-dd HH:mm"));
        t->addRow({name, QString::fromStdString(r.uuid.substr(0, 8)), QString::fromStdString(r.experiment),
                   StatusStyle::label(r.status), started, StatusStyle::duration(r.duration()),
                   QString::number(r.params.size()), QString::number(metrics)});
    }
    t->caption = tr("%n run(s); the baseline is in bold. Each run keeps its colour in every chart.", nullptr,
                    int(runs.size()));
    doc.table(t);
}

} // namespace runlens

#pragma once

#include "report/ReportBlock.h"

#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

namespace runlens {

// A report as data: a title with its facts (date, store, query, run count) and blocks in
// reading order. Built once by ReportBuilder; ReportPdfWriter and ReportHtmlWriter both
// write it, so the two formats say the same.
class ReportDocument {
public:
    // Changes when the layout of what the writers produce changes in a way a reader of
    // the files would notice; written into the PDF and HTML metadata.
    static constexpr int kFormatVersion = 1;

    QString title;
    QDateTime created;
    QList<QPair<QString, QString>> facts; // title page: ("Store", "/data/runs.db"), …
    bool titlePage = true;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    std::vector<ReportBlock> blocks;

    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text, ReportBlock::Tone tone = ReportBlock::Tone::Normal);
    void table(std::shared_ptr<ReportTable> table);
    // A table that explains what follows (a legend): kept on a page with its start.
    void legend(std::shared_ptr<ReportTable> table);
    void figures(std::vector<std::shared_ptr<ReportFigure>> figures, int perRow);
    void markdown(const QString& source);
    void pageBreak();

    int figureCount() const;
    bool hasRasterFigures() const;
};

} // namespace runlens

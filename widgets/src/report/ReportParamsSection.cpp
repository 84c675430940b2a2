#include "report/ReportSection.h"

#include "compare/CompareRowsModel.h"
#include "report/ReportContext.h"
#include "report/ReportDocument.h"

namespace runlens {

namespace {

constexpr int kParamsPerTurnedTable = 6;

QString text(const CompareRowsModel& m, int row, int column) { return m.data(m.index(row, column)).toString(); }

ReportCell valueCell(const CompareRowsModel& m, int row, int column)
{
    ReportCell cell(text(m, row, column));
    cell.bold = m.data(m.index(row, column), CompareRowsModel::DiffersFromBaselineRole).toBool();
    return cell;
}

// Params down, columns across: what the comparison view shows, for a few columns.
std::shared_ptr<ReportTable> matrix(const CompareRowsModel& m, const QVector<int>& rows, const QVector<QColor>&)
{
    std::vector<ReportColumn> cols{ReportColumn::text(m.headerData(0, Qt::Horizontal).toString())};
    for (int c = 1; c < m.columnCount(); ++c)
        cols.push_back(ReportColumn::text(m.headerData(c, Qt::Horizontal).toString()));
    auto t = std::make_shared<ReportTable>(cols);
    for (int r : rows) {
        std::vector<ReportCell> cells{ReportCell(text(m, r, 0))};
        for (int c = 1; c < m.columnCount(); ++c)
            cells.push_back(valueCell(m, r, c));
        t->addRow(cells);
    }
    return t;
}

// Columns down, params across in chunks: many runs stay readable, one row each.
std::vector<std::shared_ptr<ReportTable>> turned(const CompareRowsModel& m, const QVector<int>& rows,
                                                 const QVector<QColor>& colors)
{
    std::vector<std::shared_ptr<ReportTable>> tables;
    for (int from = 0; from < rows.size(); from += kParamsPerTurnedTable) {
        QVector<int> part = rows.mid(from, kParamsPerTurnedTable);
        std::vector<ReportColumn> cols{ReportColumn::text(ReportSections::tr("Run"), 2)};
        for (int r : part)
            cols.push_back(ReportColumn::text(text(m, r, 0)));
        auto t = std::make_shared<ReportTable>(cols);
        for (int c = 1; c < m.columnCount(); ++c) {
            ReportCell name(m.headerData(c, Qt::Horizontal).toString());
            name.swatch = colors.value(c - 1);
            std::vector<ReportCell> cells{name};
            for (int r : part)
                cells.push_back(valueCell(m, r, c));
            t->addRow(cells);
        }
        tables.push_back(t);
    }
    return tables;
}

} // namespace

void ReportSections::addParams(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Params), 1);
    if (!ctx.comparison || ctx.comparison->params.empty()) {
        doc.paragraph(tr("None of the runs logged a parameter."), ReportBlock::Tone::Muted);
        return;
    }
    CompareRowsModel model(CompareRowsModel::Kind::Params);
    model.setComparison(*ctx.comparison, ctx.columnColors);
    QVector<int> differing, same;
    for (int r = 0; r < model.rowCount(); ++r)
        (model.data(model.index(r, 0), CompareRowsModel::DiffersRole).toBool() ? differing : same) << r;
    const bool single = ctx.columns.size() < 2;
    if (!differing.isEmpty() && !single) {
        doc.heading(tr("Differences"), 2);
        if (int(ctx.columns.size()) <= ctx.matrixColumns()) {
            auto t = matrix(model, differing, ctx.columnColors);
            t->caption = tr("Bold: differs from the baseline. A dash: the run did not log the param.");
            doc.table(t);
        } else {
            auto tables = turned(model, differing, ctx.columnColors);
            tables.back()->caption = tr("%n param(s) differ between the runs; bold: differs from the baseline.",
                                        nullptr, int(differing.size()));
            for (auto& t : tables)
                doc.table(t);
        }
    } else if (!single) {
        doc.paragraph(tr("Every run has the same parameters."));
    }
    if (!same.isEmpty()) {
        doc.heading(single ? tr("Values") : tr("The same in every run"), 2);
        auto t = std::make_shared<ReportTable>(
            std::vector<ReportColumn>{ReportColumn::text(tr("Param")), ReportColumn::text(tr("Value"))});
        for (int r : same)
            t->addRow({text(model, r, 0), text(model, r, 1)});
        doc.table(t);
    }
}

} // namespace runlens

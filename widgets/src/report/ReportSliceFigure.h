#pragma once

#include "report/ReportFigure.h"

#include "runlens/compare/SliceTable.h"

#include <QColor>
#include <QVector>

namespace runlens {

// A per-slice chart of one metric, drawn by the comparison view's own charts: grouped
// bars (SliceBarChart) for a few columns, a heatmap of slices × columns (SliceHeatmap)
// for many.
class ReportSliceFigure : public ReportFigure {
public:
    enum class Kind { Bars, Heatmap };

    ReportSliceFigure(Kind kind, SliceTable table, QString key, QVector<QColor> colors);

    QSizeF size(double width) const override;
    void render(QPainter& painter, const QRectF& rect) override;
    QString description() const override;

private:
    Kind m_kind;
    SliceTable m_table;
    QString m_key;
    QVector<QColor> m_colors;
};

} // namespace runlens

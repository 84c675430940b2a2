#pragma once

#include "runlens/compare/ParamImportance.h"

#include <qcustomplot.h>

namespace runlens {

// Horizontal bars of the permutation importance per param (largest on top) with error
// bars of ± one standard deviation over the shuffles. When core says the model is no
// better than the mean the bars are drawn grey: they are noise. Hover a bar for its
// numbers; render() draws the same chart for the report.
class ImportanceChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit ImportanceChart(QWidget* parent = nullptr);

    void setResult(const ParamImportance& result);
    void render(QPainter& painter, const QRectF& rect);

    QCPBars* bars() const { return m_bars; }
    QCPErrorBars* errorBars() const { return m_errors; }
    QString toolTipAt(const QPointF& pos) const;

protected:
    bool event(QEvent* event) override;

private:
    QCPBars* m_bars = nullptr;
    QCPErrorBars* m_errors = nullptr;
    ParamImportance m_result;
};

} // namespace runlens

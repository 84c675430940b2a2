#pragma once

#include "runlens/model/RunRecord.h"
#include "runlens/model/RunRecord.h"

#include <qcustomplot.h>

namespace runlens {

class StoreSession;

// The slice curves of one run: one line per slice of a metric over steps, and the
// overall curve thick on top, so a slice that falls behind during training shows
// where it starts. Slices get colours of their own (they are not runs); the overall
// line is drawn in the run's colour. Hover shows every slice's value at that step.
class SliceCurvesChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit SliceCurvesChart(QWidget* parent = nullptr);

    // Reads the run's series of key (overall and every slice) from the store.
    void setRun(StoreSession* session, const RunRecord& run, const QString& key, const QColor& runColor);
    void clearRun();
    void render(QPainter& painter, const QRectF& rect);

    // The slice names drawn, in legend order ("overall" first).
    QStringList lineNames() const;
    QString toolTipAt(const QPointF& pos) const;

protected:
    bool event(QEvent* event) override;

private:
    QString m_runName;
};

} // namespace runlens

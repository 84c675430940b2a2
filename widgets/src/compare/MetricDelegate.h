#pragma once

#include <QStyledItemDelegate>

namespace runlens {

// Draws a metric cell of the comparison in up to three lines: the value (groups:
// mean ± std), the delta to the baseline coloured better / worse, and for groups the
// 95 % confidence interval in a quieter colour. Reads CompareMetricsModel's roles;
// the background (better / worse tint) is the model's BackgroundRole.
class MetricDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MetricDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The lines a cell shows (value, delta, interval), without the empty ones.
    static QStringList lines(const QModelIndex& index);
};

} // namespace runlens

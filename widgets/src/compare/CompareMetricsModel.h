#pragma once

#include "runlens/compare/Comparison.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVector>

#include <optional>

namespace runlens {

// The metric rows of a Comparison: column 0 the metric key (with its direction), then
// one column per run or group showing the compared value (groups: mean ± std), the
// delta to the baseline and, for groups, the 95 % confidence interval. Cells are
// coloured by core's CompareMark: the verdict's better / worse where a test was
// possible, a lighter tint and an arrow glyph where not (one run on a side), nothing
// for a difference inside the noise or a metric without a direction. MetricDelegate draws the lines; the roles below carry what it needs, and
// what tests and the report read.
class CompareMetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // double: the compared value (group: mean)
        DeltaRole,                    // double: value − baseline
        RelDeltaRole,                 // double: delta / |baseline|
        ChangeRole,                   // int: CompareChange
        DeltaTextRole,                // "+0.025 (+2.8 %)", "baseline", ""
        IntervalTextRole,             // groups: "95 % CI [0.90, 0.92]"
        VerdictRole,                  // translated verdict sentence, "" when there is none
        IsBaselineRole,               // bool
        DirectionRole,                // int: MetricDirection (any column)
        DirectionChosenRole,          // bool: set by the user, not the name rule
        SortRole,                     // column 0: key; others: value
        KeyRole,                      // the metric key
        MarkRole                      // int: CompareMark (what the cell is coloured by)
    };

    explicit CompareMetricsModel(QObject* parent = nullptr);

    void setComparison(const Comparison& comparison, const QVector<QColor>& columnColors);
    const Comparison& comparison() const { return m_cmp; }
    // Whether any column is a group of more than one run (cells then show std and CI).
    bool hasGroups() const { return m_hasGroups; }
    // The metric row at a model row, or nullptr.
    const CompareMetricRow* metricRow(int row) const;
    // The translated verdicts of a metric row, one per column that has one, each with
    // the column's label.
    QList<QPair<QString, QString>> verdicts(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString directionText(MetricDirection direction, bool chosen);

private:
    QVariant keyData(const CompareMetricRow& row, int role) const;
    QVariant cellData(const CompareMetricRow& row, std::size_t column, int role) const;
    QString valueText(const CompareMetricCell& cell, std::size_t column) const;
    QString toolTip(const CompareMetricRow& row, std::size_t column) const;
    // "better (significant)", "not a significant difference", …: the cell's change
    // in the words its mark allows.
    static QString changeWords(const CompareMetricCell& cell);
    QString verdictText(const CompareMetricRow& row, std::size_t column) const;

    Comparison m_cmp;
    QVector<QColor> m_colors;
    bool m_hasGroups = false;
};

} // namespace runlens

#pragma once

#include "compare/CompareMetricsModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTextBrowser;

namespace runlens {

class CompareFilterProxy;
class CompareTableView;

// The Metrics tab of the comparison: one row per metric key, the compared value per
// column with its delta to the baseline coloured by the metric's direction, and below
// the table the verdicts (Welch's test, in words) for the selected metric when columns
// are groups. Right-click a metric to say whether lower or higher is better.
class CompareMetricsPage : public QWidget {
    Q_OBJECT
public:
    // What directionRequested carries besides a MetricDirection: back to the name rule.
    static constexpr int AutomaticDirection = -1;

    explicit CompareMetricsPage(QWidget* parent = nullptr);

    void setComparison(const Comparison& comparison, const QVector<QColor>& columnColors);

    CompareMetricsModel* model() const { return m_model; }
    CompareFilterProxy* proxy() const { return m_proxy; }
    CompareTableView* table() const { return m_table; }
    // The verdict sentences shown for the current metric (empty without groups).
    QString verdictText() const;
    // The legend above the table (rich text): what each cell colour means.
    static QString legendText(const QPalette& palette);
    // Adds the direction choices for the metric at a (proxy) index to menu.
    void addDirectionActions(QMenu& menu, const QModelIndex& index);

signals:
    void baselineRequested(int column);
    // direction: int(MetricDirection) or AutomaticDirection.
    void directionRequested(const QString& key, int direction);

private:
    void showVerdicts();

    CompareMetricsModel* m_model;
    CompareFilterProxy* m_proxy;
    CompareTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_legend;
    QTextBrowser* m_verdicts;
    QString m_currentKey;
};

} // namespace runlens

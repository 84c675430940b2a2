#pragma once

#include "compare/CompareRowsModel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace runlens {

class CompareFilterProxy;
class CompareTableView;

// The Params (or Run info) tab of the comparison: a filter for keys, the "only
// differences" toggle and the table, rows that differ highlighted.
class CompareRowsPage : public QWidget {
    Q_OBJECT
public:
    CompareRowsPage(CompareRowsModel::Kind kind, QWidget* parent = nullptr);

    void setComparison(const Comparison& comparison, const QVector<QColor>& columnColors);
    void setOnlyDifferences(bool on);

    CompareRowsModel* model() const { return m_model; }
    CompareFilterProxy* proxy() const { return m_proxy; }
    CompareTableView* table() const { return m_table; }
    QCheckBox* onlyDifferencesBox() const { return m_onlyDiff; }

signals:
    void baselineRequested(int column);

private:
    void updateSummary();

    CompareRowsModel* m_model;
    CompareFilterProxy* m_proxy;
    CompareTableView* m_table;
    QLineEdit* m_filter;
    QCheckBox* m_onlyDiff;
    QLabel* m_summary;
};

} // namespace runlens

#include "compare/CompareMetricsModel.h"

#include "compare/CompareColors.h"
#include "compare/CompareTableView.h"
#include "compare/CompareFormat.h"
#include "compare/VerdictText.h"

#include "runlens/stats/NumericResolution.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {

// An arrow pointing the way that is better: up for "higher is better"; a level bar for
// a metric without a direction.
QIcon directionIcon(MetricDirection direction, bool chosen)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QColor c = QApplication::palette().color(QPalette::Text);
    p.setPen(QPen(c, chosen ? 2.2 : 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (direction == MetricDirection::Neutral) {
        p.drawLine(QPointF(3, 7), QPointF(11, 7));
        return QIcon(pm);
    }
    bool up = direction == MetricDirection::Max;
    double tip = up ? 2 : 12, tail = up ? 12 : 2, head = up ? 6.5 : 7.5;
    p.drawLine(QPointF(7, tip), QPointF(7, tail));
    p.drawLine(QPointF(7, tip), QPointF(3, head));
    p.drawLine(QPointF(7, tip), QPointF(11, head));
    return QIcon(pm);
}

QString html(const QString& s) { return s.toHtmlEscaped(); }

} // namespace

CompareMetricsModel::CompareMetricsModel(QObject* parent) : QAbstractTableModel(parent) {}

void CompareMetricsModel::setComparison(const Comparison& comparison, const QVector<QColor>& columnColors)
{
    beginResetModel();
    m_cmp = comparison;
    m_colors = columnColors;
    m_hasGroups = std::any_of(m_cmp.columns.begin(), m_cmp.columns.end(),
                              [](const RunGroup& g) { return g.runs.size() > 1; });
    endResetModel();
}

const CompareMetricRow* CompareMetricsModel::metricRow(int row) const
{
    return row >= 0 && row < rowCount() ? &m_cmp.metrics[std::size_t(row)] : nullptr;
}

int CompareMetricsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cmp.metrics.size());
}

int CompareMetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cmp.columns.size()) + 1;
}

QString CompareMetricsModel::directionText(MetricDirection direction, bool chosen)
{
    if (direction == MetricDirection::Neutral)
        return tr("no direction: differences are shown, never called better or worse");
    QString d = direction == MetricDirection::Max ? tr("higher is better") : tr("lower is better");
    return chosen ? tr("%1 (your choice)").arg(d) : tr("%1 (from the name)").arg(d);
}

QString CompareMetricsModel::valueText(const CompareMetricCell& cell, std::size_t column) const
{
    if (m_cmp.columns[column].runs.size() > 1 && cell.stats.n >= 2) {
        // Seeds with the same value differ by rounding only (5e-19): that reads as 0.
        double sd = cell.stats.stddev;
        if (std::fabs(sd) <= NumericResolution::at(cell.value))
            sd = 0;
        return tr("%1 ± %2").arg(CompareFormat::number(cell.value), CompareFormat::number(sd, 2));
    }
    return CompareFormat::number(cell.value);
}

QString CompareMetricsModel::verdictText(const CompareMetricRow& row, std::size_t column) const
{
    const auto& cell = row.cells[column];
    if (!cell.verdict)
        return {};
    const auto& candidate = m_cmp.columns[column];
    const auto& baseline = m_cmp.columns[m_cmp.baseline];
    // Sentences about seeds only when both sides are seeds; otherwise "runs".
    const std::string& noun = candidate.noun == baseline.noun ? candidate.noun : std::string("runs");
    return VerdictText::sentence(*cell.verdict, QString::fromStdString(row.key), QString::fromStdString(baseline.label),
                                 QString::fromStdString(candidate.label), noun);
}

QList<QPair<QString, QString>> CompareMetricsModel::verdicts(int row) const
{
    QList<QPair<QString, QString>> out;
    if (const auto* r = metricRow(row))
        for (std::size_t c = 0; c < r->cells.size(); ++c)
            if (QString v = verdictText(*r, c); !v.isEmpty())
                out.append({QString::fromStdString(m_cmp.columns[c].label), v});
    return out;
}

QString CompareMetricsModel::toolTip(const CompareMetricRow& row, std::size_t column) const
{
    const auto& cell = row.cells[column];
    const auto& group = m_cmp.columns[column];
    QString tip = QStringLiteral("<b>%1</b> — %2<br>").arg(html(QString::fromStdString(group.label)),
                                                             html(QString::fromStdString(row.key)));
    QString pick = CompareFormat::pickName(m_cmp.pick);
    tip += tr("compared value (%1): %2").arg(pick, CompareFormat::number(cell.value, 6)) + QStringLiteral("<br>");
    tip += tr("last %1 · best %2 · min %3 · max %4")
               .arg(CompareFormat::number(cell.last), CompareFormat::number(cell.best), CompareFormat::number(cell.min),
                    CompareFormat::number(cell.max));
    if (group.runs.size() > 1) {
        tip += QStringLiteral("<br>") + tr("%1 of %2 runs with a value; mean %3, std %4")
                                            .arg(cell.stats.n)
                                            .arg(group.runs.size())
                                            .arg(CompareFormat::number(cell.stats.mean), CompareFormat::number(cell.stats.stddev));
        tip += QStringLiteral("<br>") + tr("95 % confidence interval of the mean: %1")
                                            .arg(CompareFormat::interval(cell.stats.ciLow, cell.stats.ciHigh, 4));
        if (cell.stats.skipped > 0)
            tip += QStringLiteral("<br>") + tr("%n run(s) left out: NaN or infinite", nullptr, int(cell.stats.skipped));
    }
    if (column == m_cmp.baseline)
        tip += QStringLiteral("<br><i>") + tr("This is the baseline.") + QStringLiteral("</i>");
    else if (cell.change != CompareChange::Unknown)
        tip += QStringLiteral("<br>") + tr("delta to baseline: %1 — %2")
                                            .arg(CompareFormat::delta(cell.delta, cell.relDelta), changeWords(cell));
    if (QString v = verdictText(row, column); !v.isEmpty())
        tip += QStringLiteral("<br><br>") + html(v);
    return tip;
}

QString CompareMetricsModel::changeWords(const CompareMetricCell& cell)
{
    switch (cell.mark) {
    case CompareMark::Better: return tr("better (significant)");
    case CompareMark::Worse: return tr("worse (significant)");
    case CompareMark::LeansBetter: return tr("better by the metric's direction, untested (one run on a side)");
    case CompareMark::LeansWorse: return tr("worse by the metric's direction, untested (one run on a side)");
    case CompareMark::None: break;
    }
    switch (cell.change) {
    case CompareChange::Same: return tr("the same within numeric resolution");
    case CompareChange::Differs: return tr("different; the metric has no direction");
    case CompareChange::Better:
    case CompareChange::Worse: return tr("not a significant difference");
    case CompareChange::Unknown: break;
    }
    return {};
}

QVariant CompareMetricsModel::keyData(const CompareMetricRow& row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole: return QString::fromStdString(row.key);
    case Qt::DecorationRole: return directionIcon(row.direction, row.directionChosen);
    case Qt::ToolTipRole:
        return tr("%1: %2. Right-click to change.")
            .arg(QString::fromStdString(row.key), directionText(row.direction, row.directionChosen));
    case Qt::FontRole: {
        if (!row.directionChosen)
            return {};
        QFont f;
        f.setItalic(true);
        return f;
    }
    default: return {};
    }
}

QVariant CompareMetricsModel::cellData(const CompareMetricRow& row, std::size_t column, int role) const
{
    const CompareMetricCell& cell = row.cells[column];
    bool isBaseline = column == m_cmp.baseline;
    switch (role) {
    case Qt::DisplayRole: return valueText(cell, column);
    case Qt::EditRole:
    case ValueRole:
    case SortRole: return cell.value;
    case DeltaRole: return cell.delta;
    case RelDeltaRole: return cell.relDelta;
    case ChangeRole: return int(cell.change);
    case MarkRole: return int(cell.mark);
    case DeltaTextRole:
        return isBaseline ? tr("baseline") : CompareColors::withGlyph(cell.mark, CompareFormat::delta(cell.delta, cell.relDelta));
    case IntervalTextRole:
        if (m_cmp.columns[column].runs.size() < 2 || cell.stats.n < 2)
            return QString();
        return tr("95 % CI %1").arg(CompareFormat::interval(cell.stats.ciLow, cell.stats.ciHigh));
    case VerdictRole: return verdictText(row, column);
    case IsBaselineRole: return isBaseline;
    case Qt::BackgroundRole: {
        if (isBaseline)
            return {};
        QColor c = CompareColors::markBackground(cell.mark, QApplication::palette());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CompareMetricsModel::data(const QModelIndex& index, int role) const
{
    const CompareMetricRow* row = index.isValid() ? metricRow(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == DirectionRole)
        return int(row->direction);
    if (role == DirectionChosenRole)
        return row->directionChosen;
    if (role == KeyRole)
        return QString::fromStdString(row->key);
    if (index.column() == 0)
        return keyData(*row, role);
    return cellData(*row, std::size_t(index.column() - 1), role);
}

QVariant CompareMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Metric (%1)").arg(CompareFormat::pickName(m_cmp.pick)))
                                       : QVariant();
    std::size_t column = std::size_t(section - 1);
    if (column >= m_cmp.columns.size())
        return {};
    QString label = QString::fromStdString(m_cmp.columns[column].label);
    switch (role) {
    case Qt::DisplayRole:
        return column == m_cmp.baseline ? tr("%1 (baseline)").arg(label) : label;
    case Qt::DecorationRole:
        return column < std::size_t(m_colors.size()) ? QVariant(CompareColors::swatch(m_colors[int(column)])) : QVariant();
    case Qt::ToolTipRole:
        return column == m_cmp.baseline ? tr("%1 is the baseline.").arg(label)
                                        : tr("%1 — right-click to use as baseline.").arg(label);
    case Qt::FontRole: {
        if (column != m_cmp.baseline)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case CompareTableView::HeaderBaselineRole: return column == m_cmp.baseline;
    default: return {};
    }
}

} // namespace runlens

#include "compare/ImportanceModel.h"

#include "common/NumberFormat.h"
#include "compare/CompareFormat.h"

#include <cmath>

namespace runlens {

namespace {
QString correlation(const Correlation& c)
{
    if (!c.valid())
        return QStringLiteral("–");
    return QStringLiteral("%1 (%2)").arg(CompareFormat::number(c.r, 2), CompareFormat::pValue(c.pValue));
}
} // namespace

ImportanceModel::ImportanceModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportanceModel::setResult(const ParamImportance& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int ImportanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.entries.size());
}

int ImportanceModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ImportanceModel::display(const ParamImportance::Entry& e, int column) const
{
    switch (column) {
    case Param:
        return e.categorical ? tr("%1 (%n value(s))", nullptr, int(e.levels)).arg(QString::fromStdString(e.param))
                             : QString::fromStdString(e.param);
    case Share: return tr("%1 %").arg(NumberFormat::fixed(e.share * 100, 1));
    case Importance:
        return tr("%1 ± %2").arg(CompareFormat::number(e.importance, 3), CompareFormat::number(e.importanceStd, 2));
    case Pearson: return e.categorical ? QString() : correlation(e.pearson);
    case Spearman: return e.categorical ? QString() : correlation(e.spearman);
    case Ratio: return e.categorical ? correlation(e.ratio) : QString();
    case Coefficient: return e.categorical ? QString() : CompareFormat::signedNumber(e.coefficient);
    case Missing: return e.missing ? QString::number(e.missing) : QString();
    }
    return {};
}

QVariant ImportanceModel::sortValue(const ParamImportance::Entry& e, int column) const
{
    switch (column) {
    case Share: return e.share;
    case Importance: return e.importance;
    case Pearson: return e.categorical ? NAN : std::fabs(e.pearson.r);
    case Spearman: return e.categorical ? NAN : std::fabs(e.spearman.r);
    case Ratio: return e.categorical ? e.ratio.r : NAN;
    case Coefficient: return e.categorical ? NAN : std::fabs(e.coefficient);
    case Missing: return double(e.missing);
    default: return display(e, column);
    }
}

QString ImportanceModel::toolTip(const ParamImportance::Entry& e, int column) const
{
    switch (column) {
    case Share: return tr("This param's share of the summed importance of all params.");
    case Importance:
        return tr("How much the squared error of the model grows when %1 is shuffled across runs "
                  "(mean ± spread over the shuffles).")
            .arg(QString::fromStdString(e.param));
    case Pearson: return tr("Linear correlation with the metric, over the runs that have the param.");
    case Spearman: return tr("Rank correlation with the metric: any monotonic relation, robust to outliers.");
    case Ratio: return tr("Correlation ratio η: share of the metric's spread between the values of the param.");
    case Coefficient:
        return tr("Ridge coefficient: change of the metric per standard deviation of the param, "
                  "the other params held fixed.");
    case Missing: return tr("Runs without this param (filled with the mean, or the value \"(missing)\").");
    default: return {};
    }
}

QVariant ImportanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& e = m_result.entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(e, index.column());
    case SortRole: return sortValue(e, index.column());
    case Qt::ToolTipRole: return toolTip(e, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Param ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default: return {};
    }
}

QVariant ImportanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // In Column order.
    const QStringList titles{tr("Param"), tr("Share"), tr("Importance ± std"), tr("Pearson r"), tr("Spearman ρ"),
                             tr("η (categories)"), tr("Ridge coef."), tr("Missing")};
    return titles.value(section);
}

} // namespace runlens

#include "compare/MetricDelegate.h"

#include "compare/CompareColors.h"
#include "compare/CompareMetricsModel.h"

#include <QApplication>
#include <QPainter>

namespace runlens {

MetricDelegate::MetricDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QStringList MetricDelegate::lines(const QModelIndex& index)
{
    QStringList out{index.data().toString()};
    for (int role : {CompareMetricsModel::DeltaTextRole, CompareMetricsModel::IntervalTextRole})
        if (QString s = index.data(role).toString(); !s.isEmpty())
            out << s;
    return out;
}

void MetricDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background, selection and focus from the style; the text is ours.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    bool selected = opt.state & QStyle::State_Selected;
    QPalette pal = opt.palette;
    QRect r = opt.rect.adjusted(6, 3, -6, -3);
    QFontMetrics fm(opt.font);
    auto mark = CompareMark(index.data(CompareMetricsModel::MarkRole).toInt());
    bool baseline = index.data(CompareMetricsModel::IsBaselineRole).toBool();

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    int y = r.top();
    painter->drawText(QRect(r.left(), y, r.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(index.data().toString(), Qt::ElideLeft, r.width()));
    y += fm.height();

    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    QFontMetrics sfm(small);
    painter->setFont(small);
    if (QString delta = index.data(CompareMetricsModel::DeltaTextRole).toString(); !delta.isEmpty()) {
        QColor c = baseline ? CompareColors::changeText(CompareChange::Unknown, pal)
                            : CompareColors::markText(mark, pal);
        painter->setPen(selected ? pal.color(QPalette::HighlightedText) : c);
        painter->drawText(QRect(r.left(), y, r.width(), sfm.height()), Qt::AlignRight | Qt::AlignVCenter, delta);
        y += sfm.height();
    }
    if (QString ci = index.data(CompareMetricsModel::IntervalTextRole).toString(); !ci.isEmpty()) {
        painter->setPen(selected ? pal.color(QPalette::HighlightedText)
                                 : CompareColors::changeText(CompareChange::Unknown, pal));
        painter->drawText(QRect(r.left(), y, r.width(), sfm.height()), Qt::AlignRight | Qt::AlignVCenter, ci);
    }
    painter->restore();
}

QSize MetricDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == 0)
        return QStyledItemDelegate::sizeHint(option, index);
    QFontMetrics fm(option.font);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    QFontMetrics sfm(small);
    QStringList l = lines(index);
    int width = fm.horizontalAdvance(l.value(0));
    for (int i = 1; i < l.size(); ++i)
        width = std::max(width, sfm.horizontalAdvance(l[i]));
    return {width + 14, fm.height() + int(l.size() - 1) * sfm.height() + 8};
}

} // namespace runlens

#include "runs/RunHeaderView.h"

#include "runs/RunTableModel.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace runlens {

RunHeaderView::RunHeaderView(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
{
    // What QTableView does for the header it makes itself: a click sorts.
    setSectionsClickable(true);
}

QString RunHeaderView::groupOf(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, Qt::Horizontal, RunTableModel::HeaderGroupRole).toString()
                   : QString();
}

bool RunHeaderView::startsGroup(int section) const
{
    const QString group = groupOf(section);
    if (group.isEmpty())
        return false;
    // The nearest shown section to the left decides: moved or hidden columns count as
    // they are seen.
    for (int visual = visualIndex(section) - 1; visual >= 0; --visual) {
        const int left = logicalIndex(visual);
        if (!isSectionHidden(left))
            return groupOf(left) != group;
    }
    return true;
}

QFont RunHeaderView::groupFont() const
{
    QFont f = font();
    f.setPointSizeF(std::max(6.5, f.pointSizeF() * 0.85));
    return f;
}

int RunHeaderView::groupHeight() const { return QFontMetrics(groupFont()).height(); }

QSize RunHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    // Every section is as tall as one with a group, so the headings line up.
    size.rheight() += groupHeight();
    const QString group = groupOf(logicalIndex);
    if (!group.isEmpty())
        size.setWidth(std::max(size.width(), QFontMetrics(groupFont()).horizontalAdvance(group) + 12));
    return size;
}

void RunHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    initStyleOptionForIndex(&opt, logicalIndex);
    painter->save();
    style()->drawControl(QStyle::CE_HeaderSection, &opt, painter, this);
    // The heading sits under the group line; the fixed columns' too, so all line up.
    QStyleOptionHeader label = opt;
    label.rect = style()->subElementRect(QStyle::SE_HeaderLabel, &opt, this).adjusted(0, groupHeight(), 0, 0);
    style()->drawControl(QStyle::CE_HeaderLabel, &label, painter, this);
    if (opt.sortIndicator != QStyleOptionHeader::None) {
        QStyleOptionHeader arrow = opt;
        arrow.rect = style()->subElementRect(QStyle::SE_HeaderArrow, &opt, this);
        // Beside the heading, not over the group's name (Fusion puts it at the top).
        arrow.rect.moveTop(label.rect.center().y() - arrow.rect.height() / 2);
        style()->drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &arrow, painter, this);
    }
    if (startsGroup(logicalIndex)) {
        painter->setFont(groupFont());
        painter->setPen(palette().color(QPalette::PlaceholderText));
        const QRect top(rect.left() + 4, rect.top() + 2, rect.width() - 6, groupHeight());
        painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, groupOf(logicalIndex));
    }
    painter->restore();
}

} // namespace runlens

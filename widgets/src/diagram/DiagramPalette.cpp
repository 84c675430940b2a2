#include "diagram/DiagramPalette.h"

#include "diagram/DiagramKindStyle.h"
#include "diagram/DiagramMime.h"

#include <QMimeData>
#include <QStyle>

#include <algorithm>

namespace runlens {

DiagramPalette::DiagramPalette(QWidget* parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(24, 24));
    setUniformItemSizes(true);
    setSpacing(1);
    for (DiagramNodeKind kind : DiagramKindStyle::kinds()) {
        auto* item = new QListWidgetItem(DiagramKindStyle::icon(kind), DiagramKindStyle::name(kind), this);
        item->setData(Qt::UserRole, QString::fromUtf8(toString(kind).data(), int(toString(kind).size())));
        item->setToolTip(tr("<b>%1</b><br>%2<br><i>Drag onto the canvas, or double-click to add.</i>")
                             .arg(DiagramKindStyle::name(kind), DiagramKindStyle::description(kind)));
    }
    setTextElideMode(Qt::ElideNone);
    setCompact(false);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (auto kind = parseDiagramNodeKind(item->data(Qt::UserRole).toString().toStdString()))
            emit kindActivated(*kind);
    });
}

void DiagramPalette::setCompact(bool compact)
{
    m_compact = compact;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        const auto kind = parseDiagramNodeKind(it->data(Qt::UserRole).toString().toStdString());
        it->setText(compact || !kind ? QString() : DiagramKindStyle::name(*kind));
    }
    setFixedWidth(neededWidth());
}

int DiagramPalette::neededWidth() const
{
    // Icon, gaps and the frame, plus the longest name and a vertical scroll bar's room
    // (the list may be shorter than its items).
    const int chrome = iconSize().width() + 2 * frameWidth() + 4 * spacing() + 16 +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    if (m_compact)
        return chrome;
    int text = 0;
    for (DiagramNodeKind kind : DiagramKindStyle::kinds())
        text = std::max(text, fontMetrics().horizontalAdvance(DiagramKindStyle::name(kind)));
    return chrome + text + 8;
}

QStringList DiagramPalette::mimeTypes() const
{
    return {DiagramMime::kindType()};
}

QMimeData* DiagramPalette::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(DiagramMime::kindType(), items.front()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace runlens

#include "diagram/DiagramPalette.h"

#include "diagram/DiagramKindStyle.h"
#include "diagram/DiagramMime.h"

#include <QMimeData>

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
    setMinimumWidth(150);
    setMaximumWidth(220);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (auto kind = parseDiagramNodeKind(item->data(Qt::UserRole).toString().toStdString()))
            emit kindActivated(*kind);
    });
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

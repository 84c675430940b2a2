#pragma once

#include "runlens/diagram/DiagramNodeKind.h"

#include <QListWidget>

namespace runlens {

// The node kinds to drag onto the canvas (data source, validation, … note, group). A
// drag carries the kind's name as application/x-runlens-diagram-kind; a double-click
// or Enter asks for a node in the middle of the view instead.
class DiagramPalette : public QListWidget {
    Q_OBJECT
public:
    explicit DiagramPalette(QWidget* parent = nullptr);

signals:
    void kindActivated(runlens::DiagramNodeKind kind);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
};

} // namespace runlens

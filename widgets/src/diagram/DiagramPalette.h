#pragma once

#include "runlens/diagram/DiagramNodeKind.h"

#include <QListWidget>

namespace runlens {

// The node kinds to drag onto the canvas (data source, validation, … note, group). A
// drag carries the kind's name as application/x-runlens-diagram-kind; a double-click
// or Enter asks for a node in the middle of the view instead.
//
// As wide as its longest name, so none is cut; compact, it shows the icons alone (the
// names in their tooltips) and leaves the room to the canvas.
class DiagramPalette : public QListWidget {
    Q_OBJECT
public:
    explicit DiagramPalette(QWidget* parent = nullptr);

    bool isCompact() const { return m_compact; }
    void setCompact(bool compact);

signals:
    void kindActivated(runlens::DiagramNodeKind kind);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;

private:
    // The width that shows every name whole (or every icon, when compact).
    int neededWidth() const;

    bool m_compact = false;
};

} // namespace runlens

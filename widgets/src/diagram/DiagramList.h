#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolBar;

namespace runlens {

class StoreSession;

// The diagrams kept in the open store (DiagramStore), for a dock: New, Open
// (double-click or Enter), Rename (F2, in place) and Delete (with a question), also from
// the context menu. Opening is the editor's business: the list only asks for it.
class DiagramList : public QWidget {
    Q_OBJECT
public:
    explicit DiagramList(StoreSession* session, QWidget* parent = nullptr);

    QListWidget* listWidget() const { return m_list; }
    // Uuid of the selected diagram, "" when none.
    QString currentDiagram() const;
    void setCurrentDiagram(const QString& uuid);

public slots:
    // Reads the list from the store again (the editor saved, a store was opened).
    void reload();
    void createDiagram();
    void openSelected();
    void renameSelected();
    void deleteSelected();

signals:
    void openRequested(const QString& uuid);
    void renamed(const QString& uuid, const QString& name);
    void deleted(const QString& uuid);

private:
    void itemEdited(QListWidgetItem* item);
    void showContextMenu(const QPoint& pos);
    void updateActions();
    bool storeUsable() const;

    StoreSession* m_session;
    QListWidget* m_list;
    QAction* m_new;
    QAction* m_open;
    QAction* m_rename;
    QAction* m_delete;
    bool m_loading = false;
};

} // namespace runlens

#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QMainWindow;
class QMenu;

namespace runlens {

class StoreSession;

// Which store the window shows: File > Open Store…, New Store…, Open Team Store… and
// Open Recent, opening a store file dropped or passed in, and the window title that
// names the store. The session opens; this only chooses what.
class StoreActions : public QObject {
    Q_OBJECT
public:
    using ErrorFn = std::function<void(const QString&)>;

    StoreActions(StoreSession* session, QMainWindow* window, ErrorFn showError);

    // Adds the store entries at the top of the File menu.
    void addTo(QMenu* file);
    // Opens path (a file or a team store's URL); false with a message if it cannot.
    bool openStore(const QString& path);
    void openStoreDialog();
    // After the session changed stores: Recent Stores and the window's title.
    void storeShown();

    // A file whose SQLite header says it is a Runlens store (not an MLflow database).
    static bool isStoreFile(const QString& path);

private:
    void newStoreDialog();
    void teamStoreDialog();
    void rebuildRecentMenu();

    StoreSession* m_session;
    QMainWindow* m_window;
    ErrorFn m_showError;
    QMenu* m_recentMenu = nullptr;
};

} // namespace runlens

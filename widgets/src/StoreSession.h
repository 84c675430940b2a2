#pragma once

#include "runlens/Store.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace runlens {

// The GUI's one door to the store: wraps core's Store, turns its errors into
// messages for the window, and tells views when the store changed. Widgets never
// see SQL or sqlite3.
class StoreSession : public QObject {
    Q_OBJECT
public:
    explicit StoreSession(QObject* parent = nullptr);

    // Opens path (read-write, or read-only when the file is not writable). On failure
    // returns false and sets lastError(); the previous store stays open.
    bool open(const QString& path);
    bool isOpen() const { return m_store.has_value(); }
    QString path() const;
    bool isReadOnly() const;
    QString lastError() const { return m_lastError; }

    std::vector<ExperimentRecord> experiments();
    std::vector<RunRecord> runs(const RunFilter& filter = {});
    Store* store() { return m_store ? &*m_store : nullptr; }

    // Fills an empty store with the demo training runs.
    bool fillWithDemoData();

signals:
    void storeChanged();
    void errorOccurred(const QString& message);

private:
    void fail(const QString& message);

    std::optional<Store> m_store;
    QString m_lastError;
};

} // namespace runlens

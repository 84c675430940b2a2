#pragma once

#include <QObject>
#include <QStringList>

namespace runlens {

// The selected runs, in table order, and the current one (the last clicked): the one
// signal every view hooks into — curves, details, and later comparison, diagrams and
// reports. Set by the runs table; other views may set it too (a link to a child run).
class RunSelection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    QStringList uuids() const { return m_uuids; }
    QString current() const { return m_current; }
    bool isEmpty() const { return m_uuids.isEmpty(); }
    void set(const QStringList& uuids, const QString& current);

signals:
    void changed(const QStringList& uuids);
    void currentChanged(const QString& uuid);
    // Someone asked for these runs to be selected (the table does it, then set() follows).
    void selectRequested(const QStringList& uuids);

private:
    QStringList m_uuids;
    QString m_current;
};

} // namespace runlens

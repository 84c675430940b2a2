#include "diagram/DiagramRunChooser.h"

#include "common/StatusStyle.h"
#include "common/StoreSession.h"

#include <QAbstractItemView>
#include <QTimer>

#include <algorithm>
#include <utility>
#include <set>

namespace runlens {

DiagramRunChooser::DiagramRunChooser(StoreSession* session, QWidget* parent) : QComboBox(parent), m_session(session)
{
    // A fixed width in the toolbar (a long run label pushed the rest of the bar behind
    // its » menu); the list that opens is as wide as its labels.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    setToolTip(tr("Pipeline run: every step node shows the child run named after its step"));
    addItem(tr("(no pipeline run)"), QString());
    connect(this, &QComboBox::activated, this, [this](int) {
        emit runChosen(currentRun());
        if (m_then && !currentRun().isEmpty())
            std::exchange(m_then, {})(currentRun());
    });
}

QString DiagramRunChooser::currentRun() const
{
    return currentData().toString();
}

void DiagramRunChooser::setCurrentRun(const QString& uuid)
{
    const QSignalBlocker block(this);
    int i = findData(uuid);
    if (i < 0) {
        addItem(labelFor(uuid), uuid);
        i = count() - 1;
    }
    setCurrentIndex(i);
}

void DiagramRunChooser::chooseThen(std::function<void(const QString&)> then)
{
    m_then = std::move(then);
    showPopup();
}

void DiagramRunChooser::hidePopup()
{
    QComboBox::hidePopup();
    // A pick is reported (activated) right after the list closes; without one the
    // pending command is dropped.
    QTimer::singleShot(0, this, [this] { m_then = {}; });
}

void DiagramRunChooser::showPopup()
{
    reload();
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 2 * view()->frameWidth());
    QComboBox::showPopup();
}

void DiagramRunChooser::reload()
{
    const QString keep = currentRun();
    const QSignalBlocker block(this);
    clear();
    addItem(tr("(no pipeline run)"), QString());
    if (m_session && m_session->isOpen()) {
        auto runs = m_session->runs();
        std::set<std::string> parents;
        for (const auto& r : runs) {
            if (!r.parentUuid.empty())
                parents.insert(r.parentUuid);
        }
        std::sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) { return a.startTime > b.startTime; });
        for (const auto& r : runs) {
            if (!parents.count(r.uuid))
                continue;
            addItem(StatusStyle::icon(r.status),
                    tr("%1 (%2, %3)").arg(QString::fromStdString(r.name), QString::fromStdString(r.experiment),
                                         StatusStyle::time(r.startTime)),
                    QString::fromStdString(r.uuid));
        }
    }
    int i = findData(keep);
    if (i < 0 && !keep.isEmpty()) {
        addItem(labelFor(keep), keep);
        i = count() - 1;
    }
    setCurrentIndex(std::max(0, i));
}

QString DiagramRunChooser::labelFor(const QString& uuid)
{
    if (m_session && m_session->isOpen()) {
        if (auto r = m_session->run(uuid))
            return QString::fromStdString(r->name);
    }
    return tr("run %1").arg(uuid.left(8));
}

} // namespace runlens

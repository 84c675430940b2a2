#include "diagram/DiagramList.h"

#include "common/StatusStyle.h"
#include "common/StoreSession.h"
#include "common/StoreWatcher.h"


#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace runlens {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

DiagramList::DiagramList(StoreSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    m_new = bar->addAction(tr("New"), this, &DiagramList::createDiagram);
    m_new->setToolTip(tr("New empty diagram in the store"));
    m_open = bar->addAction(tr("Open"), this, &DiagramList::openSelected);
    m_rename = bar->addAction(tr("Rename"), this, &DiagramList::renameSelected);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = bar->addAction(tr("Delete"), this, &DiagramList::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_rename);
    addAction(m_delete);

    m_list = new QListWidget(this);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(m_list, &QListWidget::itemActivated, this, &DiagramList::openSelected);
    connect(m_list, &QListWidget::itemChanged, this, &DiagramList::itemEdited);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &DiagramList::showContextMenu);
    connect(m_list, &QListWidget::currentItemChanged, this, &DiagramList::updateActions);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_list);

    if (m_session) {
        connect(m_session->watcher(), &StoreWatcher::storeReset, this, &DiagramList::reload);
        connect(m_session->watcher(), &StoreWatcher::diagramsChanged, this, &DiagramList::reload);
    }
    reload();
}

bool DiagramList::storeUsable() const
{
    return m_session && m_session->isOpen();
}

QString DiagramList::currentDiagram() const
{
    auto* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DiagramList::setCurrentDiagram(const QString& uuid)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == uuid) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void DiagramList::reload()
{
    const QString keep = currentDiagram();
    m_loading = true;
    m_list->clear();
    if (storeUsable()) {
        // A store that cannot list them says why through the session.
        for (const auto& info : m_session->diagrams()) {
            auto* item = new QListWidgetItem(q(info.name), m_list);
            item->setData(Qt::UserRole, q(info.uuid));
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            QString tip = tr("Changed %1").arg(StatusStyle::time(info.updatedAt));
            if (!info.sourceRun.empty())
                tip += QStringLiteral("\n") + tr("Generated from pipeline run %1").arg(q(info.sourceRun).left(8));
            item->setToolTip(tip);
        }
    }
    m_loading = false;
    setCurrentDiagram(keep);
    updateActions();
}

void DiagramList::createDiagram()
{
    if (!storeUsable())
        return;
    Diagram d = Diagram::make(tr("Untitled diagram").toStdString());
    if (!m_session->saveDiagram(d))
        return; // the session told the user why
    reload();
    setCurrentDiagram(q(d.uuid));
    emit openRequested(q(d.uuid));
}

void DiagramList::openSelected()
{
    const QString uuid = currentDiagram();
    if (!uuid.isEmpty())
        emit openRequested(uuid);
}

void DiagramList::renameSelected()
{
    if (auto* item = m_list->currentItem())
        m_list->editItem(item);
}

void DiagramList::itemEdited(QListWidgetItem* item)
{
    if (m_loading || !storeUsable())
        return;
    const QString uuid = item->data(Qt::UserRole).toString();
    const QString name = item->text().trimmed();
    auto d = m_session->loadDiagram(uuid);
    if (!d || name.isEmpty() || q(d->name) == name) {
        reload();
        return;
    }
    d->name = name.toStdString();
    if (!m_session->saveDiagram(*d)) {
        reload(); // the session told the user why
        return;
    }
    reload();
    emit renamed(uuid, name);
}

void DiagramList::deleteSelected()
{
    auto* item = m_list->currentItem();
    if (!item || !storeUsable())
        return;
    const QString uuid = item->data(Qt::UserRole).toString();
    QMessageBox box(QMessageBox::Question, tr("Delete Diagram"),
                    tr("Delete the diagram \"%1\" from the store? This cannot be undone.").arg(item->text()),
                    QMessageBox::Cancel, this);
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (!m_session->removeDiagram(uuid))
        return; // the session told the user why
    reload();
    emit deleted(uuid);
}

void DiagramList::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addAction(m_rename);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_new);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void DiagramList::updateActions()
{
    const bool usable = storeUsable();
    const bool writable = usable && !m_session->isReadOnly();
    const bool selected = m_list->currentItem() != nullptr;
    m_new->setEnabled(writable);
    m_open->setEnabled(selected);
    m_rename->setEnabled(selected && writable);
    m_delete->setEnabled(selected && writable);
}

} // namespace runlens

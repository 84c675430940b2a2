#include "runs/RunActions.h"

#include "runs/NotesDialog.h"
#include "common/RunColors.h"
#include "runs/RunEditCommand.h"
#include "runs/RunSelection.h"
#include "runs/RunTableModel.h"
#include "common/StoreSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColorDialog>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace runlens {

namespace {

QVariant tagOf(const RunRecord* run, const QString& key)
{
    if (!run)
        return {};
    auto it = run->tags.find(key.toStdString());
    return it == run->tags.end() ? QVariant() : QVariant(QString::fromStdString(it->second));
}

// Asks for a tag key and value; false if cancelled.
bool askTag(QWidget* parent, const QString& title, QString& key, QString& value)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* keyEdit = new QLineEdit(key);
    auto* valueEdit = new QLineEdit(value);
    keyEdit->setPlaceholderText(RunActions::tr("e.g. team"));
    valueEdit->setPlaceholderText(RunActions::tr("e.g. vision"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(RunActions::tr("Tag:"), keyEdit);
    form->addRow(RunActions::tr("Value:"), valueEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (!key.isEmpty())
        valueEdit->setFocus();
    if (dialog.exec() != QDialog::Accepted || keyEdit->text().trimmed().isEmpty())
        return false;
    key = keyEdit->text().trimmed();
    value = valueEdit->text();
    return true;
}

} // namespace

RunActions::RunActions(StoreSession* session, RunTableModel* model, RunSelection* selection, QWidget* window)
    : QObject(window), m_session(session), m_model(model), m_selection(selection), m_window(window),
      m_undo(new QUndoStack(this))
{
    m_rename = make(tr("&Rename…"), Qt::Key_F2, &RunActions::renameCurrent);
    m_addTag = make(tr("Add &Tag…"), QKeySequence(Qt::CTRL | Qt::Key_T), &RunActions::tagSelection);
    m_editNotes = make(tr("Edit &Notes…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &RunActions::notesOfCurrent);
    m_setColor = make(tr("Set &Colour…"), {}, &RunActions::colorOfCurrent);
    m_archive = make(tr("&Archive"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &RunActions::archiveSelection);
    m_unarchive = make(tr("&Unarchive"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), &RunActions::unarchiveSelection);
    m_delete = make(tr("&Delete…"), QKeySequence::Delete, &RunActions::deleteSelection);
    m_copyId = make(tr("Copy Run &Id"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &RunActions::copyIds);
    connect(selection, &RunSelection::changed, this, &RunActions::updateEnabled);
    connect(model, &RunTableModel::renameRequested, this, &RunActions::renameRun);
    updateEnabled();
}

QAction* RunActions::make(const QString& text, const QKeySequence& shortcut, void (RunActions::*slot)())
{
    auto* a = new QAction(text, this);
    a->setShortcut(shortcut);
    // Shortcuts work in the table; not while typing in the query bar (Delete!).
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a, &QAction::triggered, this, slot);
    return a;
}

void RunActions::addTo(QMenu* menu) const
{
    menu->addAction(m_rename);
    menu->addAction(m_addTag);
    menu->addAction(m_editNotes);
    menu->addAction(m_setColor);
    menu->addSeparator();
    menu->addAction(m_copyId);
    menu->addSeparator();
    menu->addAction(m_archive);
    menu->addAction(m_unarchive);
    menu->addAction(m_delete);
}

void RunActions::updateEnabled()
{
    bool any = !m_selection->isEmpty();
    bool writable = m_session->isOpen() && !m_session->isReadOnly();
    bool anyArchived = false, anyActive = false;
    for (const auto& uuid : m_selection->uuids()) {
        if (const RunRecord* r = m_model->runById(uuid))
            (r->archived ? anyArchived : anyActive) = true;
    }
    m_rename->setEnabled(any && writable);
    m_addTag->setEnabled(any && writable);
    m_editNotes->setEnabled(any && writable);
    m_setColor->setEnabled(any);
    m_archive->setEnabled(anyActive && writable);
    m_unarchive->setEnabled(anyArchived && writable);
    m_delete->setEnabled(any && writable);
    m_copyId->setEnabled(any);
}

void RunActions::renameRun(const QString& uuid, const QString& name)
{
    const RunRecord* run = m_model->runById(uuid);
    if (!run || name.trimmed().isEmpty())
        return;
    m_undo->push(new RunEditCommand(tr("Rename %1").arg(QString::fromStdString(run->name)),
                                    {{uuid, QString::fromStdString(run->name), name.trimmed()}},
                                    [this](const QString& id, const QVariant& v) {
                                        return m_session->renameRun(id, v.toString());
                                    }));
}

void RunActions::setTag(const QStringList& uuids, const QString& key, const QString& value)
{
    QList<RunEditCommand::Change> changes;
    for (const auto& uuid : uuids)
        changes.append({uuid, tagOf(m_model->runById(uuid), key), value});
    m_undo->push(new RunEditCommand(tr("Tag %1=%2").arg(key, value), changes,
                                    [this, key](const QString& id, const QVariant& v) {
                                        return v.isValid() ? m_session->setTag(id, key, v.toString())
                                                           : m_session->removeTag(id, key);
                                    }));
}

void RunActions::removeTag(const QString& uuid, const QString& key)
{
    QVariant before = tagOf(m_model->runById(uuid), key);
    if (!before.isValid())
        return;
    m_undo->push(new RunEditCommand(tr("Remove tag %1").arg(key), {{uuid, before, QVariant()}},
                                    [this, key](const QString& id, const QVariant& v) {
                                        return v.isValid() ? m_session->setTag(id, key, v.toString())
                                                           : m_session->removeTag(id, key);
                                    }));
}

void RunActions::setNotes(const QString& uuid, const QString& notes)
{
    const RunRecord* run = m_model->runById(uuid);
    if (!run || QString::fromStdString(run->notes) == notes)
        return;
    m_undo->push(new RunEditCommand(tr("Edit notes of %1").arg(QString::fromStdString(run->name)),
                                    {{uuid, QString::fromStdString(run->notes), notes}},
                                    [this](const QString& id, const QVariant& v) {
                                        return m_session->setNotes(id, v.toString());
                                    }));
}

void RunActions::setArchived(const QStringList& uuids, bool archived)
{
    QList<RunEditCommand::Change> changes;
    for (const auto& uuid : uuids) {
        const RunRecord* r = m_model->runById(uuid);
        if (r && r->archived != archived)
            changes.append({uuid, r->archived, archived});
    }
    if (changes.isEmpty())
        return;
    QString text = archived ? tr("Archive %n run(s)", nullptr, int(changes.size()))
                            : tr("Unarchive %n run(s)", nullptr, int(changes.size()));
    m_undo->push(new RunEditCommand(text, changes, [this](const QString& id, const QVariant& v) {
        return m_session->setArchived({id}, v.toBool());
    }));
}

bool RunActions::deleteRuns(const QStringList& uuids, bool confirm)
{
    if (uuids.isEmpty())
        return false;
    if (confirm) {
        const RunRecord* first = m_model->runById(uuids.first());
        QString what = uuids.size() == 1 && first
            ? tr("Delete the run \u201c%1\u201d?").arg(QString::fromStdString(first->name))
            : tr("Delete %n run(s)?", nullptr, int(uuids.size()));
        QMessageBox box(QMessageBox::Warning, tr("Delete Runs"), what, QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("Their parameters, metrics, points and artifacts are deleted from the store. "
                                  "This cannot be undone; archiving hides runs and can be undone."));
        QPushButton* del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != del)
            return false;
    }
    return m_session->deleteRuns(uuids);
}

void RunActions::renameCurrent()
{
    if (!m_selection->current().isEmpty())
        emit renameInPlaceRequested(m_selection->current());
}

void RunActions::tagSelection()
{
    if (m_selection->isEmpty())
        return;
    QString key, value;
    QString title = tr("Tag %n run(s)", nullptr, int(m_selection->uuids().size()));
    if (askTag(m_window, title, key, value))
        setTag(m_selection->uuids(), key, value);
}

void RunActions::editTag(const QString& uuid, const QString& key)
{
    QString k = key;
    QString value = tagOf(m_model->runById(uuid), key).toString();
    if (askTag(m_window, key.isEmpty() ? tr("Add Tag") : tr("Edit Tag"), k, value))
        setTag({uuid}, k, value);
}

void RunActions::notesOfCurrent() { editNotesOf(m_selection->current()); }

void RunActions::editNotesOf(const QString& uuid)
{
    const RunRecord* run = m_model->runById(uuid);
    if (!run)
        return;
    NotesDialog dialog(QString::fromStdString(run->name), QString::fromStdString(run->notes), m_window);
    if (dialog.exec() == QDialog::Accepted)
        setNotes(uuid, dialog.notes());
}

void RunActions::colorOfCurrent()
{
    QString uuid = m_selection->current();
    if (uuid.isEmpty())
        return;
    QColorDialog dialog(RunColors::color(uuid), m_window);
    dialog.setWindowTitle(tr("Colour of the Run"));
    for (int i = 0; i < 16 && i < int(RunColors::palette().size()); ++i)
        QColorDialog::setCustomColor(i, RunColors::palette()[std::size_t(i)]);
    if (dialog.exec() == QDialog::Accepted)
        RunColors::instance()->setOverride(uuid, dialog.selectedColor());
}

void RunActions::archiveSelection() { setArchived(m_selection->uuids(), true); }

void RunActions::unarchiveSelection() { setArchived(m_selection->uuids(), false); }

void RunActions::deleteSelection() { deleteRuns(m_selection->uuids()); }

void RunActions::copyIds() { QApplication::clipboard()->setText(m_selection->uuids().join(QLatin1Char('\n'))); }

} // namespace runlens

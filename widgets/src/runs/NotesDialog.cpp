#include "runs/NotesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace runlens {

NotesDialog::NotesDialog(const QString& runName, const QString& notes, QWidget* parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(notes)), m_preview(new QTextBrowser)
{
    setWindowTitle(tr("Notes of %1").arg(runName));
    m_edit->setPlaceholderText(tr("Markdown: **bold**, *italic*, - lists, [links](https://…), `code`"));
    m_preview->setOpenExternalLinks(true);
    auto render = [this] { m_preview->setMarkdown(m_edit->toPlainText()); };
    connect(m_edit, &QPlainTextEdit::textChanged, this, render);
    render();
    auto* split = new QSplitter;
    split->addWidget(m_edit);
    split->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Write the notes on the left; the right side shows how they read.")));
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}

QString NotesDialog::notes() const { return m_edit->toPlainText(); }

} // namespace runlens

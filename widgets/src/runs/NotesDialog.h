#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTextBrowser;

namespace runlens {

// Edits a run's notes as Markdown, with the rendered text beside it as it will show.
class NotesDialog : public QDialog {
    Q_OBJECT
public:
    NotesDialog(const QString& runName, const QString& notes, QWidget* parent = nullptr);
    QString notes() const;

private:
    QPlainTextEdit* m_edit;
    QTextBrowser* m_preview;
};

} // namespace runlens

#pragma once

#include "runs/QueryCompletion.h"
#include "runlens/query/Query.h"

#include <QLineEdit>
#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QStringListModel;
class QTimer;
class QToolButton;

namespace runlens {

// The query bar above the runs table: the query language of docs/query-language.md
// with completion of fields and keys, the parse error shown where it happened (a red
// wavy underline in the text and a caret under a copy of it), and a history of queries
// (Up/Down, or the clock button). Valid queries apply while typing, after a short pause.
class QueryBar : public QWidget {
    Q_OBJECT
public:
    explicit QueryBar(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QString text() const { return m_edit->text(); }
    // Sets the text and applies it at once.
    void setText(const QString& text);
    void setKeys(const QStringList& params, const QStringList& tags, const QStringList& metrics);

    bool hasError() const { return m_errorPos >= 0; }
    // Where the error is, in characters of text(); -1 without an error.
    int errorPosition() const { return m_errorPos; }
    QString errorMessage() const { return m_errorMessage; }
    QLabel* errorLabel() const { return m_errorLabel; }

    QStringList history() const { return m_history; }
    // Where the history is kept in QSettings ("" = not kept).
    void setHistoryKey(const QString& key);
    void addToHistory(const QString& text);
    // Shows the completion popup for the word under the cursor; returns its candidates.
    QStringList showCompletions();

public slots:
    void applyNow();
    void focusQuery();

signals:
    void queryChanged(const runlens::Query& query);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void validate();
    // position: in UTF-16 units of the text (for the marks); column: what the message says.
    void showError(int position, int column, const QString& message);
    void clearError();
    void underline(int start, int length);
    void stepHistory(int delta);
    void insertCompletion(const QString& completion);
    void rebuildHistoryMenu();

    QLineEdit* m_edit;
    QLabel* m_errorLabel;
    QToolButton* m_historyButton;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    QTimer* m_applyTimer;
    QueryCompletion m_completion;
    QueryCompletion::Result m_lastCompletion;
    Query m_valid;
    QString m_applied;
    int m_errorPos = -1;
    QString m_errorMessage;
    QStringList m_history;
    QString m_historyKey;
    int m_historyIndex = -1;
};

} // namespace runlens

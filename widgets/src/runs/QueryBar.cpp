#include "runs/QueryBar.h"

#include "runs/QueryErrorText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStringListModel>
#include <QStyle>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace runlens {

namespace {
constexpr int kHistorySize = 30;
const QColor kErrorColor(0xe5, 0x39, 0x35); // reads on light and dark backgrounds
}

QueryBar::QueryBar(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit), m_errorLabel(new QLabel), m_historyButton(new QToolButton),
      m_completer(new QCompleter(this)), m_completions(new QStringListModel(this)), m_applyTimer(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("queryEdit"));
    m_edit->setPlaceholderText(tr("Query, e.g. params.lr < 0.1 and metrics.`val/acc` > 0.9"));
    m_edit->setToolTip(tr("Filter runs with the query language: fields metrics.KEY, params.KEY, tags.KEY, name, "
                          "status, experiment, id; operators = != < <= > >= ~; and, or, not, parentheses.\n"
                          "Ctrl+Space completes, Up/Down recall earlier queries."));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_edit->installEventFilter(this);

    m_historyButton->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent"),
                                              style()->standardIcon(QStyle::SP_BrowserReload)));
    m_historyButton->setToolTip(tr("Earlier queries"));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setAutoRaise(true);
    m_historyButton->setMenu(new QMenu(m_historyButton));

    m_errorLabel->setObjectName(QStringLiteral("queryError"));
    m_errorLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_historyButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);

    m_completer->setModel(m_completions);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &QueryBar::insertCompletion);

    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(300);
    connect(m_applyTimer, &QTimer::timeout, this, &QueryBar::applyNow);
    connect(m_edit, &QLineEdit::textChanged, this, &QueryBar::validate);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_historyIndex = -1;
        // Offer completions while a word is being typed, not after spaces or operators.
        auto r = m_completion.complete(m_edit->text(), m_edit->cursorPosition());
        if (!r.prefix.isEmpty())
            showCompletions();
        else
            m_completer->popup()->hide();
    });
    rebuildHistoryMenu();
}

void QueryBar::setText(const QString& text)
{
    m_edit->setText(text);
    applyNow();
}

void QueryBar::setKeys(const QStringList& params, const QStringList& tags, const QStringList& metrics)
{
    m_completion.setKeys(params, tags, metrics);
}

void QueryBar::focusQuery()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void QueryBar::validate()
{
    QString text = m_edit->text();
    QByteArray utf8 = text.toUtf8();
    try {
        m_valid = Query::parse(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        clearError();
        m_applyTimer->start();
    } catch (const QueryError& e) {
        m_applyTimer->stop();
        // The core counts UTF-8 bytes; the line edit counts UTF-16 units. People read the
        // column (characters from 1), which core counts as the CLI and Python do.
        auto bytes = qsizetype(std::min<std::size_t>(e.position(), std::size_t(utf8.size())));
        showError(int(QString::fromUtf8(utf8.constData(), bytes).size()), int(e.column()), QueryErrorText::message(e));
    }
}

void QueryBar::applyNow()
{
    m_applyTimer->stop();
    if (hasError() || m_edit->text() == m_applied)
        return;
    m_applied = m_edit->text();
    emit queryChanged(m_valid);
}

void QueryBar::showError(int position, int column, const QString& message)
{
    m_errorPos = position;
    m_errorMessage = message;
    QString text = m_edit->text();
    // The word at the error, or the character, is underlined in the line edit itself.
    int end = position;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    underline(position, std::max(1, end - position));

    // Below it, the text again with a caret under the error (a window of it when long).
    int from = std::max(0, position - 60), to = std::min(int(text.size()), position + 30);
    QString snippet = (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, to - from)
        + (to < text.size() ? QStringLiteral("…") : QString());
    QString caret = QString(position - from + (from > 0 ? 1 : 0), QLatin1Char(' ')) + QLatin1Char('^');
    m_errorLabel->setText(QStringLiteral("<pre style=\"margin:0\">%1\n<span style=\"color:%3\">%2</span></pre>"
                                         "<span style=\"color:%3\">%4</span>")
                              .arg(snippet.toHtmlEscaped(), caret, kErrorColor.name(),
                                   tr("Column %1: %2").arg(QString::number(column), message.toHtmlEscaped())));
    m_errorLabel->show();
    m_edit->setToolTip(tr("Column %1: %2").arg(QString::number(column), message));
}

void QueryBar::clearError()
{
    if (m_errorPos < 0)
        return;
    m_errorPos = -1;
    m_errorMessage.clear();
    underline(0, 0);
    m_errorLabel->hide();
    m_edit->setToolTip(tr("Filter runs with the query language. Ctrl+Space completes, Up/Down recall earlier queries."));
}

void QueryBar::underline(int start, int length)
{
    // QLineEdit has no API for formatting part of its text, but it draws the formats of
    // an input-method event: send one with no text, only a format.
    QList<QInputMethodEvent::Attribute> attributes;
    if (length > 0) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(kErrorColor);
        format.setForeground(kErrorColor);
        attributes << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, start - m_edit->cursorPosition(),
                                                   length, format);
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

QStringList QueryBar::showCompletions()
{
    m_lastCompletion = m_completion.complete(m_edit->text(), m_edit->cursorPosition());
    m_completions->setStringList(m_lastCompletion.candidates);
    if (m_lastCompletion.candidates.isEmpty()) {
        m_completer->popup()->hide();
        return {};
    }
    QRect rect = m_edit->rect();
    rect.setWidth(std::max(260, rect.width() / 2));
    m_completer->complete(rect);
    return m_lastCompletion.candidates;
}

void QueryBar::insertCompletion(const QString& completion)
{
    QString text = m_edit->text();
    auto r = m_completion.complete(text, m_edit->cursorPosition());
    QString replaced = text.left(r.start) + completion + text.mid(r.end);
    m_edit->setText(replaced);
    m_edit->setCursorPosition(r.start + int(completion.size()));
}

void QueryBar::setHistoryKey(const QString& key)
{
    m_historyKey = key;
    m_history = key.isEmpty() ? QStringList() : QSettings().value(key).toStringList();
    rebuildHistoryMenu();
}

void QueryBar::addToHistory(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return;
    m_history.removeAll(t);
    m_history.prepend(t);
    while (m_history.size() > kHistorySize)
        m_history.removeLast();
    if (!m_historyKey.isEmpty())
        QSettings().setValue(m_historyKey, m_history);
    rebuildHistoryMenu();
}

void QueryBar::rebuildHistoryMenu()
{
    QMenu* menu = m_historyButton->menu();
    menu->clear();
    for (const auto& q : m_history)
        menu->addAction(q, this, [this, q] { setText(q); });
    if (m_history.isEmpty())
        menu->addAction(tr("No earlier queries"))->setEnabled(false);
    else {
        menu->addSeparator();
        menu->addAction(tr("Clear History"), this, [this] {
            m_history.clear();
            if (!m_historyKey.isEmpty())
                QSettings().remove(m_historyKey);
            rebuildHistoryMenu();
        });
    }
}

void QueryBar::stepHistory(int delta)
{
    if (m_history.isEmpty())
        return;
    m_historyIndex = qBound(-1, m_historyIndex + delta, int(m_history.size()) - 1);
    m_edit->setText(m_historyIndex < 0 ? QString() : m_history[m_historyIndex]);
}

bool QueryBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (m_completer->popup()->isVisible())
            return QWidget::eventFilter(watched, event);
        if (key->key() == Qt::Key_Space && key->modifiers() & Qt::ControlModifier) {
            showCompletions();
            return true;
        }
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            stepHistory(key->key() == Qt::Key_Up ? 1 : -1);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (hasError()) {
                m_edit->setCursorPosition(m_errorPos);
            } else {
                applyNow();
                addToHistory(m_edit->text());
            }
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut && !hasError() && !m_completer->popup()->isVisible())
        addToHistory(m_edit->text());
    return QWidget::eventFilter(watched, event);
}

} // namespace runlens

#include "window/TeamStoreDialog.h"

#include "runlens/store/StorePath.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace runlens {

TeamStoreDialog::TeamStoreDialog(QWidget* parent)
    : QDialog(parent), m_edit(new QLineEdit), m_problem(new QLabel)
{
    setWindowTitle(tr("Open Team Store"));
    auto* intro = new QLabel(tr("A team store keeps runs in a PostgreSQL database, so that runs logged on "
                                "other machines show here as they are written. Give its URL or the name "
                                "of a service in ~/.pg_service.conf."));
    intro->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("teamStoreLocation"));
    m_edit->setPlaceholderText(QStringLiteral("postgresql://alice@db.lab/runlens_team"));
    // Wrapped labels get their height from a known width: without one the dialog opens
    // too short and cuts the first lines off (seen at 1366x768 in German).
    const int width = m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()) * 3 / 2;
    intro->setFixedWidth(width);
    auto* passwords = new QLabel(tr("The password comes from ~/.pgpass or the service file; Runlens never shows "
                                    "or keeps one. Encrypted connections: add ?sslmode=verify-full."));
    passwords->setWordWrap(true);
    passwords->setFixedWidth(width);
    passwords->setEnabled(false); // a hint, in the muted colour
    m_problem->setWordWrap(true);
    m_problem->setFixedWidth(width);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    m_open = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &TeamStoreDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit);
    layout->addWidget(passwords);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    check();
}

QString TeamStoreDialog::locationFor(const QString& text)
{
    QString t = text.trimmed();
    if (StorePath::isPostgres(t.toStdString()))
        return t;
    static const QRegularExpression serviceName(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (serviceName.match(t).hasMatch())
        return QStringLiteral("postgresql:///?service=") + t;
    return {};
}

QString TeamStoreDialog::location() const { return locationFor(m_edit->text()); }

void TeamStoreDialog::check()
{
    QString t = m_edit->text().trimmed();
    bool ok = !locationFor(t).isEmpty();
    m_open->setEnabled(ok);
    if (ok || t.isEmpty())
        m_problem->clear();
    else if (t.contains(QStringLiteral("://")))
        m_problem->setText(tr("Only postgresql:// and postgres:// URLs name a team store."));
    else
        m_problem->setText(tr("A service name has only letters, digits, '_', '.' and '-'."));
}

} // namespace runlens

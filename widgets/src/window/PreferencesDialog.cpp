#include "window/PreferencesDialog.h"

#include "common/AppTheme.h"
#include "common/Translation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

namespace runlens {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox), m_theme(new QComboBox)
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translation::saved())));
    m_theme->addItem(tr("Follow the system"), int(AppTheme::Mode::System));
    m_theme->addItem(tr("Light"), int(AppTheme::Mode::Light));
    m_theme->addItem(tr("Dark"), int(AppTheme::Mode::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(AppTheme::current()))));
    auto* note = new QLabel(tr("A new language takes effect when Runlens starts again."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    auto mode = AppTheme::Mode(m_theme->currentData().toInt());
    AppTheme::save(mode);
    AppTheme::apply(mode);
    QString language = m_language->currentData().toString();
    if (language != Translation::saved()) {
        Translation::save(language);
        QMessageBox::information(this, tr("Preferences"), tr("Restart Runlens to use the new language."));
    }
    QDialog::accept();
}

} // namespace runlens

#pragma once

#include <QDialog>

class QComboBox;

namespace runlens {

// Language and theme. The theme applies at once; a new language after a restart.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_language;
    QComboBox* m_theme;
};

} // namespace runlens

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace runlens {

// File > Open Team Store…: asks for a PostgreSQL store as a postgresql:// URL or a
// service name of ~/.pg_service.conf, says where the password comes from, and refuses
// what is neither before anything connects.
class TeamStoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit TeamStoreDialog(QWidget* parent = nullptr);

    // The store location to open: the URL as typed, or postgresql:///?service=NAME.
    QString location() const;
    // location() for text, or an empty string when text is neither a URL nor a name.
    static QString locationFor(const QString& text);

private:
    void check();

    QLineEdit* m_edit;
    QLabel* m_problem;
    QPushButton* m_open;
};

} // namespace runlens

#pragma once

#include <QComboBox>

#include <functional>

namespace runlens {

class StoreSession;

// The toolbar's pipeline run chooser: parent runs (runs that have child runs), newest
// first, plus "no pipeline run". The list is read when the popup opens, so a store
// with thousands of runs costs nothing while the editor just sits there.
class DiagramRunChooser : public QComboBox {
    Q_OBJECT
public:
    explicit DiagramRunChooser(StoreSession* session, QWidget* parent = nullptr);

    QString currentRun() const;
    // Selects the run (adding it to the list when needed) without emitting runChosen.
    void setCurrentRun(const QString& uuid);
    // Reads the parent runs from the store now.
    void reload();

    // Opens the list; then() runs with the run the user picks (not when the list is
    // closed without a pick): for commands that need a pipeline run before one is chosen.
    void chooseThen(std::function<void(const QString&)> then);

    void showPopup() override;
    void hidePopup() override;

signals:
    void runChosen(const QString& uuid);

private:
    QString labelFor(const QString& uuid);

    StoreSession* m_session;
    std::function<void(const QString&)> m_then;
};

} // namespace runlens

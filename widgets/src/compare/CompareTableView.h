#pragma once

#include <QTableView>

#include <functional>

class QMenu;

namespace runlens {

// The table of the comparison pages: sortable by clicking a header (click the sorted
// header a third time for the original order), Ctrl+C copies the selected cells as
// tab-separated text (pastes into a spreadsheet), a context menu with Copy and the
// page's own actions, and a header menu to pin a column as the baseline.
class CompareTableView : public QTableView {
    Q_OBJECT
public:
    // headerData(section, Qt::Horizontal, HeaderBaselineRole) is true for the baseline.
    static constexpr int HeaderBaselineRole = Qt::UserRole;
    // Adds the page's actions for the cell under the mouse to the context menu.
    using MenuHook = std::function<void(QMenu& menu, const QModelIndex& index)>;

    explicit CompareTableView(QWidget* parent = nullptr);

    void setMenuHook(MenuHook hook) { m_menuHook = std::move(hook); }
    // The context menu for index (what a right-click shows); the caller owns it. Tests
    // trigger its actions directly.
    QMenu* createContextMenu(const QModelIndex& index);
    QMenu* createHeaderMenu(int section);
    // The selected cells (or the whole table) as tab-separated lines with a header line.
    QString selectionText(bool wholeTable = false) const;
    void copySelection(bool wholeTable = false);

signals:
    // The user asked to pin column (0-based, without the key column) as the baseline.
    void baselineRequested(int column);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void cycleSort(int section);

    MenuHook m_menuHook;
    int m_sortSection = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace runlens

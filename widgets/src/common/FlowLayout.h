#pragma once

#include <QLayout>
#include <QList>

namespace runlens {

// Widgets in a row that wraps onto more rows when there is not room for all: each at
// its size hint, left to right, each row as tall as its tallest item with the others
// centred in it. A toolbar of controls stays in sight on a laptop screen without
// forcing the window wider, and without a scroll bar that hides half of it.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The widest item: narrower than that, nothing could be shown whole.
    QSize minimumSize() const override;
    // Every item in one row.
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in rect (when apply) and returns the height they take.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace runlens

#pragma once

#include <QHeaderView>

namespace runlens {

// The runs table's header. Over the key of each param, tag and metric column it writes
// the group the column belongs to ("Params", "Metrics", "Tags") in small grey letters,
// once for neighbouring columns of a group as MLflow's table does: a param lr and a
// metric lr were both headed "lr". The group comes from the model's HeaderGroupRole.
class RunHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit RunHeaderView(QWidget* parent = nullptr);

    QString groupOf(int logicalIndex) const;
    // Whether the group is written over this section: the first shown one of its group.
    bool startsGroup(int logicalIndex) const;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QFont groupFont() const;
    int groupHeight() const;
};

} // namespace runlens

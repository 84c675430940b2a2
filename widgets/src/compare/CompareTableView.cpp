#include "compare/CompareTableView.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

#include <map>
#include <set>

namespace runlens {

CompareTableView::CompareTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(false); // the backgrounds carry meaning: differs, better, worse
    setWordWrap(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSortIndicatorShown(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, &CompareTableView::cycleSort);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = createContextMenu(indexAt(pos));
        menu->exec(viewport()->mapToGlobal(pos));
        delete menu;
    });
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = createHeaderMenu(horizontalHeader()->logicalIndexAt(pos));
        if (!menu->isEmpty())
            menu->exec(horizontalHeader()->mapToGlobal(pos));
        delete menu;
    });
}

// Ascending, descending, then back to the model's own order (sorted keys, or the
// order core chose), which a plain QTableView cannot return to.
void CompareTableView::cycleSort(int section)
{
    if (section != m_sortSection) {
        m_sortSection = section;
        m_sortOrder = Qt::AscendingOrder;
    } else if (m_sortOrder == Qt::AscendingOrder) {
        m_sortOrder = Qt::DescendingOrder;
    } else {
        m_sortSection = -1;
    }
    horizontalHeader()->setSortIndicatorShown(m_sortSection >= 0);
    horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
    if (model())
        model()->sort(m_sortSection, m_sortOrder);
}

QMenu* CompareTableView::createContextMenu(const QModelIndex& index)
{
    auto* menu = new QMenu(this);
    if (m_menuHook && index.isValid()) {
        m_menuHook(*menu, index);
        if (!menu->isEmpty())
            menu->addSeparator();
    }
    QAction* copy = menu->addAction(tr("&Copy"), this, [this] { copySelection(false); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel() && selectionModel()->hasSelection());
    menu->addAction(tr("Copy &whole table"), this, [this] { copySelection(true); });
    return menu;
}

QMenu* CompareTableView::createHeaderMenu(int section)
{
    auto* menu = new QMenu(this);
    if (section >= 1) {
        QString label = model()->headerData(section, Qt::Horizontal).toString();
        QAction* pin = menu->addAction(tr("Use “%1” as &baseline").arg(label), this,
                                       [this, section] { emit baselineRequested(section - 1); });
        pin->setEnabled(!model()->headerData(section, Qt::Horizontal, HeaderBaselineRole).toBool());
    }
    return menu;
}

QString CompareTableView::selectionText(bool wholeTable) const
{
    if (!model())
        return {};
    std::map<int, std::map<int, QString>> cells; // row -> column -> text, in view order
    std::set<int> columns;
    auto add = [&](const QModelIndex& i) {
        if (isColumnHidden(i.column()))
            return;
        cells[i.row()][i.column()] = i.data().toString();
        columns.insert(i.column());
    };
    if (wholeTable) {
        for (int r = 0; r < model()->rowCount(); ++r)
            for (int c = 0; c < model()->columnCount(); ++c)
                add(model()->index(r, c));
    } else if (selectionModel()) {
        for (const QModelIndex& i : selectionModel()->selectedIndexes())
            add(i);
    }
    if (cells.empty())
        return {};
    QStringList lines, header;
    for (int c : columns)
        header << model()->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const auto& [row, byColumn] : cells) {
        QStringList line;
        for (int c : columns) {
            auto it = byColumn.find(c);
            line << (it == byColumn.end() ? QString() : it->second);
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void CompareTableView::copySelection(bool wholeTable)
{
    QString text = selectionText(wholeTable);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void CompareTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection(false);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace runlens

#include "runs/RunsView.h"

#include "runs/QueryBar.h"
#include "runs/RunFilterProxy.h"
#include "runs/RunSelection.h"
#include "runs/RunTableModel.h"
#include "runs/StatusFilter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace runlens {

RunsView::RunsView(RunTableModel* model, RunSelection* selection, QWidget* parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_proxy(new RunFilterProxy(model, this)),
      m_query(new QueryBar), m_text(new QLineEdit), m_status(new StatusFilter), m_count(new QLabel),
      m_table(new QTableView), m_noMatch(new QLabel), m_stack(new QStackedWidget), m_countTimer(new QTimer(this)),
      m_emptyLabel(new QLabel),
      m_openButton(new QPushButton(tr("Open Store…"))), m_demoButton(new QPushButton(tr("Fill with demo runs")))
{
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(3, Qt::DescendingOrder); // newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks 10 000 rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(200);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(110);
    connect(header, &QWidget::customContextMenuRequested, this, &RunsView::headerMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { emit contextMenuRequested(m_table->viewport()->mapToGlobal(pos)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsView::syncSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsView::syncSelection);
    connect(m_selection, &RunSelection::selectRequested, this, &RunsView::selectRuns);

    m_noMatch->setParent(m_table->viewport());
    m_noMatch->setText(tr("No run matches the filters."));
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->hide();
    // A filter removes rows in many blocks: count them once, when the dust settles.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &RunsView::updateNoMatch);
    auto recount = [this] { m_countTimer->start(); };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, recount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, recount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, recount);

    connect(m_query, &QueryBar::queryChanged, m_proxy, &RunFilterProxy::setQuery);
    connect(m_text, &QLineEdit::textChanged, m_proxy, &RunFilterProxy::setText);
    connect(m_status, &StatusFilter::changed, m_proxy, &RunFilterProxy::setStatuses);
    connect(m_model, &RunTableModel::keysChanged, this, [this] {
        m_query->setKeys(m_model->paramKeys(), m_model->tagKeys(), m_model->metricKeys());
    });

    m_stack->addWidget(m_table);
    m_stack->addWidget(buildEmptyPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(3);
    layout->addWidget(m_query);
    layout->addWidget(buildFilterRow());
    layout->addWidget(m_stack, 1);
    setState(State::NoStore);
}

QWidget* RunsView::buildFilterRow()
{
    auto* row = new QWidget;
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Filter by name, id, experiment or tag"));
    m_text->setClearButtonEnabled(true);
    m_text->setMaximumWidth(300);
    m_count->setObjectName(QStringLiteral("runCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    h->addWidget(m_text, 1);
    h->addWidget(m_status);
    h->addStretch();
    h->addWidget(m_count);
    return row;
}

QWidget* RunsView::buildEmptyPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(QStringLiteral("runsEmpty"));
    m_demoButton->setToolTip(tr("Trains small classifiers and logs them, so there is something to explore"));
    connect(m_openButton, &QPushButton::clicked, this, &RunsView::openStoreRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &RunsView::demoRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();
    v->addStretch();
    v->addWidget(m_emptyLabel);
    v->addLayout(buttons);
    v->addStretch();
    return page;
}

void RunsView::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::NoStore:
        m_emptyLabel->setText(tr("No store is open.\nOpen a store file, or drop one onto this window."));
        m_demoButton->hide();
        m_openButton->show();
        break;
    case State::NoRuns:
        m_emptyLabel->setText(tr("No runs in this store yet.\nLog some from Python with runlens.start_run(), "
                                 "or fill it with demo runs."));
        m_demoButton->show();
        m_openButton->hide();
        break;
    case State::Runs: break;
    }
    m_stack->setCurrentIndex(state == State::Runs ? 0 : 1);
    updateNoMatch();
}

void RunsView::updateNoMatch()
{
    int shown = m_proxy->rowCount();
    m_count->setText(tr("%1 of %n run(s)", nullptr, m_model->rowCount()).arg(shown));
    bool none = shown == 0 && m_model->rowCount() > 0;
    m_noMatch->setVisible(none);
    if (none) {
        m_noMatch->adjustSize();
        QRect r = m_table->viewport()->rect();
        m_noMatch->move(r.center() - m_noMatch->rect().center());
    }
    emit shownCountChanged(shown);
}

void RunsView::syncSelection()
{
    if (m_syncing)
        return;
    QStringList uuids;
    const auto rows = m_table->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(rows.begin(), rows.end());
    std::sort(sorted.begin(), sorted.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const auto& index : sorted)
        uuids << index.data(RunTableModel::RunIdRole).toString();
    QModelIndex current = m_table->selectionModel()->currentIndex();
    QString currentId = current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {})
        ? current.data(RunTableModel::RunIdRole).toString()
        : (uuids.isEmpty() ? QString() : uuids.first());
    m_selection->set(uuids, currentId);
}

void RunsView::selectRuns(const QStringList& uuids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const auto& uuid : uuids) {
        int row = m_model->rowOf(uuid);
        if (row < 0)
            continue;
        QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    m_syncing = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
    m_syncing = false;
    syncSelection();
}

QStringList RunsView::selectedRuns() const { return m_selection->uuids(); }

void RunsView::setUserColumns(const QList<RunColumn>& columns)
{
    QStringList keep = m_selection->uuids();
    m_model->setUserColumns(columns);
    selectRuns(keep);
}

QByteArray RunsView::headerState() const { return m_table->horizontalHeader()->saveState(); }

void RunsView::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void RunsView::headerMenu(const QPoint& pos)
{
    QMenu menu(this);
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const RunColumn& column = m_model->columnAt(c);
        if (!column.isFixed() || column.kind == RunColumn::Kind::Name)
            continue;
        QAction* a = menu.addAction(column.title());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    int clicked = header->logicalIndexAt(pos);
    if (clicked >= 0 && !m_model->columnAt(clicked).isFixed()) {
        menu.addSeparator();
        RunColumn column = m_model->columnAt(clicked);
        menu.addAction(tr("Remove Column \u201c%1\u201d").arg(column.title()), this, [this, column] {
            auto columns = m_model->userColumns();
            columns.removeAll(column);
            setUserColumns(columns);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Choose Columns…"), this, &RunsView::chooseColumnsRequested);
    menu.addAction(tr("Fit Columns to Contents"), m_table, &QTableView::resizeColumnsToContents);
    menu.exec(header->mapToGlobal(pos));
}

} // namespace runlens

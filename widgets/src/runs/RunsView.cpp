#include "runs/RunsView.h"

#include "common/NumberFormat.h"
#include "runs/QueryBar.h"
#include "runs/RunFilterProxy.h"
#include "runs/RunHeaderView.h"
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
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace runlens {

RunsView::RunsView(RunTableModel* model, RunSelection* selection, QWidget* parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_proxy(new RunFilterProxy(model, this)),
      m_query(new QueryBar), m_text(new QLineEdit), m_status(new StatusFilter), m_count(new QLabel),
      m_table(new QTableView), m_noMatch(new QLabel), m_stack(new QStackedWidget), m_countTimer(new QTimer(this)),
      m_emptyLabel(new QLabel),
      m_openButton(new QPushButton(tr("Open Store…"))), m_demoButton(new QPushButton(tr("Fill with demo runs")))
{
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setHorizontalHeader(new RunHeaderView(m_table));
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
    // A filter removes rows in many blocks: count them once, when the dust settles, and
    // let the selection follow then (a run the filter hides is no longer selected).
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &RunsView::filterSettled);
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
    connectColumnUpdates();

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

void RunsView::connectColumnUpdates()
{
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_sizing)
            m_sizedByUser = true;
    });
    connect(m_model, &RunTableModel::keysChanged, this, &RunsView::addSuggestedColumns);
    // The first runs of an empty table: the widths were made for the headers alone.
    // Later ones widen a column that nobody sized by hand, never narrow it (no jumping).
    // A new run can make a param worth a column without a new key (its value differs).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        addSuggestedColumns();
        if (!m_sizedByUser)
            fitColumns(0, -1, first > 0 || last + 1 < m_model->rowCount());
    });
    // New columns (a metric logged for the first time) look selected in selected rows too.
    connect(m_proxy, &QAbstractItemModel::columnsInserted, this, [this] {
        QItemSelection rows;
        for (int row : selectedProxyRows())
            rows.select(m_proxy->index(row, 0), m_proxy->index(row, 0));
        QScopedValueRollback syncing(m_syncing, true);
        m_table->selectionModel()->select(rows, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    });
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

void RunsView::filterSettled()
{
    // The selection model dropped the rows the filter hid, without a signal of its own.
    syncSelection();
    updateNoMatch();
}

void RunsView::syncSelection()
{
    if (m_syncing)
        return;
    // Rows with any selected cell: selectedRows() wants every column, and a column that
    // arrives later (a new metric) is not selected in the rows chosen before it.
    const std::vector<int> rows = selectedProxyRows();
    QStringList uuids;
    for (int row : rows)
        uuids << m_proxy->index(row, 0).data(RunTableModel::RunIdRole).toString();
    QModelIndex current = m_table->selectionModel()->currentIndex();
    QString currentId = current.isValid() && std::binary_search(rows.begin(), rows.end(), current.row())
        ? current.data(RunTableModel::RunIdRole).toString()
        : (uuids.isEmpty() ? QString() : uuids.first());
    m_selection->set(uuids, currentId);
}

std::vector<int> RunsView::selectedProxyRows() const
{
    std::vector<int> rows;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
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
    {
        QScopedValueRollback sizing(m_sizing, true);
        m_model->setUserColumns(columns);
    }
    m_sizedByUser = false;
    selectRuns(keep);
}

QByteArray RunsView::headerState() const { return m_table->horizontalHeader()->saveState(); }

void RunsView::restoreHeaderState(const QByteArray& state)
{
    QScopedValueRollback sizing(m_sizing, true);
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_sizedByUser = true;
}

void RunsView::setAutomaticColumns(bool on)
{
    m_automaticColumns = on;
    addSuggestedColumns();
}

void RunsView::refreshColumns()
{
    addSuggestedColumns();
    if (!m_sizedByUser)
        fitColumns();
}

void RunsView::addSuggestedColumns()
{
    if (!m_automaticColumns)
        return;
    // Only ever added: a column must not vanish under the user's eyes while runs arrive.
    int params = 0, metrics = 0;
    for (const auto& c : m_model->userColumns())
        ++(c.kind == RunColumn::Kind::Param ? params : metrics);
    QList<RunColumn> add;
    for (const auto& c : m_model->suggestedColumns()) {
        const bool isParam = c.kind == RunColumn::Kind::Param;
        int& shown = isParam ? params : metrics;
        if (m_model->columnOf(c) >= 0 || shown >= (isParam ? RunTableModel::kSuggestedParams : RunTableModel::kSuggestedMetrics))
            continue;
        ++shown;
        add << c;
    }
    for (int column : m_model->addUserColumns(add))
        fitColumns(column, column);
}

int RunsView::widestNumber() const
{
    // A value with all of NumberFormat's digits: a live metric's next value fits too.
    return m_table->fontMetrics().horizontalAdvance(NumberFormat::value(-0.123456789)) + 14;
}

void RunsView::fitColumns(int first, int last, bool growOnly)
{
    const int count = m_model->columnCount();
    if (last < 0 || last >= count)
        last = count - 1;
    QScopedValueRollback sizing(m_sizing, true);
    QHeaderView* header = m_table->horizontalHeader();
    // A long name or tag must not push every other column out of sight.
    const int cap = m_table->fontMetrics().averageCharWidth() * 40;
    for (int c = first; c <= last; ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int heading = header->sectionSizeHint(c);
        // QTableView hides the size hint that QAbstractItemView offers.
        int width = std::max(static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(c), heading);
        if (m_model->columnAt(c).isMetric() && m_model->rowCount() > 0)
            width = std::max(width, widestNumber());
        width = std::min(width, std::max(cap, heading));
        if (!growOnly || width > m_table->columnWidth(c))
            m_table->setColumnWidth(c, width);
    }
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
            emit columnsChosen(columns);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Choose Columns…"), this, &RunsView::chooseColumnsRequested);
    menu.addAction(tr("Fit Columns to Contents"), this, [this] {
        fitColumns();
        m_sizedByUser = false;
    });
    menu.exec(header->mapToGlobal(pos));
}

} // namespace runlens

#include "MainWindow.h"

#include "RunTableModel.h"
#include "StoreSession.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace runlens {

MainWindow::MainWindow(StoreSession* session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_runModel(new RunTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView), m_experiments(new QListWidget),
      m_stack(new QStackedWidget), m_emptyLabel(new QLabel)
{
    setWindowTitle(tr("Runlens"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/runlens.svg")));
    m_proxy->setSourceModel(m_runModel);
    m_proxy->setSortRole(RunTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunTableModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(buildEmptyState());
    setCentralWidget(m_stack);
    buildMenus();
    buildExperimentsDock();
    connect(m_session, &StoreSession::storeChanged, this, &MainWindow::reload);
    connect(m_session, &StoreSession::errorOccurred, this, &MainWindow::showError);
    resize(1200, 760);
    reload();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Store…"), this, &MainWindow::openStoreDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* refresh = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildExperimentsDock()
{
    auto* dock = new QDockWidget(tr("Experiments"), this);
    dock->setObjectName(QStringLiteral("experimentsDock"));
    dock->setWidget(m_experiments);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_experiments, &QListWidget::currentRowChanged, this, &MainWindow::experimentChosen);
}

QWidget* MainWindow::buildEmptyState()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    auto* demo = new QPushButton(tr("Fill with demo runs"));
    demo->setToolTip(tr("Trains small classifiers and logs them, so there is something to explore"));
    connect(demo, &QPushButton::clicked, this, [this] { m_session->fillWithDemoData(); });
    layout->addStretch();
    layout->addWidget(m_emptyLabel);
    layout->addWidget(demo, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

void MainWindow::reload()
{
    QString current = m_experiments->currentItem() ? m_experiments->currentItem()->data(Qt::UserRole).toString()
                                                   : QString();
    m_experiments->blockSignals(true);
    m_experiments->clear();
    auto* all = new QListWidgetItem(tr("All experiments"), m_experiments);
    all->setData(Qt::UserRole, QString());
    for (const auto& e : m_session->experiments()) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(QString::fromStdString(e.name)).arg(e.runCount),
                                         m_experiments);
        item->setData(Qt::UserRole, QString::fromStdString(e.name));
        if (item->data(Qt::UserRole).toString() == current)
            m_experiments->setCurrentItem(item);
    }
    if (!m_experiments->currentItem())
        m_experiments->setCurrentRow(0);
    m_experiments->blockSignals(false);
    experimentChosen();
}

void MainWindow::experimentChosen()
{
    QString experiment = m_experiments->currentItem() ? m_experiments->currentItem()->data(Qt::UserRole).toString()
                                                      : QString();
    auto runs = m_session->runs({.experiment = experiment.toStdString()});
    int shown = int(runs.size());
    m_runModel->setRuns(std::move(runs));
    m_table->resizeColumnsToContents();
    if (shown == 0) {
        m_emptyLabel->setText(m_session->isOpen()
                                  ? tr("No runs in this store yet.\nLog some from Python with runlens.start_run(), "
                                       "or fill it with demo runs.")
                                  : tr("No store is open."));
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
    }
    updateStatusBar(shown);
}

void MainWindow::updateStatusBar(int shown)
{
    statusBar()->showMessage(tr("%1 — %n run(s)", nullptr, shown).arg(m_session->path()));
}

void MainWindow::openStoreDialog()
{
    QString path = QFileDialog::getOpenFileName(this, tr("Open Store"), QString(),
                                                tr("Runlens stores (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_session->open(path);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    if (isVisible())
        QMessageBox::warning(this, tr("Runlens"), message);
}

} // namespace runlens

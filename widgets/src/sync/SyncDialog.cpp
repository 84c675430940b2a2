#include "sync/SyncDialog.h"

#include "common/NumberFormat.h"
#include "common/StoreSession.h"
#include "runs/QueryErrorText.h"

#include "runlens/query/Query.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace runlens {

namespace {
// A sync can report thousands of conflicts; the counts above the table say the rest.
constexpr int kMaxRows = 500;
// Values can be whole notes or diagrams: a cell shows the start, the tooltip more.
constexpr int kCellChars = 120;
constexpr int kToolTipChars = 1000;
constexpr int kMaxColumnWidth = 200;

enum Column { What, Subject, Key, SourceValue, TargetValue, Kept, ColumnCount };

// Plural forms pick by an int.
int plural(std::int64_t n) { return static_cast<int>(std::min<std::int64_t>(n, INT_MAX)); }

QString text(const std::string& s) { return QString::fromStdString(s); }

// Paths are bytes on disk; a path typed or chosen here is in the file-name encoding.
std::string pathOf(const QComboBox* combo) { return QFile::encodeName(combo->currentText().trimmed()).toStdString(); }

QComboBox* storeCombo(const QString& placeholder)
{
    auto* combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert); // typing a path does not add it to the list
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(36); // long paths must not widen the dialog off screen
    combo->lineEdit()->setPlaceholderText(placeholder);
    return combo;
}

// The table elides what does not fit its column: the tooltip has the whole value.
QTableWidgetItem* cell(const QString& full)
{
    QString shown = full.section(QLatin1Char('\n'), 0, 0);
    if (shown.size() > kCellChars || shown.size() < full.size())
        shown = shown.left(kCellChars) + QStringLiteral("…");
    auto* item = new QTableWidgetItem(shown);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(full.left(kToolTipChars));
    return item;
}

// A run's uuid as the CLI names it in its conflicts, by its first 8 digits; a name as it is.
QTableWidgetItem* subjectCell(const QString& subject)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{32}$"));
    if (!uuid.match(subject).hasMatch())
        return cell(subject);
    QTableWidgetItem* item = cell(subject.left(8));
    item->setToolTip(subject);
    return item;
}
} // namespace

SyncDialog::SyncDialog(StoreSession* session, const QStringList& recentStores, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sync Runs"));
    setModal(true);
    buildInputs();
    buildResults();
    fillStores(recentStores);
    setRunning(false);
    resize(780, sizeHint().height()); // grows when there is a summary to show
}

SyncDialog::~SyncDialog()
{
    // Only when the application quits mid-sync: finished() never comes, so clean up here.
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

void SyncDialog::buildInputs()
{
    m_inputs = new QWidget(this);
    m_source = storeCombo(tr("The store to bring runs from"));
    m_target = storeCombo(tr("The store the runs arrive in (created when missing)"));
    m_source->setObjectName(QStringLiteral("source"));
    m_target->setObjectName(QStringLiteral("target"));
    auto* swap = new QToolButton;
    swap->setText(QStringLiteral("⇄"));
    swap->setToolTip(tr("Swap source and target"));
    connect(swap, &QToolButton::clicked, this, &SyncDialog::swapStores);
    m_query = new QLineEdit;
    m_query->setObjectName(QStringLiteral("query"));
    m_query->setPlaceholderText(tr("All runs, or a query such as params.lr < 0.1 and status = finished"));
    m_query->setToolTip(tr("Only the source's runs this query matches are synced (the query language of the query bar)"));
    m_includeDeleted = new QCheckBox(tr("Bring back runs the target has &deleted"));
    m_includeDeleted->setToolTip(tr("Without this, a run deleted in the target stays deleted there, "
                                    "even though the source still has it"));

    auto* sourceLabel = new QLabel(tr("&Source:"));
    sourceLabel->setBuddy(m_source);
    auto* targetLabel = new QLabel(tr("&Target:"));
    targetLabel->setBuddy(m_target);
    auto* queryLabel = new QLabel(tr("&Query:"));
    queryLabel->setBuddy(m_query);
    auto* grid = new QGridLayout(m_inputs);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(sourceLabel, 0, 0);
    grid->addWidget(m_source, 0, 1);
    grid->addWidget(browseButton(m_source, true), 0, 2);
    grid->addWidget(swap, 0, 3, 2, 1); // between the two rows it swaps
    grid->addWidget(targetLabel, 1, 0);
    grid->addWidget(m_target, 1, 1);
    grid->addWidget(browseButton(m_target, false), 1, 2);
    grid->addWidget(queryLabel, 2, 0);
    grid->addWidget(m_query, 2, 1, 1, 3);
    grid->addWidget(m_includeDeleted, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
}

void SyncDialog::buildResults()
{
    auto* hint = new QLabel(tr("Runs are matched by their UUID: new runs arrive whole, known runs their new points, "
                               "fields and artifacts. The source is only read."));
    hint->setWordWrap(true);
    m_errorLine = new QLabel;
    m_errorLine->setObjectName(QStringLiteral("error"));
    m_errorLine->setWordWrap(true);
    m_errorLine->setTextFormat(Qt::PlainText);
    m_errorLine->setStyleSheet(QStringLiteral("color: #e53935")); // the query bar's error red
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_bar = new QProgressBar;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Subject"), tr("Key"), tr("Source value"), tr("Target value"), tr("Kept")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // one line a row; long values are elided
    // The two values share what the short columns leave: no horizontal scrolling.
    m_table->horizontalHeader()->setSectionResizeMode(SourceValue, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TargetValue, QHeaderView::Stretch);

    m_preview = new QPushButton(tr("&Preview"));
    m_preview->setToolTip(tr("Show what a sync would bring and every conflict, without writing anything"));
    m_preview->setDefault(true); // Enter in the query previews; writing takes a deliberate click
    m_sync = new QPushButton(tr("S&ync"));
    m_sync->setToolTip(tr("Copy the runs into the target store"));
    m_sync->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop after the current run; runs copied so far stay"));
    m_cancel->setAutoDefault(false);
    m_close = new QPushButton(tr("Close"));
    m_close->setAutoDefault(false);
    connect(m_preview, &QPushButton::clicked, this, &SyncDialog::preview);
    connect(m_sync, &QPushButton::clicked, this, &SyncDialog::sync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &SyncDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_sync);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_inputs);
    layout->addWidget(m_errorLine);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addStretch(); // keeps the rows at the top while the table is hidden
    layout->addLayout(buttons);
    m_errorLine->hide();
    m_status->hide();
    m_summary->hide();
    m_table->hide();
}

QPushButton* SyncDialog::browseButton(QComboBox* combo, bool mustExist)
{
    auto* button = new QPushButton(tr("Browse…"));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, combo, mustExist] { browse(combo, mustExist); });
    return button;
}

void SyncDialog::fillStores(const QStringList& recentStores)
{
    const QString open = m_session && m_session->isOpen() ? m_session->path() : QString();
    QStringList stores;
    if (!open.isEmpty())
        stores << open;
    for (const QString& path : recentStores) {
        if (!stores.contains(path))
            stores << path;
    }
    for (QComboBox* combo : {m_source, m_target}) {
        combo->addItems(stores);
        combo->setCurrentIndex(-1);
    }
    // Pull into what the user is looking at; a store open read-only can only give.
    const bool openGives = m_session && m_session->isReadOnly();
    QComboBox* here = openGives ? m_source : m_target;
    QComboBox* other = openGives ? m_target : m_source;
    const int firstOther = open.isEmpty() ? 0 : 1;
    if (!open.isEmpty())
        here->setCurrentIndex(0);
    // The most recent other store is the likeliest partner.
    if (stores.size() > firstOther)
        other->setCurrentIndex(firstOther);
}

void SyncDialog::browse(QComboBox* combo, bool mustExist)
{
    QString start = combo->currentText().trimmed();
    if (start.isEmpty() && m_session && m_session->isOpen())
        start = QFileInfo(m_session->path()).absolutePath();
    const QString filter = tr("Runlens stores (*.db *.sqlite *.sqlite3);;All files (*)");
    // The target may be a new file: a save dialog, without "replace it?" for one that exists.
    const QString path = mustExist
        ? QFileDialog::getOpenFileName(this, tr("Source Store"), start, filter)
        : QFileDialog::getSaveFileName(this, tr("Target Store"), start, filter, nullptr,
                                       QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        combo->setCurrentText(path);
}

void SyncDialog::swapStores()
{
    const QString source = m_source->currentText();
    m_source->setCurrentText(m_target->currentText());
    m_target->setCurrentText(source);
}

void SyncDialog::preview() { begin(true); }

void SyncDialog::sync() { begin(false); }

void SyncDialog::begin(bool dryRun)
{
    if (isRunning())
        return;
    // The last run's results would read as this one's.
    m_report = {};
    m_error.clear();
    showError({});
    m_status->hide();
    m_summary->hide();
    m_table->hide();
    if (!checkInputs())
        return;
    m_dryRun = dryRun;
    SyncOptions options;
    options.query = m_query->text().toStdString();
    options.dryRun = dryRun;
    options.includeDeleted = m_includeDeleted->isChecked();
    setRunning(true);
    startWorker(options);
}

bool SyncDialog::checkInputs() { return checkStores() && checkQuery(); }

bool SyncDialog::checkStores()
{
    const QString source = m_source->currentText().trimmed();
    const QString target = m_target->currentText().trimmed();
    QComboBox* wrong = nullptr;
    if (source.isEmpty()) {
        showError(tr("Choose the store to bring runs from."));
        wrong = m_source;
    } else if (target.isEmpty()) {
        showError(tr("Choose the store the runs arrive in."));
        wrong = m_target;
    } else if (!source.contains(QStringLiteral("://"))) {
        // Core refuses these too, but in English; files are easy to check here. A store
        // given as an address is for core alone to judge.
        const QFileInfo from(source), into(target);
        if (!from.exists()) {
            showError(tr("There is no store at %1.").arg(source));
            wrong = m_source;
        } else if (into.exists() && from.canonicalFilePath() == into.canonicalFilePath()) {
            showError(tr("The source and the target are the same store: choose another one."));
            wrong = m_target;
        }
    }
    if (wrong)
        wrong->setFocus();
    return !wrong;
}

bool SyncDialog::checkQuery()
{
    // Core would refuse the query too, but only after opening both stores, and in English.
    const QByteArray utf8 = m_query->text().toUtf8();
    try {
        Query::parse(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    } catch (const QueryError& e) {
        showError(tr("The query does not parse, column %1: %2")
                      .arg(NumberFormat::count(static_cast<std::int64_t>(e.column())), QueryErrorText::message(e)));
        const auto bytes = qsizetype(std::min<std::size_t>(e.position(), std::size_t(utf8.size())));
        m_query->setFocus();
        m_query->setCursorPosition(int(QString::fromUtf8(utf8.constData(), bytes).size()));
        return false;
    }
    return true;
}

void SyncDialog::startWorker(const SyncOptions& options)
{
    const std::string source = pathOf(m_source);
    const std::string target = pathOf(m_target);
    m_cancelRequested = false;
    m_progressQueued = false;
    StoreSync::ProgressFn progress = [this](const SyncProgress& p) {
        // At most one update queued at a time: thousands of small runs must not flood the GUI.
        if (!m_progressQueued.exchange(true)) {
            QMetaObject::invokeMethod(this, [this, p] {
                m_progressQueued = false;
                showProgress(p);
            }, Qt::QueuedConnection);
        }
        return !m_cancelRequested.load();
    };
    // Core opens both stores on connections of its own: the window keeps reading the open
    // store (WAL) while each run arrives in its own write transaction.
    m_thread = QThread::create([this, source, target, options, progress] {
        m_report = m_session->syncStores(source, target, options, progress, m_error);
    });
    connect(m_thread, &QThread::finished, this, &SyncDialog::finished, Qt::QueuedConnection);
    emit syncStarted(options.dryRun);
    m_thread->start();
}

void SyncDialog::showProgress(const SyncProgress& progress)
{
    if (!isRunning())
        return;
    if (progress.runsTotal > 0) {
        m_bar->setRange(0, plural(static_cast<std::int64_t>(progress.runsTotal)));
        m_bar->setValue(plural(static_cast<std::int64_t>(progress.runsDone)));
    }
    if (m_cancelRequested)
        return; // keep saying that it is cancelling
    const QString done = NumberFormat::count(static_cast<std::int64_t>(progress.runsDone));
    const QString total = NumberFormat::count(static_cast<std::int64_t>(progress.runsTotal));
    m_status->setText(m_dryRun ? tr("Previewing: %1 of %2 runs checked…").arg(done, total)
                               : tr("Syncing: %1 of %2 runs, %3 points so far…")
                                     .arg(done, total, NumberFormat::count(progress.points)));
}

void SyncDialog::cancel()
{
    if (!isRunning() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling after the current run…"));
}

void SyncDialog::reject()
{
    // Closing while the worker runs means cancel; the dialog goes when it is done, so
    // the worker never outlives what it writes into.
    if (isRunning()) {
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void SyncDialog::finished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    setRunning(false);
    if (!m_error.isEmpty()) {
        m_status->hide();
        showError(tr("The sync stopped: %1").arg(m_error));
    } else {
        showSummary();
    }
    emit syncFinished();
    if (m_closeWhenDone)
        QDialog::reject();
}

void SyncDialog::setRunning(bool running)
{
    m_inputs->setEnabled(!running);
    m_preview->setEnabled(!running);
    m_sync->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_bar->setVisible(running);
    if (!running)
        return;
    m_bar->setRange(0, 0); // busy until core knows how many runs there are
    m_status->setText(tr("Opening the stores…"));
    m_status->show();
    m_cancel->setFocus();
}

void SyncDialog::growTo(int h)
{
    resize(width(), h);
    // Grown downwards from where it opened, its buttons could leave a small screen.
    const QRect screenArea = screen()->availableGeometry();
    const int overhang = frameGeometry().bottom() - screenArea.bottom();
    if (overhang > 0)
        move(x(), std::max(screenArea.top(), y() - overhang));
}

void SyncDialog::showError(const QString& message)
{
    m_errorLine->setText(message);
    m_errorLine->setVisible(!message.isEmpty());
}

QString SyncDialog::error() const { return m_errorLine->text(); }

QString SyncDialog::summaryText() const
{
    if (m_summary->isHidden())
        return {};
    return m_status->text() + QLatin1Char('\n') + m_summary->text();
}

void SyncDialog::showSummary()
{
    m_status->setText(headline());
    m_status->show();
    QStringList lines{arrivals()};
    const QString rest = settled();
    if (!rest.isEmpty())
        lines << rest;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->show();
    fillTable();
    if (!m_table->isHidden() && height() < 520)
        growTo(520); // room for a few rows of the table
}

QString SyncDialog::headline() const
{
    if (m_report.cancelled)
        return m_dryRun ? tr("Preview cancelled.")
                        : tr("Sync cancelled. Runs that arrived stay; syncing again finishes the job.");
    return m_dryRun ? tr("Preview: nothing was written.") : tr("Sync finished.");
}

QString SyncDialog::arrivals() const
{
    const SyncReport& r = m_report;
    if (r.runsSelected == 0)
        return m_query->text().trimmed().isEmpty() ? tr("The source has no runs.")
                                                   : tr("No run of the source matches the query.");
    QStringList parts;
    if (r.runsNew > 0)
        parts << tr("%1 new run(s)", "", plural(r.runsNew)).arg(NumberFormat::count(r.runsNew));
    if (r.runsUpdated > 0)
        parts << tr("%1 updated run(s)", "", plural(r.runsUpdated)).arg(NumberFormat::count(r.runsUpdated));
    if (r.points > 0)
        parts << tr("%1 point(s)", "", plural(r.points)).arg(NumberFormat::count(r.points));
    if (r.artifacts > 0)
        parts << tr("%1 artifact(s) (%2)", "", plural(r.artifacts))
                     .arg(NumberFormat::count(r.artifacts), NumberFormat::locale().formattedDataSize(r.artifactBytes));
    if (r.experimentsNew > 0)
        parts << tr("%1 new experiment(s)", "", plural(r.experimentsNew)).arg(NumberFormat::count(r.experimentsNew));
    if (r.diagrams > 0)
        parts << tr("%1 diagram(s)", "", plural(r.diagrams)).arg(NumberFormat::count(r.diagrams));
    if (r.directions > 0)
        parts << tr("%1 metric direction(s)", "", plural(r.directions)).arg(NumberFormat::count(r.directions));
    QString line;
    if (parts.isEmpty())
        line = m_dryRun ? tr("Nothing would arrive.") : tr("Nothing arrived.");
    else
        line = (m_dryRun ? tr("Would arrive: %1.") : tr("Arrived: %1.")).arg(parts.join(QStringLiteral(", ")));
    if (r.runsUnchanged > 0)
        line += QLatin1Char(' ')
            + tr("%1 run(s) already up to date.", "", plural(r.runsUnchanged)).arg(NumberFormat::count(r.runsUnchanged));
    return line;
}

QString SyncDialog::settled() const
{
    const SyncReport& r = m_report;
    QStringList lines;
    if (!r.conflicts.empty())
        lines << tr("%1 conflict(s) settled: the later edit wins; the table shows which side was kept.", "",
                    plural(r.conflicts.size())).arg(NumberFormat::count(r.conflicts.size()));
    if (!r.skippedDeleted.empty())
        lines << tr("%1 run(s) left out because the target deleted them; tick “Bring back runs the target "
                    "has deleted” to sync them.", "", plural(r.skippedDeleted.size())).arg(NumberFormat::count(r.skippedDeleted.size()));
    if (!r.skippedImported.empty())
        lines << tr("%1 run(s) left out: the target holds their import as another run.", "",
                    plural(r.skippedImported.size())).arg(NumberFormat::count(r.skippedImported.size()));
    if (!r.problems.empty())
        lines << tr("%1 run(s) or artifact(s) left out because the source could not be read.", "",
                    plural(r.problems.size())).arg(NumberFormat::count(r.problems.size()));
    return lines.join(QLatin1Char('\n'));
}

void SyncDialog::fillTable()
{
    const SyncReport& r = m_report;
    m_table->setRowCount(0);
    auto room = [this] { return m_table->rowCount() < kMaxRows; };
    const QString source = tr("source"), target = tr("target");
    for (const SyncConflict& c : r.conflicts) {
        if (!room())
            break;
        const bool fromSource = c.winner == SyncConflict::Winner::Source;
        addTableRow({fieldText(c.field), text(c.subject), text(c.key), valueText(c.field, c.sourceValue),
                     valueText(c.field, c.targetValue), fromSource ? source : target},
                    fromSource ? SourceValue : TargetValue);
    }
    // Runs left out by the rules are conflicts too, which the target's side won.
    for (const std::string& uuid : r.skippedDeleted) {
        if (!room())
            break;
        addTableRow({tr("deleted run"), text(uuid), {}, tr("present"), tr("deleted"), target}, TargetValue);
    }
    for (const std::string& uuid : r.skippedImported) {
        if (!room())
            break;
        addTableRow({tr("imported run"), text(uuid), {}, tr("present"), tr("imported as another run"), target},
                    TargetValue);
    }
    for (const std::string& problem : r.problems) {
        if (!room())
            break;
        addSentenceRow(tr("left out"), text(problem));
    }
    const auto all = static_cast<std::int64_t>(r.conflicts.size() + r.skippedDeleted.size()
                                               + r.skippedImported.size() + r.problems.size());
    if (all > m_table->rowCount())
        addSentenceRow({}, tr("… and %n more", "", plural(all - m_table->rowCount())));
    m_table->setVisible(m_table->rowCount() > 0);
    // Only the short columns: sized to their contents, the two values would push the
    // rest out of view instead of sharing what is left.
    for (int c : {What, Subject, Key, Kept}) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), kMaxColumnWidth));
    }
}

void SyncDialog::addTableRow(const QStringList& cells, int keptColumn)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < ColumnCount; ++c) {
        QTableWidgetItem* item = c == Subject ? subjectCell(cells.value(c)) : cell(cells.value(c));
        if (c == keptColumn) { // the value that stays, at a glance
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_table->setItem(row, c, item);
    }
}

void SyncDialog::addSentenceRow(const QString& what, const QString& sentence)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, What, cell(what));
    m_table->setItem(row, Subject, cell(sentence));
    m_table->setSpan(row, Subject, 1, ColumnCount - Subject); // a sentence, not a value
}

QString SyncDialog::fieldText(SyncConflict::Field field)
{
    using F = SyncConflict::Field;
    switch (field) {
    case F::RunName: return tr("run name");
    case F::RunNotes: return tr("run notes");
    case F::RunArchived: return tr("run archived");
    case F::Param: return tr("param");
    case F::Tag: return tr("tag");
    case F::ExperimentNotes: return tr("experiment notes");
    case F::ExperimentArchived: return tr("experiment archived");
    case F::MetricDirection: return tr("metric direction");
    case F::Diagram: return tr("diagram");
    case F::Artifact: return tr("artifact");
    }
    return QString::fromUtf8(toString(field)); // a field newer than this dialog: core's words
}

QString SyncDialog::valueText(SyncConflict::Field field, const std::string& value)
{
    // The one kind of value core writes in words: whether a run or experiment is archived.
    if (field == SyncConflict::Field::RunArchived || field == SyncConflict::Field::ExperimentArchived) {
        if (value == "archived")
            return tr("archived");
        if (value == "not archived")
            return tr("not archived");
    }
    return text(value);
}

} // namespace runlens

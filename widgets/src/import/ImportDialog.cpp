#include "import/ImportDialog.h"

#include "common/StoreSession.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace runlens {

namespace {
// Long lists are cut: the counts above them say the rest.
constexpr int kMaxListed = 200;

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}
}

ImportReport ImportDialog::run(QWidget* parent, StoreSession* session, const QStringList& paths)
{
    ImportDialog dialog(session, paths, parent);
    QTimer::singleShot(0, &dialog, [&dialog] { dialog.start(); });
    dialog.exec();
    return dialog.m_report;
}

ImportDialog::ImportDialog(StoreSession* session, const QStringList& paths, QWidget* parent)
    : QDialog(parent), m_session(session), m_paths(paths)
{
    setWindowTitle(tr("Import Runs"));
    setModal(true);
    resize(720, 420);
    m_status = new QLabel(tr("Looking for MLflow, TensorBoard and CSV logs…"), this);
    m_status->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_summary = new QTextBrowser(this);
    m_summary->setOpenLinks(false);
    m_summary->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop after the run being written; runs imported so far stay"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setEnabled(false);
    m_close->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
    }
}

void ImportDialog::start()
{
    std::vector<std::string> paths;
    for (const QString& p : m_paths)
        paths.push_back(QFile::encodeName(p).toStdString()); // file names are bytes on disk
    ImportOptions options;
    options.isCancelled = [this] { return m_cancelRequested.load(); };
    options.progress = [this](const ImportProgress& p) {
        // At most one update queued at a time: a fast import must not flood the GUI.
        if (m_progressQueued.exchange(true))
            return;
        QString path = QString::fromStdString(p.path);
        double fraction = p.fraction;
        qint64 runs = p.runsImported;
        QMetaObject::invokeMethod(this, [this, fraction, path, runs] {
            m_progressQueued = false;
            showProgress(fraction, path, runs);
        }, Qt::QueuedConnection);
    };
    // The session imports on a connection of its own: the window's connection keeps
    // reading (WAL) while the import holds a write transaction, instead of waiting for it.
    m_thread = QThread::create([this, paths, options] { m_report = m_session->importPaths(paths, options); });
    connect(m_thread, &QThread::finished, this, &ImportDialog::finished, Qt::QueuedConnection);
    m_thread->start();
}

void ImportDialog::showProgress(double fraction, const QString& path, qint64 runs)
{
    if (!m_thread)
        return;
    m_bar->setValue(static_cast<int>(fraction * 1000));
    if (!m_cancelRequested)
        m_status->setText(path.isEmpty() ? tr("Importing… %n run(s) so far", "", static_cast<int>(runs))
                                         : tr("Importing %1… %n run(s) so far", "", static_cast<int>(runs)).arg(path));
}

void ImportDialog::cancel()
{
    if (!m_thread)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: finishing the run being written…"));
}

void ImportDialog::reject()
{
    // Closing the window while importing means cancel; the dialog closes when done.
    if (m_thread) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::finished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_bar->setValue(m_bar->maximum());
    m_bar->hide();
    m_cancel->hide();
    m_close->setEnabled(true);
    m_close->setFocus();
    if (!m_report.storeError.empty())
        m_status->setText(tr("The import stopped because the store could not be written."));
    else if (m_report.cancelled)
        m_status->setText(tr("Import cancelled. Runs imported before that stay in the store."));
    else if (m_report.runsImported == 0 && m_report.runsAlreadyImported == 0)
        m_status->setText(tr("Nothing could be imported."));
    else
        m_status->setText(tr("Import finished."));
    m_summary->setHtml(summaryHtml());
    m_summary->show();
}

QString ImportDialog::summaryHtml() const
{
    const ImportReport& r = m_report;
    QString out;
    out += QStringLiteral("<p><b>%1</b><br>%2</p>")
               .arg(tr("Imported %n run(s)", "", static_cast<int>(r.runsImported)),
                    tr("%1 points, %2 params, %3 artifact files")
                        .arg(r.points).arg(r.params).arg(r.artifacts));
    if (!r.storeError.empty())
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Store error:"), html(r.storeError));
    // What went wrong first: the list of imported runs can be long.
    if (r.runsAlreadyImported > 0)
        out += QStringLiteral("<p><b>%1</b><br>%2</p>")
                   .arg(tr("Already in the store: %n run(s) skipped", "", static_cast<int>(r.runsAlreadyImported)),
                        tr("Importing the same files again adds nothing."));
    if (!r.problems.empty()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>")
                   .arg(tr("Skipped or left out (%n):", "", static_cast<int>(r.problems.size())));
        int shown = 0;
        for (const auto& p : r.problems) {
            if (shown++ == kMaxListed)
                break;
            out += QStringLiteral("<li><i>%1</i>: %2</li>").arg(html(p.path), html(p.message));
        }
        out += QStringLiteral("</ul>");
        if (r.problems.size() > static_cast<std::size_t>(kMaxListed))
            out += QStringLiteral("<p>%1</p>").arg(tr("… and %n more", "", static_cast<int>(r.problems.size()) - kMaxListed));
    }
    if (!r.imported.empty()) {
        out += QStringLiteral("<table cellspacing=4><tr><th align=left>%1</th><th align=left>%2</th>"
                              "<th align=left>%3</th><th align=left>%4</th></tr>")
                   .arg(tr("Format"), tr("Experiment"), tr("Run"), tr("From"));
        int shown = 0;
        for (const auto& run : r.imported) {
            if (shown++ == kMaxListed)
                break;
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                       .arg(html(run.format), html(run.experiment), html(run.name), html(run.path));
        }
        out += QStringLiteral("</table>");
        if (r.imported.size() > static_cast<std::size_t>(kMaxListed))
            out += QStringLiteral("<p>%1</p>").arg(tr("… and %n more", "", static_cast<int>(r.imported.size()) - kMaxListed));
    }
    return out;
}

} // namespace runlens

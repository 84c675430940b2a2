#include "report/ReportDialog.h"

#include "report/ReportBuilder.h"
#include "report/ReportContext.h"
#include "common/StoreSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace runlens {

namespace {
const QString kGroup = QStringLiteral("report");
}

ReportDialog::ReportDialog(StoreSession* session, std::vector<RunRecord> runs, const QString& baselineId,
                           const QString& query, QWidget* parent)
    : QDialog(parent), m_session(session), m_runs(std::move(runs)), m_query(query)
{
    setWindowTitle(tr("Export Report"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(ReportBuilder::defaultTitle());
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);
    layout->addWidget(buildSections());
    layout->addWidget(buildLayoutBox());
    layout->addWidget(buildOutput());
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setText(m_runs.empty() ? tr("No runs are selected: the report will only say so.")
                                   : tr("%n run(s) will be in the report.", nullptr, int(m_runs.size())));
    layout->addWidget(m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    layout->addWidget(buttons);
    loadSettings();
    if (!baselineId.isEmpty())
        if (int i = m_baseline->findData(baselineId); i >= 0)
            m_baseline->setCurrentIndex(i);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateOk);
    updateOk();
}

QWidget* ReportDialog::buildSections()
{
    auto* box = new QGroupBox(tr("Sections"), this);
    auto* grid = new QGridLayout(box);
    int i = 0;
    for (ReportSection s : ReportSections::all()) {
        auto* check = new QCheckBox(ReportSections::title(s), box);
        check->setObjectName(QStringLiteral("section:") + ReportSections::id(s));
        m_sections.insert(s, check);
        grid->addWidget(check, i / 2, i % 2);
        ++i;
    }
    return box;
}

QWidget* ReportDialog::buildLayoutBox()
{
    auto* box = new QGroupBox(tr("Paper and comparison"), this);
    auto* form = new QFormLayout(box);
    m_page = new QComboBox(box);
    for (auto id : {QPageSize::A4, QPageSize::Letter, QPageSize::A3, QPageSize::A5, QPageSize::Legal})
        m_page->addItem(QPageSize::name(id), int(id));
    m_orientation = new QComboBox(box);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    auto* paper = new QHBoxLayout;
    paper->addWidget(m_page, 1);
    paper->addWidget(m_orientation, 1);
    // A form row whose field is a layout gets a label without a buddy, which shows its
    // mnemonic as a literal "&": give the label its buddy by hand.
    auto* pageLabel = new QLabel(tr("&Page:"), box);
    pageLabel->setBuddy(m_page);
    form->addRow(pageLabel, paper);
    m_grouping = new QComboBox(box);
    m_grouping->addItem(tr("Each run"), false);
    m_grouping->addItem(tr("Configurations (seeds together)"), true);
    form->addRow(tr("&Compare:"), m_grouping);
    m_baseline = new QComboBox(box);
    // Empty data: the report picks the column that can carry a comparison (finished
    // runs with finite metrics), the same rule as the Compare window and the CLI.
    m_baseline->addItem(tr("Automatic (finished runs with finite metrics, most runs)"), QString());
    for (const auto& r : m_runs)
        m_baseline->addItem(QStringLiteral("%1 (%2)").arg(ReportContext::runName(r), QString::fromStdString(r.uuid.substr(0, 8))),
                            QString::fromStdString(r.uuid));
    m_baseline->setEnabled(!m_runs.empty());
    form->addRow(tr("&Baseline:"), m_baseline);
    return box;
}

QWidget* ReportDialog::buildOutput()
{
    auto* box = new QGroupBox(tr("Output"), this);
    auto* v = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(box);
    m_path->setPlaceholderText(tr("report.pdf or report.html"));
    m_path->setToolTip(tr("A .pdf file for paper, a .html file for a self-contained web page."));
    auto* browse = new QPushButton(tr("&Browse…"), box);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    v->addLayout(row);
    m_open = new QCheckBox(tr("&Open the file when done"), box);
    m_open->setChecked(true);
    v->addWidget(m_open);
    return box;
}

void ReportDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), outputPath(),
                                                tr("PDF document (*.pdf);;Web page (*.html)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

void ReportDialog::setOutputPath(const QString& path) { m_path->setText(QDir::toNativeSeparators(path)); }

QString ReportDialog::outputPath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

void ReportDialog::setOpenWhenDone(bool open) { m_open->setChecked(open); }

void ReportDialog::updateOk()
{
    QString path = outputPath();
    bool known = path.isEmpty() || ReportExporter::formatFor(path).has_value();
    m_ok->setEnabled(!path.isEmpty() && known);
    if (!known)
        m_note->setText(tr("The file name must end in .pdf or .html."));
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.sections.clear();
    for (ReportSection s : ReportSections::all())
        if (m_sections.value(s)->isChecked())
            o.sections << s;
    o.title = m_title->text().trimmed();
    o.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.groupByConfig = m_grouping->currentData().toBool();
    o.chart = m_chart;
    return o;
}

ReportInput ReportDialog::input() const
{
    ReportInput in;
    in.runs = m_runs;
    in.baselineId = m_baseline->currentData().toString().toStdString();
    in.query = m_query;
    in.storePath = m_session ? m_session->path() : QString();
    in.scope = m_scope;
    return in;
}

bool ReportDialog::exportNow(bool quiet)
{
    const QString path = outputPath();
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto step = [&](int percent, const QString& what) {
        progress.setValue(std::min(percent, 99));
        progress.setLabelText(tr("Writing the report… %1").arg(what));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    m_result = ReportExporter::exportReport(m_session, input(), options(), path, step);
    progress.reset();
    if (!m_result.ok) {
        if (!m_result.cancelled && !quiet)
            QMessageBox::warning(this, tr("Export Report"), tr("The report was not written.\n%1").arg(m_result.error));
        return false;
    }
    if (m_open->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    return true;
}

void ReportDialog::accept()
{
    saveSettings();
    if (exportNow())
        QDialog::accept();
}

void ReportDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(kGroup);
    QStringList unknown;
    QList<ReportSection> chosen = s.contains(QStringLiteral("sections"))
        ? ReportSections::parseList(s.value(QStringLiteral("sections")).toString(), &unknown)
        : ReportSections::defaults();
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
        it.value()->setChecked(chosen.contains(it.key()));
    m_page->setCurrentIndex(std::max(0, m_page->findData(s.value(QStringLiteral("page"), int(QPageSize::A4)).toInt())));
    m_orientation->setCurrentIndex(s.value(QStringLiteral("landscape"), false).toBool() ? 1 : 0);
    m_grouping->setCurrentIndex(s.value(QStringLiteral("byConfig"), false).toBool() ? 1 : 0);
    // The folder of the last report, else Documents, else home: one that exists, or the
    // first export of a new user failed ("Cannot write …/Documents/runlens-report.pdf").
    QString dir = QDir::homePath();
    for (const QString& f : {s.value(QStringLiteral("dir")).toString(),
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!f.isEmpty() && QDir(f).exists()) {
            dir = f;
            break;
        }
    }
    QString suffix = s.value(QStringLiteral("suffix"), QStringLiteral("pdf")).toString();
    setOutputPath(QDir(dir).filePath(QStringLiteral("runlens-report.") + suffix));
}

void ReportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue(QStringLiteral("sections"), ReportSections::idList(options().sections));
    s.setValue(QStringLiteral("page"), m_page->currentData());
    s.setValue(QStringLiteral("landscape"), m_orientation->currentIndex() == 1);
    s.setValue(QStringLiteral("byConfig"), m_grouping->currentData().toBool());
    QFileInfo info(outputPath());
    s.setValue(QStringLiteral("dir"), info.absolutePath());
    s.setValue(QStringLiteral("suffix"), info.suffix().toLower());
}

} // namespace runlens

#include "runs/RunDetailsPanel.h"

#include "common/NumberFormat.h"
#include "common/RunColors.h"
#include "runs/RunTableModel.h"
#include "common/StatusStyle.h"
#include "common/StoreSession.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace runlens {

namespace {

QTableWidget* makeTable(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSortingEnabled(true);
    t->setWordWrap(false);
    return t;
}

// A cell that sorts numbers as numbers (text after them).
class Cell : public QTableWidgetItem {
public:
    bool operator<(const QTableWidgetItem& other) const override
    {
        QVariant a = data(Qt::UserRole), b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        if (a.isValid() != b.isValid())
            return a.isValid();
        return QTableWidgetItem::operator<(other);
    }
};

QTableWidgetItem* cell(const QString& text, std::optional<double> sortNumber = std::nullopt)
{
    auto* item = new Cell;
    if (sortNumber && !std::isnan(*sortNumber)) {
        item->setData(Qt::DisplayRole, text);
        item->setData(Qt::UserRole, *sortNumber);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    } else {
        item->setText(text);
    }
    item->setToolTip(text);
    return item;
}

} // namespace

RunDetailsPanel::RunDetailsPanel(StoreSession* session, const RunTableModel* runs, QWidget* parent)
    : QWidget(parent), m_session(session), m_runs(runs), m_header(new QLabel), m_stack(new QStackedWidget),
      m_empty(new QLabel(tr("Select a run to see its details."))), m_tabs(new QTabWidget),
      m_overview(new QTextBrowser), m_notes(new QTextBrowser),
      m_params(makeTable({tr("Parameter"), tr("Value")})), m_tags(makeTable({tr("Tag"), tr("Value")})),
      m_metrics(makeTable({tr("Metric"), tr("Slice"), tr("Points"), tr("Last"), tr("Min"), tr("Max"), tr("Steps")})),
      m_artifacts(new QTreeWidget)
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOverviewTab(), tr("Overview"));
    m_tabs->addTab(m_params, tr("Params"));
    m_tabs->addTab(buildTagsTab(), tr("Tags"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_tabs->addTab(buildArtifactsTab(), tr("Artifacts"));
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_header);
    v->addWidget(m_tabs, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);
}

QWidget* RunDetailsPanel::buildOverviewTab()
{
    auto* w = new QWidget;
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 4, 0, 0);
    m_overview->setOpenLinks(false);
    m_overview->setFrameShape(QFrame::NoFrame);
    connect(m_overview, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("run"))
            emit runLinkActivated(url.path());
    });
    m_notes->setOpenExternalLinks(true);
    m_notes->setObjectName(QStringLiteral("notesView"));
    auto* notesHeader = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Notes</b>"));
    auto* edit = new QPushButton(tr("Edit Notes…"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_run)
            emit editNotesRequested(QString::fromStdString(m_run->uuid));
    });
    notesHeader->addWidget(title);
    notesHeader->addStretch();
    notesHeader->addWidget(edit);
    auto* notesBox = new QWidget;
    auto* nv = new QVBoxLayout(notesBox);
    nv->setContentsMargins(0, 0, 0, 0);
    nv->addLayout(notesHeader);
    nv->addWidget(m_notes, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_overview);
    split->addWidget(notesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split);
    return w;
}

QWidget* RunDetailsPanel::buildTagsTab()
{
    auto* w = new QWidget;
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add Tag…"));
    auto* remove = new QPushButton(tr("Remove Tag"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_run)
            emit addTagRequested(QString::fromStdString(m_run->uuid));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        int row = m_tags->currentRow();
        if (m_run && row >= 0)
            emit removeTagRequested(QString::fromStdString(m_run->uuid), m_tags->item(row, 0)->text());
    });
    connect(m_tags, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_run)
            emit editTagRequested(QString::fromStdString(m_run->uuid), m_tags->item(row, 0)->text());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    v->addWidget(m_tags, 1);
    v->addLayout(buttons);
    return w;
}

QWidget* RunDetailsPanel::buildArtifactsTab()
{
    auto* w = new QWidget;
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_artifacts->setHeaderLabels({tr("File"), tr("Size"), tr("SHA-256")});
    m_artifacts->setRootIsDecorated(false);
    m_artifacts->setUniformRowHeights(true);
    m_artifacts->setAlternatingRowColors(true);
    connect(m_artifacts, &QTreeWidget::itemActivated, this, [this] { openArtifact(false); });
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open"));
    auto* folder = new QPushButton(tr("Show in Folder"));
    connect(open, &QPushButton::clicked, this, [this] { openArtifact(false); });
    connect(folder, &QPushButton::clicked, this, [this] { openArtifact(true); });
    buttons->addWidget(open);
    buttons->addWidget(folder);
    buttons->addStretch();
    v->addWidget(m_artifacts, 1);
    v->addLayout(buttons);
    return w;
}

void RunDetailsPanel::showRun(const std::optional<RunRecord>& run, int selected)
{
    m_run = run;
    if (!run) {
        m_stack->setCurrentIndex(0);
        return;
    }
    QColor color = RunColors::color(QString::fromStdString(run->uuid));
    QString header = QStringLiteral("<span style=\"color:%1; font-size:large\">■</span> <b style=\"font-size:large\">%2</b>")
                         .arg(color.name(), QString::fromStdString(run->name).toHtmlEscaped());
    if (selected > 1)
        header += QStringLiteral("<br><small>%1</small>").arg(tr("%n run(s) selected; this is the current one.", nullptr, selected));
    m_header->setText(header);
    m_overview->setHtml(overviewHtml(*run));
    if (run->notes.empty())
        m_notes->setHtml(QStringLiteral("<i>%1</i>").arg(tr("No notes yet.").toHtmlEscaped()));
    else
        m_notes->setMarkdown(QString::fromStdString(run->notes));
    fillParams(*run);
    fillTags(*run);
    fillMetrics(*run);
    fillArtifacts(*run);
    m_stack->setCurrentIndex(1);
}

QString RunDetailsPanel::overviewHtml(const RunRecord& run) const
{
    auto row = [](const QString& key, const QString& valueHtml) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(key.toHtmlEscaped(), valueHtml);
    };
    auto text = [](const std::string& s) {
        return s.empty() ? QStringLiteral("–") : QString::fromStdString(s).toHtmlEscaped();
    };
    auto link = [this](const std::string& uuid) {
        const RunRecord* r = m_runs->runById(QString::fromStdString(uuid));
        QString name = r ? QString::fromStdString(r->name) : QString::fromStdString(uuid.substr(0, 8));
        QColor c = RunColors::color(QString::fromStdString(uuid));
        return QStringLiteral("<span style=\"color:%1\">■</span> <a href=\"run:%2\">%3</a>")
            .arg(c.name(), QString::fromStdString(uuid), name.toHtmlEscaped());
    };
    QString status = QStringLiteral("<span style=\"color:%1\">●</span> %2 <small>(%3)</small>")
                         .arg(StatusStyle::color(run.status).name(), StatusStyle::label(run.status),
                              StatusStyle::toolTip(run).toHtmlEscaped());
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Status"), status);
    html += row(tr("Id"), QStringLiteral("<tt>%1</tt>").arg(QString::fromStdString(run.uuid)));
    html += row(tr("Experiment"), text(run.experiment));
    html += row(tr("Started"), StatusStyle::time(run.startTime));
    html += row(tr("Ended"), StatusStyle::ended(run).toHtmlEscaped());
    html += row(tr("Duration"), StatusStyle::duration(run.duration()));
    html += row(tr("Host"), text(run.host));
    html += row(tr("Git commit"), run.gitCommit.empty() ? QStringLiteral("–")
                                                        : QStringLiteral("<tt>%1</tt>").arg(text(run.gitCommit)));
    html += row(tr("Command"), run.command.empty() ? QStringLiteral("–")
                                                   : QStringLiteral("<tt>%1</tt>").arg(text(run.command)));
    if (!run.source.empty())
        html += row(tr("Imported from"), text(run.source));
    if (run.archived)
        html += row(tr("Archived"), tr("yes"));
    if (!run.parentUuid.empty())
        html += row(tr("Parent run"), link(run.parentUuid));
    QStringList children;
    for (const auto& r : m_runs->runs()) {
        if (r.parentUuid == run.uuid)
            children << link(r.uuid);
    }
    if (!children.isEmpty())
        html += row(tr("Child runs"), children.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    return html;
}

void RunDetailsPanel::fillParams(const RunRecord& run)
{
    m_params->setSortingEnabled(false);
    m_params->setRowCount(int(run.params.size()));
    int row = 0;
    for (const auto& [k, v] : run.params) {
        m_params->setItem(row, 0, cell(QString::fromStdString(k)));
        m_params->setItem(row, 1, cell(NumberFormat::param(v),
                                       v.isText() ? std::nullopt : v.asNumber()));
        ++row;
    }
    m_params->setSortingEnabled(true);
    m_params->resizeColumnToContents(0);
}

void RunDetailsPanel::fillTags(const RunRecord& run)
{
    m_tags->setSortingEnabled(false);
    m_tags->setRowCount(int(run.tags.size()));
    int row = 0;
    for (const auto& [k, v] : run.tags) {
        m_tags->setItem(row, 0, cell(QString::fromStdString(k)));
        m_tags->setItem(row, 1, cell(QString::fromStdString(v)));
        ++row;
    }
    m_tags->setSortingEnabled(true);
    m_tags->resizeColumnToContents(0);
}

void RunDetailsPanel::fillMetrics(const RunRecord& run)
{
    m_metrics->setSortingEnabled(false);
    m_metrics->setRowCount(int(run.series.size()));
    int row = 0;
    for (const auto& s : run.series) {
        m_metrics->setItem(row, 0, cell(QString::fromStdString(s.key)));
        m_metrics->setItem(row, 1, cell(QString::fromStdString(s.slice)));
        m_metrics->setItem(row, 2, cell(NumberFormat::integer(s.count), double(s.count)));
        m_metrics->setItem(row, 3, cell(NumberFormat::value(s.lastValue), s.lastValue));
        m_metrics->setItem(row, 4, cell(NumberFormat::value(s.minValue), s.minValue));
        m_metrics->setItem(row, 5, cell(NumberFormat::value(s.maxValue), s.maxValue));
        m_metrics->setItem(row, 6, cell(QStringLiteral("%1–%2").arg(NumberFormat::integer(s.firstStep),
                                                                    NumberFormat::integer(s.lastStep))));
        ++row;
    }
    m_metrics->setSortingEnabled(true);
    m_metrics->resizeColumnsToContents();
}

void RunDetailsPanel::fillArtifacts(const RunRecord& run)
{
    m_artifacts->clear();
    m_artifactsRun = QString::fromStdString(run.uuid);
    for (const auto& a : m_session->artifacts(m_artifactsRun)) {
        auto* item = new QTreeWidgetItem(m_artifacts, {QString::fromStdString(a.path),
                                                       QLocale().formattedDataSize(a.size),
                                                       QString::fromStdString(a.sha256).left(16) + QStringLiteral("…")});
        item->setData(0, Qt::UserRole, QString::fromStdString(a.path));
        item->setToolTip(0, QString::fromStdString(a.filePath));
        item->setToolTip(2, QString::fromStdString(a.sha256));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_artifacts->resizeColumnToContents(0);
    if (m_artifacts->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_artifacts, {tr("This run has no artifacts.")});
        none->setFlags(Qt::NoItemFlags);
    }
}

void RunDetailsPanel::openArtifact(bool folder)
{
    QTreeWidgetItem* item = m_artifacts->currentItem();
    if (!item)
        return;
    QString name = item->data(0, Qt::UserRole).toString();
    if (name.isEmpty())
        return;
    // A team store's artifact is fetched into the local cache first.
    QString path = m_session->artifactFile(m_artifactsRun, name);
    if (path.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder ? QFileInfo(path).absolutePath() : path));
}

} // namespace runlens

#include "runs/ExperimentsPanel.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QListWidget>
#include <QMenu>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace runlens {

ExperimentsPanel::ExperimentsPanel(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget), m_showArchived(new QCheckBox(tr("Show archived")))
{
    m_list->setObjectName(QStringLiteral("experimentsList"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);
    // A long name loses its middle, never its run count.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_showArchived->setToolTip(tr("Also list archived experiments, and show archived runs in the table"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_showArchived);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        QString name = item->data(Qt::UserRole).toString();
        if (name == m_current)
            return;
        m_current = name;
        emit currentChanged(name);
    });
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool on) {
        rebuild();
        emit showArchivedChanged(on);
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ExperimentsPanel::contextMenu);
}

void ExperimentsPanel::setExperiments(const std::vector<ExperimentRecord>& experiments)
{
    m_experiments = experiments;
    m_archived.clear();
    for (const auto& e : experiments) {
        if (e.archived)
            m_archived.insert(QString::fromStdString(e.name));
    }
    rebuild();
}

void ExperimentsPanel::rebuild()
{
    QSignalBlocker block(m_list);
    m_list->clear();
    qint64 total = 0;
    for (const auto& e : m_experiments)
        total += (!e.archived || showArchived()) ? e.runCount : 0;
    auto* all = new QListWidgetItem(tr("All experiments (%1)").arg(total), m_list);
    all->setData(Qt::UserRole, QString());
    QFont bold = all->font();
    bold.setBold(true);
    all->setFont(bold);
    QListWidgetItem* current = all;
    for (const auto& e : m_experiments) {
        if (e.archived && !showArchived())
            continue;
        QString name = QString::fromStdString(e.name);
        auto* item = new QListWidgetItem(e.archived ? tr("%1 (%2, archived)").arg(name).arg(e.runCount)
                                                    : tr("%1 (%2)").arg(name).arg(e.runCount),
                                         m_list);
        item->setData(Qt::UserRole, name);
        item->setToolTip(e.notes.empty() ? name : name + QLatin1Char('\n') + QString::fromStdString(e.notes));
        if (e.archived) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
        if (name == m_current)
            current = item;
    }
    m_list->setCurrentItem(current);
    fitWidthTo(all);
    if (current == all && !m_current.isEmpty()) {
        // The chosen experiment went away (archived, or another store).
        m_current.clear();
        QMetaObject::invokeMethod(this, [this] { emit currentChanged(QString()); }, Qt::QueuedConnection);
    }
}

void ExperimentsPanel::fitWidthTo(const QListWidgetItem* all)
{
    // "All experiments (N)" in bold is the line everyone reads: it must never be cut
    // ("Alle Experimente (…" in German). Frames, the item's padding and a scroll bar
    // around it, and no more than a side panel's share of a laptop screen.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    const int text = QFontMetrics(all->font()).horizontalAdvance(all->text());
    const int frame = 2 * m_list->frameWidth() + layout()->contentsMargins().left() + layout()->contentsMargins().right();
    setMinimumWidth(std::clamp(text + frame + scrollBar + 16, 160, 300));
}

QString ExperimentsPanel::current() const { return m_current; }

void ExperimentsPanel::setCurrent(const QString& name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
    }
}

bool ExperimentsPanel::showArchived() const { return m_showArchived->isChecked(); }

void ExperimentsPanel::setShowArchived(bool show) { m_showArchived->setChecked(show); }

void ExperimentsPanel::contextMenu(const QPoint& pos)
{
    QListWidgetItem* item = m_list->itemAt(pos);
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    QString name = item->data(Qt::UserRole).toString();
    bool archived = m_archived.contains(name);
    QMenu menu(this);
    menu.addAction(archived ? tr("Unarchive Experiment") : tr("Archive Experiment"), this,
                   [this, name, archived] { emit archiveRequested(name, !archived); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace runlens

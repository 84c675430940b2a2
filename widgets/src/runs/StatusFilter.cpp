#include "runs/StatusFilter.h"

#include "common/StatusStyle.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace runlens {

StatusFilter::StatusFilter(QWidget* parent) : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(1);
    for (RunStatus s : {RunStatus::Running, RunStatus::Finished, RunStatus::Failed, RunStatus::Crashed,
                        RunStatus::Killed}) {
        auto* b = new QToolButton;
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setIcon(StatusStyle::icon(s));
        b->setText(StatusStyle::label(s));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setToolTip(tr("Show only %1 runs (with the other pressed ones)").arg(StatusStyle::label(s)));
        b->setObjectName(QStringLiteral("status-") + QString::fromLatin1(toString(s).data(), qsizetype(toString(s).size())));
        connect(b, &QToolButton::toggled, this, [this] { emit changed(statuses()); });
        m_buttons.insert(s, b);
        row->addWidget(b);
    }
}

QSet<RunStatus> StatusFilter::statuses() const
{
    QSet<RunStatus> out;
    for (auto it = m_buttons.begin(); it != m_buttons.end(); ++it) {
        if ((*it)->isChecked())
            out.insert(it.key());
    }
    return out;
}

void StatusFilter::setStatuses(const QSet<RunStatus>& statuses)
{
    for (auto it = m_buttons.begin(); it != m_buttons.end(); ++it) {
        QSignalBlocker block(*it);
        (*it)->setChecked(statuses.contains(it.key()));
    }
    emit changed(this->statuses());
}

} // namespace runlens

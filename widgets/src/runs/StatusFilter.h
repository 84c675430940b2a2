#pragma once

#include "runlens/model/RunRecord.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QToolButton;

namespace runlens {

// Quick status filter: one toggle per status; none pressed shows every status.
class StatusFilter : public QWidget {
    Q_OBJECT
public:
    explicit StatusFilter(QWidget* parent = nullptr);

    QSet<RunStatus> statuses() const;
    void setStatuses(const QSet<RunStatus>& statuses);
    QToolButton* button(RunStatus status) const { return m_buttons.value(status); }

signals:
    void changed(const QSet<runlens::RunStatus>& statuses);

private:
    QMap<RunStatus, QToolButton*> m_buttons;
};

} // namespace runlens

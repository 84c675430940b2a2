#include "runs/RunSelection.h"

namespace runlens {

void RunSelection::set(const QStringList& uuids, const QString& current)
{
    bool listChanged = uuids != m_uuids;
    bool currentMoved = current != m_current;
    m_uuids = uuids;
    m_current = current;
    if (listChanged)
        emit changed(m_uuids);
    if (currentMoved)
        emit currentChanged(m_current);
}

} // namespace runlens

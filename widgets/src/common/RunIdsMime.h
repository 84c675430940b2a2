#pragma once

#include <QMimeData>
#include <QString>
#include <QStringList>

namespace runlens {

// The drag and clipboard format for run ids, shared by every view that drags runs (the
// runs table) and every view that accepts them (the diagram editor). A drag carries
// both formats: application/x-runlens-run-ids for Runlens views and text/plain for
// other programs, each holding the run uuids as UTF-8, one per line.
namespace RunIdsMime {

inline QString type() { return QStringLiteral("application/x-runlens-run-ids"); }

// Sets both formats on data (which the caller owns, e.g. in QAbstractItemModel::mimeData).
void write(QMimeData* data, const QStringList& runIds);

// Whether data carries run ids: the Runlens format, or plain text whose every line
// is a run id (so ids copied from a terminal can be dropped too).
bool canRead(const QMimeData* data);

// The run ids in data, in order, duplicates removed; empty when there are none.
QStringList read(const QMimeData* data);

} // namespace RunIdsMime

} // namespace runlens

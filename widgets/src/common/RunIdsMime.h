#pragma once

#include <QMimeData>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace runlens {

// The drag and clipboard format for run ids, shared by every view that drags runs (the
// runs table) and every view that accepts them (the diagram editor). A drag carries
// both formats: application/x-runlens-run-ids for Runlens views and text/plain for
// other programs, each holding the run uuids as UTF-8, one per line.
class RunIdsMime {
public:
    static QString type() { return QStringLiteral("application/x-runlens-run-ids"); }

    // Sets both formats on data (which the caller owns, e.g. in QAbstractItemModel::mimeData).
    static void write(QMimeData* data, const QStringList& runIds)
    {
        const QByteArray bytes = runIds.join(QLatin1Char('\n')).toUtf8();
        data->setData(type(), bytes);
        data->setText(QString::fromUtf8(bytes));
    }

    // Whether data carries run ids: the Runlens format, or plain text whose every line
    // is a run id (so ids copied from a terminal can be dropped too).
    static bool canRead(const QMimeData* data) { return !read(data).isEmpty(); }

    // The run ids in data, in order, duplicates removed; empty when there are none.
    static QStringList read(const QMimeData* data)
    {
        if (!data)
            return {};
        if (data->hasFormat(type()))
            return lines(QString::fromUtf8(data->data(type())), false);
        if (data->hasText())
            return lines(data->text(), true);
        return {};
    }

private:
    // Plain text must be nothing but ids (6 to 32 hex digits: a uuid or a unique
    // prefix), or it is not taken for run ids at all.
    static QStringList lines(const QString& text, bool strict)
    {
        static const QRegularExpression id(QStringLiteral("^[0-9a-fA-F]{6,32}$"));
        QStringList out;
        const auto parts = text.split(QLatin1Char('\n'));
        for (QString line : parts) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            if (!id.match(line).hasMatch()) {
                if (strict)
                    return {};
                continue;
            }
            line = line.toLower();
            if (!out.contains(line))
                out.push_back(line);
        }
        return out;
    }
};

} // namespace runlens

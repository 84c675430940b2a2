#include "common/RunIdsMime.h"

#include <QRegularExpression>

namespace runlens {

namespace {

// Plain text must be nothing but ids (6 to 32 hex digits: a uuid or a unique
// prefix), or it is not taken for run ids at all.
QStringList lines(const QString& text, bool strict)
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

} // namespace

void RunIdsMime::write(QMimeData* data, const QStringList& runIds)
{
    const QByteArray bytes = runIds.join(QLatin1Char('\n')).toUtf8();
    data->setData(type(), bytes);
    data->setText(QString::fromUtf8(bytes));
}

bool RunIdsMime::canRead(const QMimeData* data) { return !read(data).isEmpty(); }

QStringList RunIdsMime::read(const QMimeData* data)
{
    if (!data)
        return {};
    if (data->hasFormat(type()))
        return lines(QString::fromUtf8(data->data(type())), false);
    if (data->hasText())
        return lines(data->text(), true);
    return {};
}

} // namespace runlens

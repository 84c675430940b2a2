#include "charts/LegendNames.h"

#include <algorithm>

namespace runlens {

namespace {

// Names that differ before stay different after.
bool keepsApart(const QStringList& names, const QStringList& shown)
{
    for (int i = 0; i < names.size(); ++i)
        for (int j = i + 1; j < names.size(); ++j)
            if (names[i] != names[j] && shown[i] == shown[j])
                return false;
    return true;
}

// The start every name shares, cut back to just after a separator so no word is split
// ("mlp-lr0.5-s1", "mlp-lr0.5-s2" → "mlp-lr0.5-").
QString sharedStart(const QStringList& names)
{
    if (names.size() < 2)
        return {};
    QString prefix = names.front();
    for (const auto& n : names) {
        int k = 0;
        while (k < prefix.size() && k < n.size() && prefix[k] == n[k])
            ++k;
        prefix.truncate(k);
    }
    static const QString separators = QStringLiteral("-_/=,.: ");
    while (!prefix.isEmpty() && !separators.contains(prefix.back()))
        prefix.chop(1);
    return prefix;
}

QStringList elided(const QStringList& names, const QFontMetricsF& fm, double width, Qt::TextElideMode mode,
                   int skip = 0)
{
    QStringList out;
    for (const auto& n : names) {
        if (fm.horizontalAdvance(n) <= width) {
            out << n;
            continue;
        }
        QString rest = skip > 0 ? QStringLiteral("…") + n.mid(skip) : n;
        out << fm.elidedText(rest, mode, width);
    }
    return out;
}

} // namespace

QStringList LegendNames::fit(const QStringList& names, const QFontMetricsF& fm, double maxWidth)
{
    const double width = std::max(maxWidth, fm.horizontalAdvance(QStringLiteral("W…W")));
    if (std::all_of(names.begin(), names.end(), [&](const QString& n) { return fm.horizontalAdvance(n) <= width; }))
        return names;
    QStringList middle = elided(names, fm, width, Qt::ElideMiddle);
    if (keepsApart(names, middle))
        return middle;
    QStringList tail = elided(names, fm, width, Qt::ElideMiddle, int(sharedStart(names).size()));
    if (keepsApart(names, tail))
        return tail;
    return elided(names, fm, width, Qt::ElideLeft);
}

} // namespace runlens

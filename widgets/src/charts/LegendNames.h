#pragma once

#include <QFontMetricsF>
#include <QStringList>

namespace runlens {

// Names for a legend whose entries get at most maxWidth pixels each. Names that fit stay
// as they are; longer ones are shortened so that different names stay different: cut
// at the end, "mlp-lr0.5-s1", "mlp-lr0.5-s2" and "mlp-lr0.5-s3" would all read
// "mlp-lr0.5". Tried in order, the first that keeps them apart wins:
//   1. elide in the middle ("mlp-l…5-s1"): the family and the end both stay;
//   2. drop the start all names share, then elide in the middle ("…s1");
//   3. keep the end, elided on the left.
// Every legend of runs, groups and slices goes through this.
namespace LegendNames {
QStringList fit(const QStringList& names, const QFontMetricsF& metrics, double maxWidth);
} // namespace LegendNames

} // namespace runlens

#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace runlens {

// A growing series of (x, y) points, x non-decreasing, with a level-of-detail pyramid so a
// chart never draws more than a few points per pixel column and never hides a spike.
//
// query(x0, x1, columns) answers "what do I draw for x in [x0, x1] on `columns` pixel
// columns": for every column the first, last, minimum and maximum point (M4, Jugel et
// al. 2014), plus the first and last NaN / +Inf / -Inf of the column, all of them real
// data points in data order. So per column the drawn minimum and maximum are exactly
// the data's, and a NaN in the data still breaks the line. The pyramid keeps, for
// buckets of 2^k points (k >= kBaseLevel), the index of the smallest and largest finite
// value; a query walks buckets about as wide as a column and splits only those that
// straddle a column boundary, so its cost grows with the pixel width, not the series.
//
// Memory: y is kept as a 32-bit float, as TensorBoard keeps scalars, and x not at all
// while it is evenly spaced (steps 0, 1, 2, … or every k-th step), so a chart of 100
// runs × 1 M points fits in a few hundred MB. Values beyond float range become ±Inf.
// Not thread-safe for writing; const methods may run on several threads at once.
class SeriesLod {
public:
    struct Point {
        double x;
        double y;
    };
    struct Bounds {
        double min;
        double max;
    };
    // Buckets smaller than 2^kBaseLevel points are not stored: queries scan them.
    static constexpr int kBaseLevel = 7;

    // Appends points. Throws std::invalid_argument, changing nothing, if the spans differ
    // in length, an x is NaN, or x would decrease.
    void append(std::span<const double> x, std::span<const double> y);
    void clear();

    std::size_t size() const { return m_y.size(); }
    bool empty() const { return m_y.empty(); }
    double x(std::size_t i) const { return m_affine ? m_x0 + double(i) * m_dx : m_x[i]; }
    double y(std::size_t i) const { return m_y[i]; }
    // First index whose x is >= x / > x (std::lower_bound / upper_bound semantics).
    std::size_t lowerBound(double x) const;
    std::size_t upperBound(double x) const;
    // The point whose x is nearest to x (ties: the earlier one); size() when empty.
    std::size_t nearest(double x) const;

    // Smallest and largest finite y of the points with x in [x0, x1]; nullopt when there
    // is none. O(log n): what a chart autoscales its Y axis with on every zoom.
    std::optional<Bounds> valueBounds(double x0, double x1) const;
    // The points to draw for x in [x0, x1] on `columns` pixel columns, in data order,
    // including the nearest point outside the range on each side so the line enters and
    // leaves the view. When the range holds few points, all of them.
    void query(double x0, double x1, int columns, std::vector<Point>& out) const;
    std::vector<Point> query(double x0, double x1, int columns) const;

    // Bytes held, for the memory figures of the benchmarks.
    std::size_t memoryBytes() const;

private:
    class Walker;
    friend class Walker;
    static constexpr std::uint32_t kNone = 0xffffffffu;

    void appendX(double x);
    void noteSpecial(std::size_t i, double y);
    void rebuildFrom(std::size_t first);
    void scan(std::size_t lo, std::size_t hi, std::uint32_t& minI, std::uint32_t& maxI) const;
    void merge(std::uint32_t& minI, std::uint32_t& maxI, std::uint32_t otherMin, std::uint32_t otherMax) const;
    void nodeMinMax(int level, std::size_t node, std::uint32_t& minI, std::uint32_t& maxI) const;

    bool m_affine = true;       // x(i) = m_x0 + i * m_dx; m_x unused
    double m_x0 = 0, m_dx = 0;
    std::vector<double> m_x;    // only when not affine
    std::vector<float> m_y;
    // Indices of the non-finite values, ascending: rare, so kept apart from the pyramid.
    std::vector<std::uint32_t> m_nan, m_posInf, m_negInf;
    // m_levels[k - kBaseLevel][j]: min/max index of bucket j of 2^k points (kNone: no finite value).
    struct Level {
        std::vector<std::uint32_t> minIdx, maxIdx;
    };
    std::vector<Level> m_levels;
};

} // namespace runlens

#include "runlens/series/SeriesLod.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <stdexcept>

namespace runlens {

namespace {

// First / last element of a sorted index list that lies in [lo, hi].
void firstLastIn(const std::vector<std::uint32_t>& list, std::size_t lo, std::size_t hi,
                 std::array<std::size_t, 10>& picks, std::size_t& count)
{
    auto it = std::lower_bound(list.begin(), list.end(), lo);
    if (it == list.end() || *it > hi)
        return;
    picks[count++] = *it;
    auto last = std::upper_bound(it, list.end(), hi);
    picks[count++] = *(last - 1);
}

} // namespace

// One query: walks the pyramid over [a, b) and gathers, per pixel column, the indices
// of the first, last, minimum and maximum point, then emits them in data order.
class SeriesLod::Walker {
public:
    Walker(const SeriesLod& lod, std::size_t a, std::size_t b, double x0, double x1, int columns,
           std::vector<Point>& out)
        : m_lod(lod), m_a(a), m_b(b), m_x0(x0), m_x1(x1), m_columns(columns),
          m_scale(double(columns) / (x1 - x0)), m_out(out)
    {
    }

    void run()
    {
        // Start with buckets about one column wide; ones that straddle a column
        // boundary are split on the way down.
        std::size_t perColumn = std::max<std::size_t>(1, (m_b - m_a) / std::size_t(m_columns));
        int level = std::bit_width(perColumn) - 1;
        for (std::size_t node = m_a >> level; node <= (m_b - 1) >> level; ++node)
            visit(level, node);
        flush();
    }

private:
    int column(std::size_t i) const
    {
        double x = m_lod.x(i);
        if (x < m_x0)
            return -1;
        if (x > m_x1)
            return m_columns;
        return std::min(m_columns - 1, int(std::floor((x - m_x0) * m_scale)));
    }

    void visit(int level, std::size_t node)
    {
        std::size_t nodeLo = node << level;
        std::size_t nodeHi = std::min((node + 1) << level, m_lod.size());
        std::size_t lo = std::max(nodeLo, m_a), hi = std::min(nodeHi, m_b);
        if (lo >= hi)
            return;
        int col = column(lo);
        if (hi - lo == 1 || col == column(hi - 1)) {
            std::uint32_t minI = kNone, maxI = kNone;
            if (lo == nodeLo && hi == nodeHi)
                m_lod.nodeMinMax(level, node, minI, maxI);
            else if (level <= kBaseLevel)
                m_lod.scan(lo, hi, minI, maxI);
            else {
                visit(level - 1, node * 2);
                visit(level - 1, node * 2 + 1);
                return;
            }
            add(lo, hi, minI, maxI, col);
            return;
        }
        visit(level - 1, node * 2);
        visit(level - 1, node * 2 + 1);
    }

    void add(std::size_t lo, std::size_t hi, std::uint32_t minI, std::uint32_t maxI, int col)
    {
        if (!m_active || col != m_col) {
            flush();
            m_active = true;
            m_col = col;
            m_first = lo;
            m_min = m_max = kNone;
        }
        m_last = hi - 1;
        m_lod.merge(m_min, m_max, minI, maxI);
    }

    void flush()
    {
        if (!m_active)
            return;
        std::array<std::size_t, 10> picks{};
        std::size_t count = 0;
        picks[count++] = m_first;
        picks[count++] = m_last;
        if (m_min != kNone) {
            picks[count++] = m_min;
            picks[count++] = m_max;
        }
        for (const auto* list : {&m_lod.m_nan, &m_lod.m_posInf, &m_lod.m_negInf})
            firstLastIn(*list, m_first, m_last, picks, count);
        std::sort(picks.begin(), picks.begin() + long(count));
        auto end = std::unique(picks.begin(), picks.begin() + long(count));
        for (auto p = picks.begin(); p != end; ++p)
            m_out.push_back({m_lod.x(*p), m_lod.y(*p)});
        m_active = false;
    }

    const SeriesLod& m_lod;
    std::size_t m_a, m_b;
    double m_x0, m_x1;
    int m_columns;
    double m_scale;
    std::vector<Point>& m_out;
    bool m_active = false;
    int m_col = 0;
    std::size_t m_first = 0, m_last = 0;
    std::uint32_t m_min = kNone, m_max = kNone;
};

void SeriesLod::append(std::span<const double> xs, std::span<const double> ys)
{
    if (xs.size() != ys.size())
        throw std::invalid_argument("SeriesLod::append: x and y differ in length");
    double prev = empty() ? -INFINITY : x(size() - 1);
    for (double v : xs) {
        if (!std::isfinite(v))
            throw std::invalid_argument("SeriesLod::append: x must be finite");
        if (v < prev)
            throw std::invalid_argument("SeriesLod::append: x must not decrease");
        prev = v;
    }
    if (size() + xs.size() >= kNone)
        throw std::length_error("SeriesLod::append: too many points");
    std::size_t first = size();
    m_y.reserve(first + ys.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        appendX(xs[i]);
        float v = static_cast<float>(ys[i]);
        m_y.push_back(v);
        noteSpecial(first + i, v);
    }
    rebuildFrom(first);
}

void SeriesLod::clear() { *this = SeriesLod(); }

void SeriesLod::appendX(double v)
{
    std::size_t n = size();
    if (m_affine) {
        if (n == 0) {
            m_x0 = v;
            return;
        }
        if (n == 1)
            m_dx = v - m_x0;
        // Affine only while x(i) reproduces every x exactly, as computed by x().
        if (m_x0 + double(n) * m_dx == v)
            return;
        m_x.reserve(std::max<std::size_t>(n + 1, m_y.capacity()));
        for (std::size_t i = 0; i < n; ++i)
            m_x.push_back(x(i));
        m_affine = false;
    }
    m_x.push_back(v);
}

void SeriesLod::noteSpecial(std::size_t i, double v)
{
    if (std::isnan(v))
        m_nan.push_back(std::uint32_t(i));
    else if (std::isinf(v))
        (v > 0 ? m_posInf : m_negInf).push_back(std::uint32_t(i));
}

void SeriesLod::merge(std::uint32_t& minI, std::uint32_t& maxI, std::uint32_t otherMin, std::uint32_t otherMax) const
{
    // Strict comparisons keep the earlier index on ties, as the callers go left to right.
    if (otherMin != kNone && (minI == kNone || m_y[otherMin] < m_y[minI]))
        minI = otherMin;
    if (otherMax != kNone && (maxI == kNone || m_y[otherMax] > m_y[maxI]))
        maxI = otherMax;
}

void SeriesLod::scan(std::size_t lo, std::size_t hi, std::uint32_t& minI, std::uint32_t& maxI) const
{
    for (std::size_t i = lo; i < hi; ++i) {
        if (std::isfinite(m_y[i]))
            merge(minI, maxI, std::uint32_t(i), std::uint32_t(i));
    }
}

void SeriesLod::nodeMinMax(int level, std::size_t node, std::uint32_t& minI, std::uint32_t& maxI) const
{
    if (level < kBaseLevel) {
        scan(node << level, std::min((node + 1) << level, size()), minI, maxI);
        return;
    }
    const Level& l = m_levels[std::size_t(level - kBaseLevel)];
    merge(minI, maxI, l.minIdx[node], l.maxIdx[node]);
}

void SeriesLod::rebuildFrom(std::size_t first)
{
    std::size_t n = size();
    if (n == 0)
        return;
    // Levels up to one whose single bucket covers every point.
    int top = std::max(kBaseLevel, int(std::bit_width(n - 1)));
    while (int(m_levels.size()) < top - kBaseLevel + 1)
        m_levels.emplace_back();
    for (int k = kBaseLevel; k <= top; ++k) {
        Level& level = m_levels[std::size_t(k - kBaseLevel)];
        std::size_t nodes = ((n - 1) >> k) + 1;
        level.minIdx.resize(nodes, kNone);
        level.maxIdx.resize(nodes, kNone);
        std::size_t from = std::min(first >> k, level.minIdx.size() - 1);
        for (std::size_t j = from; j < nodes; ++j) {
            std::uint32_t minI = kNone, maxI = kNone;
            if (k == kBaseLevel) {
                scan(j << k, std::min((j + 1) << k, n), minI, maxI);
            } else {
                const Level& below = m_levels[std::size_t(k - 1 - kBaseLevel)];
                merge(minI, maxI, below.minIdx[2 * j], below.maxIdx[2 * j]);
                if (2 * j + 1 < below.minIdx.size())
                    merge(minI, maxI, below.minIdx[2 * j + 1], below.maxIdx[2 * j + 1]);
            }
            level.minIdx[j] = minI;
            level.maxIdx[j] = maxI;
        }
    }
}

std::size_t SeriesLod::lowerBound(double v) const
{
    std::size_t lo = 0, hi = size();
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        if (x(mid) < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::size_t SeriesLod::upperBound(double v) const
{
    std::size_t lo = 0, hi = size();
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        if (x(mid) <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::size_t SeriesLod::nearest(double v) const
{
    if (empty())
        return 0;
    std::size_t i = lowerBound(v);
    if (i == size())
        return i - 1;
    if (i > 0 && v - x(i - 1) <= x(i) - v)
        return i - 1;
    return i;
}

std::optional<SeriesLod::Bounds> SeriesLod::valueBounds(double x0, double x1) const
{
    std::size_t i = lowerBound(x0), b = upperBound(x1);
    std::uint32_t minI = kNone, maxI = kNone;
    // Greedy decomposition of [i, b) into the largest aligned stored buckets.
    while (i < b) {
        int k = int(m_levels.size()) - 1 + kBaseLevel;
        while (k >= kBaseLevel && ((i & ((std::size_t(1) << k) - 1)) != 0 || i + (std::size_t(1) << k) > b))
            --k;
        if (k >= kBaseLevel) {
            nodeMinMax(k, i >> k, minI, maxI);
            i += std::size_t(1) << k;
        } else {
            std::size_t next = std::min(b, ((i >> kBaseLevel) + 1) << kBaseLevel);
            scan(i, next, minI, maxI);
            i = next;
        }
    }
    if (minI == kNone)
        return std::nullopt;
    return Bounds{m_y[minI], m_y[maxI]};
}

void SeriesLod::query(double x0, double x1, int columns, std::vector<Point>& out) const
{
    out.clear();
    if (empty() || columns <= 0 || std::isnan(x0) || std::isnan(x1))
        return;
    std::size_t a = lowerBound(x0), b = upperBound(x1);
    if (a > 0)
        --a;
    if (b < size())
        ++b;
    if (b - a <= 4 * std::size_t(columns) || !(x1 > x0)) {
        for (std::size_t i = a; i < b; ++i)
            out.push_back({x(i), y(i)});
        return;
    }
    Walker(*this, a, b, x0, x1, columns, out).run();
}

std::vector<SeriesLod::Point> SeriesLod::query(double x0, double x1, int columns) const
{
    std::vector<Point> out;
    query(x0, x1, columns, out);
    return out;
}

std::size_t SeriesLod::memoryBytes() const
{
    std::size_t bytes = m_x.capacity() * sizeof(double) + m_y.capacity() * sizeof(float)
        + (m_nan.capacity() + m_posInf.capacity() + m_negInf.capacity()) * sizeof(std::uint32_t);
    for (const auto& l : m_levels)
        bytes += (l.minIdx.capacity() + l.maxIdx.capacity()) * sizeof(std::uint32_t);
    return bytes;
}

} // namespace runlens

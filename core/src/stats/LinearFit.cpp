#include "runlens/stats/LinearFit.h"

#include <algorithm>
#include <cmath>

namespace runlens {

LinearFit LinearFit::fit(std::span<const double> x, std::span<const double> y)
{
    LinearFit f;
    std::size_t size = std::min(x.size(), y.size());
    double sx = 0, sy = 0;
    for (std::size_t i = 0; i < size; ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            sx += x[i];
            sy += y[i];
            ++f.n;
        }
    }
    if (f.n < 2)
        return f;
    double mx = sx / double(f.n), my = sy / double(f.n);
    double sxx = 0, sxy = 0, syy = 0;
    for (std::size_t i = 0; i < size; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            continue;
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0)
        return f;
    f.slope = sxy / sxx;
    f.intercept = my - f.slope * mx;
    if (syy > 0)
        f.r2 = std::clamp(sxy * sxy / (sxx * syy), 0.0, 1.0);
    return f;
}

} // namespace runlens

#include "runlens/model/MetricDirections.h"

namespace runlens {

MetricDirection MetricDirections::of(const std::string& key) const
{
    auto it = m_chosen.find(key);
    return it != m_chosen.end() ? it->second : directionFromName(key);
}

} // namespace runlens

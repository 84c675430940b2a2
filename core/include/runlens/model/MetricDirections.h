#pragma once

#include "runlens/model/MetricDirection.h"

#include <map>
#include <string>

namespace runlens {

// The direction of every metric key: the user's choices, and the name rule for keys
// the user never set. A plain value, so comparisons can be computed without a store;
// MetricDirectionStore loads and saves the choices.
class MetricDirections {
public:
    MetricDirections() = default;
    explicit MetricDirections(std::map<std::string, MetricDirection> chosen) : m_chosen(std::move(chosen)) {}

    // The user's choice for key, else the name rule.
    MetricDirection of(const std::string& key) const;
    bool isChosen(const std::string& key) const { return m_chosen.count(key) > 0; }
    void choose(const std::string& key, MetricDirection direction) { m_chosen[key] = direction; }
    void forget(const std::string& key) { m_chosen.erase(key); }
    const std::map<std::string, MetricDirection>& chosen() const { return m_chosen; }

private:
    std::map<std::string, MetricDirection> m_chosen;
};

} // namespace runlens

#pragma once

#include "runlens/model/MetricDirection.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/store/Store.h"

#include <optional>
#include <string>

namespace runlens {

// Reads and writes the user's metric directions (table metric_directions, schema
// version 2), so a direction set once is remembered by every view and report. Keys
// without a row follow the name rule. Errors are StoreError, as for every store call.
class MetricDirectionStore {
public:
    explicit MetricDirectionStore(const Store& store);

    // All choices at once: what a comparison needs, in one read.
    MetricDirections load() const;
    std::optional<MetricDirection> chosen(const std::string& key) const;
    // The user's choice, else the name rule.
    MetricDirection of(const std::string& key) const;

    // Remembers direction for key (a metric key: same rules as when logging).
    void set(const std::string& key, MetricDirection direction);
    // Forgets the choice: the key follows the name rule again.
    void clear(const std::string& key);

private:
    Store m_store; // a copy shares the connection, so no reference can dangle
};

} // namespace runlens

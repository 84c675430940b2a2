#pragma once

#include <limits>
#include <string>

namespace runlens {

// One cell of a params or run-info row of a comparison: the value of one column.
struct CompareCell {
    bool present = false;  // at least one run of the column has a value
    bool mixed = false;    // the runs of a group disagree, or some of them lack the value
    std::string text;      // the value; for mixed cells the distinct values, "1, 2, 3"
    double number = std::numeric_limits<double>::quiet_NaN(); // numeric value when there is one

    bool operator==(const CompareCell& o) const
    {
        return present == o.present && mixed == o.mixed && text == o.text;
    }
};

} // namespace runlens

#pragma once

#include "runlens/model/RunRecord.h"

#include <string>
#include <vector>

namespace runlens {

// The design matrix of ParamImportance: params of the used runs turned into feature
// columns (numeric as they are, text one-hot), with the columns of each param.
class ParamImportanceDesign {
public:
    struct Feature {
        std::string param;
        bool categorical = false;
        std::vector<double> numbers;        // numeric: per run, NaN where missing
        std::vector<int> category;          // categorical: level index per run
        std::vector<std::string> levelNames;
        std::size_t levels = 0;
        std::size_t missing = 0;
        std::vector<std::size_t> columns;   // indices into columns()
    };

    ParamImportanceDesign(const std::vector<const RunRecord*>& runs, std::vector<std::string> params);

    const std::vector<Feature>& features() const { return m_features; }
    const std::vector<std::vector<double>>& columns() const { return m_columns; }
    const std::vector<std::string>& constant() const { return m_constant; }
    const std::vector<std::string>& unique() const { return m_unique; }

private:
    void addNumeric(Feature feature);
    void addCategorical(Feature feature, const std::vector<std::string>& texts);

    std::vector<Feature> m_features;
    std::vector<std::vector<double>> m_columns;
    std::vector<std::string> m_constant, m_unique;
};

} // namespace runlens

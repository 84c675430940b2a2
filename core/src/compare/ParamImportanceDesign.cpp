#include "compare/ParamImportanceDesign.h"

#include <cmath>
#include <limits>
#include <set>

namespace runlens {

namespace {

constexpr const char* kMissingLevel = "(missing)";
constexpr std::size_t kMaxLevels = 100;

// A param is numeric when every run that has it holds a finite number (text such as
// "0.01" from importers counts); anything else is a category.
bool isNumeric(const std::vector<const RunRecord*>& runs, const std::string& key)
{
    for (const RunRecord* run : runs) {
        auto it = run->params.find(key);
        if (it == run->params.end())
            continue;
        auto number = it->second.asNumber();
        if (!number || !std::isfinite(*number))
            return false;
    }
    return true;
}

} // namespace

ParamImportanceDesign::ParamImportanceDesign(const std::vector<const RunRecord*>& runs,
                                             std::vector<std::string> params)
{
    if (params.empty()) {
        std::set<std::string> keys;
        for (const RunRecord* run : runs) {
            for (const auto& [key, value] : run->params)
                keys.insert(key);
        }
        params.assign(keys.begin(), keys.end());
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const auto& key : params) {
        Feature f;
        f.param = key;
        std::vector<std::string> texts;
        bool numeric = isNumeric(runs, key);
        for (const RunRecord* run : runs) {
            auto it = run->params.find(key);
            bool present = it != run->params.end();
            f.missing += present ? 0 : 1;
            f.numbers.push_back(present && numeric ? *it->second.asNumber() : nan);
            texts.push_back(present ? it->second.toString() : kMissingLevel);
        }
        std::set<double> distinct;
        for (double v : f.numbers) {
            if (!std::isnan(v))
                distinct.insert(v);
        }
        // One number plus gaps says only "set or not": that is a category of two.
        if (numeric && (distinct.size() >= 2 || f.missing == 0)) {
            f.levels = distinct.size();
            addNumeric(std::move(f));
        }
        else
            addCategorical(std::move(f), texts);
    }
}

void ParamImportanceDesign::addNumeric(Feature f)
{
    if (f.levels < 2) {
        m_constant.push_back(f.param);
        return;
    }
    double sum = 0;
    std::size_t count = 0;
    for (double v : f.numbers) {
        if (!std::isnan(v)) {
            sum += v;
            ++count;
        }
    }
    // The mean of the present values: a filled-in run sits at 0 after standardising,
    // so it pulls the fit neither way.
    std::vector<double> column = f.numbers;
    for (double& v : column) {
        if (std::isnan(v))
            v = sum / double(count);
    }
    f.columns.push_back(m_columns.size());
    m_columns.push_back(std::move(column));
    m_features.push_back(std::move(f));
}

void ParamImportanceDesign::addCategorical(Feature f, const std::vector<std::string>& texts)
{
    f.categorical = true;
    std::set<std::string> names(texts.begin(), texts.end());
    f.levelNames.assign(names.begin(), names.end());
    f.levels = f.levelNames.size();
    if (f.levels < 2) {
        m_constant.push_back(f.param);
        return;
    }
    // A different value in every run names runs rather than configuring them, and
    // hundreds of levels would each be seen in a run or two: nothing to learn either way.
    if ((f.levels == texts.size() && f.missing == 0) || f.levels > kMaxLevels) {
        m_unique.push_back(f.param);
        return;
    }
    for (const auto& text : texts)
        f.category.push_back(int(std::distance(names.begin(), names.find(text))));
    for (std::size_t level = 0; level < f.levels; ++level) {
        std::vector<double> column;
        for (int c : f.category)
            column.push_back(c == int(level) ? 1.0 : 0.0);
        f.columns.push_back(m_columns.size());
        m_columns.push_back(std::move(column));
    }
    m_features.push_back(std::move(f));
}

} // namespace runlens

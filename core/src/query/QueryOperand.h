#pragma once

#include "runlens/model/ParamValue.h"

#include <optional>
#include <string>
#include <string_view>

namespace runlens {

// The value a run holds for one field, seen both as a number and as text. Both views are
// worked out only when a comparison asks for them: filtering thousands of runs should
// not format every metric or parse every tag.
class QueryOperand {
public:
    // Text that is never a number: name, status, experiment, id.
    static QueryOperand plainText(std::string_view text);
    // Text that is a number when all of it is one: tags.
    static QueryOperand numericText(std::string_view text);
    static QueryOperand param(const ParamValue& value);
    static QueryOperand metric(double value);

    // nullopt when the value is not a number.
    std::optional<double> number() const;
    // The text form: the text itself, ParamValue::toString(), or formatNumber().
    std::string_view text();

private:
    enum class Source { PlainText, NumericText, Param, Metric };
    Source m_source = Source::PlainText;
    std::string_view m_text;
    const ParamValue* m_param = nullptr;
    double m_metric = 0;
    std::string m_formatted; // owns the text of params and metrics once asked for
    bool m_formattedReady = false;
};

} // namespace runlens

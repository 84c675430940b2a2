#include "query/QueryOperand.h"

namespace runlens {

QueryOperand QueryOperand::plainText(std::string_view text)
{
    QueryOperand operand;
    operand.m_source = Source::PlainText;
    operand.m_text = text;
    return operand;
}

QueryOperand QueryOperand::numericText(std::string_view text)
{
    QueryOperand operand;
    operand.m_source = Source::NumericText;
    operand.m_text = text;
    return operand;
}

QueryOperand QueryOperand::param(const ParamValue& value)
{
    QueryOperand operand;
    operand.m_source = Source::Param;
    operand.m_param = &value;
    return operand;
}

QueryOperand QueryOperand::metric(double value)
{
    QueryOperand operand;
    operand.m_source = Source::Metric;
    operand.m_metric = value;
    return operand;
}

std::optional<double> QueryOperand::number() const
{
    switch (m_source) {
    case Source::PlainText:
        return std::nullopt;
    case Source::NumericText:
        return parseNumber(std::string(m_text));
    case Source::Param:
        return m_param->asNumber();
    case Source::Metric:
        return m_metric;
    }
    return std::nullopt;
}

std::string_view QueryOperand::text()
{
    if (m_source == Source::PlainText || m_source == Source::NumericText)
        return m_text;
    if (!m_formattedReady) {
        m_formatted = m_source == Source::Param ? m_param->toString() : formatNumber(m_metric);
        m_formattedReady = true;
    }
    return m_formatted;
}

} // namespace runlens

#pragma once

#include <optional>
#include <string_view>

namespace runlens {

// The value of a TensorProto that holds exactly one number (shape [] or [1, 1, ...]):
// how TF2 writes scalars. nullopt for anything else.
class TensorBoardTensor {
public:
    static std::optional<double> scalar(std::string_view tensorProto);

private:
    static bool isSingleElement(std::string_view shapeProto);
    static std::optional<double> fromContent(int dtype, std::string_view content);
};

} // namespace runlens

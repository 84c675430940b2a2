#pragma once

#include <optional>
#include <string_view>

namespace runlens {

// The value of a TensorProto that holds exactly one number (shape [] or [1, 1, ...]):
// how TF2 writes scalars. nullopt for anything else.
namespace TensorBoardTensor {

std::optional<double> scalar(std::string_view tensorProto);

} // namespace TensorBoardTensor

} // namespace runlens

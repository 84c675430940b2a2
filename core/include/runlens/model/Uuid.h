#pragma once

#include <string>

namespace runlens {

// Random (version 4) UUIDs as 32 lower-case hex digits, MLflow's run_id form.
namespace Uuid {

std::string generate();
bool isValid(const std::string& text);

} // namespace Uuid

} // namespace runlens

#pragma once

#include <string>

namespace runlens {

// Random (version 4) UUIDs as 32 lower-case hex digits, MLflow's run_id form.
class Uuid {
public:
    static std::string generate();
    static bool isValid(const std::string& text);
};

} // namespace runlens

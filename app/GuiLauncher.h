#pragma once

#include <string>

namespace runlens {

// Starts the Qt application on a store (the default one when storePath is empty).
namespace GuiLauncher {

int run(int argc, char** argv, const std::string& storePath);

} // namespace GuiLauncher

} // namespace runlens

#pragma once

#include <string>

namespace runlens {

// What the clients record about where a run ran, so a result can be traced back.
struct RunEnvironment {
    std::string host;
    std::string gitCommit;  // "" outside a git work tree
    std::string command;    // this process's command line, shell-quoted

    static RunEnvironment capture();
};

} // namespace runlens

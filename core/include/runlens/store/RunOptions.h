#pragma once

#include "runlens/model/ParamValue.h"

#include <map>
#include <string>

namespace runlens {

// What Store::startRun() needs; designated initialisers keep call sites readable:
//   store.startRun({.experiment = "digits", .name = "cpp-lr0.01"})
struct RunOptions {
    std::string experiment = "Default";
    std::string name;                      // "" = generated from the run id
    std::map<std::string, ParamValue> params;
    std::map<std::string, std::string> tags;
    std::string parent;                    // parent run uuid for a pipeline step
    std::string notes;
    bool captureEnvironment = true;        // git commit, host, command line
};

} // namespace runlens

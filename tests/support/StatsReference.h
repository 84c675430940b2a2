#pragma once
// tests/data/stats_reference.json: values SciPy computed (tests/python/test_stats_reference.py
// checks they are still SciPy's), read by the C++ statistics tests.

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

inline nlohmann::json statsReference()
{
    std::string path;
    if (const char* dir = std::getenv("RUNLENS_SOURCE_DIR"); dir && *dir)
        path = std::string(dir) + "/tests/data/stats_reference.json";
    else {
        const std::string here = __FILE__; // tests/support/StatsReference.h
        path = here.substr(0, here.rfind('/')) + "/../data/stats_reference.json";
    }
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    return nlohmann::json::parse(in);
}

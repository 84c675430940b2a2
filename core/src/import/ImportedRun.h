#pragma once

#include "store/PointBatch.h"
#include "runlens/model/ParamValue.h"

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace runlens {

// A run read from another tool, complete in memory before anything is written: the
// context writes it in one transaction, so a run is never half in the store.
struct ImportedRun {
    struct Artifact {
        std::string file;  // where it is now
        std::string name;  // relative path inside the run's artifact folder
    };

    std::string format;          // ImportedRunInfo::format
    std::string path;            // origin, for messages
    std::string source;          // runs.source: unique and stable per origin
    std::string preferredUuid;   // kept when it is a valid, unused uuid (MLflow run ids)
    std::string name;
    std::string experiment;      // "" = the context's default for path
    std::string parentSource;    // source of the parent run, "" = top level
    std::string status = "finished";
    double startTime = std::numeric_limits<double>::quiet_NaN();
    double endTime = -1;         // < 0: none
    std::string gitCommit, host, command, notes;
    std::vector<std::pair<std::string, ParamValue>> params;
    std::vector<std::pair<std::string, std::string>> tags;
    std::vector<PointBatch> series;
    std::vector<Artifact> artifacts;

    // Streaming (ImportContext::beginStream): a batch that reaches flushPoints points is
    // handed to flushFull, which writes its points and leaves it empty.
    std::size_t flushPoints = 0;
    std::function<void(PointBatch&)> flushFull;
    std::size_t flushedPoints = 0;

    // The batch of key, created on first use; fast for one lookup per point.
    PointBatch& batch(const std::string& key)
    {
        auto it = m_index.find(key);
        if (it != m_index.end())
            return series[it->second];
        m_index.emplace(key, series.size());
        series.push_back(PointBatch{.key = key});
        return series.back();
    }

    void addPoint(const std::string& key, std::int64_t step, double value, double time)
    {
        PointBatch& b = batch(key);
        b.steps.push_back(step);
        b.values.push_back(value);
        b.times.push_back(time);
        if (flushPoints && b.size() >= flushPoints)
            flush(b);
    }

    void flush(PointBatch& b)
    {
        flushedPoints += b.size();
        flushFull(b);
    }

    // Widens [startTime, endTime] to cover t; for formats that only have point times.
    void cover(double t)
    {
        if (!std::isfinite(t) || t <= 0)
            return;
        if (std::isnan(startTime) || t < startTime)
            startTime = t;
        if (t > endTime)
            endTime = t;
    }

    std::size_t pointCount() const
    {
        std::size_t n = flushedPoints;
        for (const auto& b : series)
            n += b.size();
        return n;
    }

private:
    std::unordered_map<std::string, std::size_t> m_index;
};

} // namespace runlens

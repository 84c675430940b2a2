#pragma once

#include "import/ImportedRun.h"
#include "import/tensorboard/ProtobufReader.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace runlens {

// Decodes TensorBoard Event records by hand (no protobuf library): scalars from
// Summary.Value.simple_value (TF1, PyTorch) and from scalar tensors (TF2), and
// hyperparameters from the hparams plugin's session_start_info. Everything else
// (images, histograms, graphs, text) is counted as skipped.
class TensorBoardEventDecoder {
public:
    explicit TensorBoardEventDecoder(ImportedRun& run) : m_run(run) {}

    // False when record is not a well-formed Event.
    bool decode(std::string_view record);

    // Tags whose values were not scalars, with how many values each.
    const std::map<std::string, std::int64_t>& skippedTags() const { return m_skipped; }

private:
    bool decodeSimpleScalar(std::string_view record);
    void decodeSummary(std::string_view summary, std::int64_t step, double wallTime);
    void decodeValue(std::string_view value, std::int64_t step, double wallTime);
    void decodeHparams(std::string_view pluginContent);
    void addPoint(std::string_view tag, std::int64_t step, double value, double wallTime);

    ImportedRun& m_run;
    // Writers put a tag's metadata (its plugin) only on its first value: remember it.
    std::unordered_map<std::string, std::string> m_pluginOfTag;
    std::map<std::string, std::int64_t> m_skipped;
    std::string m_lastTag;
    std::size_t m_lastIndex = 0;
    bool m_haveLast = false;
};

} // namespace runlens

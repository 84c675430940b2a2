// Fuzz target: Mermaid flowcharts through the importer (parse, then lay out).
#include "FuzzInput.h"

#include <runlens/diagram/DiagramError.h>
#include <runlens/diagram/import/MermaidImporter.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text = runlens::fuzzText(data, size);
    (void)runlens::MermaidImporter::looksLike(text);
    try {
        (void)runlens::MermaidImporter::import(text, "fuzz");
    } catch (const runlens::DiagramError&) {
    }
    return 0;
}

// Fuzz target: draw.io files, plain and compressed (base64 + raw deflate + URI
// escapes), through the importer's entry point, every page the file names.
#include "FuzzInput.h"

#include <runlens/diagram/DiagramError.h>
#include <runlens/diagram/import/DrawioImporter.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text = runlens::fuzzText(data, size);
    (void)runlens::DrawioImporter::looksLike(text);
    for (int page = 0; page < 2; ++page) {
        try {
            (void)runlens::DrawioImporter::import(text, "fuzz", page);
        } catch (const runlens::DiagramError&) {
        }
    }
    return 0;
}

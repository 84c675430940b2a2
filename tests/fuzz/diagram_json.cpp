// Fuzz target: the diagram JSON format. What reads must write, and what it writes
// must read back to the same diagram.
#include "FuzzInput.h"

#include <runlens/diagram/DiagramError.h>
#include <runlens/diagram/DiagramJson.h>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text = runlens::fuzzText(data, size);
    (void)runlens::DiagramJson::looksLike(text);
    runlens::Diagram diagram;
    try {
        diagram = runlens::DiagramJson::read(text);
    } catch (const runlens::DiagramError&) {
        return 0;
    }
    if (!(runlens::DiagramJson::read(runlens::DiagramJson::write(diagram)) == diagram))
        std::abort(); // a diagram that does not survive save -> load
    return 0;
}

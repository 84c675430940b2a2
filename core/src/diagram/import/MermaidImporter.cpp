#include "runlens/diagram/import/MermaidImporter.h"

#include "diagram/import/MermaidParser.h"
#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramLimits.h"
#include "runlens/diagram/DiagramValidator.h"
#include "runlens/diagram/layout/LayeredLayout.h"

namespace runlens {

bool MermaidImporter::looksLike(std::string_view text)
{
    // The first line that is neither blank nor a %% comment names the diagram type.
    std::size_t pos = 0;
    while (pos < text.size() && pos < 65536) {
        std::size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        auto first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos || line.substr(first, 2) == "%%")
            continue;
        line = line.substr(first);
        for (std::string_view word : {"flowchart", "graph"}) {
            if (line.substr(0, word.size()) == word &&
                (line.size() == word.size() || line[word.size()] == ' ' || line[word.size()] == '\t' ||
                 line[word.size()] == '\r' || line[word.size()] == ';'))
                return true;
        }
        return false;
    }
    return false;
}

DiagramImportResult MermaidImporter::import(std::string_view text, const std::string& nameHint)
{
    if (text.size() > DiagramLimits::kMaxInputBytes)
        throw DiagramError("", "the text is " + std::to_string(text.size() >> 20) + " MiB; the limit is 64 MiB");
    DiagramImportResult r;
    r.format = "mermaid";
    Diagram d = Diagram::make(nameHint.empty() ? "Mermaid flowchart" : nameHint);
    MermaidParser parser(text, r.warnings);
    parser.parse(d);
    LayoutOptions options;
    options.direction = parser.direction();
    r.diagram = LayeredLayout::applied(d, LayeredLayout::compute(d, options));
    DiagramValidator::check(r.diagram);
    return r;
}

} // namespace runlens

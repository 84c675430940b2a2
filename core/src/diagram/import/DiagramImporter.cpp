#include "runlens/diagram/import/DiagramImporter.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramFile.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/DiagramLimits.h"
#include "runlens/diagram/import/DrawioImporter.h"
#include "runlens/diagram/import/MermaidImporter.h"
#include "runlens/model/Uuid.h"

namespace runlens {

DiagramImportResult DiagramImporter::importText(std::string_view text, const std::string& nameHint)
{
    const std::string name = nameHint.empty() ? "Imported diagram" : nameHint;
    if (DiagramJson::looksLike(text)) {
        DiagramImportResult r;
        r.format = "runlens";
        r.diagram = DiagramJson::read(text);
        // Importing is adding a copy: it must not collide with the original's uuid.
        r.diagram.uuid = Uuid::generate();
        r.diagram.sourceRun.clear();
        return r;
    }
    if (DrawioImporter::looksLike(text))
        return DrawioImporter::import(text, name);
    if (MermaidImporter::looksLike(text))
        return MermaidImporter::import(text, name);
    throw DiagramError("", "not a Runlens diagram, a draw.io file or a Mermaid flowchart");
}

DiagramImportResult DiagramImporter::importFile(const std::string& path)
{
    std::string text = DiagramFile::readAll(path, DiagramLimits::kMaxInputBytes);
    // The file's name without its last suffix: "flow.v2.drawio" is "flow.v2".
    std::string stem = path.substr(path.find_last_of('/') + 1);
    if (auto dot = stem.rfind('.'); dot != std::string::npos && dot > 0)
        stem = stem.substr(0, dot);
    try {
        return importText(text, stem);
    } catch (const DiagramError& e) {
        throw DiagramError(path, e.what());
    }
}

} // namespace runlens

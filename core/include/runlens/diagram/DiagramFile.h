#pragma once

#include "runlens/diagram/Diagram.h"

#include <string>

namespace runlens {

// Diagram files on disk. Writes are atomic (a temporary file in the same folder,
// flushed to disk, then renamed over the target), so a crash or a full disk never
// leaves a half-written diagram. Problems throw DiagramError whose where() is the path.
namespace DiagramFile {

// A Runlens diagram file (validated as DiagramJson::read does).
Diagram load(const std::string& path);
void save(const std::string& path, const Diagram& diagram);

// The whole file, refused beyond maxBytes before anything is read.
std::string readAll(const std::string& path, std::size_t maxBytes);
void writeAtomically(const std::string& path, const std::string& bytes);

} // namespace DiagramFile

} // namespace runlens

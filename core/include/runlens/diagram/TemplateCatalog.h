#pragma once

#include "runlens/diagram/Diagram.h"

#include <string>
#include <vector>

namespace runlens {

struct TemplateInfo {
    std::string id;          // "mlops-level-0", …
    std::string name;        // the diagram's name
    std::string description; // one sentence for the "New from template" list
};

// The built-in diagrams: MLOps levels 0, 1 and 2 (after Google Cloud's "MLOps:
// continuous delivery and automation pipelines in machine learning") and a Kubeflow
// training pipeline tracked by an experiment tracker and served by a model server.
// They are made in code and laid out by LayeredLayout, so they follow the format.
namespace TemplateCatalog {

std::vector<TemplateInfo> list();
// A new diagram (fresh uuid) from the template; throws DiagramError for an unknown id.
Diagram create(const std::string& id);

} // namespace TemplateCatalog

} // namespace runlens

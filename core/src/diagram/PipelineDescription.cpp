#include "runlens/diagram/PipelineDescription.h"

#include "diagram/DiagramJsonReader.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramLimits.h"
#include "runlens/diagram/DiagramNodeKind.h"
#include "runlens/store/Run.h"
#include "runlens/model/StoreError.h"
#include "runlens/model/TextRules.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace runlens {

namespace {

using nlohmann::json;

std::string at(std::size_t i) { return "steps[" + std::to_string(i) + "]"; }

// Kahn's algorithm: whatever is left with dependencies after it is on a cycle.
void checkAcyclic(const std::vector<PipelineStep>& steps, const std::unordered_map<std::string, std::size_t>& index)
{
    std::vector<int> waiting(steps.size(), 0);
    std::vector<std::vector<std::size_t>> next(steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        for (const auto& a : steps[i].after) {
            ++waiting[i];
            next[index.at(a)].push_back(i);
        }
    }
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (waiting[i] == 0)
            ready.push_back(i);
    }
    std::size_t done = 0;
    while (!ready.empty()) {
        std::size_t s = ready.back();
        ready.pop_back();
        ++done;
        for (std::size_t n : next[s]) {
            if (--waiting[n] == 0)
                ready.push_back(n);
        }
    }
    if (done == steps.size())
        return;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (waiting[i] > 0)
            throw DiagramError(at(i) + ".after", "the steps form a cycle through \"" + steps[i].name.substr(0, 60) + "\"");
    }
}

const json* member(const json& obj, const char* key, const std::string& path, json::value_t type, const char* what)
{
    auto it = obj.find(key);
    if (it == obj.end())
        return nullptr;
    bool ok = it->type() == type;
    if (!ok)
        throw DiagramError(path.empty() ? std::string(key) : path + "." + key, std::string("expected ") + what);
    return &*it;
}

} // namespace

void PipelineDescription::check(const std::vector<PipelineStep>& steps)
{
    if (steps.empty())
        throw DiagramError("steps", "a pipeline needs at least one step");
    if (steps.size() > kMaxSteps)
        throw DiagramError("steps", "more than " + std::to_string(kMaxSteps) + " steps");
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const PipelineStep& s = steps[i];
        try {
            TextRules::checkKey("step name", s.name);
        } catch (const StoreError& e) {
            throw DiagramError(at(i) + ".name", e.what());
        }
        if (!index.emplace(s.name, i).second)
            throw DiagramError(at(i) + ".name", "duplicate step name \"" + s.name + "\"");
        if (!s.kind.empty() && !parseDiagramNodeKind(s.kind))
            throw DiagramError(at(i) + ".kind", "unknown kind \"" + s.kind.substr(0, 60) + "\"");
        if (s.title.size() > DiagramLimits::kMaxTextBytes || !TextRules::isValidUtf8(s.title))
            throw DiagramError(at(i) + ".title", "expected valid UTF-8 text of at most 64 KiB");
    }
    for (std::size_t i = 0; i < steps.size(); ++i) {
        for (std::size_t k = 0; k < steps[i].after.size(); ++k) {
            const std::string& a = steps[i].after[k];
            if (!index.count(a))
                throw DiagramError(at(i) + ".after[" + std::to_string(k) + "]", "no step named \"" + a.substr(0, 60) + "\"");
            if (a == steps[i].name)
                throw DiagramError(at(i) + ".after[" + std::to_string(k) + "]", "a step cannot come after itself");
        }
    }
    checkAcyclic(steps, index);
}

std::string PipelineDescription::toJson(const std::vector<PipelineStep>& steps)
{
    try {
        check(steps);
    } catch (const DiagramError& e) {
        throw StoreError(StoreError::Kind::InvalidInput, std::string("pipeline description: ") + e.what());
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& s : steps) {
        nlohmann::ordered_json step{{"name", s.name}};
        if (!s.kind.empty())
            step["kind"] = s.kind;
        step["after"] = s.after;
        if (!s.title.empty())
            step["title"] = s.title;
        list.push_back(std::move(step));
    }
    return nlohmann::ordered_json{{"steps", std::move(list)}}.dump();
}

std::vector<PipelineStep> PipelineDescription::parse(std::string_view text)
{
    if (text.size() > TextRules::kMaxValueBytes)
        throw DiagramError("", "the pipeline description is larger than 8 MiB");
    json root;
    try {
        DiagramJsonReader::prescan(text); // nesting depth
        root = json::parse(text.begin(), text.end());
    } catch (const DiagramError&) {
        throw;
    } catch (const json::exception& e) {
        throw DiagramError("", std::string("the pipeline description is not valid JSON: ") + e.what());
    }
    if (!root.is_object())
        throw DiagramError("", "expected an object with \"steps\"");
    const json* list = member(root, "steps", "", json::value_t::array, "an array");
    if (!list)
        throw DiagramError("steps", "required field is missing");
    std::vector<PipelineStep> steps;
    for (std::size_t i = 0; i < list->size() && i <= kMaxSteps; ++i) {
        const json& j = (*list)[i];
        if (!j.is_object())
            throw DiagramError(at(i), "expected an object");
        PipelineStep s;
        const json* name = member(j, "name", at(i), json::value_t::string, "a string");
        if (!name)
            throw DiagramError(at(i) + ".name", "required field is missing");
        s.name = name->get<std::string>();
        if (const json* kind = member(j, "kind", at(i), json::value_t::string, "a string"))
            s.kind = kind->get<std::string>();
        if (const json* title = member(j, "title", at(i), json::value_t::string, "a string"))
            s.title = title->get<std::string>();
        if (const json* after = member(j, "after", at(i), json::value_t::array, "an array of step names")) {
            for (std::size_t k = 0; k < after->size(); ++k) {
                if (!(*after)[k].is_string())
                    throw DiagramError(at(i) + ".after[" + std::to_string(k) + "]", "expected a step name");
                s.after.push_back((*after)[k].get<std::string>());
            }
        }
        steps.push_back(std::move(s));
    }
    check(steps);
    return steps;
}

void describePipeline(Run& run, const std::vector<PipelineStep>& steps)
{
    run.setTag(PipelineDescription::kTag, PipelineDescription::toJson(steps));
}

} // namespace runlens

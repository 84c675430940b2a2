#pragma once

#include "runlens/diagram/Diagram.h"
#include "runlens/diagram/layout/LayeredLayout.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace runlens {

// Reads the statements of a Mermaid flowchart into nodes, groups and edges (no
// positions). Errors throw DiagramError("line L, column C", …).
class MermaidParser {
public:
    MermaidParser(std::string_view text, std::vector<std::string>& warnings);
    void parse(Diagram& out);
    LayoutOptions::Direction direction() const { return m_direction; }

private:
    struct Cursor {
        std::string_view s; // the statement
        std::size_t i = 0;
        std::size_t line = 0;
        std::size_t column0 = 0; // column of s[0] in its line
    };
    struct Link {
        std::string label;
    };

    [[noreturn]] void fail(const Cursor& c, const std::string& why) const;
    void header(std::string_view line, std::size_t lineNo);
    void statement(Cursor c);
    bool keyword(Cursor& c);
    void subgraph(Cursor& c);
    std::vector<std::string> nodeGroup(Cursor& c);
    std::string node(Cursor& c);
    bool shape(Cursor& c, DiagramNode& n);
    bool link(Cursor& c, Link& out);
    bool textLink(Cursor& c, std::size_t start, char body, Link& out);
    void connect(const std::vector<std::string>& from, const std::vector<std::string>& to, const Link& l);
    DiagramNode& ensureNode(const std::string& id);
    void finish(Diagram& out);

    std::string_view m_text;
    std::vector<std::string>& m_warnings;
    LayoutOptions::Direction m_direction = LayoutOptions::Direction::TopToBottom;
    std::vector<DiagramNode> m_nodes;
    std::unordered_map<std::string, std::size_t> m_index;
    std::vector<DiagramEdge> m_edges;
    std::vector<std::pair<std::string, std::size_t>> m_open; // subgraph id, line opened
    bool m_skippedStyling = false;
};

} // namespace runlens

#include "diagram/import/MermaidParser.h"

#include "diagram/import/DrawioText.h"
#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramLimits.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace runlens {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool isIdChar(char c)
{
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u == '_' || u >= 0x80;
}

bool isLinkChar(char c) { return c == '-' || c == '=' || c == '.'; }

void skipSpace(std::string_view s, std::size_t& i)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// A link body: "--", "---", "==", "===", "-.-", "-..-".
bool validRun(std::string_view run, bool open)
{
    std::size_t min = open ? 3 : 2;
    if (run.size() >= min && std::all_of(run.begin(), run.end(), [](char c) { return c == '-'; }))
        return true;
    if (run.size() >= min && std::all_of(run.begin(), run.end(), [](char c) { return c == '='; }))
        return true;
    bool dotted = run.size() >= (open ? 3 : 2) && run.front() == '-' && run.find('.') != std::string_view::npos &&
                  run.find('=') == std::string_view::npos;
    return dotted && (run.back() == '-' || (!open && run.back() == '.'));
}

// Node and edge text: quotes and markdown backticks dropped, <br> made a line break.
std::string cleanText(std::string_view t)
{
    t = trim(t);
    if (t.size() >= 2 && t.front() == '"' && t.back() == '"')
        t = t.substr(1, t.size() - 2);
    if (t.size() >= 2 && t.front() == '`' && t.back() == '`')
        t = t.substr(1, t.size() - 2);
    return DrawioText::plain(t, true);
}

struct ShapeSyntax {
    std::string_view open, close;
    DiagramNodeKind hint;
};

// Longest openers first, so "((" is not read as "(".
constexpr std::array<ShapeSyntax, 13> kShapes{{
    {"(((", ")))", DiagramNodeKind::Step},
    {"((", "))", DiagramNodeKind::Step},
    {"([", "])", DiagramNodeKind::Step},
    {"[(", ")]", DiagramNodeKind::DataSource},
    {"[[", "]]", DiagramNodeKind::Step},
    {"{{", "}}", DiagramNodeKind::Step},
    {"[/", "/]", DiagramNodeKind::DataSource},
    {"[\\", "\\]", DiagramNodeKind::DataSource},
    {"[/", "\\]", DiagramNodeKind::DataSource},
    {"[\\", "/]", DiagramNodeKind::DataSource},
    {"[", "]", DiagramNodeKind::Step},
    {"(", ")", DiagramNodeKind::Step},
    {"{", "}", DiagramNodeKind::Validation},
}};

} // namespace

MermaidParser::MermaidParser(std::string_view text, std::vector<std::string>& warnings)
    : m_text(text), m_warnings(warnings)
{
}

void MermaidParser::fail(const Cursor& c, const std::string& why) const
{
    throw DiagramError("line " + std::to_string(c.line) + ", column " + std::to_string(c.column0 + c.i + 1), why);
}

void MermaidParser::header(std::string_view line, std::size_t lineNo)
{
    std::size_t i = 0;
    while (i < line.size() && std::isalpha(static_cast<unsigned char>(line[i])))
        ++i;
    std::string_view word = line.substr(0, i), rest = trim(line.substr(i));
    if (word != "flowchart" && word != "graph")
        throw DiagramError("line " + std::to_string(lineNo), "expected 'flowchart' or 'graph' (only flowcharts can be imported)");
    using D = LayoutOptions::Direction;
    if (rest.empty() || rest == "TD" || rest == "TB")
        m_direction = D::TopToBottom;
    else if (rest == "LR")
        m_direction = D::LeftToRight;
    else if (rest == "RL")
        m_direction = D::RightToLeft;
    else if (rest == "BT")
        m_direction = D::BottomToTop;
    else
        throw DiagramError("line " + std::to_string(lineNo), "unknown direction '" + std::string(rest.substr(0, 20)) +
                                                                 "' (TD, TB, LR, RL or BT)");
}

void MermaidParser::parse(Diagram& out)
{
    bool seenHeader = false;
    std::size_t lineNo = 0, pos = 0;
    while (pos <= m_text.size()) {
        std::size_t end = std::min(m_text.find('\n', pos), m_text.size());
        std::string_view line = m_text.substr(pos, end - pos);
        ++lineNo;
        pos = end + 1;
        // Split at ';' and cut at "%%" outside quotes and brackets.
        int depth = 0;
        bool quoted = false;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= line.size(); ++i) {
            char ch = i < line.size() ? line[i] : ';';
            bool comment = !quoted && depth == 0 && ch == '%' && i + 1 < line.size() && line[i + 1] == '%';
            if (ch == '"')
                quoted = !quoted;
            else if (!quoted && (ch == '[' || ch == '(' || ch == '{'))
                ++depth;
            else if (!quoted && (ch == ']' || ch == ')' || ch == '}') && depth > 0)
                --depth;
            // The end of a line always ends the statement, even inside an open bracket:
            // the statement then reports the missing closer.
            bool lineEnd = i == line.size();
            if (!comment && !lineEnd && (quoted || depth > 0 || ch != ';'))
                continue;
            std::string_view stmt = line.substr(start, i - start);
            start = i + 1;
            if (!trim(stmt).empty()) {
                if (!seenHeader) {
                    header(trim(stmt), lineNo);
                    seenHeader = true;
                } else {
                    statement({stmt, 0, lineNo, static_cast<std::size_t>(stmt.data() - line.data())});
                }
            }
            if (comment)
                break;
        }
    }
    if (!seenHeader)
        throw DiagramError("", "the text is empty: expected 'flowchart' or 'graph'");
    finish(out);
}

bool MermaidParser::keyword(Cursor& c)
{
    std::size_t i = c.i;
    while (i < c.s.size() && std::isalpha(static_cast<unsigned char>(c.s[i])))
        ++i;
    std::string_view word = c.s.substr(c.i, i - c.i);
    bool alone = i == c.s.size() || trim(c.s.substr(i)).empty();
    bool spaced = i < c.s.size() && isSpace(c.s[i]);
    if (word == "end" && alone) {
        if (m_open.empty())
            fail(c, "'end' without an open subgraph");
        m_open.pop_back();
        return true;
    }
    if (word == "subgraph" && (spaced || alone)) {
        c.i = i;
        subgraph(c);
        return true;
    }
    if (word == "direction" && spaced)
        return true; // a subgraph's own direction: the layout uses the chart's
    for (const char* styling : {"classDef", "class", "style", "linkStyle", "click", "accTitle", "accDescr"}) {
        if (word == styling && (spaced || (i < c.s.size() && c.s[i] == ':'))) {
            if (!m_skippedStyling)
                m_warnings.push_back("line " + std::to_string(c.line) + ": styling and interaction statements are not imported");
            m_skippedStyling = true;
            return true;
        }
    }
    return false;
}

void MermaidParser::subgraph(Cursor& c)
{
    skipSpace(c.s, c.i);
    std::string_view spec = trim(c.s.substr(c.i));
    if (spec.empty())
        fail(c, "a subgraph needs an id or a title");
    if (m_open.size() >= static_cast<std::size_t>(DiagramLimits::kMaxDepth))
        fail(c, "subgraphs nested deeper than " + std::to_string(DiagramLimits::kMaxDepth) + " levels");
    std::size_t i = 0;
    while (i < spec.size() && isIdChar(spec[i]))
        ++i;
    std::string id, title;
    std::size_t open = i;
    while (open < spec.size() && isSpace(spec[open]))
        ++open;
    if (i > 0 && open < spec.size() && spec[open] == '[') { // "id [title]" or "id[title]"
        if (spec.back() != ']')
            fail(c, "expected ']' to close the subgraph title");
        id = std::string(spec.substr(0, i));
        title = cleanText(spec.substr(open + 1, spec.size() - open - 2));
    } else {
        title = cleanText(spec);
        id = i == spec.size() ? std::string(spec) : title;
    }
    if (id.empty())
        fail(c, "a subgraph needs an id or a title");
    DiagramNode& g = ensureNode(id);
    g.kind = DiagramNodeKind::Group;
    g.title = title;
    g.inputs.clear();
    g.outputs.clear();
    m_open.emplace_back(id, c.line);
}

void MermaidParser::statement(Cursor c)
{
    skipSpace(c.s, c.i);
    if (keyword(c))
        return;
    std::vector<std::string> left = nodeGroup(c);
    for (;;) {
        skipSpace(c.s, c.i);
        if (c.i >= c.s.size())
            return;
        Link l;
        if (!link(c, l))
            fail(c, "expected an arrow such as --> or the end of the statement");
        skipSpace(c.s, c.i);
        std::vector<std::string> right = nodeGroup(c);
        connect(left, right, l);
        left = std::move(right);
    }
}

std::vector<std::string> MermaidParser::nodeGroup(Cursor& c)
{
    std::vector<std::string> ids{node(c)};
    for (;;) {
        std::size_t save = c.i;
        skipSpace(c.s, c.i);
        if (c.i < c.s.size() && c.s[c.i] == '&') {
            ++c.i;
            skipSpace(c.s, c.i);
            ids.push_back(node(c));
        } else {
            c.i = save;
            return ids;
        }
    }
}

std::string MermaidParser::node(Cursor& c)
{
    std::size_t start = c.i;
    while (c.i < c.s.size() && isIdChar(c.s[c.i]))
        ++c.i;
    if (c.i == start)
        fail(c, "expected a node id");
    std::string id(c.s.substr(start, c.i - start));
    if (id.size() > DiagramLimits::kMaxIdBytes)
        fail(c, "the node id is too long");
    DiagramNode& n = ensureNode(id);
    shape(c, n);
    if (c.s.substr(c.i, 3) == ":::") { // a class name: styling, skipped
        c.i += 3;
        while (c.i < c.s.size() && (isIdChar(c.s[c.i]) || c.s[c.i] == '-'))
            ++c.i;
    }
    return id;
}

bool MermaidParser::shape(Cursor& c, DiagramNode& n)
{
    std::string_view rest = c.s.substr(c.i);
    static constexpr ShapeSyntax kAsymmetric{">", "]", DiagramNodeKind::Step};
    const ShapeSyntax* unclosed = nullptr;
    for (std::size_t k = 0; k <= kShapes.size(); ++k) {
        const ShapeSyntax* sh = k < kShapes.size() ? &kShapes[k] : &kAsymmetric;
        if (rest.substr(0, sh->open.size()) != sh->open)
            continue;
        std::size_t textStart = sh->open.size();
        std::size_t end;
        if (textStart < rest.size() && rest[textStart] == '"') {
            std::size_t q = rest.find('"', textStart + 1);
            if (q == std::string_view::npos)
                fail(c, "unterminated quoted text of node " + n.id);
            end = rest.find(sh->close, q + 1);
        } else {
            end = rest.find(sh->close, textStart);
        }
        if (end == std::string_view::npos) {
            // "[/" of "[/path]" may still be a plain "[": try the shorter openers.
            unclosed = unclosed ? unclosed : sh;
            if (sh == &kAsymmetric)
                break;
            continue;
        }
        std::string_view raw = rest.substr(textStart, end - textStart);
        if (raw.size() > DiagramLimits::kMaxTextBytes)
            fail(c, "the text of node " + n.id + " is " + std::to_string(raw.size()) + " bytes; the limit is " +
                        std::to_string(DiagramLimits::kMaxTextBytes));
        n.title = cleanText(raw);
        if (n.kind != DiagramNodeKind::Group) {
            DiagramNodeKind guess = guessDiagramNodeKind(n.title);
            n.kind = guess == DiagramNodeKind::Step ? sh->hint : guess;
        }
        c.i += end + sh->close.size();
        return true;
    }
    if (unclosed)
        fail(c, "expected '" + std::string(unclosed->close) + "' to close the text of node " + n.id);
    return false;
}

bool MermaidParser::link(Cursor& c, Link& out)
{
    const std::string_view s = c.s;
    std::size_t p = c.i;
    if (p < s.size() && (s[p] == '<' || ((s[p] == 'o' || s[p] == 'x') && p + 1 < s.size() && (s[p + 1] == '-' || s[p + 1] == '='))))
        ++p; // a head at the start: <-->, o--o, x--x
    if (p >= s.size() || (s[p] != '-' && s[p] != '='))
        return false;
    std::size_t q = p;
    while (q < s.size() && isLinkChar(s[q]))
        ++q;
    std::string_view run = s.substr(p, q - p);
    bool head = q < s.size() && s[q] == '>';
    bool endHead = !head && q < s.size() && (s[q] == 'o' || s[q] == 'x') && (q + 1 == s.size() || isSpace(s[q + 1]));
    if ((head || endHead) && validRun(run, false)) {
        c.i = q + 1;
    } else if (!head && !endHead && validRun(run, true)) {
        c.i = q;
    } else if ((run == "--" || run == "==" || run == "-.") && q < s.size() && isSpace(s[q])) {
        return textLink(c, q, run[0], out);
    } else {
        c.i = p;
        fail(c, "malformed arrow '" + std::string(s.substr(p, std::min<std::size_t>(q - p + 1, 20))) + "'");
    }
    std::size_t save = c.i;
    skipSpace(s, c.i);
    if (c.i < s.size() && s[c.i] == '|') {
        std::size_t close = s.find('|', c.i + 1);
        if (close == std::string_view::npos)
            fail(c, "expected '|' to close the edge label");
        out.label = cleanText(s.substr(c.i + 1, close - c.i - 1));
        c.i = close + 1;
    } else {
        c.i = save;
    }
    return true;
}

// "A -- text --> B", "A -. text .-> B", "A == text ==> B": the text runs to the
// closing part of the arrow.
bool MermaidParser::textLink(Cursor& c, std::size_t start, char body, Link& out)
{
    const std::string_view s = c.s;
    std::string_view closer = body == '=' ? "==" : body == '-' && s.substr(start - 2, 2) == "-." ? ".-" : "--";
    std::size_t k = s.find(closer, start);
    if (k == std::string_view::npos) {
        c.i = start;
        fail(c, "expected '" + std::string(closer) + "' to end the edge text");
    }
    out.label = cleanText(s.substr(start, k - start));
    std::size_t q = k;
    while (q < s.size() && isLinkChar(s[q]))
        ++q;
    if (q < s.size() && (s[q] == '>' || ((s[q] == 'o' || s[q] == 'x') && (q + 1 == s.size() || isSpace(s[q + 1])))))
        ++q;
    c.i = q;
    return true;
}

DiagramNode& MermaidParser::ensureNode(const std::string& id)
{
    auto it = m_index.find(id);
    if (it == m_index.end()) {
        if (m_nodes.size() >= DiagramLimits::kMaxNodes)
            throw DiagramError("", "more than " + std::to_string(DiagramLimits::kMaxNodes) + " nodes");
        it = m_index.emplace(id, m_nodes.size()).first;
        m_nodes.push_back(DiagramNode::make(id, DiagramNodeKind::Step, id));
    }
    DiagramNode& n = m_nodes[it->second];
    // A node first met inside a subgraph belongs to it (but a group never to itself).
    if (n.group.empty() && !m_open.empty()) {
        bool isOpen = std::any_of(m_open.begin(), m_open.end(), [&](const auto& o) { return o.first == id; });
        if (!isOpen)
            n.group = m_open.back().first;
    }
    return n;
}

void MermaidParser::connect(const std::vector<std::string>& from, const std::vector<std::string>& to, const Link& l)
{
    for (const auto& a : from) {
        for (const auto& b : to) {
            if (m_edges.size() >= DiagramLimits::kMaxEdges)
                throw DiagramError("", "more than " + std::to_string(DiagramLimits::kMaxEdges) + " edges");
            DiagramEdge e;
            e.id = "e" + std::to_string(m_edges.size() + 1);
            e.from = {a, "out"};
            e.to = {b, "in"};
            e.label = l.label;
            m_edges.push_back(std::move(e));
        }
    }
}

void MermaidParser::finish(Diagram& out)
{
    if (!m_open.empty())
        throw DiagramError("line " + std::to_string(m_open.back().second),
                           "subgraph '" + m_open.back().first.substr(0, 60) + "' has no 'end'");
    for (auto& n : m_nodes) {
        if (n.kind == DiagramNodeKind::Step)
            n.kind = guessDiagramNodeKind(n.title);
        // Room for the text: about 8 units per character of the longest line.
        std::size_t longest = 0, lines = 1, run = 0;
        for (char ch : n.title) {
            if (ch == '\n') {
                ++lines;
                run = 0;
            } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
                longest = std::max(longest, ++run);
            }
        }
        if (n.kind != DiagramNodeKind::Group)
            n.size = {std::clamp(40.0 + 8.0 * static_cast<double>(longest), 120.0, 400.0),
                      std::min(60.0 + 18.0 * static_cast<double>(lines - 1), 1000.0)};
    }
    for (const auto& e : m_edges) {
        // Groups (subgraphs) have no ports until an edge needs one.
        DiagramNode& a = m_nodes[m_index.at(e.from.node)];
        DiagramNode& b = m_nodes[m_index.at(e.to.node)];
        if (!a.output("out"))
            a.outputs.push_back({"out", ""});
        if (!b.input("in"))
            b.inputs.push_back({"in", ""});
    }
    out.nodes = std::move(m_nodes);
    out.edges = std::move(m_edges);
}

} // namespace runlens

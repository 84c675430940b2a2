#include "diagram/import/XmlReader.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/model/TextRules.h"

#include <cstdlib>

namespace runlens {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool isNameStart(char c)
{
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0x80;
}

bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

class Parser {
public:
    Parser(std::string_view text, const XmlReader::Limits& limits) : m_s(text), m_limits(limits) {}

    XmlElement run()
    {
        if (m_s.size() > m_limits.maxBytes)
            throw DiagramError("", "the XML is " + std::to_string(m_s.size() >> 20) + " MiB; the limit is " +
                                       std::to_string(m_limits.maxBytes >> 20) + " MiB");
        if (m_s.substr(0, 3) == "\xEF\xBB\xBF")
            m_i = 3;
        if (!TextRules::isValidUtf8(m_s.substr(m_i)))
            throw DiagramError("", "the XML is not valid UTF-8");
        skipMisc();
        if (!at("<") || m_i + 1 >= m_s.size() || !isNameStart(m_s[m_i + 1]))
            fail("expected the root element");
        XmlElement root = element();
        skipMisc();
        if (m_i < m_s.size())
            fail("unexpected content after the root element");
        return root;
    }

private:
    [[noreturn]] void fail(const std::string& why) const { fail(why, m_i); }
    [[noreturn]] void fail(const std::string& why, std::size_t at) const
    {
        std::size_t line = 1, start = 0;
        for (std::size_t k = 0; k < at && k < m_s.size(); ++k) {
            if (m_s[k] == '\n')
                ++line, start = k + 1;
        }
        throw DiagramError("line " + std::to_string(line) + ", column " + std::to_string(at - start + 1), why);
    }

    bool at(std::string_view token) const { return m_s.compare(m_i, token.size(), token) == 0; }

    void skipPast(std::string_view end, const char* what)
    {
        std::size_t k = m_s.find(end, m_i);
        if (k == std::string_view::npos)
            fail(std::string("unterminated ") + what);
        m_i = k + end.size();
    }

    void skipSpace()
    {
        while (m_i < m_s.size() && isSpace(m_s[m_i]))
            ++m_i;
    }

    // Whitespace, comments and processing instructions outside the root element.
    void skipMisc()
    {
        for (;;) {
            skipSpace();
            if (at("<?"))
                skipPast("?>", "processing instruction");
            else if (at("<!--"))
                skipPast("-->", "comment");
            else if (at("<!DOCTYPE") || at("<!doctype"))
                fail("document type declarations are not accepted");
            else
                return;
        }
    }

    std::string name()
    {
        std::size_t start = m_i;
        if (m_i >= m_s.size() || !isNameStart(m_s[m_i]))
            fail("expected a name");
        while (m_i < m_s.size() && isNameChar(m_s[m_i]))
            ++m_i;
        return std::string(m_s.substr(start, m_i - start));
    }

    std::size_t lineHere()
    {
        for (; m_lineScan < m_i; ++m_lineScan) {
            if (m_s[m_lineScan] == '\n')
                ++m_line;
        }
        return m_line;
    }

    // Decodes text up to (not including) `stop`, resolving references.
    void decode(std::string& out, char stop, bool attribute)
    {
        while (m_i < m_s.size() && m_s[m_i] != stop) {
            char c = m_s[m_i];
            if (c == '<' && attribute)
                fail("'<' is not allowed in an attribute value");
            if (c == '&') {
                reference(out);
                continue;
            }
            // Attribute values are normalised: literal line breaks and tabs are spaces.
            out += attribute && isSpace(c) ? ' ' : c;
            ++m_i;
        }
    }

    void reference(std::string& out)
    {
        std::size_t start = m_i;
        std::size_t semi = m_s.substr(m_i, 14).find(';');
        if (semi == std::string_view::npos)
            fail("unterminated entity reference", start);
        semi += m_i;
        std::string_view ref = m_s.substr(m_i + 1, semi - m_i - 1);
        m_i = semi + 1;
        if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "amp") out += '&';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (ref.size() > 1 && ref[0] == '#') {
            bool hex = ref[1] == 'x' || ref[1] == 'X';
            std::string digits(ref.substr(hex ? 2 : 1));
            char* end = nullptr;
            unsigned long cp = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
            if (digits.empty() || *end != '\0' || !XmlReader::appendUtf8(out, cp))
                fail("invalid character reference", start);
        } else {
            fail("unknown entity '&" + std::string(ref) + ";' (only the XML ones are known)", start);
        }
    }

    void attributes(XmlElement& e)
    {
        for (;;) {
            std::size_t before = m_i;
            skipSpace();
            if (at("/>") || at(">"))
                return;
            if (m_i == before)
                fail("expected a space before the attribute");
            std::size_t where = m_i;
            std::string key = name();
            skipSpace();
            if (!at("="))
                fail("expected '=' after the attribute name");
            ++m_i;
            skipSpace();
            if (m_i >= m_s.size() || (m_s[m_i] != '"' && m_s[m_i] != '\''))
                fail("expected a quoted attribute value");
            char quote = m_s[m_i++];
            std::string value;
            decode(value, quote, true);
            if (m_i >= m_s.size())
                fail("unterminated attribute value", where);
            ++m_i;
            if (e.attribute(key))
                fail("attribute '" + key + "' appears twice", where);
            if (e.attributes.size() >= m_limits.maxAttributes)
                fail("too many attributes", where);
            e.attributes.emplace_back(std::move(key), std::move(value));
        }
    }

    // Parses one element and everything inside it; the stack holds open ancestors so
    // depth never depends on the C++ call stack.
    XmlElement element()
    {
        std::vector<XmlElement> stack;
        for (;;) {
            if (at("</")) {
                std::size_t where = m_i;
                m_i += 2;
                std::string closing = name();
                skipSpace();
                if (!at(">"))
                    fail("expected '>'");
                ++m_i;
                if (stack.empty() || closing != stack.back().name)
                    fail("closing tag '" + closing + "' does not match '" + (stack.empty() ? "" : stack.back().name) + "'", where);
                XmlElement done = std::move(stack.back());
                stack.pop_back();
                if (stack.empty())
                    return done;
                stack.back().children.push_back(std::move(done));
            } else if (at("<!--")) {
                skipPast("-->", "comment");
            } else if (at("<![CDATA[")) {
                std::size_t end = m_s.find("]]>", m_i);
                if (end == std::string_view::npos)
                    fail("unterminated CDATA section");
                stack.back().text.append(m_s.substr(m_i + 9, end - m_i - 9));
                m_i = end + 3;
            } else if (at("<?")) {
                skipPast("?>", "processing instruction");
            } else if (at("<!")) {
                fail("unexpected markup declaration");
            } else if (at("<")) {
                if (++m_elements > m_limits.maxElements)
                    fail("more than " + std::to_string(m_limits.maxElements) + " elements");
                if (static_cast<int>(stack.size()) >= m_limits.maxDepth)
                    fail("elements nested deeper than " + std::to_string(m_limits.maxDepth) + " levels");
                XmlElement e;
                e.line = lineHere();
                ++m_i;
                e.name = name();
                attributes(e);
                if (at("/>")) {
                    m_i += 2;
                    if (stack.empty())
                        return e;
                    stack.back().children.push_back(std::move(e));
                } else {
                    ++m_i;
                    stack.push_back(std::move(e));
                }
            } else if (m_i >= m_s.size()) {
                fail("unexpected end of the XML: '" + stack.back().name + "' is not closed");
            } else {
                decode(stack.back().text, '<', false);
            }
        }
    }

    std::string_view m_s;
    XmlReader::Limits m_limits;
    std::size_t m_i = 0;
    std::size_t m_elements = 0;
    std::size_t m_line = 1;
    std::size_t m_lineScan = 0;
};

} // namespace

XmlElement XmlReader::parse(std::string_view text, const Limits& limits)
{
    return Parser(text, limits).run();
}

bool XmlReader::appendUtf8(std::string& out, unsigned long cp)
{
    bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                   (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!allowed)
        return false;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return true;
}

} // namespace runlens

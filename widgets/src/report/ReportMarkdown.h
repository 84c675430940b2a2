#pragma once

#include <QString>

#include <memory>

class QTextDocument;

namespace runlens {

// Run notes as report text: Markdown rendered by QTextDocument, with the report's font,
// headings a step below the report's own (a note's "# Title" must not look like a
// section), and some air between paragraphs. The PDF draws this document; the HTML
// export writes the HTML Qt makes of it, so both read the same.
namespace ReportMarkdown {
std::unique_ptr<QTextDocument> document(const QString& markdown);
} // namespace ReportMarkdown

} // namespace runlens

#include "report/ReportMarkdown.h"

#include "report/ReportStyle.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace runlens {

namespace {
// Qt's size steps (0 = the body size, 1 = a step larger): a note's top heading gets one
// step, the others stay at the body size, in bold.
int headingStep(int level) { return level == 1 ? 1 : 0; }
} // namespace

std::unique_ptr<QTextDocument> ReportMarkdown::document(const QString& markdown)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportStyle::body());
    doc->setDocumentMargin(0);
    doc->setMarkdown(markdown);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextCursor cursor(b);
        QTextBlockFormat format = b.blockFormat();
        const int level = format.headingLevel();
        if (level > 0) {
            format.setTopMargin(10);
            format.setBottomMargin(4);
            cursor.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat chars;
            chars.setProperty(QTextFormat::FontSizeAdjustment, headingStep(level));
            chars.setFontWeight(QFont::Bold);
            cursor.mergeCharFormat(chars);
        } else if (!b.textList() && !cursor.currentTable()) {
            format.setBottomMargin(6);
        }
        QTextCursor(b).setBlockFormat(format);
    }
    return doc;
}

} // namespace runlens

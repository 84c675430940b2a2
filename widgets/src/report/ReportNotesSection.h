#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// Each run's notes, rendered from Markdown as text (QTextDocument), under the run's name.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportNotesSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportNotesSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens

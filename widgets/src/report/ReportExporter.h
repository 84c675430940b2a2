#pragma once

#include "report/ReportDocument.h"
#include "report/ReportInput.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace runlens {

class StoreSession;

// Builds a report and writes it, PDF or HTML by the file's suffix, atomically: the file
// appears complete or not at all (QSaveFile), also when the user cancels or the disk is
// full. What the dialog and `runlens report` both call.
class ReportExporter {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportExporter)
public:
    enum class Format { Pdf, Html };
    // percent 0..100 and what is being done; return false to cancel.
    using Progress = std::function<bool(int percent, const QString& step)>;

    struct Result {
        bool ok = false;
        bool cancelled = false;
        bool userError = false; // the caller's input was wrong (path, baseline), not the store
        QString error;
        int pages = 0;          // PDF pages written
    };

    // Pdf for ".pdf", Html for ".html" / ".htm"; nullopt otherwise.
    static std::optional<Format> formatFor(const QString& path);

    static Result exportReport(StoreSession* session, const ReportInput& input, const ReportOptions& options,
                               const QString& path, const Progress& progress = {});
    // Writes a built document.
    static Result writeDocument(const ReportDocument& doc, const QString& path, const Progress& progress = {},
                                int fromPercent = 0);
};

} // namespace runlens

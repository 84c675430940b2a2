#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <functional>

class QIODevice;

namespace runlens {

// Writes a ReportDocument as a PDF with QPdfWriter: text as text (selectable,
// searchable), charts and diagrams as vectors drawn by the app's own views, tables that
// break across pages with their header repeated, a running head and "page N of M".
// Pages are laid out in CSS pixels on a 96 dpi page, so fonts, pens and charts have the
// sizes they have on screen and in the HTML export.
class ReportPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportPdfWriter)
public:
    // fraction 0..1 of the pages drawn; return false to cancel.
    using Progress = std::function<bool(double fraction, const QString& step)>;

    // Writes to an open device. False with *error set on failure or cancel (the device
    // then holds a partial file: write through a QSaveFile and do not commit).
    static bool write(const ReportDocument& doc, QIODevice* device, const Progress& progress, QString* error,
                      bool* cancelled = nullptr, int* pages = nullptr);
    // The page size in CSS pixels for the document's paper and orientation.
    static QSizeF pageSize(const ReportDocument& doc);

private:
    static void paintFrame(QPainter& painter, const ReportDocument& doc, const QSizeF& page, int index, int count);
};

} // namespace runlens

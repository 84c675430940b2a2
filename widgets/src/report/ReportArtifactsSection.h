#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// The files runs stored, per run; images among them are drawn (the only raster
// pictures a report has), up to ReportOptions::maxImages.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportArtifactsSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportArtifactsSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens

#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

namespace runlens {

class ReportTableLayout;

// Lays a ReportDocument out on pages of a given size, before anything is drawn, so the
// writer knows the page count ("page 3 of 12") and can report progress page by page.
// Each page is a list of paint steps; figures are only drawn when the page is painted.
//
// Rules: headings stay with what follows them (and with a short intro paragraph or a
// legend after them, up to the first figure row or table row); a legend
// (keepWithNext) starts on the page where its figures start; tables break between rows
// with their header repeated; figure rows and text lines never split; Markdown notes
// break between lines.
class ReportPageFlow {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportPageFlow)
public:
    using PaintStep = std::function<void(QPainter&)>;
    struct Page {
        std::vector<PaintStep> steps;
        int figures = 0;  // figures drawn on this page (progress)
        // The document's blocks (indices) this page shows all or part of, in order; the
        // title page shows none. What tests check the keep-together rules with.
        std::vector<std::size_t> blocks;
    };

    // pageSize in CSS pixels; margins are ReportStyle::kMargin.
    ReportPageFlow(const ReportDocument& document, const QSizeF& pageSize);
    ~ReportPageFlow();

    void layout();
    const std::vector<Page>& pages() const { return m_pages; }
    QRectF contentRect() const { return m_content; }

private:
    void titlePage();
    void heading(std::size_t index);
    void paragraph(const ReportBlock& block);
    void table(const ReportBlock& block);
    void figures(const ReportBlock& block);
    void markdown(const ReportBlock& block);

    // Height the start of block index needs: what must share a page with whatever is
    // kept with it (a heading, a legend). Chains through headings, short paragraphs and
    // legends to the first row of real content.
    double startHeight(std::size_t index);
    // Height of the whole block when it is laid out unbroken (tables, paragraphs).
    double fullHeight(const ReportBlock& block);
    std::shared_ptr<ReportTableLayout> tableLayout(const ReportTable& table);
    QSizeF figureSize(const ReportBlock& block, double& cellWidth) const;
    void newPage();
    void ensure(double height); // new page unless height fits below the cursor
    double remaining() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y <= m_content.top() + 0.5; }
    void add(PaintStep step);
    void gap(double h);

    const ReportDocument& m_doc;
    QSizeF m_pageSize;
    QRectF m_content;
    double m_y = 0;
    std::size_t m_block = kNoBlock; // the block being laid out
    static constexpr std::size_t kNoBlock = std::size_t(-1);
    std::vector<Page> m_pages;
    std::map<const ReportTable*, std::shared_ptr<ReportTableLayout>> m_tables;
};

} // namespace runlens

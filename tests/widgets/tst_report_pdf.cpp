// Reports as files (issue 6): what a reader of the PDF and HTML finds in them, checked
// with poppler-utils (pdftotext, pdfinfo, pdfimages, pdftoppm): the run names, params
// and metric values as text, pages that grow with the content and are never blank, no
// raster images, and a self-contained HTML with inline SVG. Bad input: no runs, an
// unwritable path, a cancel — nothing half-written.

#include "tst_report_support.h"

#include "report/ReportBuilder.h"
#include "report/ReportSection.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace runlens;
using namespace reporttest;

class TestReportPdf : public QObject {
    Q_OBJECT

private:
    TempStore m_tmp;
    QTemporaryDir m_out;
    std::vector<std::string> m_ids;
    StoreSession m_session;
    QString m_pdf; // the default report, written once

    QString out(const QString& name) const { return m_out.filePath(name); }

private slots:
    void initTestCase()
    {
        useTemporarySettings();
        Store store = Store::open(m_tmp.path());
        m_ids = logRuns(store, 6);
        QVERIFY(m_session.open(QString::fromStdString(m_tmp.path())));
        m_pdf = out(QStringLiteral("report.pdf"));
        auto result = exportRuns(m_session, m_pdf, {}, m_ids[2]);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pages >= 3);
    }

    void textHasRunNamesParamsAndMetricValues()
    {
        REQUIRE_POPPLER();
        const QString text = pdfText(m_pdf);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(text.contains(QStringLiteral("alpha-%1").arg(i, 3, 10, QLatin1Char('0'))), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String(kOptimizer)));
        QVERIFY(text.contains(QStringLiteral("0.0369")));       // lr of alpha-002
        QVERIFY(text.contains(QStringLiteral("0.805")));        // val/acc of alpha-005
        QVERIFY(text.contains(QStringLiteral("train/loss")));
        QVERIFY(text.contains(QStringLiteral("class=1")));      // the slices section
        QVERIFY(text.contains(QStringLiteral("warm-up")));      // notes, from Markdown, as text
        QVERIFY(!text.contains(QStringLiteral("**warm-up**"))); // ... rendered, not the source
        QVERIFY(text.contains(QStringLiteral("alpha-002 (baseline)")));
        QVERIFY(text.contains(QStringLiteral("silent-run")));
        QVERIFY(text.contains(QStringLiteral("logged no metrics")));
        QVERIFY(text.contains(QString::fromStdString(m_tmp.path())));   // title page: the store
        QVERIFY(text.contains(QStringLiteral("experiment = \"reports\""))); // ... and the query
        const int pages = pdfPages(m_pdf);
        QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
    }

    void pdfHasNoRasterImages()
    {
        REQUIRE_POPPLER();
        // pdfimages -list prints two header lines, then one line per image.
        const QStringList lines = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
    }

    void everyPageHasInk()
    {
        REQUIRE_POPPLER();
        QTemporaryDir dir;
        tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), m_pdf, dir.filePath(QStringLiteral("p"))});
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("p*.ppm")}, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), pdfPages(m_pdf));
        for (const QString& name : pages) {
            QImage image(dir.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            // Ink between the running head and the footer: the page has content.
            int dark = 0;
            for (int y = image.height() / 8; y < image.height() * 7 / 8; ++y)
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
            QVERIFY2(dark > image.width() * 2, qPrintable(QStringLiteral("%1 is blank (%2 dark pixels)").arg(name).arg(dark)));
        }
    }

    void pagesGrowWithContent()
    {
        REQUIRE_POPPLER();
        ReportOptions few;
        few.sections = {ReportSection::Title, ReportSection::Runs};
        QString small = out(QStringLiteral("small.pdf"));
        QVERIFY(exportRuns(m_session, small, few).ok);
        TempStore bigStore;
        {
            Store store = Store::open(bigStore.path());
            logRuns(store, 150, false);
        }
        StoreSession big;
        QVERIFY(big.open(QString::fromStdString(bigStore.path())));
        QString large = out(QStringLiteral("large.pdf"));
        QVERIFY(exportRuns(big, large, few).ok);
        QString everything = out(QStringLiteral("everything.pdf"));
        QVERIFY(exportRuns(m_session, everything).ok);
        QVERIFY2(pdfPages(large) >= pdfPages(small) + 2, qPrintable(QStringLiteral("%1 vs %2").arg(pdfPages(large)).arg(pdfPages(small))));
        QVERIFY(pdfPages(everything) > pdfPages(small));
        // The runs table broke across pages with its header on each of them.
        for (int page = 2; page <= pdfPages(large); ++page) {
            const QString text = pdfText(large, page);
            QVERIFY2(text.contains(QStringLiteral("Duration")) && text.contains(QStringLiteral("Experiment")),
                     qPrintable(QStringLiteral("page %1 lacks the table header").arg(page)));
        }
    }

    void htmlIsSelfContainedWithSvg()
    {
        const QString path = out(QStringLiteral("report.html"));
        auto result = exportRuns(m_session, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("alpha-004")));
        QVERIFY(html.contains(QLatin1String(kOptimizer)));
        QVERIFY(html.contains(QStringLiteral("<strong>warm-up</strong>")) || html.contains(QStringLiteral("font-weight:700")));
        QVERIFY(html.contains(QStringLiteral("<thead>")));
        // Nothing fetched from elsewhere.
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
        QVERIFY(!html.contains(QStringLiteral("<?xml")));
    }

    void noRunsGiveADocumentThatSaysSo()
    {
        REQUIRE_POPPLER();
        ReportInput input;
        input.query = QStringLiteral("params.lr > 1000");
        input.storePath = m_session.path();
        const QString path = out(QStringLiteral("empty.pdf"));
        auto result = ReportExporter::exportReport(&m_session, input, {}, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("No run matches the query")));
        QVERIFY(text.contains(QStringLiteral("params.lr > 1000")));
    }

    void unwritablePathIsAClearErrorAndWritesNothing()
    {
        const QString missingDir = out(QStringLiteral("no/such/dir/report.pdf"));
        auto result = exportRuns(m_session, missingDir);
        QVERIFY(!result.ok);
        QVERIFY(result.userError);
        QVERIFY(result.error.contains(missingDir));
        QVERIFY(!QFileInfo::exists(missingDir));

        result = exportRuns(m_session, out(QStringLiteral("report.docx")));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral(".pdf or .html")));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("report.docx"))));
    }

    void readOnlyFolderIsAClearError()
    {
        QTemporaryDir locked;
        QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner);
        const QString inLocked = locked.filePath(QStringLiteral("report.pdf"));
        auto result = exportRuns(m_session, inLocked);
        QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (QFileInfo(locked.path()).isWritable() && result.ok)
            QSKIP("running as root: a read-only folder is still writable");
        QVERIFY(!result.ok);
        QVERIFY(result.userError);
        QVERIFY(QDir(locked.path()).isEmpty());
    }

    void cancelLeavesNoFile()
    {
        const QString path = out(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        ReportInput input;
        input.runs = m_session.runs({.experiment = "reports"});
        auto result = ReportExporter::exportReport(&m_session, input, {}, path, [&](int percent, const QString&) {
            ++calls;
            return percent < 50; // cancel while the pages are being drawn
        });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QVERIFY(calls > 1);
        QVERIFY(!QFileInfo::exists(path));
        const QStringList left = QDir(m_out.path()).entryList({QStringLiteral("cancelled*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void overwritesAtomically()
    {
        const QString path = out(QStringLiteral("again.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();
        auto result = exportRuns(m_session, path);
        QVERIFY(result.ok);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"

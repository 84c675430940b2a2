// Drawing diagrams: the screen, exports (PNG, SVG, PDF) and the report's render()
// share one drawing path; the pictures have content where the nodes are, and the
// files are valid. Templates open and draw.

#include "tst_diagram_support.h"
#include "WidgetTestSupport.h"

#include "diagram/DiagramExporter.h"
#include "diagram/DiagramKindStyle.h"

#include "runlens/diagram/TemplateCatalog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace runlens;
using namespace diagramtest;

namespace {

// Share of pixels in rect (image coordinates) that are not the background.
double inkShare(const QImage& image, const QRect& rect, QRgb background)
{
    int ink = 0, all = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            ++all;
            ink += image.pixel(x, y) != background;
        }
    }
    return all ? double(ink) / all : 0;
}

// Maps a scene rectangle into an image that shows `source` scaled into the whole image.
QRect toImage(const QRectF& scene, const QRectF& source, const QSize& size)
{
    const double s = std::min(size.width() / source.width(), size.height() / source.height());
    const QPointF offset((size.width() - source.width() * s) / 2, (size.height() - source.height() * s) / 2);
    return QRectF((scene.topLeft() - source.topLeft()) * s + offset, scene.size() * s).toAlignedRect();
}

QImage renderEditor(DiagramEditor& e, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    e.render(p, QRectF(QPointF(0, 0), size));
    return image;
}

// Runs open() (which shows a file dialog), returns the path the dialog suggested and
// then saves to answer (or cancels when answer is empty).
QString answerFileDialog(const std::function<void()>& open, const QString& answer)
{
    QString suggested;
    bool folderLoaded = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (suggested.isEmpty())
            suggested = dialog->selectedFiles().value(0);
        if (answer.isEmpty()) {
            poll.stop();
            dialog->reject();
            return;
        }
        // The dialog's file model loads a folder on a thread of its own and, when it is
        // done, puts the suggested name back into the name field: change the folder,
        // then type the name, and accept only once the field holds it.
        const QFileInfo wanted(answer);
        if (QFileInfo(dialog->directory().absolutePath()) != QFileInfo(wanted.absolutePath())) {
            if (auto* model = dialog->findChild<QFileSystemModel*>())
                QObject::connect(model, &QFileSystemModel::directoryLoaded, &poll, [&] { folderLoaded = true; });
            dialog->setDirectory(wanted.absolutePath());
            return;
        }
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (!name || !folderLoaded)
            return;
        name->setText(wanted.fileName());
        poll.stop();
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
    });
    poll.start();
    open();
    return suggested;
}

} // namespace

class TestDiagramExport : public QObject {
    Q_OBJECT

private slots:
    void renderHasContentInsideNodes()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        const QSize size(1200, 700);
        const QImage image = renderEditor(e, size);
        const QRectF source = e.scene()->diagramBounds();
        for (const auto& n : e.document().diagram().nodes) {
            const QRect r = toImage(QRectF(n.position.x, n.position.y, n.size.width, n.size.height), source, size);
            // Icon, title and border: a few percent of a node's area is ink, not a blank box.
            QVERIFY2(inkShare(image, r, qRgb(255, 255, 255)) > 0.02, n.id.c_str());
        }
        // Between the nodes, far from any edge, there is nothing.
        const QRect empty = toImage(QRectF(250, 120, 150, 60), source, size);
        QCOMPARE(inkShare(image, empty, qRgb(255, 255, 255)), 0.0);
    }

    void selectionIsNotExported()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        const QImage plain = renderEditor(e, QSize(800, 500));
        e.scene()->selectEverything();
        QCOMPARE(renderEditor(e, QSize(800, 500)), plain);
    }

    void staticRenderMatchesTheEditor()
    {
        // The report draws a document without an editor: same pixels as the editor's render.
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        const QSize size(900, 500);
        QImage viaReport(size, QImage::Format_ARGB32);
        viaReport.fill(Qt::white);
        {
            QPainter p(&viaReport);
            DiagramExporter::render(p, QRectF(QPointF(0, 0), size), threeSteps());
        }
        QCOMPARE(viaReport, renderEditor(e, size));
        QVERIFY(DiagramExporter::naturalSize(threeSteps()).width() > 560);
    }

    void exportsAreValidFiles()
    {
        QTemporaryDir dir;
        DiagramEditor e(nullptr);
        e.setQuiet(true);
        e.document().reset(threeSteps());

        const QString svg = dir.filePath(QStringLiteral("d.svg"));
        QVERIFY2(e.exportTo(svg), qPrintable(e.lastError()));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() > 500);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("evaluate")); // text stays text

        const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY2(e.exportTo(pdf), qPrintable(e.lastError()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));

        const QString png = dir.filePath(QStringLiteral("d.png"));
        QVERIFY2(e.exportTo(png), qPrintable(e.lastError()));
        QImage image(png);
        QVERIFY(!image.isNull());
        // Twice the scene size, white around the drawing, ink inside it.
        const QRectF bounds = e.scene()->diagramBounds();
        QCOMPARE(image.width(), int(std::ceil(bounds.width() * 2)));
        QVERIFY(inkShare(image, image.rect(), qRgb(255, 255, 255)) > 0.01);

        // A folder that does not exist: a message, no file.
        QVERIFY(!e.exportTo(dir.filePath(QStringLiteral("missing/d.png"))));
        QVERIFY(!e.lastError().isEmpty());
    }

    void everyTemplateOpensAndDraws()
    {
        const auto templates = TemplateCatalog::list();
        QVERIFY(templates.size() >= 4);
        for (const auto& t : templates) {
            DiagramEditor e(nullptr);
            e.setQuiet(true);
            QVERIFY2(e.newFromTemplate(QString::fromStdString(t.id)), qPrintable(e.lastError()));
            QVERIFY(e.isModified()); // new, not saved anywhere yet
            QCOMPARE(e.scene()->nodeItemCount(), int(e.document().diagram().nodes.size()));
            QVERIFY(e.scene()->nodeItemCount() >= 4);
            const QImage image = renderEditor(e, QSize(800, 500));
            QVERIFY(inkShare(image, image.rect(), qRgb(255, 255, 255)) > 0.01);
        }
        DiagramEditor e(nullptr);
        e.setQuiet(true);
        QVERIFY(!e.newFromTemplate(QStringLiteral("no-such-template")));
        QVERIFY(!e.lastError().isEmpty());
    }

    // The file dialogs suggest the diagram's name as a name every system takes, in the
    // folder the last diagram went to; an import is named after its file.
    void dialogsSuggestSafeFileNames()
    {
        useTemporarySettings();
        QTemporaryDir dir;
        DiagramEditor e(nullptr);
        e.setQuiet(true);
        e.document().reset(threeSteps());
        e.document().rename("MLOps level 0: manual process");

        const QString first = answerFileDialog([&] { e.exportDialog(); }, dir.filePath(QStringLiteral("first.svg")));
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("MLOps level 0 manual process.png"));
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(QFileInfo(first).absolutePath(),
                 QFileInfo(QDir(documents).exists() ? documents : QDir::homePath()).absoluteFilePath());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("first.svg"))));

        e.document().rename(R"(a/b\c "d" <e>?*|)");
        const QString second = answerFileDialog([&] { e.saveAsDialog(); }, {});
        QCOMPARE(QFileInfo(second).fileName(), QStringLiteral("a-b-c d e.rldiagram"));
        QCOMPARE(QFileInfo(second).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());

        const QString drawio = dir.filePath(QStringLiteral("nightly.drawio"));
        QFile f(drawio);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<mxfile><diagram name="Page-1"><mxGraphModel><root><mxCell id="0"/>)"
                R"(<mxCell id="a" value="Train" vertex="1" parent="0"><mxGeometry width="120" height="60" as="geometry"/></mxCell>)"
                R"(</root></mxGraphModel></diagram></mxfile>)");
        f.close();
        QVERIFY(e.importFile(drawio));
        QCOMPARE(e.diagram().name, std::string("nightly"));
        QCOMPARE(QFileInfo(e.suggestedPath(QStringLiteral("pdf"))).fileName(), QStringLiteral("nightly.pdf"));
    }

    void kindIconsAreDistinct()
    {
        // Each palette kind draws its own picture: no two icons are the same image.
        QList<QImage> seen;
        for (DiagramNodeKind kind : DiagramKindStyle::kinds()) {
            QImage img(32, 32, QImage::Format_ARGB32);
            img.fill(Qt::transparent);
            QPainter p(&img);
            DiagramKindStyle::paintIcon(p, QRectF(0, 0, 32, 32), kind, Qt::black);
            p.end();
            QVERIFY(inkShare(img, img.rect(), qRgba(0, 0, 0, 0)) > 0.05);
            QVERIFY(!seen.contains(img));
            seen << img;
        }
    }
};

QTEST_MAIN(TestDiagramExport)
#include "tst_diagram_export.moc"

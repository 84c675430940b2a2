// Diagram text is never cut: node titles wrap onto a few lines and the box grows to
// hold them, edge labels are sized from their text and lie above the boxes, and the
// exports (SVG written to a file, PNG and PDF through the same items) carry the whole
// text. Every template is checked, since they are what a new user sees first.

#include "tst_diagram_support.h"

#include "diagram/DiagramEdgeItem.h"
#include "diagram/DiagramEdgeLabelItem.h"
#include "diagram/DiagramExporter.h"
#include "diagram/DiagramLiveState.h"
#include "diagram/DiagramNodeFit.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramText.h"

#include "runlens/diagram/TemplateCatalog.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace runlens;
using namespace diagramtest;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// Every node's title shows whole, bound or not, with at most kMaxTitleLines lines on
// any box not already at the widest.
void checkTitlesWhole(DiagramEditor& e, const QString& where)
{
    for (const auto& n : e.document().diagram().nodes) {
        const DiagramNode& shown = e.scene()->nodeItem(n.id)->node();
        const QString what = where + QStringLiteral(": ") + q(n.title);
        for (bool live : {false, true}) {
            const auto t = DiagramNodePainter::titleLines(shown, live);
            QVERIFY2(!t.elided, qPrintable(what));
            QCOMPARE(t.lines.join(QLatin1Char(' ')).simplified(), q(n.title).simplified());
        }
        if (n.kind != DiagramNodeKind::Note && n.kind != DiagramNodeKind::Group && n.size.width < DiagramNodeFit::kMaxWidth)
            QVERIFY2(DiagramNodePainter::titleLines(shown, true).lines.size() <= DiagramNodeFit::kMaxTitleLines,
                     qPrintable(what));
    }
}

// Every label shows whole, as big as its text, with no box over it.
void checkLabelsWhole(DiagramEditor& e, const QString& where)
{
    for (const auto& edge : e.document().diagram().edges) {
        if (edge.label.empty())
            continue;
        DiagramEdgeItem* item = e.scene()->edgeItem(edge.id);
        const QString what = where + QStringLiteral(": ") + q(edge.label);
        QCOMPARE(item->labelLines().join(QLatin1Char(' ')).simplified(), q(edge.label).simplified());
        const QRectF r = item->labelRect();
        QVERIFY2(r.width() >= DiagramText::widest(item->labelLines(), DiagramText::labelFont()), qPrintable(what));
        QVERIFY2(r.height() >= item->labelLines().size() * QFontMetricsF(DiagramText::labelFont()).height(),
                 qPrintable(what));
        // Whatever lies there, the label is the topmost thing at its middle.
        const QList<QGraphicsItem*> at = e.scene()->items(r.center());
        QVERIFY2(!at.isEmpty() && at.front()->type() == DiagramEdgeLabelItem::Type, qPrintable(what));
        // And in the templates it sits between the boxes, covering none.
        for (const auto& n : e.document().diagram().nodes) {
            if (n.kind != DiagramNodeKind::Group)
                QVERIFY2(!r.intersects(QRectF(n.position.x, n.position.y, n.size.width, n.size.height)),
                         qPrintable(what + QStringLiteral(" over ") + q(n.title)));
        }
    }
}

// The text of an SVG's <text> elements, one string, entities decoded.
QString svgText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString svg = QString::fromUtf8(f.readAll());
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    QStringList parts;
    for (auto it = text.globalMatch(svg); it.hasNext();)
        parts << it.next().captured(1);
    QString all = parts.join(QLatin1Char(' '));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    for (auto m = numeric.match(all); m.hasMatch(); m = numeric.match(all)) {
        const uint code = m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16);
        all.replace(m.capturedStart(), m.capturedLength(), QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1));
    }
    all.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    all.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    all.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    all.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    all.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    return all;
}

} // namespace

class TestDiagramFit : public QObject {
    Q_OBJECT

private slots:
    void templatesShowWholeTitlesAndLabels()
    {
        for (const auto& t : TemplateCatalog::list()) {
            DiagramEditor e(nullptr);
            e.setQuiet(true);
            QVERIFY(e.newFromTemplate(q(t.id)));
            showAtActualSize(e);
            checkTitlesWhole(e, q(t.id));
            checkLabelsWhole(e, q(t.id));
        }
    }

    void longTitlesWrapThenWidenThenGrowTaller()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        const DiagramSize before = e.document().node("b")->size;
        // Two lines fit the default width: the box only grows taller.
        e.document().setNodeTitle("b", "Model training and tuning");
        QCOMPARE(e.document().node("b")->size.width, before.width);
        QVERIFY(e.document().node("b")->size.height >= before.height);
        checkTitlesWhole(e, QStringLiteral("two lines"));
        // The template title that was cut: wider until three lines hold it.
        e.document().setNodeTitle("b", "Trigger: schedule, new data or a monitoring alert");
        const DiagramSize wide = e.document().node("b")->size;
        QVERIFY(wide.width > before.width && wide.width <= DiagramNodeFit::kMaxWidth);
        checkTitlesWhole(e, QStringLiteral("three lines"));
        // Prose: as wide as a box gets, then taller.
        e.document().setNodeTitle("b", QString(QStringLiteral("step ")).repeated(60).toStdString());
        QCOMPARE(e.document().node("b")->size.width, DiagramNodeFit::kMaxWidth);
        QVERIFY(e.document().node("b")->size.height > 150);
        checkTitlesWhole(e, QStringLiteral("prose"));
        // One word wider than any box: the box takes its width, nothing is cut.
        e.document().setNodeTitle("b", QString(80, QLatin1Char('W')).toStdString());
        QVERIFY(e.document().node("b")->size.width > DiagramNodeFit::kMaxWidth);
        checkTitlesWhole(e, QStringLiteral("one long word"));
        // A grip drag smaller than the text needs stops at the text.
        e.scene()->select({"b"});
        const DiagramNode* b = e.document().node("b");
        const QPointF grip(b->position.x + b->size.width, b->position.y + b->size.height);
        drag(e, grip, grip - QPointF(b->size.width - 40, b->size.height - 20));
        checkTitlesWhole(e, QStringLiteral("after a resize"));
        // Each growth is part of its title's undo step.
        while (e.undoStack()->canUndo())
            e.undoStack()->undo();
        QCOMPARE(e.document().node("b")->size, before);
    }

    void labelsWrapAndAreNeverCut()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        const std::string longLabel = "validated model with its metrics, its parameters and the data it saw";
        e.document().setEdgeLabel("e2", longLabel);
        DiagramEdgeItem* item = e.scene()->edgeItem("e2");
        QVERIFY(item->labelLines().size() > 1);
        QVERIFY(item->labelRect().width() <= DiagramEdgeItem::kLabelWidth + 2 * DiagramEdgeItem::kLabelPadding);
        QCOMPARE(item->labelLines().join(QLatin1Char(' ')), q(longLabel));
        // A node dragged onto the label does not hide it.
        const QPointF labelAt = item->labelRect().center();
        const DiagramNode* c = e.document().node("c");
        e.document().moveNodes({{"c", {labelAt.x() - c->size.width / 2, labelAt.y() - c->size.height / 2}}});
        const QList<QGraphicsItem*> at = e.scene()->items(e.scene()->edgeItem("e1")->labelRect().center());
        QVERIFY(!at.isEmpty() && at.front()->type() == DiagramEdgeLabelItem::Type);
    }

    void exportsCarryTheWholeText()
    {
        QTemporaryDir dir;
        for (const auto& t : TemplateCatalog::list()) {
            DiagramEditor e(nullptr);
            e.setQuiet(true);
            QVERIFY(e.newFromTemplate(q(t.id)));
            const QString svg = dir.filePath(q(t.id) + QStringLiteral(".svg"));
            QVERIFY(e.exportTo(svg));
            const QString text = svgText(svg);
            QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(q(t.id))); // no "…" anywhere
            for (const auto& n : e.document().diagram().nodes) {
                for (const QString& word : q(n.title).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    QVERIFY2(text.contains(word), qPrintable(q(t.id) + QStringLiteral(": ") + word));
            }
            for (const auto& edge : e.document().diagram().edges) {
                if (!edge.label.empty())
                    QVERIFY2(text.contains(q(edge.label)), qPrintable(q(edge.label)));
            }
            // PNG and PDF pages take the whole drawing, labels included.
            const QRectF bounds = e.scene()->diagramBounds();
            for (const auto& edge : e.document().diagram().edges) {
                if (!edge.label.empty())
                    QVERIFY(bounds.contains(e.scene()->edgeItem(edge.id)->labelRect()));
            }
            QVERIFY(e.exportTo(dir.filePath(q(t.id) + QStringLiteral(".png"))));
            QVERIFY(e.exportTo(dir.filePath(q(t.id) + QStringLiteral(".pdf"))));
        }
    }

    // The report draws stored diagrams without the editor: the same fit applies.
    void staticRenderFitsToo()
    {
        Diagram d = Diagram::make("one box");
        d.nodes.push_back(DiagramNode::make("t", DiagramNodeKind::Step, "Trigger: schedule, new data or a monitoring alert"));
        QVERIFY(DiagramNodePainter::titleLines(d.nodes[0], true).elided); // too small as stored
        const QSizeF drawn = DiagramExporter::naturalSize(d);
        const DiagramSize fit = DiagramNodeFit::fitted(d.nodes[0]);
        QCOMPARE(drawn, QSizeF(fit.width, fit.height) + QSizeF(40, 40)); // the export's margin
        DiagramNode grown = d.nodes[0];
        grown.size = fit;
        QVERIFY(!DiagramNodePainter::titleLines(grown, true).elided);
    }
};

QTEST_MAIN(TestDiagramFit)
#include "tst_diagram_fit.moc"

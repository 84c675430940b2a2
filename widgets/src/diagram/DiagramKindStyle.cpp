#include "diagram/DiagramKindStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>
#include <cmath>

namespace runlens {

namespace {

// Icons are drawn in a 24 x 24 design box; paintIcon scales it to the target.
void dataSource(QPainter& p)
{
    // A database cylinder.
    p.drawEllipse(QRectF(5, 3, 14, 5));
    QPainterPath body;
    body.moveTo(5, 5.5);
    body.lineTo(5, 18.5);
    body.arcTo(QRectF(5, 16, 14, 5), 180, 180);
    body.lineTo(19, 5.5);
    p.drawPath(body);
    QPainterPath mid;
    mid.moveTo(5, 12);
    mid.arcTo(QRectF(5, 9.5, 14, 5), 180, 180);
    p.drawPath(mid);
}

void validation(QPainter& p)
{
    // A shield with a tick.
    QPainterPath shield;
    shield.moveTo(12, 2.5);
    shield.lineTo(20, 5.5);
    shield.cubicTo(20, 13, 17, 18.5, 12, 21.5);
    shield.cubicTo(7, 18.5, 4, 13, 4, 5.5);
    shield.closeSubpath();
    p.drawPath(shield);
    const QPointF tick[3] = {{8, 12}, {11, 15}, {16.5, 8.5}};
    p.drawPolyline(tick, 3);
}

void features(QPainter& p)
{
    // Three sliders.
    for (int i = 0; i < 3; ++i) {
        const double y = 6 + i * 6;
        const double knob = i == 1 ? 15 : (i == 0 ? 8 : 11);
        p.drawLine(QPointF(3, y), QPointF(21, y));
        p.save();
        p.setBrush(p.pen().color());
        p.drawEllipse(QPointF(knob, y), 2.2, 2.2);
        p.restore();
    }
}

void training(QPainter& p)
{
    // A small neural network: 2 -> 3 -> 1.
    const QPointF in[2] = {{5, 8}, {5, 16}};
    const QPointF hid[3] = {{12, 5}, {12, 12}, {12, 19}};
    const QPointF out{19, 12};
    for (const auto& a : in)
        for (const auto& b : hid)
            p.drawLine(a, b);
    for (const auto& b : hid)
        p.drawLine(b, out);
    p.save();
    p.setBrush(Qt::white);
    for (const auto& a : in)
        p.drawEllipse(a, 2.3, 2.3);
    for (const auto& b : hid)
        p.drawEllipse(b, 2.3, 2.3);
    p.drawEllipse(out, 2.3, 2.3);
    p.restore();
}

void evaluation(QPainter& p)
{
    // A bar chart on an axis.
    p.drawLine(QPointF(3, 21), QPointF(21, 21));
    p.drawRect(QRectF(5, 13, 3.5, 8));
    p.drawRect(QRectF(10.5, 8, 3.5, 13));
    p.drawRect(QRectF(16, 4, 3.5, 17));
}

void registry(QPainter& p)
{
    // A package (cube).
    QPainterPath cube;
    cube.moveTo(12, 3);
    cube.lineTo(20, 7);
    cube.lineTo(20, 17);
    cube.lineTo(12, 21);
    cube.lineTo(4, 17);
    cube.lineTo(4, 7);
    cube.closeSubpath();
    p.drawPath(cube);
    p.drawPolyline(std::array<QPointF, 3>{QPointF(4, 7), QPointF(12, 11), QPointF(20, 7)}.data(), 3);
    p.drawLine(QPointF(12, 11), QPointF(12, 21));
}

void deployment(QPainter& p)
{
    // A cloud with an upward arrow.
    QPainterPath cloud;
    cloud.moveTo(7, 18);
    cloud.arcTo(QRectF(2, 10, 8, 8), 270, -180);
    cloud.arcTo(QRectF(6, 5, 11, 10), 160, -150);
    cloud.arcTo(QRectF(15, 10, 7, 8), 90, -180);
    p.drawPath(cloud);
    p.drawLine(QPointF(12, 22), QPointF(12, 12));
    p.drawPolyline(std::array<QPointF, 3>{QPointF(9, 15), QPointF(12, 12), QPointF(15, 15)}.data(), 3);
}

void monitoring(QPainter& p)
{
    // A screen with a pulse line.
    p.drawRoundedRect(QRectF(3, 4, 18, 13), 1.5, 1.5);
    p.drawLine(QPointF(9, 21), QPointF(15, 21));
    p.drawLine(QPointF(12, 17), QPointF(12, 21));
    const QPointF pulse[6] = {{5, 11}, {8.5, 11}, {10, 7}, {12.5, 14.5}, {14, 11}, {19, 11}};
    p.drawPolyline(pulse, 6);
}

void step(QPainter& p)
{
    // A gear: a ring with teeth.
    for (int i = 0; i < 8; ++i) {
        const double a = i * M_PI / 4;
        p.drawLine(QPointF(12 + 6.5 * std::cos(a), 12 + 6.5 * std::sin(a)),
                   QPointF(12 + 9.5 * std::cos(a), 12 + 9.5 * std::sin(a)));
    }
    p.drawEllipse(QPointF(12, 12), 6.5, 6.5);
    p.drawEllipse(QPointF(12, 12), 2.5, 2.5);
}

void note(QPainter& p)
{
    // A page with a folded corner and lines of text.
    QPainterPath page;
    page.moveTo(5, 3);
    page.lineTo(15, 3);
    page.lineTo(19, 7);
    page.lineTo(19, 21);
    page.lineTo(5, 21);
    page.closeSubpath();
    p.drawPath(page);
    p.drawPolyline(std::array<QPointF, 3>{QPointF(15, 3), QPointF(15, 7), QPointF(19, 7)}.data(), 3);
    for (double y : {11.0, 14.5, 18.0})
        p.drawLine(QPointF(8, y), QPointF(16, y));
}

void group(QPainter& p)
{
    // A lane: a dashed frame with a header band.
    QPen pen = p.pen();
    pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.drawRect(QRectF(3, 4, 18, 16));
    pen.setStyle(Qt::SolidLine);
    p.setPen(pen);
    p.drawLine(QPointF(3, 8.5), QPointF(21, 8.5));
}

} // namespace

std::vector<DiagramNodeKind> DiagramKindStyle::kinds()
{
    return {DiagramNodeKind::DataSource,    DiagramNodeKind::Validation, DiagramNodeKind::FeatureEngineering,
            DiagramNodeKind::Training,      DiagramNodeKind::Evaluation, DiagramNodeKind::ModelRegistry,
            DiagramNodeKind::Deployment,    DiagramNodeKind::Monitoring, DiagramNodeKind::Step,
            DiagramNodeKind::Note,          DiagramNodeKind::Group};
}

QString DiagramKindStyle::name(DiagramNodeKind kind)
{
    switch (kind) {
    case DiagramNodeKind::DataSource: return tr("Data source");
    case DiagramNodeKind::Validation: return tr("Validation");
    case DiagramNodeKind::FeatureEngineering: return tr("Feature engineering");
    case DiagramNodeKind::Training: return tr("Training");
    case DiagramNodeKind::Evaluation: return tr("Evaluation");
    case DiagramNodeKind::ModelRegistry: return tr("Model registry");
    case DiagramNodeKind::Deployment: return tr("Deployment");
    case DiagramNodeKind::Monitoring: return tr("Monitoring");
    case DiagramNodeKind::Step: return tr("Generic step");
    case DiagramNodeKind::Note: return tr("Note");
    case DiagramNodeKind::Group: return tr("Group / lane");
    }
    return tr("Step");
}

QString DiagramKindStyle::description(DiagramNodeKind kind)
{
    switch (kind) {
    case DiagramNodeKind::DataSource: return tr("Where data comes from: a table, files, a stream");
    case DiagramNodeKind::Validation: return tr("Checks of schema, ranges and data quality");
    case DiagramNodeKind::FeatureEngineering: return tr("Cleaning, transforms and feature extraction");
    case DiagramNodeKind::Training: return tr("Model training or tuning");
    case DiagramNodeKind::Evaluation: return tr("Metrics on held-out data, comparison with the current model");
    case DiagramNodeKind::ModelRegistry: return tr("Versioned models waiting for release");
    case DiagramNodeKind::Deployment: return tr("Serving: a batch job, an endpoint, an edge device");
    case DiagramNodeKind::Monitoring: return tr("Drift, performance and alerting in production");
    case DiagramNodeKind::Step: return tr("Any other step of the pipeline");
    case DiagramNodeKind::Note: return tr("Free text to explain the drawing");
    case DiagramNodeKind::Group: return tr("A lane or box that holds other nodes");
    }
    return {};
}

QColor DiagramKindStyle::color(DiagramNodeKind kind)
{
    switch (kind) {
    case DiagramNodeKind::DataSource: return QColor(0x3b, 0x6e, 0xb4);
    case DiagramNodeKind::Validation: return QColor(0x00, 0x89, 0x7b);
    case DiagramNodeKind::FeatureEngineering: return QColor(0x7b, 0x52, 0xab);
    case DiagramNodeKind::Training: return QColor(0xd8, 0x5a, 0x1e);
    case DiagramNodeKind::Evaluation: return QColor(0x2e, 0x7d, 0x32);
    case DiagramNodeKind::ModelRegistry: return QColor(0x8d, 0x6e, 0x23);
    case DiagramNodeKind::Deployment: return QColor(0xc2, 0x18, 0x5b);
    case DiagramNodeKind::Monitoring: return QColor(0x45, 0x5a, 0x64);
    case DiagramNodeKind::Step: return QColor(0x5f, 0x63, 0x68);
    case DiagramNodeKind::Note: return QColor(0x9e, 0x84, 0x10);
    case DiagramNodeKind::Group: return QColor(0x78, 0x90, 0x9c);
    }
    return Qt::darkGray;
}

void DiagramKindStyle::paintIcon(QPainter& p, const QRectF& rect, DiagramNodeKind kind, const QColor& color)
{
    const double side = std::min(rect.width(), rect.height());
    if (side <= 0)
        return;
    p.save();
    p.translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    p.scale(side / 24.0, side / 24.0);
    // 1.6 design units: about 1.3 px at the canvas's 20 px icons, never hair-thin in PDF.
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case DiagramNodeKind::DataSource: dataSource(p); break;
    case DiagramNodeKind::Validation: validation(p); break;
    case DiagramNodeKind::FeatureEngineering: features(p); break;
    case DiagramNodeKind::Training: training(p); break;
    case DiagramNodeKind::Evaluation: evaluation(p); break;
    case DiagramNodeKind::ModelRegistry: registry(p); break;
    case DiagramNodeKind::Deployment: deployment(p); break;
    case DiagramNodeKind::Monitoring: monitoring(p); break;
    case DiagramNodeKind::Step: step(p); break;
    case DiagramNodeKind::Note: note(p); break;
    case DiagramNodeKind::Group: group(p); break;
    }
    p.restore();
}

QIcon DiagramKindStyle::icon(DiagramNodeKind kind, int size)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pm(size * scale, size * scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        paintIcon(p, QRectF(0, 0, pm.width(), pm.height()), kind, color(kind));
        p.end();
        pm.setDevicePixelRatio(scale);
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace runlens

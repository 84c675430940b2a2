#include "compare/CompareChartMenu.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QWidget>

namespace runlens {

namespace {

void saveImage(QWidget* chart)
{
    QString path = QFileDialog::getSaveFileName(chart, CompareChartMenu::tr("Save chart as image"), QString(),
                                                CompareChartMenu::tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    // Atomic, like every file the app writes: complete or not there at all.
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly) && chart->grab().save(&file, "PNG") && file.commit();
    if (!ok)
        QMessageBox::warning(chart, CompareChartMenu::tr("Save chart"),
                             CompareChartMenu::tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace

QMenu* CompareChartMenu::create(QWidget* chart)
{
    auto* menu = new QMenu(chart);
    QAction* copy = menu->addAction(tr("&Copy image"), chart,
                                    [chart] { QApplication::clipboard()->setPixmap(chart->grab()); });
    copy->setObjectName(QStringLiteral("copyChartImage"));
    menu->addAction(tr("&Save image…"), chart, [chart] { saveImage(chart); });
    return menu;
}

void CompareChartMenu::attach(QWidget* chart)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(chart, &QWidget::customContextMenuRequested, chart, [chart](const QPoint& pos) {
        QMenu* menu = create(chart);
        menu->exec(chart->mapToGlobal(pos));
        delete menu;
    });
}

} // namespace runlens

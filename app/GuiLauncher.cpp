#include "GuiLauncher.h"

#include "MainWindow.h"
#include "StoreSession.h"
#include "runlens/Store.h"

#include <QApplication>
#include <QMessageBox>

namespace runlens {

int GuiLauncher::run(int argc, char** argv, const std::string& storePath)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Runlens"));
    QApplication::setOrganizationName(QStringLiteral("Runlens"));
    QApplication::setOrganizationDomain(QStringLiteral("runlens.dev"));
    StoreSession session;
    QString path = QString::fromStdString(storePath.empty() ? Store::defaultPath() : storePath);
    if (!session.open(path)) {
        QMessageBox::critical(nullptr, QObject::tr("Runlens"),
                              QObject::tr("Cannot open the store %1:\n%2").arg(path, session.lastError()));
    }
    MainWindow window(&session);
    window.show();
    return app.exec();
}

} // namespace runlens

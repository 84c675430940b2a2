#include "GuiLauncher.h"

#include "common/AppTheme.h"
#include "window/MainWindow.h"
#include "common/StoreSession.h"
#include "common/Translation.h"
#include "runlens/store/Store.h"

#include <QApplication>
#include <QMessageBox>

namespace runlens {

int GuiLauncher::run(int argc, char** argv, const std::string& storePath)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Runlens"));
    QApplication::setOrganizationName(QStringLiteral("Runlens"));
    QApplication::setOrganizationDomain(QStringLiteral("runlens.dev"));
    QApplication::setDesktopFileName(QStringLiteral("dev.runlens.Runlens"));
    // German when the system speaks it or Preferences say so; the theme as last chosen.
    Translation::install(Translation::saved());
    AppTheme::apply(AppTheme::saved());
    StoreSession session;
    QString path = QString::fromStdString(storePath.empty() ? Store::defaultPath() : storePath);
    MainWindow window(&session);
    window.show();
    if (!session.open(path)) {
        QMessageBox::critical(&window, QObject::tr("Runlens"),
                              QObject::tr("Cannot open the store %1:\n%2").arg(path, session.lastError()));
    }
    return app.exec();
}

} // namespace runlens

#include "common/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace runlens {

QString Translation::install(const QString& language)
{
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QString lang = language.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : language;
    if (!available().contains(lang))
        lang = QStringLiteral("en");
    // English too: its file holds the plural forms ("1 run", "2 runs").
    app = new QTranslator;
    if (app->load(QStringLiteral(":/i18n/runlens_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(app);
    } else {
        delete app;
        app = nullptr;
        return QStringLiteral("en");
    }
    if (lang == QLatin1String("en"))
        return lang;
    // Qt's own dialogs (file dialog buttons, …), when the system has Qt's translations.
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
        qt = nullptr;
    }
    return lang;
}

QString Translation::saved() { return QSettings().value(QStringLiteral("language")).toString(); }

void Translation::save(const QString& language) { QSettings().setValue(QStringLiteral("language"), language); }

} // namespace runlens

#pragma once

#include <QString>
#include <QStringList>

namespace runlens {

// The app's language: the one chosen in Preferences, else the system's. German comes
// with the app (translations/runlens_de.ts, built into :/i18n/runlens_de.qm).
namespace Translation {
// Installs translators for language ("" = the system locale's; "en" = none).
// Returns the language in use ("en" when nothing was installed).
QString install(const QString& language);
QString saved();
void save(const QString& language);
// Languages the app ships (English holds only the plural forms).
inline QStringList available() { return {QStringLiteral("en"), QStringLiteral("de")}; }
} // namespace Translation

} // namespace runlens

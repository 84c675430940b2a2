#pragma once

#include <QPalette>
#include <QString>

namespace runlens {

// Light and dark palettes. "System" keeps the platform's own style and palette (Qt 6.4
// has no colour-scheme API; the platform theme decides); Light and Dark use Fusion with
// palettes of ours. Every view reads the palette, so charts follow without a restart.
class AppTheme {
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current() { return s_current; }
    static Mode saved();
    static void save(Mode mode);
    static bool isDark(const QPalette& palette);
    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    static Mode s_current;
};

} // namespace runlens

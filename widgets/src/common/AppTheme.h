#pragma once

#include <QPalette>
#include <QString>

namespace runlens {

// Light and dark palettes. "System" keeps the platform's own style and palette (Qt 6.4
// has no colour-scheme API; the platform theme decides); Light and Dark use Fusion with
// palettes of ours. Every view reads the palette, so charts follow without a restart.
namespace AppTheme {
enum class Mode { System, Light, Dark };

// Sets the style and palette of mode, and remembers it as current().
void apply(Mode mode);
// The mode last applied (System before any).
Mode current();
Mode saved();
void save(Mode mode);
bool isDark(const QPalette& palette);
QPalette lightPalette();
QPalette darkPalette();
} // namespace AppTheme

} // namespace runlens

#pragma once

#include <QColor>
#include <QString>

namespace runlens {

// One cell of a report table. Text may hold '\n' for lines of its own (a value over its
// interval); colours are optional and mean the same on paper and in HTML.
struct ReportCell {
    QString text;
    QColor swatch;      // a run's colour drawn as a small square before the text
    QColor textColor;   // better green / worse red; invalid = the normal text colour
    QColor background;  // invalid = none
    bool bold = false;

    ReportCell() = default;
    ReportCell(QString t) : text(std::move(t)) {}
    ReportCell(const char* t) : text(QString::fromUtf8(t)) {}
};

} // namespace runlens

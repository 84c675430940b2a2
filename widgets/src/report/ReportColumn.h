#pragma once

#include <QString>

namespace runlens {

// A column of a report table. Wrapping columns (names, values of text params) share
// what is left of the page width and wrap onto a few lines; the others keep one line.
struct ReportColumn {
    QString title;
    bool numeric = false; // right-aligned
    bool wrap = false;
    double weight = 1; // wrapping columns share the width in proportion to it (names: 2)

    static ReportColumn text(const QString& title, double weight = 1) { return {title, false, true, weight}; }
    static ReportColumn number(const QString& title) { return {title, true, false}; }
    static ReportColumn fixed(const QString& title) { return {title, false, false}; }
};

} // namespace runlens

#pragma once

#include "charts/ChartRun.h"
#include "charts/ChartTheme.h"

#include <QLabel>
#include <QList>

namespace runlens {

// What a chart shows instead of a plot when every run logged its key once at most (a
// pipeline step's final score, say): a single point on an axis made up around it says
// nothing, so the values are written out. One run: "key = value", large; several: a
// table of run colour, name and value. The text is selectable, to copy a value.
class ChartValueText : public QLabel {
    Q_OBJECT
public:
    explicit ChartValueText(const QString& key, QWidget* parent = nullptr);

    // Whether runs are such a key: at least one run, none with two points or more.
    static bool suits(const QList<ChartRun>& runs);

    // Shows the values of runs; run colours are made readable on the theme's background.
    void setRuns(const QList<ChartRun>& runs);
    void setTheme(const ChartTheme& theme);
    // What is shown, without markup.
    QString plainText() const;

private:
    QString html() const;

    QString m_key;
    QList<ChartRun> m_runs;
    bool m_dark = false;
};

} // namespace runlens

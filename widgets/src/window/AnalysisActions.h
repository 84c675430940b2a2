#pragma once

#include <QObject>

class QDockWidget;

namespace runlens {

class DiagramEditor;
class MainWindow;

// The analysis views that open from the main window's selection: Compare (side by
// side, slices, parallel coordinates, scatter, importance), Export Report, and the
// pipeline diagrams dock. Kept out of MainWindow so the window stays a layout of docks.
class AnalysisActions : public QObject {
    Q_OBJECT
public:
    explicit AnalysisActions(MainWindow* window);

    void compareSelection();
    void exportReport();

private:
    void buildMenu();
    void buildDiagramsDock();

    MainWindow* m_window;
    QDockWidget* m_diagramsDock = nullptr;
    DiagramEditor* m_diagrams = nullptr;
};

} // namespace runlens

#pragma once

#include <QWidget>

#include <functional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace runlens {

class DiagramDocument;
class DiagramRunBinder;
class DiagramScene;
class StoreSession;
struct DiagramChange;

// The properties of what is selected: a node's title, kind, binding (experiment, run
// or pipeline step) and shown metric; an edge's label and routing; with nothing (or
// several things) selected, the diagram's name. Every change is one undoable document
// edit; the panel re-reads the document after each change event.
class DiagramProperties : public QWidget {
    Q_OBJECT
public:
    DiagramProperties(DiagramScene* scene, DiagramRunBinder* binder, StoreSession* session,
                      QWidget* parent = nullptr);

    // Shows the current selection again (after a binding resolved, a store opened).
    void refresh();

signals:
    void openRunRequested(const QString& runId);
    // An edit was refused by the document (core's message); the editor shows it.
    void editFailed(const QString& message);

private:
    QWidget* buildNodePage();
    QWidget* buildEdgePage();
    QWidget* buildDiagramPage();
    void showNode(const std::string& id);
    void showEdge(const std::string& id);
    void showDiagram();
    void fillBindingValues();
    void fillMetrics();
    void commitTitle();
    void commitKind();
    void commitBinding(bool typeChanged);
    void commitMetric();
    void commitEdgeLabel();
    void commitRouting();
    void commitName();
    // Runs a document edit; a refusal is shown with core's message and changes nothing.
    void attempt(const std::function<void()>& edit);

    DiagramScene* m_scene;
    DiagramDocument* m_document;
    DiagramRunBinder* m_binder;
    StoreSession* m_session;
    std::string m_node;
    std::string m_edge;
    QStackedWidget* m_pages;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_bindType;
    QComboBox* m_bindValue;
    QComboBox* m_metric;
    QLabel* m_runInfo;
    QPushButton* m_openRun;
    QLineEdit* m_edgeLabel;
    QComboBox* m_routing;
    QLineEdit* m_name;
    QLabel* m_counts;
};

} // namespace runlens

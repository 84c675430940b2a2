#pragma once

#include <QPointF>

#include <string>

namespace runlens {

class DiagramScene;

// What a press at a scene point means: which port, grip, box or edge it is on.
//
// Ports, grips and edges are small, and a target measured in scene units shrinks with
// the zoom: at 35 % a port was three pixels wide and could not be hit. So the reach is
// given by the caller in scene units for a distance in *view* pixels (DiagramView::
// hitReach), and every target is at least that easy to hit at any zoom. Inside a box,
// only a rim near its ports and grip belongs to them (a quarter of the box), so its
// middle still drags it, unless the box is too small on screen to have a middle;
// outside the boxes the nearest port within reach wins.
struct DiagramHit {
    enum class Kind { Nothing, Port, Resize, Node, Edge };

    Kind kind = Kind::Nothing;
    std::string id;      // the node (Port, Resize, Node) or the edge (Edge)
    bool output = false; // Port: an output port
    std::string port;    // Port: its id

    static DiagramHit at(const DiagramScene& scene, QPointF scenePos, double reach);
};

} // namespace runlens

#pragma once

namespace runlens {

// Scene coordinates: x grows to the right, y downwards (as in QGraphicsScene).
struct DiagramPoint {
    double x = 0;
    double y = 0;
    bool operator==(const DiagramPoint&) const = default;
};

struct DiagramSize {
    double width = 0;
    double height = 0;
    bool operator==(const DiagramSize&) const = default;
};

struct DiagramRect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    bool intersects(const DiagramRect& o) const
    {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
    bool operator==(const DiagramRect&) const = default;
};

} // namespace runlens

#pragma once

#include <QHash>
#include <QPointF>
#include <QWidget>

namespace tyndau {

class ReferenceData;

// The map of problematic issues: the city's districts drawn from the outlines the project
// ships (no online tiles can be assumed), each in its own pale colour, and the requests with
// coordinates as a density layer over them — cells of the city coloured from yellow to red
// by how many requests fell in them. Clicking a district asks for its requests.
class ProblemMap : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCells = 48; // across the city's width

    explicit ProblemMap(const ReferenceData& reference, QWidget* parent = nullptr);

    void setPoints(const QList<QPointF>& points); // x = longitude, y = latitude
    int pointCount() const { return int(m_points.size()); }
    int densestCell() const { return m_densest; }
    QString districtAt(const QPoint& widgetPosition) const;

signals:
    void districtClicked(const QString& districtCode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Projection
    {
        double squeeze = 1;
        double scale = 1;
        double x0 = 0;
        double y0 = 0;
    };
    Projection projection() const;
    QPointF toWidget(const QPointF& lonLat) const;
    QPointF toLonLat(const QPointF& widget) const;

    const ReferenceData& m_reference;
    QList<QPointF> m_points;
    QHash<QPoint, int> m_cells; // grid cell → requests
    int m_densest = 0;
    QRectF m_bounds; // lon/lat of the city's outlines
};

} // namespace tyndau

#include "ProblemMap.h"

#include "app/UiLanguage.h"
#include "core/ReferenceData.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace tyndau {
namespace {

const QList<QColor> kDistrictColors {
    QColor(0xe8, 0xf1, 0xfa), QColor(0xea, 0xf6, 0xe9), QColor(0xfb, 0xf0, 0xe4), QColor(0xf3, 0xea, 0xf7),
    QColor(0xfa, 0xe9, 0xec), QColor(0xe6, 0xf6, 0xf5), QColor(0xf7, 0xf5, 0xe2), QColor(0xee, 0xee, 0xee)};

// Yellow for a few, red for the densest, half transparent so the districts show through.
QColor heat(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    QColor c = QColor::fromHsvF(0.16 * (1.0 - t), 0.95, 0.95);
    c.setAlphaF(0.35 + 0.5 * t);
    return c;
}

} // namespace

ProblemMap::ProblemMap(const ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_reference(reference)
{
    for (const District& d : reference.districts())
        for (const QPointF& p : d.polygon)
            m_bounds = m_bounds.isNull() ? QRectF(p, QSizeF(1e-9, 1e-9))
                                         : m_bounds.united(QRectF(p, QSizeF(1e-9, 1e-9)));
    setMinimumSize(320, 240);
    setMouseTracking(false);
}

void ProblemMap::setPoints(const QList<QPointF>& points)
{
    m_points = points;
    m_cells.clear();
    m_densest = 0;
    const double cell = m_bounds.width() / kCells;
    if (cell > 0) {
        for (const QPointF& p : points) {
            if (!m_bounds.contains(p))
                continue;
            const QPoint key(int((p.x() - m_bounds.left()) / cell), int((p.y() - m_bounds.top()) / cell));
            m_densest = std::max(m_densest, ++m_cells[key]);
        }
    }
    update();
}

// Longitude and latitude to the widget and back: the north up, a degree of longitude
// shortened by the cosine of the latitude so the city keeps its shape, centred with a margin.
ProblemMap::Projection ProblemMap::projection() const
{
    Projection p;
    p.squeeze = std::cos(m_bounds.center().y() * M_PI / 180.0);
    const double w = m_bounds.width() * p.squeeze;
    const double h = m_bounds.height();
    p.scale = std::min((width() - 20) / w, (height() - 20) / h);
    p.x0 = (width() - w * p.scale) / 2;
    p.y0 = (height() - h * p.scale) / 2;
    return p;
}

QPointF ProblemMap::toWidget(const QPointF& lonLat) const
{
    const Projection p = projection();
    return {p.x0 + (lonLat.x() - m_bounds.left()) * p.squeeze * p.scale,
            p.y0 + (m_bounds.bottom() - lonLat.y()) * p.scale};
}

QPointF ProblemMap::toLonLat(const QPointF& widget) const
{
    const Projection p = projection();
    return {m_bounds.left() + (widget.x() - p.x0) / p.scale / p.squeeze,
            m_bounds.bottom() - (widget.y() - p.y0) / p.scale};
}

QString ProblemMap::districtAt(const QPoint& widgetPosition) const
{
    return m_reference.districtAt(toLonLat(widgetPosition));
}

void ProblemMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_bounds.isEmpty())
        return;
    const QString lang = UiLanguage::current();
    int i = 0;
    for (const District& d : m_reference.districts()) {
        QPolygonF outline;
        for (const QPointF& point : d.polygon)
            outline << toWidget(point);
        p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
        p.setBrush(kDistrictColors.value(i++ % kDistrictColors.size()));
        p.drawPolygon(outline);
    }
    const double cell = m_bounds.width() / kCells;
    p.setPen(Qt::NoPen);
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        const QPointF a
            = toWidget({m_bounds.left() + it.key().x() * cell, m_bounds.top() + (it.key().y() + 1) * cell});
        const QPointF b
            = toWidget({m_bounds.left() + (it.key().x() + 1) * cell, m_bounds.top() + it.key().y() * cell});
        p.setBrush(heat(m_densest > 0 ? std::sqrt(double(it.value()) / m_densest) : 0));
        p.drawRect(QRectF(a, b));
    }
    p.setPen(palette().text().color());
    for (const District& d : m_reference.districts())
        p.drawText(QRectF(toWidget(d.center) - QPointF(80, 10), QSizeF(160, 20)), Qt::AlignCenter,
                   d.name.in(lang));
    p.drawText(rect().adjusted(8, 4, -8, -4), Qt::AlignBottom | Qt::AlignLeft,
               tr("%n request(s) with coordinates; the densest cell holds %1.", nullptr, int(m_points.size()))
                   .arg(m_densest));
}

void ProblemMap::mouseReleaseEvent(QMouseEvent* event)
{
    const QString code = districtAt(event->position().toPoint());
    if (!code.isEmpty())
        emit districtClicked(code);
    QWidget::mouseReleaseEvent(event);
}

} // namespace tyndau

#include "PdfPage.h"

#include <QFile>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace tyndau {

PdfPage::PdfPage(QPagedPaintDevice& paged)
    : device(paged)
    , unit(paged.logicalDpiX() * 10 / 254)
    , left(unit * 15)
    , width(paged.width() - unit * 30)
    , y(unit * 15)
    , bottom(paged.height() - unit * 15)
{
}

bool PdfPage::need(int height)
{
    if (y + height <= bottom)
        return false;
    device.newPage();
    y = unit * 15;
    return true;
}

QFont PdfPage::font(double points, bool bold)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

bool PdfPage::write(const QString& path, const QString& title,
                    const std::function<void(QPagedPaintDevice&)>& paint)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tyndau"));
        paint(writer);
    }
    QFile check(path);
    return check.exists() && check.size() > 0;
}

} // namespace tyndau

#pragma once

#include <QFont>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace tyndau {

// Where the next block of a printed A4 report goes, on a PDF, a printer or the print preview:
// 15 mm margins, measures in device pixels (`unit` is one millimetre), and a new page when a
// block no longer fits. The weekly report and the budget's results both draw on it.
struct PdfPage
{
    explicit PdfPage(QPagedPaintDevice& device);

    // Starts a new page unless `height` still fits on this one; true when it started one, so
    // that a table can repeat its heads.
    bool need(int height);

    // Noto Sans: it has every Kazakh letter.
    static QFont font(double points, bool bold = false);
    // An A4 PDF at 150 dpi with `title`, drawn by `paint`; false when no file came of it.
    static bool write(const QString& path, const QString& title,
                      const std::function<void(QPagedPaintDevice&)>& paint);

    QPagedPaintDevice& device;
    int unit = 0;
    int left = 0;
    int width = 0;
    int y = 0;
    int bottom = 0;
};

} // namespace tyndau

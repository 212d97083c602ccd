#include "BudgetProgressPdf.h"

#include "BudgetReport.h"
#include "PdfPage.h"
#include "db/AttachmentStore.h"

#include <QPainter>

namespace tyndau {

namespace {

// The latest photos whose bytes are here, scaled to what the page can show: a phone's photo
// of 12 megapixels would make the PDF tens of megabytes for a 6 cm picture.
QList<QImage> latestPhotos(const BudgetReportProgress& winner, const BudgetProgressPdf::PhotoSource& source,
                           int maxWidth, int* missing)
{
    QList<QImage> out;
    *missing = 0;
    for (qsizetype i = winner.photos.size() - 1; i >= 0; --i) {
        const QImage image = source ? source(winner.photos.at(i)) : QImage();
        if (image.isNull()) {
            ++*missing;
            continue;
        }
        if (out.size() < BudgetProgressPdf::kPhotosPerWinner)
            out.append(image.width() > maxWidth ? image.scaledToWidth(maxWidth, Qt::SmoothTransformation)
                                                : image);
    }
    return out;
}

} // namespace

BudgetProgressPdf::PhotoSource BudgetProgressPdf::fromCache(Database& cache)
{
    return [&cache](const AttachmentRef& photo) {
        auto held = AttachmentStore(cache).blob(photo.sha256);
        return held && held.value() ? QImage::fromData(held.value()->data) : QImage();
    };
}

void BudgetProgressPdf::paint(QPainter& p, PdfPage& c, const BudgetReportDistrict& d,
                              const PhotoSource& photos)
{
    const int line = c.unit * 6;
    const int gap = c.unit * 3;
    const int photoWidth = (c.width - gap * (kPhotosPerWinner - 1)) / kPhotosPerWinner;
    const int photoHeight = c.unit * 40;
    c.need(line * 3);
    p.setFont(PdfPage::font(11, true));
    p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Implementation of the winners"));
    c.y += line + c.unit;
    for (const BudgetReportProgress& winner : d.progress) {
        int missing = 0;
        const QList<QImage> images = latestPhotos(winner, photos, 600, &missing);
        p.setFont(PdfPage::font(9));
        const QString note = winner.note.simplified();
        const QRect noteBox = note.isEmpty()
            ? QRect()
            : p.boundingRect(QRect(c.left, 0, c.width, c.unit * 100), Qt::TextWordWrap, note);
        const QString away = missing > 0
            ? tr("%n photo(s) not on this workstation yet: open the winner in the "
                 "Budget workspace to fetch them.",
                 nullptr, missing)
            : QString();
        const int awayHeight = away.isEmpty()
            ? 0
            : p.boundingRect(QRect(c.left, 0, c.width, c.unit * 100), Qt::TextWordWrap, away).height();
        // A winner's title, note and photos stay on one page.
        c.need(line + noteBox.height() + (images.isEmpty() ? 0 : photoHeight + gap) + awayHeight);
        p.setFont(PdfPage::font(10, true));
        const QString status = winner.status.isEmpty() ? tr("no status yet") : winner.status;
        p.drawText(
            QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(tr("%1 — %2").arg(winner.title, status), Qt::ElideRight, c.width));
        c.y += line;
        p.setFont(PdfPage::font(9));
        if (!note.isEmpty()) {
            p.drawText(QRect(c.left, c.y, c.width, noteBox.height()), Qt::TextWordWrap, note);
            c.y += noteBox.height();
        }
        if (!images.isEmpty()) {
            c.y += c.unit;
            int x = c.left;
            for (const QImage& image : images) {
                const QSize fit = image.size().scaled(photoWidth, photoHeight, Qt::KeepAspectRatio);
                p.drawImage(QRect(x, c.y, fit.width(), fit.height()), image);
                x += photoWidth + gap;
            }
            c.y += photoHeight + gap;
        }
        if (!away.isEmpty()) {
            p.setPen(Qt::darkGray);
            p.drawText(QRect(c.left, c.y, c.width, awayHeight), Qt::TextWordWrap, away);
            p.setPen(Qt::black);
            c.y += awayHeight;
        }
        c.y += c.unit * 2;
    }
    c.y += c.unit * 6;
}

} // namespace tyndau

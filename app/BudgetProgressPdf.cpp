#include "BudgetProgressPdf.h"

#include "BudgetReport.h"
#include "PdfPage.h"
#include "db/AttachmentStore.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

namespace tyndau {

namespace {

// What one winner's part of the page holds, measured before it is drawn so that it can be
// kept on one page (and its district's heading with the first of them).
struct WinnerBlock
{
    QString title;
    QString note;
    QList<QImage> images; // the latest that could be shown, at most kPhotosPerWinner
    QString remark; // photos not here, or here and not shown
    int noteHeight = 0;
    int remarkHeight = 0;

    int height(int line, int gap, int photoHeight) const
    {
        return line + noteHeight + (images.isEmpty() ? 0 : gap + photoHeight + gap) + remarkHeight + gap;
    }
};

// Decoded no larger than the page shows it: a phone's photo of 12 megapixels would make the
// PDF tens of megabytes for a picture 6 cm wide, and decode slowly at every preview.
QImage decoded(const QByteArray& bytes, int maxWidth)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && size.width() > maxWidth)
        reader.setScaledSize(QSize(maxWidth, size.height() * maxWidth / size.width()));
    return reader.read();
}

WinnerBlock blockOf(QPainter& p, const PdfPage& c, const BudgetReportProgress& winner,
                    const BudgetProgressPdf::PhotoSource& photos)
{
    WinnerBlock b;
    const QString status = winner.status.isEmpty() ? BudgetProgressPdf::tr("no status yet") : winner.status;
    b.title = BudgetProgressPdf::tr("%1 — %2").arg(winner.title, status);
    b.note = winner.note.simplified();
    int missing = 0;
    int unreadable = 0;
    for (qsizetype i = winner.photos.size() - 1; i >= 0; --i) { // the latest first
        const QByteArray bytes = photos ? photos(winner.photos.at(i)) : QByteArray();
        if (bytes.isEmpty()) {
            ++missing;
        } else if (b.images.size() < BudgetProgressPdf::kPhotosPerWinner) {
            const QImage image = decoded(bytes, 600);
            if (image.isNull())
                ++unreadable;
            else
                b.images.append(image);
        }
    }
    QStringList remarks;
    if (missing > 0)
        remarks.append(
            BudgetProgressPdf::tr("%n photo(s) not on this workstation yet: open the winner in the "
                                  "Budget workspace to fetch them.",
                                  nullptr, missing));
    if (unreadable > 0)
        remarks.append(BudgetProgressPdf::tr("%n photo(s) in a format this workstation cannot show.", nullptr,
                                             unreadable));
    b.remark = remarks.join(QLatin1Char(' '));
    p.setFont(PdfPage::font(9));
    const QRect area(c.left, 0, c.width, c.unit * 200);
    if (!b.note.isEmpty())
        b.noteHeight = p.boundingRect(area, Qt::TextWordWrap, b.note).height();
    if (!b.remark.isEmpty())
        b.remarkHeight = p.boundingRect(area, Qt::TextWordWrap, b.remark).height();
    return b;
}

} // namespace

BudgetProgressPdf::PhotoSource BudgetProgressPdf::fromCache(Database& cache)
{
    return [&cache](const AttachmentRef& photo) {
        auto held = AttachmentStore(cache).blob(photo.sha256);
        return held && held.value() ? held.value()->data : QByteArray();
    };
}

void BudgetProgressPdf::paint(QPainter& p, PdfPage& c, const BudgetReportDistrict& d,
                              const PhotoSource& photos)
{
    const int line = c.unit * 6;
    const int gap = c.unit * 2;
    const int photoWidth = (c.width - gap * (kPhotosPerWinner - 1)) / kPhotosPerWinner;
    const int photoHeight = c.unit * 40;
    QList<WinnerBlock> blocks;
    for (const BudgetReportProgress& winner : d.progress)
        blocks.append(blockOf(p, c, winner, photos));
    if (blocks.isEmpty())
        return;
    // The heading goes with the first winner.
    c.need(line + c.unit + blocks.first().height(line, gap, photoHeight));
    p.setFont(PdfPage::font(11, true));
    p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Implementation of the winners"));
    c.y += line + c.unit;
    for (const WinnerBlock& b : blocks) {
        c.need(b.height(line, gap, photoHeight)); // a winner's title, note and photos on one page
        p.setFont(PdfPage::font(10, true));
        p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(b.title, Qt::ElideRight, c.width));
        c.y += line;
        p.setFont(PdfPage::font(9));
        if (!b.note.isEmpty()) {
            p.drawText(QRect(c.left, c.y, c.width, b.noteHeight), Qt::TextWordWrap, b.note);
            c.y += b.noteHeight;
        }
        if (!b.images.isEmpty()) {
            c.y += gap;
            int x = c.left;
            for (const QImage& image : b.images) {
                const QSize fit = image.size().scaled(photoWidth, photoHeight, Qt::KeepAspectRatio);
                p.drawImage(QRect(x, c.y, fit.width(), fit.height()), image);
                x += photoWidth + gap;
            }
            c.y += photoHeight + gap;
        }
        if (!b.remark.isEmpty()) {
            p.setPen(Qt::darkGray);
            p.drawText(QRect(c.left, c.y, c.width, b.remarkHeight), Qt::TextWordWrap, b.remark);
            p.setPen(Qt::black);
            c.y += b.remarkHeight;
        }
        c.y += gap;
    }
    c.y += c.unit * 6;
}

} // namespace tyndau

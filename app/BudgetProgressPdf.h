#pragma once

#include "core/AttachmentRef.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class QPainter;

namespace tyndau {

class Database;
struct BudgetReportDistrict;
struct PdfPage;

// The part of the printed budget report that shows how a district's winners are being built,
// in the implementation phase: each funded winner's status and note, and its latest photos
// as they were taken on site, a row of them under it.
class BudgetProgressPdf
{
    Q_DECLARE_TR_FUNCTIONS(BudgetProgressPdf)

public:
    // The photo's bytes; none when they are not on this workstation yet.
    using PhotoSource = std::function<QByteArray(const AttachmentRef&)>;

    static constexpr int kPhotosPerWinner = 3; // the latest; the screen shows them all

    // The photos this workstation's cache holds.
    static PhotoSource fromCache(Database& cache);

    static void paint(QPainter& p, PdfPage& c, const BudgetReportDistrict& d, const PhotoSource& photos);
};

} // namespace tyndau

#pragma once

#include "BudgetProgressPdf.h"
#include "core/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace tyndau {

struct PdfPage;

struct BudgetReport;
struct BudgetReportDistrict;

// The printed results of a People's Participation Budget season, on A4 in the language of
// the installed translation: the season's totals and a table of districts, then for each
// district its money, a bar chart of the votes of its ranked proposals (funded in colour,
// the rest in grey), the ranking as a table and, in the implementation phase, how its winners
// are being built, with their latest photos. Drawn with QPainter on any paged device (a
// PDF file, a printer, the print preview), in Noto Sans, which has every Kazakh letter.
class BudgetReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(BudgetReportPdf)

public:
    // A district's chart shows its first proposals only: a bar chart of 150 is unreadable,
    // and the table below it lists them all.
    static constexpr int kChartBars = 20;

    // `photos` gives the winners' photos (from the cache); without it none are printed.
    explicit BudgetReportPdf(const BudgetReport& report, BudgetProgressPdf::PhotoSource photos = {});

    void paint(QPagedPaintDevice& device) const;
    Result<void> writeFile(const QString& path) const;

private:
    void header(QPainter& p, PdfPage& c) const;
    void totals(QPainter& p, PdfPage& c) const;
    void overview(QPainter& p, PdfPage& c) const;
    void district(QPainter& p, PdfPage& c, const BudgetReportDistrict& d) const;
    void chart(QPainter& p, PdfPage& c, const BudgetReportDistrict& d) const;
    void table(QPainter& p, PdfPage& c, const BudgetReportDistrict& d) const;

    const BudgetReport& m_report;
    BudgetProgressPdf::PhotoSource m_photos;
};

} // namespace tyndau

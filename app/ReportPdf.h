#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace tyndau {

struct PdfPage;

class ReferenceData;
struct WeeklyReport;

// The printed weekly report for the Akim's staff meeting, on A4 in the language of the
// installed translation: the week's totals against the week before, requests per day by
// channel, the category groups and districts, quality control, the organizations with
// overdue requests, and the acute issues. Drawn with QPainter on any paged device: a PDF
// file, a printer, the print preview. Noto Sans, which has every Kazakh letter.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    ReportPdf(const WeeklyReport& report, const ReferenceData& reference);

    void paint(QPagedPaintDevice& device) const;
    Result<void> writeFile(const QString& path) const;

private:
    void header(QPainter& p, PdfPage& c) const;
    void totals(QPainter& p, PdfPage& c) const;
    void perDayChart(QPainter& p, PdfPage& c) const;
    void bars(QPainter& p, PdfPage& c, const QString& title, const QList<struct GroupCount>& rows,
              int limit) const;
    void organizations(QPainter& p, PdfPage& c) const;
    void acuteIssues(QPainter& p, PdfPage& c) const;

    const WeeklyReport& m_report;
    const ReferenceData& m_reference;
};

} // namespace tyndau

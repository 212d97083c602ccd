#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tyndau {

struct BudgetReport;

// A season's results as CSV, read the way ReportCsv's weekly report is (RFC 4180, UTF-8 with
// a BOM, CRLF), in the language of the installed translation: the season's totals, then one
// section per district (its figures, then its ranked proposals). Amounts are whole tenge
// without separators, so that a spreadsheet sums them.
class BudgetReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(BudgetReportCsv)

public:
    static QByteArray write(const BudgetReport& report);
    // Written whole or not at all.
    static Result<void> writeFile(const BudgetReport& report, const QString& path);
};

} // namespace tyndau

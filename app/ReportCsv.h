#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tyndau {

class ReferenceData;
struct WeeklyReport;

// The weekly report as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read the
// Kazakh and Russian letters): one table after another, each with its heading row, in the
// language of the installed translation.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    static QByteArray write(const WeeklyReport& report, const ReferenceData& reference);
    // Written whole or not at all (QSaveFile).
    static Result<void> writeFile(const WeeklyReport& report, const ReferenceData& reference,
                                  const QString& path);
    // One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180).
    static QString field(const QString& value);
};

} // namespace tyndau

#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

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
    // One record: its fields through field(), comma-separated, ended by CRLF. Shared with the
    // other reports' CSV, so that every table the office opens reads the same way.
    static QString record(const QStringList& cells);
    // Written whole or not at all (QSaveFile).
    static Result<void> save(const QByteArray& bytes, const QString& path);
};

} // namespace tyndau

// tyndauctl report: the weekly report for the staff meeting (or one for any range of days), as
// PDF or CSV, in Kazakh or Russian, from the local cache after a sync (a supervisor's cache
// holds the whole city).
#include "Tyndauctl.h"
#include "app/LocalCache.h"
#include "app/ReportCsv.h"
#include "app/ReportPdf.h"
#include "app/UiLanguage.h"
#include "app/WeeklyReport.h"
#include "core/AlmatyTime.h"

namespace tyndau {

std::variant<Tyndauctl::ReportTarget, int> Tyndauctl::reportTarget()
{
    ReportTarget t {option(QStringLiteral("--lang")), option(QStringLiteral("--format")),
                    option(QStringLiteral("-o"))};
    if (t.lang.isEmpty())
        t.lang = QStringLiteral("ru");
    if (t.format.isEmpty())
        t.format = QStringLiteral("pdf");
    if (t.lang != QLatin1String("kk") && t.lang != QLatin1String("ru"))
        return fail(QStringLiteral("--lang must be kk or ru"), 2);
    if (t.format != QLatin1String("pdf") && t.format != QLatin1String("csv"))
        return fail(QStringLiteral("--format must be pdf or csv"), 2);
    if (t.file.isEmpty())
        return fail(QStringLiteral("-o FILE is required"), 2);
    return t;
}

int Tyndauctl::prepareReport(const QString& lang, UiLanguage& language)
{
    if (!flag(QStringLiteral("--offline"))) {
        QString problem;
        if (!syncOnce(&problem))
            fail(QStringLiteral("reporting from the local copy: %1").arg(problem), 0);
    }
    if (!language.apply(lang, UiLanguage::Remember::No))
        return fail(QStringLiteral("the %1 translation is missing").arg(lang));
    return 0;
}

int Tyndauctl::report()
{
    const QString week = option(QStringLiteral("--week"));
    const QDate from = QDate::fromString(option(QStringLiteral("--from")), Qt::ISODate);
    const QDate to = QDate::fromString(option(QStringLiteral("--to")), Qt::ISODate);
    const bool range = week.isEmpty() && (from.isValid() || to.isValid());
    if (range && (!from.isValid() || !to.isValid() || to < from))
        return fail(QStringLiteral("--from and --to are days such as 2026-11-01, the first before the last"),
                    2);
    if (!range && !AlmatyTime::parseWeek(week))
        return fail(QStringLiteral("--week must be an ISO week such as 2026-W47 (or give --from and --to)"),
                    2);
    const auto target = reportTarget();
    if (const int* code = std::get_if<int>(&target))
        return *code;
    const auto& [lang, format, file] = std::get<ReportTarget>(target);
    UiLanguage language; // installed while the report is written
    if (const int code = prepareReport(lang, language))
        return code;
    const ReferenceData& reference = m_local->reference();
    auto built = range
        ? WeeklyReport::build(*m_cache, reference, AlmatyTime::days(from, to), AlmatyTime::today())
        : WeeklyReport::build(*m_cache, reference, week, AlmatyTime::today());
    if (!built)
        return fail(built.error().message);
    if (format == QLatin1String("pdf")) {
        if (auto written = ReportPdf(built.value(), reference).writeFile(file); !written)
            return fail(written.error().message);
    } else if (auto written = ReportCsv::writeFile(built.value(), reference, file); !written) {
        return fail(QStringLiteral("cannot write %1: %2").arg(file, written.error().message));
    }
    print(QStringLiteral("wrote %1 (%2 requests in %3)\n")
              .arg(file)
              .arg(built->current.total)
              .arg(built->fileStem())
              .toUtf8());
    return 0;
}

} // namespace tyndau

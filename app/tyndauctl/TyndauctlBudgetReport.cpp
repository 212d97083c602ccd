// tyndauctl budget-report: the results of a People's Participation Budget season, as PDF or
// CSV, in Kazakh or Russian, from the local cache after a sync, the way `report` makes the
// weekly one.
#include "Tyndauctl.h"
#include "app/BudgetReport.h"
#include "app/BudgetReportCsv.h"
#include "app/BudgetReportPdf.h"
#include "app/LocalCache.h"
#include "app/UiLanguage.h"
#include "core/AlmatyTime.h"
#include "db/BudgetStore.h"

namespace tyndau {

int Tyndauctl::budgetReport()
{
    bool isNumber = false;
    const int year = option(QStringLiteral("--year")).toInt(&isNumber);
    if (!isNumber || year < BudgetSeason::kMinYear || year > BudgetSeason::kMaxYear)
        return fail(QStringLiteral("--year must be a season's year such as 2026"), 2);
    const auto target = reportTarget();
    if (const int* code = std::get_if<int>(&target))
        return *code;
    const auto& [lang, format, file] = std::get<ReportTarget>(target);
    // The language before the build: district names are taken in it.
    UiLanguage language; // installed while the report is written
    if (const int code = prepareReport(lang, language))
        return code;

    BudgetStore store(*m_cache);
    auto season = store.season(year);
    if (!season)
        return fail(season.error().message);
    if (!season.value())
        return fail(
            QStringLiteral("the local copy has no %1 season (sync first, or check the year)").arg(year));
    auto records = store.proposalsOf(year);
    if (!records)
        return fail(records.error().message);
    const BudgetReport report
        = BudgetReport::build(*season.value(), records.value(), m_local->reference(), AlmatyTime::today());
    if (format == QLatin1String("pdf")) {
        if (auto written = BudgetReportPdf(report, BudgetProgressPdf::fromCache(*m_cache)).writeFile(file);
            !written)
            return fail(written.error().message);
    } else if (auto written = BudgetReportCsv::writeFile(report, file); !written) {
        return fail(QStringLiteral("cannot write %1: %2").arg(file, written.error().message));
    }
    print(QStringLiteral("wrote %1 (season %2, %3 proposals, %4 funded)\n")
              .arg(file)
              .arg(year)
              .arg(report.submitted)
              .arg(report.funded)
              .toUtf8());
    return 0;
}

} // namespace tyndau

#include "BudgetReportCsv.h"

#include "BudgetReport.h"
#include "ReportCsv.h"

namespace tyndau {

Result<void> BudgetReportCsv::writeFile(const BudgetReport& report, const QString& path)
{
    return ReportCsv::save(write(report), path);
}

QByteArray BudgetReportCsv::write(const BudgetReport& r)
{
    const auto n = [](qint64 v) {
        return QString::number(v);
    };
    QString out;
    out += ReportCsv::record({r.title()});
    out += ReportCsv::record({tr("Year"), n(r.year)});
    out += ReportCsv::record({tr("Phase"), displayName(r.phase)});
    out += ReportCsv::record({tr("As of"), r.asOf.toString(Qt::ISODate)});
    out += ReportCsv::record({tr("Budget (₸)"), n(r.budget)});
    out += ReportCsv::record({tr("Spent (₸)"), n(r.spent)});
    out += ReportCsv::record({tr("Remaining (₸)"), n(r.remaining())});
    out += ReportCsv::record({tr("Votes cast"), n(r.votesCast)});
    out += ReportCsv::record({tr("Proposals submitted"), n(r.submitted)});
    out += ReportCsv::record({tr("Feasible"), n(r.feasible)});
    out += ReportCsv::record({tr("Funded"), n(r.funded)});

    // Each district's section repeats its column heads: a section copied on its own into
    // another sheet still says what its numbers are.
    const QStringList districtHeads {tr("District"),  tr("Budget (₸)"), tr("Spent (₸)"), tr("Remaining (₸)"),
                                     tr("Submitted"), tr("Feasible"),   tr("Funded")};
    const QStringList rowHeads {tr("Rank"), tr("Proposal"), tr("Votes"), tr("Cost (₸)"), tr("Result")};
    for (const BudgetReportDistrict& d : r.districts) {
        out += QStringLiteral("\r\n");
        out += ReportCsv::record(districtHeads);
        out += ReportCsv::record(
            {d.name, n(d.budget), n(d.spent), n(d.remaining), n(d.submitted), n(d.feasible), n(d.funded)});
        out += ReportCsv::record(rowHeads);
        for (const BudgetResultRow& row : d.rows)
            out += ReportCsv::record({n(row.rank), row.title, n(row.votes), n(row.cost),
                                      row.funded ? tr("funded") : tr("not funded")});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace tyndau

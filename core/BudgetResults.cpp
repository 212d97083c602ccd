#include "BudgetResults.h"

#include "BudgetSeason.h"

#include <QSet>

#include <algorithm>

namespace tyndau {

int DistrictResults::fundedCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const BudgetResultRow& r) { return r.funded; }));
}

bool BudgetResults::ranksAbove(const BudgetProposal& a, const BudgetProposal& b)
{
    if (a.votes != b.votes)
        return a.votes > b.votes;
    // A proposal without a submission time (never expected) goes after those with one.
    if (a.submittedAt.isValid() != b.submittedAt.isValid())
        return a.submittedAt.isValid();
    if (a.submittedAt != b.submittedAt)
        return a.submittedAt < b.submittedAt;
    return a.id < b.id;
}

QList<BudgetProposal> BudgetResults::ranked(const QList<BudgetProposal>& proposals,
                                            const QString& districtCode)
{
    QList<BudgetProposal> out;
    for (const BudgetProposal& p : proposals)
        if (p.onBallot() && p.districtCode == districtCode)
            out.append(p);
    std::sort(out.begin(), out.end(), ranksAbove);
    return out;
}

DistrictResults BudgetResults::forDistrict(const QString& districtCode, qint64 budget,
                                           const QList<BudgetProposal>& proposals)
{
    DistrictResults result;
    result.districtCode = districtCode;
    result.budget = std::max<qint64>(budget, 0);
    for (const BudgetProposal& p : ranked(proposals, districtCode)) {
        BudgetResultRow row;
        row.rank = int(result.rows.size()) + 1;
        row.proposalId = p.id;
        row.title = p.title;
        row.votes = p.votes;
        row.cost = p.cost();
        // Compared with what is left rather than summed, so that no amount can overflow.
        row.funded = row.cost > 0 && row.cost <= result.budget - result.spent;
        if (row.funded)
            result.spent += row.cost;
        row.spent = result.spent;
        row.remaining = result.budget - result.spent;
        result.rows.append(row);
    }
    result.remaining = result.budget - result.spent;
    return result;
}

QList<DistrictResults> BudgetResults::forSeason(const BudgetSeason& season,
                                                const QList<BudgetProposal>& proposals)
{
    QList<BudgetProposal> ofYear;
    QSet<QString> districts(season.budgets().keyBegin(), season.budgets().keyEnd());
    for (const BudgetProposal& p : proposals) {
        if (p.seasonYear != season.year())
            continue;
        ofYear.append(p);
        if (p.onBallot())
            districts.insert(p.districtCode);
    }
    QStringList codes(districts.cbegin(), districts.cend());
    codes.sort();
    QList<DistrictResults> out;
    for (const QString& code : codes)
        out.append(forDistrict(code, season.budget(code), ofYear));
    return out;
}

} // namespace tyndau

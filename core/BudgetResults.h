#pragma once

#include "BudgetProposal.h"

#include <QList>
#include <QString>

namespace tyndau {

class BudgetSeason;

// One proposal in a district's results, in ranking order.
struct BudgetResultRow
{
    int rank = 0; // 1, 2, …; no two rows share one
    QString proposalId;
    QString title;
    int votes = 0;
    qint64 cost = 0; // the corrected cost, or the estimate when the experts gave none
    bool funded = false;
    qint64 spent = 0; // the district's spending so far, this row included when funded
    qint64 remaining = 0; // the district's budget left after this row

    bool operator==(const BudgetResultRow&) const = default;
};

// A district's results: every feasible proposal by votes, and what the budget paid for.
struct DistrictResults
{
    QString districtCode;
    qint64 budget = 0;
    QList<BudgetResultRow> rows;
    qint64 spent = 0;
    qint64 remaining = 0; // budget - spent

    int fundedCount() const;
    bool operator==(const DistrictResults&) const = default;
};

// Winner selection. In each district the feasible proposals are ranked by votes, more first;
// equal votes go to the earlier submission, then to the smaller id, so that the same votes
// always give the same results. They are funded in that order while the budget lasts; one
// that no longer fits is skipped, and smaller ones further down may still be funded.
// Infeasible and unassessed proposals are never ranked, whatever their votes.
class BudgetResults
{
public:
    // The district's feasible proposals in ranking order.
    static QList<BudgetProposal> ranked(const QList<BudgetProposal>& proposals, const QString& districtCode);
    // Whether `a` ranks above `b`.
    static bool ranksAbove(const BudgetProposal& a, const BudgetProposal& b);

    static DistrictResults forDistrict(const QString& districtCode, qint64 budget,
                                       const QList<BudgetProposal>& proposals);
    // Every district of the season (those it gives a budget and those with feasible proposals
    // of its year), by district code.
    static QList<DistrictResults> forSeason(const BudgetSeason& season,
                                            const QList<BudgetProposal>& proposals);
};

} // namespace tyndau

#pragma once

#include "BudgetProposal.h"
#include "Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tyndau {

class BudgetSeason;

// What a participation-budget proposal, its expert assessment and a citizen's ballot must be,
// decided the same way on the workstation (the form marks the field) and on the server (which
// refuses). Every failure names its field and carries a translated message.
//
// Fields: "title", "description", "district", "location", "estimated_cost", "author_name",
// "author_iin", "author_phone", "corrected_cost", "responsible_organization",
// "assessment_reason", "choices".
class BudgetRules
{
public:
    static constexpr int kMinTitle = 5;
    static constexpr int kMaxTitle = 200;
    static constexpr int kMinDescription = 20;
    static constexpr int kMaxDescription = 10000;
    static constexpr int kMaxName = 200;
    static constexpr int kMaxReason = 4000;

    // Every problem of a proposal as registered, in form order; empty when it may be saved.
    // The cost is checked against `districtBudget` when it is given.
    static QList<Error> checkProposal(const BudgetProposal& proposal,
                                      std::optional<qint64> districtBudget = std::nullopt);
    // The same, against the budget the season gives the proposal's district, if any.
    static QList<Error> checkProposal(const BudgetProposal& proposal, const BudgetSeason& season);

    // The experts' assessment: a feasible proposal needs a corrected cost, the responsible
    // organization and a reason; an infeasible one needs the reason the author is told.
    static QList<Error> checkAssessment(const BudgetProposal& proposal);

    // A citizen's ballot: 1..maxVotes distinct proposal ids, each of a feasible proposal among
    // `proposals` (the season's), all in one district, the voter's. Codes: "no_choice",
    // "too_many_votes", "duplicate_choice", "not_on_ballot", "mixed_districts"; field "choices".
    static Result<void> checkBallot(const QStringList& choices, const QList<BudgetProposal>& proposals,
                                    int maxVotes);

    // The proposal with its text trimmed, its phone in E.164 and its IIN without spaces.
    // Values that do not validate are kept as typed.
    static BudgetProposal normalized(const BudgetProposal& proposal);
};

} // namespace tyndau

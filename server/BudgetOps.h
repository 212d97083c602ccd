#pragma once

#include "AuthService.h"
#include "OpOutcome.h"
#include "core/BudgetSeason.h"
#include "db/BudgetStore.h"

#include <QJsonObject>
#include <QStringList>

namespace tyndau {

class Database;
class ReferenceData;

// The People's Participation Budget's operations, applied inside OpsService's transaction
// for the op:
//   set_budget_season      {"season":SEASON}                 ManageBudget
//   move_budget_phase      {"year","phase"}                   ManageBudget
//   submit_proposal        {"proposal":PROPOSAL}              RegisterProposals, phase proposals
//   assess_proposal        {"proposal_id","feasible","corrected_cost","organization","reason"}
//                                                             AssessProposals, phase assessment
//   cast_vote              {"year","voter_iin","choices":[ids]} RecordVotes, phase voting
//   update_implementation  {"proposal_id","status","note"}    ManageBudget, phase implementation
// Each is checked by the same core rules as the workstation's forms (BudgetSeason,
// BudgetRules, BudgetResults) and announced in the change feed as "budget_season" or
// "budget_proposal"; a ballot never is. The season is read under a share lock, so that a
// phase cannot move under an operation that depends on it.
class BudgetOps
{
public:
    // A winner's implementation, in the order it usually goes.
    static const QStringList& implementationStatuses();

    // `voteSecret`: the key voters' IINs are hashed under (ServerOptions::voteSecretFile).
    BudgetOps(Database& db, const ReferenceData& reference, QByteArray voteSecret);

    // Refused unless `record` is among its district's funded winners of `season`: only their
    // implementation is tracked (status, note, photos).
    static Result<void> checkFundedWinner(Database& db, const BudgetSeason& season,
                                          const BudgetProposalRecord& record);

    static const QStringList& types();
    static bool handles(const QString& type);
    OpOutcome apply(const QString& type, const QJsonObject& op, const AuthContext& context);

private:
    OpOutcome setSeason(const QJsonObject& op, const AuthContext& context);
    OpOutcome movePhase(const QJsonObject& op, const AuthContext& context);
    OpOutcome submitProposal(const QJsonObject& op, const AuthContext& context);
    OpOutcome assessProposal(const QJsonObject& op, const AuthContext& context);
    OpOutcome castVote(const QJsonObject& op, const AuthContext& context);
    OpOutcome updateImplementation(const QJsonObject& op, const AuthContext& context);

    // The season of `year`, read with `lock`; refused when there is none, or when it is not
    // in the phase of `action`.
    Result<BudgetSeason> seasonFor(int year, BudgetStore::Lock lock, std::optional<BudgetAction> action);
    // The proposal named by the op's "proposal_id"; refused when there is none.
    Result<BudgetProposalRecord> proposalFor(const QJsonObject& op);
    // The feed entries of an applied change, and its audit entry when `auditAction` is set.
    OpOutcome announce(const AuthContext& context, const QString& entity, const QStringList& ids,
                       const QString& auditAction = {}, const QJsonObject& detail = {});

    Database& m_db;
    const ReferenceData& m_reference;
    QByteArray m_voteSecret;
};

} // namespace tyndau

#include "BudgetOps.h"

#include "core/AlmatyTime.h"
#include "core/BudgetResults.h"
#include "core/BudgetRules.h"
#include "core/BudgetWire.h"
#include "core/Clock.h"
#include "core/Iin.h"
#include "core/MessageLocale.h"
#include "core/Permissions.h"
#include "core/ReferenceData.h"
#include "db/AuditStore.h"
#include "db/ChangeFeedStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace tyndau {
namespace {

OpOutcome rejected(const Error& e)
{
    return OpOutcome::rejected(e);
}

OpOutcome forbidden(const QString& message)
{
    return rejected(Error {QStringLiteral("forbidden"), message, QStringLiteral("type")});
}

Error invalid(const QString& message, const QString& field)
{
    return Error {QStringLiteral("invalid"), message, field};
}

// Someone else's write got there between our read and ours: a conflict, not a refusal, so
// that the client looks again.
OpOutcome conflict(const QString& message, const QString& field)
{
    return {QStringLiteral("conflict"), Error {QStringLiteral("conflict"), message, field}, {}, false};
}

Result<qint64> yearOf(const QJsonObject& op)
{
    return BudgetWire::whole(op, "year", BudgetSeason::kMinYear, BudgetSeason::kMaxYear, true);
}

// BudgetRules names the assessment's fields as the proposal does; the op names them shorter.
Error asOpField(Error e)
{
    if (e.field == QLatin1String("responsible_organization"))
        e.field = QStringLiteral("organization");
    else if (e.field == QLatin1String("assessment_reason"))
        e.field = QStringLiteral("reason");
    return e;
}

QList<BudgetProposal> domainOf(const QList<BudgetProposalRecord>& records)
{
    QList<BudgetProposal> out;
    out.reserve(records.size());
    for (const BudgetProposalRecord& r : records)
        out.append(r.proposal);
    return out;
}

} // namespace

const QStringList& BudgetOps::implementationStatuses()
{
    static const QStringList statuses {QStringLiteral("planned"), QStringLiteral("in_progress"),
                                       QStringLiteral("completed"), QStringLiteral("suspended")};
    return statuses;
}

BudgetOps::BudgetOps(Database& db, const ReferenceData& reference, QByteArray voteSecret)
    : m_db(db)
    , m_reference(reference)
    , m_voteSecret(std::move(voteSecret))
{
}

const QStringList& BudgetOps::types()
{
    static const QStringList types {
        QStringLiteral("set_budget_season"), QStringLiteral("move_budget_phase"),
        QStringLiteral("submit_proposal"),   QStringLiteral("assess_proposal"),
        QStringLiteral("cast_vote"),         QStringLiteral("update_implementation")};
    return types;
}

bool BudgetOps::handles(const QString& type)
{
    return types().contains(type);
}

OpOutcome BudgetOps::apply(const QString& type, const QJsonObject& op, const AuthContext& ctx)
{
    if (type == QLatin1String("set_budget_season"))
        return setSeason(op, ctx);
    if (type == QLatin1String("move_budget_phase"))
        return movePhase(op, ctx);
    if (type == QLatin1String("submit_proposal"))
        return submitProposal(op, ctx);
    if (type == QLatin1String("assess_proposal"))
        return assessProposal(op, ctx);
    if (type == QLatin1String("cast_vote"))
        return castVote(op, ctx);
    return updateImplementation(op, ctx);
}

Result<BudgetSeason> BudgetOps::seasonFor(int year, BudgetStore::Lock lock,
                                          std::optional<BudgetAction> action)
{
    auto season = BudgetStore(m_db).season(year, lock);
    if (!season)
        return season.error();
    if (!season.value())
        return Error {QStringLiteral("not_found"),
                      QCoreApplication::translate("Server", "There is no %1 season.").arg(year),
                      QStringLiteral("year")};
    if (action) {
        if (auto allowed = season.value()->allows(*action); !allowed)
            return allowed.error();
    }
    return *season.value();
}

Result<BudgetProposalRecord> BudgetOps::proposalFor(const QJsonObject& op)
{
    auto id = BudgetWire::uuid(op, "proposal_id");
    if (!id)
        return id.error();
    auto found = BudgetStore(m_db).proposal(id.value());
    if (!found)
        return found.error();
    if (!found.value())
        return Error {QStringLiteral("not_found"), QCoreApplication::translate("Server", "No such proposal."),
                      QStringLiteral("proposal_id")};
    return *found.value();
}

OpOutcome BudgetOps::announce(const AuthContext& ctx, const QString& entity, const QStringList& ids,
                              const QString& auditAction, const QJsonObject& detail)
{
    if (!auditAction.isEmpty()) {
        if (auto a = AuditStore(m_db).record(ctx.user.login, auditAction, ids.value(0), detail); !a)
            return rejected(a.error());
    }
    ChangeFeedStore feed(m_db);
    for (const QString& id : ids) {
        if (auto c = feed.append(entity, id, {}); !c)
            return rejected(c.error());
    }
    return OpOutcome::applied();
}

// A new season starts in its first phase; an existing one keeps its phase (only
// move_budget_phase moves it), and what the ballot or the results were built on stays put.
OpOutcome BudgetOps::setSeason(const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::ManageBudget))
        return forbidden(
            QCoreApplication::translate("Server", "Only an administrator runs the participation budget."));
    const QJsonValue value = op.value(QLatin1String("season"));
    if (!value.isObject())
        return rejected(Error {QStringLiteral("invalid_type"), QStringLiteral("“season” must be an object."),
                               QStringLiteral("season")});
    QJsonObject json = value.toObject();
    if (json.value(QLatin1String("phase")).isUndefined() || json.value(QLatin1String("phase")).isNull())
        json.insert(QStringLiteral("phase"), toCode(BudgetPhase::Proposals));
    auto parsed = BudgetSeason::fromJson(json);
    if (!parsed)
        return rejected(parsed.error());
    BudgetSeason season = parsed.value();
    for (auto it = season.budgets().constBegin(); it != season.budgets().constEnd(); ++it)
        if (!m_reference.district(it.key()))
            return rejected(
                invalid(QCoreApplication::translate("Server", "Unknown district “%1”.").arg(it.key()),
                        QStringLiteral("budgets.") + it.key()));

    BudgetStore store(m_db);
    auto existing = store.season(season.year(), BudgetStore::Lock::Update);
    if (!existing)
        return rejected(existing.error());
    season.setPhase(BudgetPhase::Proposals);
    if (existing.value()) {
        const BudgetSeason& old = *existing.value();
        season.setPhase(old.phase());
        if (old.phase() >= BudgetPhase::Voting && season.maxVotes() != old.maxVotes())
            return rejected(Error {QStringLiteral("out_of_phase"),
                                   QCoreApplication::translate("Server",
                                                               "Votes are already being taken: how many "
                                                               "proposals a citizen may vote for can no "
                                                               "longer change."),
                                   QStringLiteral("max_votes")});
        if (old.phase() >= BudgetPhase::Results && season.budgets() != old.budgets())
            return rejected(Error {QStringLiteral("out_of_phase"),
                                   QCoreApplication::translate("Server",
                                                               "The results are published: the districts' "
                                                               "budgets can no longer change."),
                                   QStringLiteral("budgets")});
    }
    if (auto w = store.upsertSeason(season); !w)
        return rejected(w.error());
    return announce(ctx, QStringLiteral("budget_season"), {QString::number(season.year())},
                    QStringLiteral("budget_season.set"), season.toJson());
}

OpOutcome BudgetOps::movePhase(const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::ManageBudget))
        return forbidden(QCoreApplication::translate(
            "Server", "Only an administrator moves the participation budget's phases."));
    auto year = yearOf(op);
    if (!year)
        return rejected(year.error());
    auto code = BudgetWire::text(op, "phase", 64, true);
    if (!code)
        return rejected(code.error());
    const auto to = fromCode<BudgetPhase>(code.value());
    if (!to)
        return rejected(Error {QStringLiteral("unknown_phase"),
                               QStringLiteral("Unknown phase: “%1”.").arg(code.value()),
                               QStringLiteral("phase")});
    auto season = seasonFor(int(year.value()), BudgetStore::Lock::Update, std::nullopt);
    if (!season)
        return rejected(season.error());
    if (auto allowed = season->checkMove(*to); !allowed)
        return rejected(allowed.error());
    auto moved = BudgetStore(m_db).movePhase(season->year(), season->phase(), *to);
    if (!moved)
        return rejected(moved.error());
    if (!moved.value())
        return conflict(QCoreApplication::translate("Server", "Someone moved the season's phase first."),
                        QStringLiteral("phase"));
    return announce(
        ctx, QStringLiteral("budget_season"), {QString::number(season->year())},
        QStringLiteral("budget_season.move"),
        QJsonObject {{QStringLiteral("from"), toCode(season->phase())}, {QStringLiteral("to"), toCode(*to)}});
}

// A proposal registered on a citizen's behalf, or sent by the portal or the app.
OpOutcome BudgetOps::submitProposal(const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::RegisterProposals))
        return forbidden(QCoreApplication::translate("Server", "This role may not register proposals."));
    const QJsonValue value = op.value(QLatin1String("proposal"));
    if (!value.isObject())
        return rejected(Error {QStringLiteral("invalid_type"),
                               QStringLiteral("“proposal” must be an object."), QStringLiteral("proposal")});
    auto parsed = BudgetWire::proposalFromJson(value.toObject());
    if (!parsed)
        return rejected(parsed.error());
    BudgetProposal p = BudgetRules::normalized(parsed.value());
    auto season = seasonFor(p.seasonYear, BudgetStore::Lock::Share, BudgetAction::SubmitProposal);
    if (!season)
        return rejected(season.error());
    if (const QList<Error> problems = BudgetRules::checkProposal(p, season.value()); !problems.isEmpty())
        return rejected(problems.first());
    if (!m_reference.district(p.districtCode))
        return rejected(
            invalid(QCoreApplication::translate("Server", "Unknown district."), QStringLiteral("district")));

    // What the client does not decide: the assessment, the votes, and a time in the future
    // (a workstation's clock may run ahead; the tie-break must not reward it).
    const QDateTime now = Clock::currentUtc();
    if (!p.submittedAt.isValid() || p.submittedAt > now)
        p.submittedAt = now;
    p.assessed = p.feasible = false;
    p.correctedCost = 0;
    p.responsibleOrgCode.clear();
    p.assessmentReason.clear();
    p.votes = 0;
    p.implementationStatus.clear();
    BudgetProposalRecord record;
    record.proposal = p;
    record.submittedBy = ctx.user.login;
    auto inserted = BudgetStore(m_db).insertProposal(record);
    if (!inserted)
        return rejected(inserted.error());
    if (!inserted.value())
        return conflict(QStringLiteral("A proposal with this id exists already."), QStringLiteral("id"));
    return announce(ctx, QStringLiteral("budget_proposal"), {p.id});
}

OpOutcome BudgetOps::assessProposal(const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::AssessProposals))
        return forbidden(QCoreApplication::translate("Server", "Only an expert assesses proposals."));
    auto record = proposalFor(op);
    if (!record)
        return rejected(record.error());
    auto season
        = seasonFor(record->proposal.seasonYear, BudgetStore::Lock::Share, BudgetAction::AssessProposal);
    if (!season)
        return rejected(season.error());
    auto feasible = BudgetWire::boolean(op, "feasible");
    auto cost = BudgetWire::whole(op, "corrected_cost", 0, BudgetSeason::kMaxBudget, false);
    auto organization = BudgetWire::text(op, "organization", 64, false);
    auto reason = BudgetWire::text(op, "reason", 2 * BudgetRules::kMaxReason, false);
    auto baseVersion = BudgetWire::whole(op, "base_version", 0, std::numeric_limits<int>::max(), false);
    for (const Error* e : {feasible ? nullptr : &feasible.error(), cost ? nullptr : &cost.error(),
                           organization ? nullptr : &organization.error(), reason ? nullptr : &reason.error(),
                           baseVersion ? nullptr : &baseVersion.error()})
        if (e)
            return rejected(*e);

    BudgetProposal& p = record->proposal;
    // Experts may revise their conclusion while the phase lasts; a client that saw an
    // older version is told who assessed it since.
    if (baseVersion.value() > 0 && baseVersion.value() != record->version)
        return conflict(
            record->assessedBy.isEmpty()
                ? QCoreApplication::translate("Server", "Another expert assessed this proposal first.")
                : QCoreApplication::translate("Server", "The expert %1 assessed this proposal first.")
                      .arg(record->assessedBy),
            QStringLiteral("proposal_id"));
    p.assessed = true;
    p.feasible = feasible.value();
    p.correctedCost = cost.value();
    p.responsibleOrgCode = organization->trimmed();
    p.assessmentReason = reason->trimmed();
    if (const QList<Error> problems = BudgetRules::checkAssessment(p); !problems.isEmpty())
        return rejected(asOpField(problems.first()));
    if (!p.responsibleOrgCode.isEmpty() && !m_reference.organization(p.responsibleOrgCode))
        return rejected(invalid(QCoreApplication::translate("Server", "Unknown organization."),
                                QStringLiteral("organization")));
    record->assessedBy = ctx.user.login;
    auto updated = BudgetStore(m_db).updateAssessment(record.value());
    if (!updated)
        return rejected(updated.error());
    if (!updated.value())
        return conflict(QCoreApplication::translate("Server", "Someone changed this proposal first."),
                        QStringLiteral("proposal_id"));
    return announce(ctx, QStringLiteral("budget_proposal"), {p.id});
}

// A citizen's ballot. The unique voter key decides, in this transaction, whether it counts:
// a second ballot of the same IIN is refused however and wherever it was cast.
OpOutcome BudgetOps::castVote(const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::RecordVotes))
        return forbidden(QCoreApplication::translate("Server", "This role may not record votes."));
    auto year = yearOf(op);
    if (!year)
        return rejected(year.error());
    auto iinText = BudgetWire::text(op, "voter_iin", 64, true);
    if (!iinText)
        return rejected(iinText.error());
    auto iin = Iin::validate(iinText.value());
    if (!iin) {
        Error e = iin.error();
        e.field = QStringLiteral("voter_iin");
        return rejected(e);
    }
    auto choices = BudgetWire::textList(op, "choices", 2 * BudgetSeason::kMaxVotes);
    if (!choices)
        return rejected(choices.error());
    auto season = seasonFor(int(year.value()), BudgetStore::Lock::Share, BudgetAction::CastVote);
    if (!season)
        return rejected(season.error());

    // Only the chosen proposals are read: those of another season are not on this ballot.
    BudgetStore store(m_db);
    auto chosen = store.proposals(choices.value());
    if (!chosen)
        return rejected(chosen.error());
    QList<BudgetProposal> onBallot;
    for (const BudgetProposalRecord& r : chosen.value())
        if (r.proposal.seasonYear == season->year())
            onBallot.append(r.proposal);
    if (auto ballot = BudgetRules::checkBallot(choices.value(), onBallot, season->maxVotes()); !ballot)
        return rejected(ballot.error());

    BudgetVote vote;
    vote.seasonYear = season->year();
    vote.voterKey = BudgetStore::voterKey(vote.seasonYear, iin.value(), m_voteSecret);
    vote.districtCode = chosen->value(choices->first()).proposal.districtCode;
    vote.choices = choices.value();
    vote.recordedBy = ctx.user.login;
    vote.recordedAt = Clock::currentUtc();
    vote.opId = op.value(QLatin1String("op_id")).toString();
    auto inserted = store.insertVote(vote);
    if (!inserted)
        return rejected(inserted.error());
    if (!inserted.value()) {
        // The operator tells the citizen when that vote was taken; never whose IIN it was.
        auto first = store.vote(vote.seasonYear, vote.voterKey);
        const QString message = first && first.value()
            ? QCoreApplication::translate(
                  "Server",
                  "This citizen has already voted in the %1 season (on %2, taken by %3); "
                  "each citizen votes once, and this vote is not counted.")
                  .arg(vote.seasonYear)
                  .arg(MessageLocale::current().toString(AlmatyTime::dateOf(first.value()->recordedAt),
                                                         QStringLiteral("d MMMM yyyy")),
                       first.value()->recordedBy)
            : QCoreApplication::translate(
                  "Server",
                  "This citizen has already voted in the %1 season; each citizen votes "
                  "once, and this vote is not counted.")
                  .arg(vote.seasonYear);
        return rejected(Error {QStringLiteral("already_voted"), message, QStringLiteral("voter_iin")});
    }
    if (auto added = store.addVotes(vote.choices); !added)
        return rejected(added.error());
    return announce(ctx, QStringLiteral("budget_proposal"), vote.choices);
}

Result<void> BudgetOps::checkFundedWinner(Database& db, const BudgetSeason& season,
                                          const BudgetProposalRecord& record)
{
    const QString district = record.proposal.districtCode;
    auto all = BudgetStore(db).proposalsOf(season.year());
    if (!all)
        return all.error();
    const DistrictResults results
        = BudgetResults::forDistrict(district, season.budget(district), domainOf(all.value()));
    const bool funded
        = std::any_of(results.rows.cbegin(), results.rows.cend(), [&](const BudgetResultRow& row) {
              return row.funded && row.proposalId == record.proposal.id;
          });
    if (!funded)
        return Error {
            QStringLiteral("not_funded"),
            QCoreApplication::translate("Server", "Only a funded winner's implementation is tracked."),
            QStringLiteral("proposal_id")};
    return {};
}

OpOutcome BudgetOps::updateImplementation(const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::ManageBudget))
        return forbidden(QCoreApplication::translate(
            "Server", "Only an administrator tracks the winners' implementation."));
    auto record = proposalFor(op);
    if (!record)
        return rejected(record.error());
    auto season
        = seasonFor(record->proposal.seasonYear, BudgetStore::Lock::Share, BudgetAction::TrackImplementation);
    if (!season)
        return rejected(season.error());
    auto status = BudgetWire::text(op, "status", 64, true);
    if (!status)
        return rejected(status.error());
    if (!implementationStatuses().contains(status.value()))
        return rejected(invalid(QStringLiteral("“status” is one of: %1.")
                                    .arg(implementationStatuses().join(QStringLiteral(", "))),
                                QStringLiteral("status")));
    auto note = BudgetWire::text(op, "note", 4000, false);
    if (!note)
        return rejected(note.error());

    if (auto funded = checkFundedWinner(m_db, season.value(), record.value()); !funded)
        return rejected(funded.error());
    BudgetStore store(m_db);
    record->proposal.implementationStatus = status.value();
    record->implementationNote = note->trimmed();
    auto updated = store.updateImplementation(record.value());
    if (!updated)
        return rejected(updated.error());
    if (!updated.value())
        return conflict(QCoreApplication::translate("Server", "Someone changed this proposal first."),
                        QStringLiteral("proposal_id"));
    return announce(
        ctx, QStringLiteral("budget_proposal"), {record->proposal.id},
        QStringLiteral("budget_implementation.update"),
        QJsonObject {{QStringLiteral("status"), status.value()}, {QStringLiteral("note"), note->trimmed()}});
}

} // namespace tyndau

#pragma once

#include "Result.h"
#include "Vocabulary.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tyndau {

// The yearly cycle of the People's Participation Budget, in the order it runs.
enum class BudgetPhase
{
    Proposals, // citizens submit proposals
    Assessment, // experts assess feasibility and cost
    Voting, // citizens vote for feasible proposals
    Results, // winners are published
    Implementation, // winners are built and tracked
};

// What someone may do with the season; each belongs to exactly one phase.
enum class BudgetAction
{
    SubmitProposal,
    AssessProposal,
    CastVote,
    PublishResults,
    TrackImplementation,
};

// Stable code for storage and the wire: "proposals", "assessment", "voting", "results",
// "implementation".
QString toCode(BudgetPhase v);
template <>
std::optional<BudgetPhase> fromCode(const QString& code);
template <>
QList<BudgetPhase> allValues();
// Translated name for the UI (context "BudgetSeason").
QString displayName(BudgetPhase v);

// One year's season: its phase, the day each phase starts, the budget in tenge of each
// district (by district code) and how many proposals a citizen may vote for (K).
//
// The phase is changed by an admin, forward only and one step at a time, so that nobody can
// reopen proposals after the ballot is printed or publish results before the vote; each
// phase allows only its own action. On the wire:
//   {"year":2026,"phase":"voting","max_votes":3,"budgets":{"almaly":500000000,…},
//    "phase_dates":{"proposals":"2026-02-01",…}}
class BudgetSeason
{
public:
    static constexpr int kMinVotes = 1;
    static constexpr int kMaxVotes = 10;
    static constexpr int kDefaultVotes = 3;
    static constexpr int kMinYear = 2000;
    static constexpr int kMaxYear = 2100;
    // Budgets travel as JSON numbers: beyond 2^53 a double no longer holds every whole number.
    static constexpr qint64 kMaxBudget = qint64(1) << 53;

    BudgetSeason() = default;
    explicit BudgetSeason(int year);

    int year() const { return m_year; }
    void setYear(int year) { m_year = year; }

    BudgetPhase phase() const { return m_phase; }
    // Restores a stored phase as it is. An admin's change of phase goes through moveTo().
    void setPhase(BudgetPhase phase) { m_phase = phase; }

    int maxVotes() const { return m_maxVotes; }
    void setMaxVotes(int k) { m_maxVotes = k; }

    const QMap<QString, qint64>& budgets() const { return m_budgets; }
    // 0 for a district the season gives nothing.
    qint64 budget(const QString& districtCode) const { return m_budgets.value(districtCode); }
    bool hasBudget(const QString& districtCode) const { return m_budgets.contains(districtCode); }
    void setBudget(const QString& districtCode, qint64 tenge) { m_budgets.insert(districtCode, tenge); }

    const QMap<BudgetPhase, QDate>& phaseDates() const { return m_phaseDates; }
    // The day the phase starts; invalid when not planned yet.
    QDate phaseDate(BudgetPhase phase) const { return m_phaseDates.value(phase); }
    void setPhaseDate(BudgetPhase phase, const QDate& start);

    // The phase after `phase`; none after the last.
    static std::optional<BudgetPhase> nextPhase(BudgetPhase phase);
    // The one phase in which `action` is allowed.
    static BudgetPhase phaseOf(BudgetAction action);

    // Whether the season may move to `to` now: only to the very next phase ("phase_order").
    Result<void> checkMove(BudgetPhase to) const;
    // Checks, then moves; the season is unchanged when refused.
    Result<void> moveTo(BudgetPhase to);
    // Whether `action` is allowed in the current phase ("out_of_phase", naming the phase).
    Result<void> allows(BudgetAction action) const;

    // Every problem of the season's values, each naming its field ("year", "max_votes",
    // "budgets.<district>", "phase_dates.<phase>"); empty when it may be saved.
    QList<Error> check() const;

    QJsonObject toJson() const;
    // Reads and checks a season: the first wrong type or value is the error, nothing
    // half-read is returned.
    static Result<BudgetSeason> fromJson(const QJsonObject& json);

    bool operator==(const BudgetSeason&) const = default;

private:
    int m_year = 0;
    BudgetPhase m_phase = BudgetPhase::Proposals;
    int m_maxVotes = kDefaultVotes;
    QMap<QString, qint64> m_budgets;
    QMap<BudgetPhase, QDate> m_phaseDates;
};

} // namespace tyndau

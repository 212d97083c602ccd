#include "BudgetSeason.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <array>
#include <cmath>

namespace tyndau {
namespace {

struct PhaseRow
{
    BudgetPhase phase;
    const char* code;
    const char* name;
};

constexpr std::array phaseRows {
    PhaseRow {BudgetPhase::Proposals, "proposals", QT_TRANSLATE_NOOP("BudgetSeason", "Proposals")},
    PhaseRow {BudgetPhase::Assessment, "assessment", QT_TRANSLATE_NOOP("BudgetSeason", "Expert assessment")},
    PhaseRow {BudgetPhase::Voting, "voting", QT_TRANSLATE_NOOP("BudgetSeason", "Voting")},
    PhaseRow {BudgetPhase::Results, "results", QT_TRANSLATE_NOOP("BudgetSeason", "Results")},
    PhaseRow {BudgetPhase::Implementation, "implementation",
              QT_TRANSLATE_NOOP("BudgetSeason", "Implementation")},
};

const PhaseRow& rowOf(BudgetPhase phase)
{
    for (const PhaseRow& row : phaseRows)
        if (row.phase == phase)
            return row;
    return phaseRows.front();
}

// The name of a row, marked above with QT_TRANSLATE_NOOP, in the UI language.
QString translated(const char* text)
{
    return QCoreApplication::translate("BudgetSeason", text);
}

Error problem(const char* code, const QString& message, const QString& field)
{
    return Error {QLatin1String(code), message, field};
}

Error phaseOrder(const QString& message)
{
    return problem("phase_order", message, QStringLiteral("phase"));
}

Error typeError(const QString& field, const QString& expected)
{
    return problem("invalid_type",
                   QCoreApplication::translate("BudgetSeason", "“%1” must be %2.").arg(field, expected),
                   field);
}

// A JSON number that is a whole number a double holds exactly; the size is checked first
// because converting a double beyond qint64 to it is undefined.
std::optional<qint64> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::abs(d) > double(BudgetSeason::kMaxBudget) || d != std::trunc(d))
        return std::nullopt;
    return qint64(d);
}

// The out-of-phase sentence of each action: whole sentences, so that translators can order
// the words as Kazakh and Russian need.
QString outOfPhaseMessage(BudgetAction action)
{
    switch (action) {
    case BudgetAction::SubmitProposal:
        return QCoreApplication::translate(
            "BudgetSeason",
            "Proposals are accepted only in the “%1” phase; the season is now in the “%2” phase.");
    case BudgetAction::AssessProposal:
        return QCoreApplication::translate(
            "BudgetSeason",
            "Proposals are assessed only in the “%1” phase; the season is now in the “%2” phase.");
    case BudgetAction::CastVote:
        return QCoreApplication::translate(
            "BudgetSeason", "Votes are taken only in the “%1” phase; the season is now in the “%2” phase.");
    case BudgetAction::PublishResults:
        return QCoreApplication::translate(
            "BudgetSeason",
            "Results are published only in the “%1” phase; the season is now in the “%2” phase.");
    case BudgetAction::TrackImplementation:
        return QCoreApplication::translate(
            "BudgetSeason",
            "Implementation is tracked only in the “%1” phase; the season is now in the “%2” phase.");
    }
    return {};
}

// Reads the typed parts of a season's JSON; range rules are BudgetSeason::check()'s.
Result<BudgetSeason> readSeason(const QJsonObject& json)
{
    BudgetSeason season;

    const QJsonValue year = json.value(QLatin1String("year"));
    if (year.isUndefined() || year.isNull())
        return problem("required", QCoreApplication::translate("BudgetSeason", "“year” is required."),
                       QStringLiteral("year"));
    const auto yearNumber = wholeNumber(year);
    if (!yearNumber || std::abs(*yearNumber) > 1000000)
        return typeError(QStringLiteral("year"),
                         QCoreApplication::translate("BudgetSeason", "a whole number"));
    season.setYear(int(*yearNumber));

    const QJsonValue phase = json.value(QLatin1String("phase"));
    if (phase.isUndefined() || phase.isNull())
        return problem("required", QCoreApplication::translate("BudgetSeason", "“phase” is required."),
                       QStringLiteral("phase"));
    if (!phase.isString())
        return typeError(QStringLiteral("phase"), QCoreApplication::translate("BudgetSeason", "text"));
    const auto phaseValue = fromCode<BudgetPhase>(phase.toString());
    if (!phaseValue)
        return problem(
            "unknown_phase",
            QCoreApplication::translate("BudgetSeason", "Unknown phase: “%1”.").arg(phase.toString()),
            QStringLiteral("phase"));
    season.setPhase(*phaseValue);

    const QJsonValue k = json.value(QLatin1String("max_votes"));
    if (k.isUndefined() || k.isNull())
        return problem("required", QCoreApplication::translate("BudgetSeason", "“max_votes” is required."),
                       QStringLiteral("max_votes"));
    const auto kNumber = wholeNumber(k);
    if (!kNumber || std::abs(*kNumber) > 1000000)
        return typeError(QStringLiteral("max_votes"),
                         QCoreApplication::translate("BudgetSeason", "a whole number"));
    season.setMaxVotes(int(*kNumber));

    const QJsonValue budgets = json.value(QLatin1String("budgets"));
    if (!budgets.isUndefined() && !budgets.isNull() && !budgets.isObject())
        return typeError(QStringLiteral("budgets"), QCoreApplication::translate("BudgetSeason", "an object"));
    const QJsonObject budgetObject = budgets.toObject();
    for (auto it = budgetObject.constBegin(); it != budgetObject.constEnd(); ++it) {
        const QString field = QStringLiteral("budgets.") + it.key();
        const auto tenge = wholeNumber(it.value());
        if (!tenge)
            return typeError(field, QCoreApplication::translate("BudgetSeason", "a whole number of tenge"));
        season.setBudget(it.key(), *tenge);
    }

    const QJsonValue dates = json.value(QLatin1String("phase_dates"));
    if (!dates.isUndefined() && !dates.isNull() && !dates.isObject())
        return typeError(QStringLiteral("phase_dates"),
                         QCoreApplication::translate("BudgetSeason", "an object"));
    const QJsonObject dateObject = dates.toObject();
    for (auto it = dateObject.constBegin(); it != dateObject.constEnd(); ++it) {
        const QString field = QStringLiteral("phase_dates.") + it.key();
        const auto datePhase = fromCode<BudgetPhase>(it.key());
        if (!datePhase)
            return problem("unknown_phase",
                           QCoreApplication::translate("BudgetSeason", "Unknown phase: “%1”.").arg(it.key()),
                           field);
        if (it.value().isNull())
            continue;
        const QDate date = QDate::fromString(it.value().toString(), Qt::ISODate);
        if (!it.value().isString() || !date.isValid())
            return typeError(field, QCoreApplication::translate("BudgetSeason", "a date (YYYY-MM-DD)"));
        season.setPhaseDate(*datePhase, date);
    }
    return season;
}

} // namespace

QString toCode(BudgetPhase v)
{
    return QLatin1String(rowOf(v).code);
}

template <>
std::optional<BudgetPhase> fromCode(const QString& code)
{
    for (const PhaseRow& row : phaseRows)
        if (code == QLatin1String(row.code))
            return row.phase;
    return std::nullopt;
}

template <>
QList<BudgetPhase> allValues()
{
    QList<BudgetPhase> out;
    for (const PhaseRow& row : phaseRows)
        out.append(row.phase);
    return out;
}

QString displayName(BudgetPhase v)
{
    return translated(rowOf(v).name);
}

BudgetSeason::BudgetSeason(int year)
    : m_year(year)
{
}

void BudgetSeason::setPhaseDate(BudgetPhase phase, const QDate& start)
{
    if (start.isValid())
        m_phaseDates.insert(phase, start);
    else
        m_phaseDates.remove(phase);
}

std::optional<BudgetPhase> BudgetSeason::nextPhase(BudgetPhase phase)
{
    if (phase == BudgetPhase::Implementation)
        return std::nullopt;
    return BudgetPhase(int(phase) + 1);
}

BudgetPhase BudgetSeason::phaseOf(BudgetAction action)
{
    switch (action) {
    case BudgetAction::SubmitProposal:
        return BudgetPhase::Proposals;
    case BudgetAction::AssessProposal:
        return BudgetPhase::Assessment;
    case BudgetAction::CastVote:
        return BudgetPhase::Voting;
    case BudgetAction::PublishResults:
        return BudgetPhase::Results;
    case BudgetAction::TrackImplementation:
        return BudgetPhase::Implementation;
    }
    return BudgetPhase::Proposals;
}

Result<void> BudgetSeason::checkMove(BudgetPhase to) const
{
    if (to == m_phase)
        return phaseOrder(
            QCoreApplication::translate("BudgetSeason", "The season is already in the “%1” phase.")
                .arg(displayName(m_phase)));
    if (int(to) < int(m_phase))
        return phaseOrder(
            QCoreApplication::translate("BudgetSeason", "The season cannot go back to the “%1” phase.")
                .arg(displayName(to)));
    const auto next = nextPhase(m_phase);
    if (!next)
        return phaseOrder(QCoreApplication::translate("BudgetSeason", "“%1” is the season's last phase.")
                              .arg(displayName(m_phase)));
    if (to != *next)
        return phaseOrder(QCoreApplication::translate(
                              "BudgetSeason", "The season moves one phase at a time: after “%1” comes “%2”.")
                              .arg(displayName(m_phase), displayName(*next)));
    return {};
}

Result<void> BudgetSeason::moveTo(BudgetPhase to)
{
    Result<void> allowed = checkMove(to);
    if (allowed)
        m_phase = to;
    return allowed;
}

Result<void> BudgetSeason::allows(BudgetAction action) const
{
    const BudgetPhase own = phaseOf(action);
    if (own == m_phase)
        return {};
    return problem("out_of_phase", outOfPhaseMessage(action).arg(displayName(own), displayName(m_phase)),
                   QStringLiteral("phase"));
}

QList<Error> BudgetSeason::check() const
{
    QList<Error> out;
    if (m_year < kMinYear || m_year > kMaxYear)
        out.append(problem("out_of_range",
                           QCoreApplication::translate("BudgetSeason", "The year must be between %1 and %2.")
                               .arg(kMinYear)
                               .arg(kMaxYear),
                           QStringLiteral("year")));
    if (m_maxVotes < kMinVotes || m_maxVotes > kMaxVotes)
        out.append(
            problem("out_of_range",
                    QCoreApplication::translate("BudgetSeason", "A citizen may vote for %1 to %2 proposals.")
                        .arg(kMinVotes)
                        .arg(kMaxVotes),
                    QStringLiteral("max_votes")));
    for (auto it = m_budgets.constBegin(); it != m_budgets.constEnd(); ++it) {
        const QString field = QStringLiteral("budgets.") + it.key();
        if (it.key().trimmed().isEmpty())
            out.append(problem("required",
                               QCoreApplication::translate("BudgetSeason", "A budget needs its district."),
                               QStringLiteral("budgets")));
        else if (it.value() < 0)
            out.append(problem(
                "out_of_range",
                QCoreApplication::translate("BudgetSeason", "A district's budget cannot be negative."),
                field));
        else if (it.value() > kMaxBudget)
            out.append(problem(
                "out_of_range",
                QCoreApplication::translate("BudgetSeason", "The district's budget is too large."), field));
    }
    // A phase cannot start before the one it follows: the dates are the plan the admin moves by.
    QDate previous;
    for (BudgetPhase phase : allValues<BudgetPhase>()) {
        const QDate start = phaseDate(phase);
        if (!start.isValid())
            continue;
        if (previous.isValid() && start < previous)
            out.append(problem("out_of_order",
                               QCoreApplication::translate(
                                   "BudgetSeason", "The “%1” phase cannot start before the phase it follows.")
                                   .arg(displayName(phase)),
                               QStringLiteral("phase_dates.") + toCode(phase)));
        previous = start;
    }
    return out;
}

QJsonObject BudgetSeason::toJson() const
{
    QJsonObject budgets;
    for (auto it = m_budgets.constBegin(); it != m_budgets.constEnd(); ++it)
        budgets.insert(it.key(), double(it.value()));
    QJsonObject dates;
    for (auto it = m_phaseDates.constBegin(); it != m_phaseDates.constEnd(); ++it)
        dates.insert(toCode(it.key()), it.value().toString(Qt::ISODate));
    return QJsonObject {{QStringLiteral("year"), m_year},
                        {QStringLiteral("phase"), toCode(m_phase)},
                        {QStringLiteral("max_votes"), m_maxVotes},
                        {QStringLiteral("budgets"), budgets},
                        {QStringLiteral("phase_dates"), dates}};
}

Result<BudgetSeason> BudgetSeason::fromJson(const QJsonObject& json)
{
    Result<BudgetSeason> season = readSeason(json);
    if (!season)
        return season;
    const QList<Error> problems = season->check();
    if (!problems.isEmpty())
        return problems.first();
    return season;
}

} // namespace tyndau

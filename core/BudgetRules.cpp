#include "BudgetRules.h"

#include "BudgetSeason.h"
#include "Iin.h"
#include "MessageLocale.h"
#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace tyndau {
namespace {

Error fieldError(const char* field, const char* code, const char* text)
{
    return Error {QLatin1String(code), QCoreApplication::translate("BudgetRules", text),
                  QLatin1String(field)};
}

Error tooLong(const char* field, int limit)
{
    return Error {QStringLiteral("too_long"),
                  QCoreApplication::translate("BudgetRules", "At most %n characters.", nullptr, limit),
                  QLatin1String(field)};
}

Error ballotError(const char* code, const QString& message)
{
    return Error {QLatin1String(code), message, QStringLiteral("choices")};
}

// Iin and PhoneNumber name their fields "iin" and "phone"; here they are the author's.
Error asField(Error e, const char* field)
{
    e.field = QLatin1String(field);
    return e;
}

void checkText(const BudgetProposal& p, QList<Error>& out)
{
    const int title = p.title.trimmed().size();
    if (title == 0)
        out.append(
            fieldError("title", "required", QT_TRANSLATE_NOOP("BudgetRules", "Give the proposal a title.")));
    else if (title < BudgetRules::kMinTitle)
        out.append(fieldError("title", "too_short",
                              QT_TRANSLATE_NOOP("BudgetRules", "The title needs a few words more.")));
    else if (p.title.size() > BudgetRules::kMaxTitle)
        out.append(tooLong("title", BudgetRules::kMaxTitle));

    const int description = p.description.trimmed().size();
    if (description == 0)
        out.append(fieldError("description", "required",
                              QT_TRANSLATE_NOOP("BudgetRules", "Describe what is proposed.")));
    else if (description < BudgetRules::kMinDescription)
        out.append(
            fieldError("description", "too_short",
                       QT_TRANSLATE_NOOP("BudgetRules", "Describe the proposal in a sentence or two more.")));
    else if (p.description.size() > BudgetRules::kMaxDescription)
        out.append(tooLong("description", BudgetRules::kMaxDescription));
}

void checkPlaceAndCost(const BudgetProposal& p, std::optional<qint64> districtBudget, QList<Error>& out)
{
    if (p.districtCode.trimmed().isEmpty())
        out.append(
            fieldError("district", "required", QT_TRANSLATE_NOOP("BudgetRules", "Choose the district.")));

    const double lon = p.location.x();
    const double lat = p.location.y();
    if (p.hasLocation
        && (!std::isfinite(lat) || !std::isfinite(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180))
        out.append(fieldError("location", "invalid",
                              QT_TRANSLATE_NOOP("BudgetRules", "The location is not a point on the map.")));

    if (p.estimatedCost <= 0)
        out.append(fieldError("estimated_cost", "out_of_range",
                              QT_TRANSLATE_NOOP("BudgetRules", "Enter the estimated cost in tenge.")));
    else if (districtBudget && p.estimatedCost > *districtBudget)
        out.append(Error {QStringLiteral("over_budget"),
                          QCoreApplication::translate("BudgetRules",
                                                      "The cost is more than the district's whole budget "
                                                      "of %1 tenge.")
                              .arg(MessageLocale::current().toString(*districtBudget)),
                          QStringLiteral("estimated_cost")});
}

void checkAuthor(const BudgetProposal& p, QList<Error>& out)
{
    if (p.authorName.trimmed().isEmpty())
        out.append(fieldError("author_name", "required",
                              QT_TRANSLATE_NOOP("BudgetRules", "Enter the author's name.")));
    else if (p.authorName.size() > BudgetRules::kMaxName)
        out.append(tooLong("author_name", BudgetRules::kMaxName));

    // The IIN is what makes the author a resident the budget answers to.
    if (p.authorIin.trimmed().isEmpty())
        out.append(fieldError("author_iin", "required",
                              QT_TRANSLATE_NOOP("BudgetRules", "Enter the author's IIN.")));
    else if (auto iin = Iin::validate(p.authorIin); !iin)
        out.append(asField(iin.error(), "author_iin"));

    if (!p.authorPhone.trimmed().isEmpty())
        if (auto phone = PhoneNumber::normalize(p.authorPhone); !phone)
            out.append(asField(phone.error(), "author_phone"));
}

} // namespace

QList<Error> BudgetRules::checkProposal(const BudgetProposal& p, std::optional<qint64> districtBudget)
{
    QList<Error> out;
    checkText(p, out);
    checkPlaceAndCost(p, districtBudget, out);
    checkAuthor(p, out);
    return out;
}

QList<Error> BudgetRules::checkProposal(const BudgetProposal& p, const BudgetSeason& season)
{
    const QString district = p.districtCode.trimmed();
    return checkProposal(p,
                         season.hasBudget(district) ? std::optional(season.budget(district)) : std::nullopt);
}

QList<Error> BudgetRules::checkAssessment(const BudgetProposal& p)
{
    QList<Error> out;
    if (p.feasible) {
        if (p.correctedCost <= 0)
            out.append(fieldError("corrected_cost", "required",
                                  QT_TRANSLATE_NOOP("BudgetRules", "Enter the corrected cost in tenge.")));
        if (p.responsibleOrgCode.trimmed().isEmpty())
            out.append(fieldError(
                "responsible_organization", "required",
                QT_TRANSLATE_NOOP("BudgetRules", "Choose the organization responsible for the project.")));
    }
    // The author is told why, either way: a feasible proposal's reason is also the ballot's note.
    if (p.assessmentReason.trimmed().isEmpty())
        out.append(fieldError(
            "assessment_reason", "required",
            p.feasible ? QT_TRANSLATE_NOOP("BudgetRules", "Write the experts' conclusion.")
                       : QT_TRANSLATE_NOOP("BudgetRules", "Write why the proposal cannot be carried out.")));
    else if (p.assessmentReason.size() > kMaxReason)
        out.append(tooLong("assessment_reason", kMaxReason));
    return out;
}

Result<void> BudgetRules::checkBallot(const QStringList& choices, const QList<BudgetProposal>& proposals,
                                      int maxVotes)
{
    if (choices.isEmpty())
        return ballotError("no_choice",
                           QCoreApplication::translate("BudgetRules", "Choose at least one proposal."));
    if (choices.size() > maxVotes)
        return ballotError("too_many_votes",
                           QCoreApplication::translate("BudgetRules",
                                                       "A citizen may vote for at most %n proposals.",
                                                       nullptr, maxVotes));
    if (QSet<QString>(choices.cbegin(), choices.cend()).size() != choices.size())
        return ballotError("duplicate_choice",
                           QCoreApplication::translate("BudgetRules", "The same proposal is chosen twice."));

    QHash<QString, const BudgetProposal*> byId;
    for (const BudgetProposal& p : proposals)
        byId.insert(p.id, &p);
    QString district;
    for (const QString& id : choices) {
        const BudgetProposal* p = byId.value(id);
        if (!p || !p->onBallot())
            return ballotError(
                "not_on_ballot",
                QCoreApplication::translate("BudgetRules", "Proposal %1 is not on the ballot.").arg(id));
        // A citizen votes in one district only: the first choice decides which.
        if (district.isEmpty())
            district = p->districtCode;
        else if (p->districtCode != district)
            return ballotError(
                "mixed_districts",
                QCoreApplication::translate(
                    "BudgetRules", "All the proposals voted for must be in the voter's one district."));
    }
    return {};
}

BudgetProposal BudgetRules::normalized(const BudgetProposal& proposal)
{
    BudgetProposal p = proposal;
    p.title = p.title.simplified();
    p.description = p.description.trimmed();
    p.districtCode = p.districtCode.trimmed();
    p.authorName = p.authorName.simplified();
    p.assessmentReason = p.assessmentReason.trimmed();
    if (auto phone = PhoneNumber::normalize(p.authorPhone))
        p.authorPhone = phone.value();
    if (auto iin = Iin::validate(p.authorIin))
        p.authorIin = iin.value();
    return p;
}

} // namespace tyndau

#pragma once

#include "BudgetProposal.h"
#include "Result.h"

#include <QJsonObject>
#include <QStringList>

namespace tyndau {

// The participation budget's proposals on the wire, and the typed reading of the budget
// operations' fields. Reading checks every type and names the field at fault; the domain
// rules (BudgetRules, BudgetSeason) are checked after. A proposal:
//   {"id":UUID, "year":2026, "title", "description", "district", "location":{"lat","lon"}|null,
//    "estimated_cost", "author_name", "author_iin", "author_phone", "channel", "submitted_at",
//    — and in the change feed also —
//    "submitted_by", "assessment":null|{"feasible","corrected_cost","organization","reason",
//    "assessed_by"}, "votes", "implementation":null|{"status","note"}, "version"}
class BudgetWire
{
public:
    // The proposal of a submit_proposal operation, as the client typed it.
    static Result<BudgetProposal> proposalFromJson(const QJsonObject& json);
    // `maskAuthor`: the author's IIN and phone masked (roles that need no contact).
    static QJsonObject toJson(const BudgetProposalRecord& record, bool maskAuthor);
    // A proposal as the change feed carries it, with its assessment, votes and implementation.
    static Result<BudgetProposalRecord> recordFromJson(const QJsonObject& json);

    // One field of an operation. Absent or null is "required" when `required`, else the
    // empty value.
    static Result<QString> text(const QJsonObject& op, const char* key, int maxLength, bool required);
    // A whole number from `min` to `max`.
    static Result<qint64> whole(const QJsonObject& op, const char* key, qint64 min, qint64 max,
                                bool required);
    static Result<bool> boolean(const QJsonObject& op, const char* key);
    // A UUID, without braces.
    static Result<QString> uuid(const QJsonObject& op, const char* key);
    // A list of 1..`maxItems` texts.
    static Result<QStringList> textList(const QJsonObject& op, const char* key, int maxItems);
};

} // namespace tyndau

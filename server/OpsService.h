#pragma once

#include "AdminOps.h"
#include "AuthService.h"
#include "BudgetOps.h"
#include "OpOutcome.h"
#include "core/DeadlinePolicy.h"
#include "core/ReferenceData.h"
#include "core/Workflow.h"
#include "db/RequestStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcOps)

namespace tyndau {

class Database;

// The part of an operation that needs no database, done before it is applied: its payload's
// hash and, for a create_request, its request read, normalized and validated (what the
// validator checks is what the client sent, never what the server sets). For ops that come
// over HTTP this is done on the network thread (PreparedOps), so that the database's thread
// spends its time on the database; otherwise in place, just before.
struct PreparedOp
{
    QString payloadHash;
    std::optional<Result<Request>> request; // create_request only: normalized, or why it is none
    QList<Error> problems; // the validator's, for that request

    static PreparedOp of(const QJsonObject& op);
};

// Applies batches of operations (POST /api/v1/ops): create_request, action, the admin's
// operations (AdminOps) and the participation budget's (BudgetOps). Each operation is idempotent
// on its client-made op_id: the op_id is claimed in the same transaction as the write, and the first result
// is kept forever and returned for a repeat. Each operation is applied in a transaction of its own, so one
// refusal does not undo the others. Results:
//   applied | duplicate (the op_id was seen: the first result) | conflict (someone else
//   changed the request first) | rejected (with the reason and the field)
class OpsService
{
public:
    static constexpr int kMaxOpsPerBatch = 1000;

    OpsService(Database& db, const ReferenceData& reference, const DeadlinePolicy& policy,
               const QByteArray& voteSecret);

    // The batch's shape is checked first: a malformed batch is refused whole, before
    // anything is applied (the error names the op and field).
    static Result<QJsonArray> checkBatch(const QJsonObject& body);
    // `prepared`: PreparedOp::of each op, made beforehand; empty to make them here.
    QJsonArray apply(const QJsonArray& ops, const AuthContext& context,
                     const QList<PreparedOp>& prepared = {});
    QJsonObject withCurrentCopy(const QJsonObject& op, QJsonObject result, const AuthContext& context);
    QJsonObject applyOne(const QJsonObject& op, const AuthContext& context);
    QJsonObject applyOne(const QJsonObject& op, const AuthContext& context, const PreparedOp& prepared);
    // Called after an applied change of the reference data or the policy, before the batch's
    // next operation: the owner reloads what the operations check codes against.
    void onReferenceChanged(std::function<void()> reload) { m_referenceChanged = std::move(reload); }

    using Outcome = OpOutcome;

private:
    Outcome createRequest(const QJsonObject& op, const AuthContext& context, const PreparedOp& prepared);
    Outcome takeAction(const QJsonObject& op, const AuthContext& context);
    Result<void> checkCodes(const Request& request, const ActionInput& input) const;

    Database& m_db;
    // Kept for the service's life: its statements (40-column upserts among them) are
    // prepared once, not for every op.
    RequestStore m_requests;
    const ReferenceData& m_reference;
    const DeadlinePolicy& m_policy; // the server's, reloaded when an admin changes it
    AdminOps m_admin;
    std::function<void()> m_referenceChanged;
    BudgetOps m_budget;
};

} // namespace tyndau

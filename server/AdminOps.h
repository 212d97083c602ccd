#pragma once

#include "AuthService.h"
#include "OpOutcome.h"

#include <QJsonObject>

namespace tyndau {

class Database;
class ReferenceData;

// The administrator's operations, applied inside OpsService's transaction for the op:
//   upsert_article                       a knowledge-base article in both languages
//   set_deadline_term, set_calendar_day,
//   remove_calendar_day                  the deadline policy
//   upsert_organization, upsert_category the organizations and the category tree
// Each is refused to anyone without the permission, checked by the same core rules as the
// workstation's editors, written to the audit log with who made it, and announced in the
// change feed so that every workstation gets it. Policy and catalog changes also move the
// reference version, so that every server instance reloads what it holds.
class AdminOps
{
public:
    AdminOps(Database& db, const ReferenceData& reference);

    static bool handles(const QString& type);
    // Whether an applied operation of this type changes the reference data or the policy.
    static bool changesReference(const QString& type);
    // Whether it changes the organizations or categories (else the policy, if either).
    static bool changesCatalog(const QString& type);
    OpOutcome apply(const QString& type, const QJsonObject& op, const AuthContext& context);

private:
    OpOutcome upsertArticle(const QJsonObject& op, const AuthContext& context);
    OpOutcome changePolicy(const QString& type, const QJsonObject& op, const AuthContext& context);
    OpOutcome changeCatalog(const QString& type, const QJsonObject& op, const AuthContext& context);
    // The audit entry, the reference version and the feed entry of an applied change.
    OpOutcome record(const AuthContext& context, const QString& action, const QString& subject,
                     const QJsonObject& detail, const QString& feedEntity);

    Database& m_db;
    const ReferenceData& m_reference;
};

} // namespace tyndau

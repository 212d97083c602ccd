#pragma once

#include "AdminApi.h"
#include "AttachmentApi.h"
#include "AuthService.h"
#include "HttpTypes.h"
#include "Open311Api.h"
#include "OpsService.h"
#include "Router.h"
#include "UserAdminApi.h"

namespace tyndau {

class Database;

// The /api/v1 routes: session, change feed, operations, a request by id. Every route
// answers in DESIGN.md's error shape; a bad request changes nothing; client input never
// yields a 500.
class Api
{
public:
    static constexpr qsizetype kMaxBody = 12 * 1024 * 1024 - 1;
    static constexpr qsizetype kMaxLoginBody = 16 * 1024;
    static constexpr qsizetype kMaxOpsBody = 8 * 1024 * 1024;
    static constexpr int kDefaultPage = 500;
    static constexpr int kMaxPage = 5000;

    // `voteSecret`: the key participation-budget votes are stored under (see BudgetStore::voterKey).
    Api(Database& db, ReferenceData reference, DeadlinePolicy policy, const QByteArray& voteSecret);
    HttpResponse handle(const HttpRequest& request);
    Database& database() { return m_db; }

private:
    HttpResponse postSession(const HttpRequest& request);
    HttpResponse deleteSession(const HttpRequest& request);
    HttpResponse getChanges(const HttpRequest& request);
    HttpResponse postOps(const HttpRequest& request);
    HttpResponse getRequest(const HttpRequest& request, const QString& id);
    HttpResponse health();
    // Reloads the reference data and the deadline policy when another instance, or this one,
    // changed them: the reference version in the database moved.
    void refreshReference();

    // The caller's session, or the 401 to answer with.
    std::variant<AuthContext, HttpResponse> authorize(const HttpRequest& request);

    Database& m_db;
    ReferenceData m_reference;
    DeadlinePolicy m_policy;
    qint64 m_referenceVersion = -1; // -1: not read yet, so the first request reads it
    AuthService m_auth;
    OpsService m_ops;
    Open311Api m_open311;
    AttachmentApi m_attachments;
    AdminApi m_admin;
    UserAdminApi m_users;
    Router m_router;
};

} // namespace tyndau

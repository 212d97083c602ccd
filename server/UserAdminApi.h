#pragma once

#include "HttpTypes.h"

namespace tyndau {

class AuthService;
class Database;
class ReferenceData;
class Router;

// The administrator's routes for user accounts and the audit log (admins only; anyone else
// is 403). Accounts are edited online, not through the operations outbox: a password must
// not wait in a workstation's queue.
//   GET   /api/v1/admin/users            {"users":[{login, display_name, role, organization, active}]}
//   POST  /api/v1/admin/users            a new account, with "password" → 201 the account
//   PATCH /api/v1/admin/users/{login}    any of display_name, role, organization, active,
//                                        password → 200 the account
//   GET   /api/v1/admin/audit?limit=&before=   {"entries":[{id, at, actor, action, subject, detail}]}
// A deactivation, a new role or organization, or a new password ends the user's sessions. An
// admin cannot deactivate themselves or take away their own role: someone must stay in charge.
// Each change and its audit entry are one transaction.
class UserAdminApi
{
public:
    UserAdminApi(Database& db, AuthService& auth, const ReferenceData& reference);
    void addRoutes(Router& router);

private:
    HttpResponse listUsers(const HttpRequest& request);
    HttpResponse createUser(const HttpRequest& request);
    HttpResponse updateUser(const HttpRequest& request, const QString& login);
    HttpResponse audit(const HttpRequest& request);

    Database& m_db;
    AuthService& m_auth;
    const ReferenceData& m_reference;
};

} // namespace tyndau

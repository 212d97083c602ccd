#pragma once

#include "HttpTypes.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAdmin)

namespace tyndau {

class AuthService;
class Database;
class Router;

// The administrator's routes for Open311 API keys (admins only; anyone else is 403):
//   GET    /api/v1/admin/open311-keys          the keys: id, channel, label, created_at, revoked
//   POST   /api/v1/admin/open311-keys          {"channel","label"} → 201 {"id","key"}: the key is
//                                              shown this once; only its hash is stored
//   DELETE /api/v1/admin/open311-keys/{id}     revokes it at once
// Each change is written to the server's log with who made it.
class AdminApi
{
public:
    AdminApi(Database& db, AuthService& auth);
    void addRoutes(Router& router);

private:
    HttpResponse listKeys(const HttpRequest& request);
    HttpResponse createKey(const HttpRequest& request);
    HttpResponse revokeKey(const HttpRequest& request, const QString& id);

    Database& m_db;
    AuthService& m_auth;
};

} // namespace tyndau

#pragma once

#include "HttpTypes.h"

namespace tyndau {

class AuthService;
class Database;
class Router;

// Attachments (photos, scanned documents), sent and fetched apart from the operations:
//   POST /api/v1/requests/{id}/attachments?name=FILE   the raw bytes as the body
//   POST /api/v1/budget/proposals/{id}/photos?name=FILE   a funded winner's photo (admins)
//   GET  /api/v1/attachments/{sha256}
// Capped in size, their type read from the content (core/AttachmentType) (the declared one is not trusted),
// stored once by SHA-256, and readable only by those who may see a request that has them
// (a winner's photos: by everyone signed in, like the proposals).
class AttachmentApi
{
public:
    AttachmentApi(Database& db, AuthService& auth);
    void addRoutes(Router& router);

private:
    HttpResponse upload(const HttpRequest& request, const QString& requestId);
    HttpResponse uploadPhoto(const HttpRequest& request, const QString& proposalId);
    HttpResponse download(const HttpRequest& request, const QString& sha256);

    Database& m_db;
    AuthService& m_auth;
};

} // namespace tyndau

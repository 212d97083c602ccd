#pragma once

#include "HttpTypes.h"

namespace tyndau {

class AuthService;
class Database;
class Router;

// Attachments (photos, scanned documents), sent and fetched apart from the operations:
//   POST /api/v1/requests/{id}/attachments?name=FILE   the raw bytes as the body
//   GET  /api/v1/attachments/{sha256}
// Capped in size, their type read from the content (the declared one is not trusted),
// stored once by SHA-256, and readable only by those who may see a request that has them.
class AttachmentApi
{
public:
    static constexpr qsizetype kMaxSize = 10 * 1024 * 1024;

    AttachmentApi(Database& db, AuthService& auth);
    void addRoutes(Router& router);
    // "image/jpeg", "image/png", "image/webp", "application/pdf", or empty when the
    // content is none of these.
    static QString sniffType(const QByteArray& data);

private:
    HttpResponse upload(const HttpRequest& request, const QString& requestId);
    HttpResponse download(const HttpRequest& request, const QString& sha256);

    Database& m_db;
    AuthService& m_auth;
};

} // namespace tyndau

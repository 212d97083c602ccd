#pragma once

#include "HttpTypes.h"
#include "Open311Format.h"
#include "core/ReferenceData.h"

namespace tyndau {

class Database;
class OpsService;
class Router;
struct Request;

// Open311 GeoReport v2 under /open311/v2/ for the outside channels (web portal, mobile
// app, social-network bots): discovery, services from the category tree, service
// definitions, POST requests (API key per channel), GET requests with the 90-day and
// 1,000-record limits, GET requests/{id}, tokens; JSON and XML; the Open311 error format.
// Nothing personal in public output: no names, contacts or answers.
class Open311Api
{
public:
    static constexpr int kMaxDays = 90;
    static constexpr int kMaxRecords = 1000;
    static constexpr qsizetype kMaxPostBody = 64 * 1024;

    Open311Api(Database& db, const ReferenceData& reference, OpsService& ops);
    void addRoutes(Router& router);

private:
    HttpResponse root(const HttpRequest& request, const QString& file);
    HttpResponse discovery(Open311Format::Kind kind, const HttpRequest& request);
    HttpResponse services(Open311Format::Kind kind, const QString& locale);
    HttpResponse serviceDefinition(const QString& file, const QString& locale);
    HttpResponse listRequests(Open311Format::Kind kind, const HttpRequest& request);
    HttpResponse oneRequest(const QString& file, const HttpRequest& request);
    HttpResponse token(const QString& file);
    HttpResponse postRequest(const HttpRequest& request, const QString& file);

    QJsonObject publicRecord(const Request& r, const QString& locale);

    Database& m_db;
    const ReferenceData& m_reference;
    OpsService& m_ops;
};

} // namespace tyndau

#include "Open311Api.h"

#include "OpsService.h"
#include "PasswordHasher.h"
#include "Router.h"
#include "core/AlmatyTime.h"
#include "core/Clock.h"
#include "core/TimeOrderedUuid.h"
#include "core/WireFormat.h"
#include "db/ApiKeyStore.h"
#include "db/Database.h"
#include "db/RequestStore.h"

#include <QJsonArray>

namespace tyndau {
namespace {

using Kind = Open311Format::Kind;

// "services.json" → ("services", Json); an unknown extension → nullopt.
std::optional<std::pair<QString, Kind>> splitFile(const QString& file)
{
    if (file.endsWith(QLatin1String(".json")))
        return std::make_pair(file.chopped(5), Kind::Json);
    if (file.endsWith(QLatin1String(".xml")))
        return std::make_pair(file.chopped(4), Kind::Xml);
    return std::nullopt;
}

HttpResponse respond(const QByteArray& body, Kind kind, int status = 200)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.contentType = Open311Format::contentType(kind);
    return r;
}

HttpResponse o311Error(int code, const QString& description, Kind kind = Kind::Json)
{
    return respond(Open311Format::error(code, description, kind), kind, code);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString w3c(const QDateTime& utc)
{
    return utc.isValid() ? AlmatyTime::toLocal(utc).toString(Qt::ISODate) : QString();
}

QDateTime parseW3c(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime) // no offset given: Almaty time
        t = QDateTime(t.date(), t.time(), AlmatyTime::zone());
    return t.toUTC();
}

QString localeOf(const HttpRequest& request)
{
    const QString l = request.query.queryItemValue(QStringLiteral("locale")).left(2);
    return l == QLatin1String("kk") || l == QLatin1String("en") ? l : QStringLiteral("ru");
}

} // namespace

Open311Api::Open311Api(Database& db, const ReferenceData& reference, OpsService& ops)
    : m_db(db)
    , m_reference(reference)
    , m_ops(ops)
{
}

void Open311Api::addRoutes(Router& router)
{
    router.add("GET", QStringLiteral("/open311/v2/{file}"),
               [this](const HttpRequest& r, const QStringList& a) { return root(r, a.at(0)); });
    router.add("POST", QStringLiteral("/open311/v2/{file}"),
               [this](const HttpRequest& r, const QStringList& a) { return postRequest(r, a.at(0)); });
    router.add("GET", QStringLiteral("/open311/v2/services/{file}"),
               [this](const HttpRequest& r, const QStringList& a) {
                   return serviceDefinition(a.at(0), localeOf(r));
               });
    router.add("GET", QStringLiteral("/open311/v2/requests/{file}"),
               [this](const HttpRequest& r, const QStringList& a) { return oneRequest(a.at(0), r); });
    router.add("GET", QStringLiteral("/open311/v2/tokens/{file}"),
               [this](const HttpRequest&, const QStringList& a) { return token(a.at(0)); });
}

HttpResponse Open311Api::root(const HttpRequest& request, const QString& file)
{
    const auto split = splitFile(file);
    if (!split)
        return o311Error(404, QStringLiteral("Ask for .json or .xml."));
    const auto& [name, kind] = *split;
    if (name == QLatin1String("discovery"))
        return discovery(kind, request);
    if (name == QLatin1String("services"))
        return services(kind, localeOf(request));
    if (name == QLatin1String("requests"))
        return listRequests(kind, request);
    return o311Error(404, QStringLiteral("No such resource."), kind);
}

HttpResponse Open311Api::discovery(Kind kind, const HttpRequest& request)
{
    const QString host = QString::fromLatin1(request.header("host"));
    const QJsonObject endpoint {
        {QStringLiteral("specification"), QStringLiteral("http://wiki.open311.org/GeoReport_v2")},
        {QStringLiteral("url"), QStringLiteral("http://%1/open311/v2").arg(host)},
        {QStringLiteral("changeset"), QStringLiteral("2026-11-24T00:00:00+05:00")},
        {QStringLiteral("type"), QStringLiteral("production")},
        {QStringLiteral("formats"),
         QJsonArray {QStringLiteral("application/json"), QStringLiteral("text/xml")}}};
    const QJsonObject d {
        {QStringLiteral("changeset"), QStringLiteral("2026-11-24T00:00:00+05:00")},
        {QStringLiteral("contact"), QStringLiteral("Open Almaty public reception, 1308")},
        {QStringLiteral("key_service"), QStringLiteral("API keys are issued by the office's administrator.")},
        {QStringLiteral("endpoints"), QJsonArray {endpoint}}};
    return respond(Open311Format::object(d, kind, QStringLiteral("discovery")), kind);
}

HttpResponse Open311Api::services(Kind kind, const QString& locale)
{
    QJsonArray out;
    for (const Category& c : m_reference.categories()) {
        if (!m_reference.children(c.code).isEmpty())
            continue; // a service is a leaf of the tree
        const Category* parent = m_reference.category(c.parentCode);
        out.append(QJsonObject {{QStringLiteral("service_code"), c.code},
                                {QStringLiteral("service_name"), c.name.in(locale)},
                                {QStringLiteral("description"), c.name.in(locale)},
                                {QStringLiteral("metadata"), true},
                                {QStringLiteral("type"), QStringLiteral("realtime")},
                                {QStringLiteral("keywords"), c.code.section(QLatin1Char('.'), -1)},
                                {QStringLiteral("group"), parent ? parent->name.in(locale) : QString()}});
    }
    return respond(Open311Format::list(out, kind, QStringLiteral("services"), QStringLiteral("service")),
                   kind);
}

HttpResponse Open311Api::serviceDefinition(const QString& file, const QString& locale)
{
    const auto split = splitFile(file);
    if (!split)
        return o311Error(404, QStringLiteral("Ask for .json or .xml."));
    const auto& [code, kind] = *split;
    const Category* c = m_reference.category(code);
    if (!c || !m_reference.children(code).isEmpty())
        return o311Error(404, QStringLiteral("No such service_code."), kind);
    QJsonArray values;
    for (const District& d : m_reference.districts())
        values.append(
            QJsonObject {{QStringLiteral("key"), d.code}, {QStringLiteral("name"), d.name.in(locale)}});
    const QJsonObject district {{QStringLiteral("variable"), true},
                                {QStringLiteral("code"), QStringLiteral("district")},
                                {QStringLiteral("datatype"), QStringLiteral("singlevaluelist")},
                                {QStringLiteral("required"), false},
                                {QStringLiteral("datatype_description"),
                                 QStringLiteral("The district, when the location does not say it.")},
                                {QStringLiteral("order"), 1},
                                {QStringLiteral("description"), QStringLiteral("District")},
                                {QStringLiteral("values"), values}};
    const QJsonObject definition {{QStringLiteral("service_code"), code},
                                  {QStringLiteral("attributes"), QJsonArray {district}}};
    return respond(Open311Format::object(definition, kind, QStringLiteral("service_definition")), kind);
}

QJsonObject Open311Api::publicRecord(const Request& r, const QString& locale)
{
    const Category* c = m_reference.category(r.categoryCode);
    const Organization* org = m_reference.organization(r.orgCode);
    const QDateTime updated = RequestStore(m_db).lastChange(r.id).value_or_zero();
    return QJsonObject {
        {QStringLiteral("service_request_id"), r.number},
        {QStringLiteral("status"), isFinal(r.status) ? QStringLiteral("closed") : QStringLiteral("open")},
        {QStringLiteral("status_notes"), displayName(r.status)},
        {QStringLiteral("service_name"), c ? c->name.in(locale) : r.categoryCode},
        {QStringLiteral("service_code"), r.categoryCode},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("agency_responsible"), org ? QJsonValue(org->name.in(locale)) : QJsonValue()},
        {QStringLiteral("service_notice"), QJsonValue()},
        {QStringLiteral("requested_datetime"), w3c(r.registeredAt)},
        {QStringLiteral("updated_datetime"), orNull(w3c(updated))},
        {QStringLiteral("expected_datetime"),
         r.dueDate.isValid() ? QJsonValue(w3c(AlmatyTime::startOfDay(r.dueDate.addDays(1)).addSecs(-1)))
                             : QJsonValue()},
        {QStringLiteral("address"), orNull(r.address)},
        {QStringLiteral("address_id"), QJsonValue()},
        {QStringLiteral("zipcode"), QJsonValue()},
        {QStringLiteral("lat"), r.latitude ? QJsonValue(*r.latitude) : QJsonValue()},
        {QStringLiteral("long"), r.longitude ? QJsonValue(*r.longitude) : QJsonValue()},
        {QStringLiteral("media_url"), QJsonValue()},
    };
}

HttpResponse Open311Api::listRequests(Kind kind, const HttpRequest& request)
{
    const QUrlQuery& q = request.query;
    RequestStore::PublicQuery query;
    const QDateTime now = Clock::currentUtc();
    query.to = q.hasQueryItem(QStringLiteral("end_date"))
        ? parseW3c(q.queryItemValue(QStringLiteral("end_date")))
        : now;
    query.from = q.hasQueryItem(QStringLiteral("start_date"))
        ? parseW3c(q.queryItemValue(QStringLiteral("start_date")))
        : query.to.addDays(-kMaxDays);
    if (!query.from.isValid() || !query.to.isValid())
        return o311Error(400, QStringLiteral("start_date and end_date are W3C date-times."), kind);
    if (query.from > query.to || query.from.daysTo(query.to) > kMaxDays)
        return o311Error(
            400, QStringLiteral("At most %1 days between start_date and end_date.").arg(kMaxDays), kind);
    const QString ids = q.queryItemValue(QStringLiteral("service_request_id"));
    if (!ids.isEmpty()) {
        // By id, the other filters do not apply (GeoReport v2).
        query.numbers = ids.split(QLatin1Char(','), Qt::SkipEmptyParts).mid(0, kMaxRecords);
        query.from = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        query.to = now.addYears(1);
    } else {
        query.categoryCode = q.queryItemValue(QStringLiteral("service_code"));
        const QString status = q.queryItemValue(QStringLiteral("status"));
        if (status == QLatin1String("open"))
            query.open = true;
        else if (status == QLatin1String("closed"))
            query.open = false;
        else if (!status.isEmpty())
            return o311Error(400, QStringLiteral("status is open or closed."), kind);
    }
    query.limit = kMaxRecords;
    auto rows = RequestStore(m_db).listPublic(query);
    if (!rows)
        return o311Error(500, QStringLiteral("The server failed; try again."), kind);
    QJsonArray out;
    for (const Request& r : rows.value())
        out.append(publicRecord(r, localeOf(request)));
    return respond(
        Open311Format::list(out, kind, QStringLiteral("service_requests"), QStringLiteral("request")), kind);
}

HttpResponse Open311Api::oneRequest(const QString& file, const HttpRequest& request)
{
    const auto split = splitFile(file);
    if (!split)
        return o311Error(404, QStringLiteral("Ask for .json or .xml."));
    const auto& [number, kind] = *split;
    auto found = RequestStore(m_db).findByNumber(number);
    if (!found || !found.value() || found.value()->number != number)
        return o311Error(404, QStringLiteral("No such service_request_id."), kind);
    return respond(Open311Format::list(QJsonArray {publicRecord(*found.value(), localeOf(request))}, kind,
                                       QStringLiteral("service_requests"), QStringLiteral("request")),
                   kind);
}

HttpResponse Open311Api::token(const QString& file)
{
    const auto split = splitFile(file);
    if (!split)
        return o311Error(404, QStringLiteral("Ask for .json or .xml."));
    const auto& [token, kind] = *split;
    const QUuid id = QUuid::fromString(token);
    auto found = id.isNull() ? Result<std::optional<Request>>(std::optional<Request> {})
                             : RequestStore(m_db).find(id);
    if (!found || !found.value() || found.value()->number.isEmpty())
        return o311Error(404, QStringLiteral("No such token."), kind);
    return respond(Open311Format::list(
                       QJsonArray {QJsonObject {{QStringLiteral("service_request_id"), found.value()->number},
                                                {QStringLiteral("token"), token}}},
                       kind, QStringLiteral("service_requests"), QStringLiteral("request")),
                   kind);
}

HttpResponse Open311Api::postRequest(const HttpRequest& request, const QString& file)
{
    const auto split = splitFile(file);
    if (!split || split->first != QLatin1String("requests"))
        return o311Error(404, QStringLiteral("POST goes to requests.json or requests.xml."));
    const Kind kind = split->second;
    if (request.body.size() > kMaxPostBody)
        return o311Error(413, QStringLiteral("The request is too large."), kind);
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return o311Error(400, QStringLiteral("Send the fields as application/x-www-form-urlencoded."), kind);
    const QByteArray body = request.body;
    if (QString::fromUtf8(body).toUtf8() != body)
        return o311Error(400, QStringLiteral("The request is not valid UTF-8."), kind);
    const QUrlQuery form(QString::fromUtf8(body).replace(QLatin1Char('+'), QStringLiteral("%20")));
    auto field = [&](const char* name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };

    auto key = ApiKeyStore(m_db).find(PasswordHasher::tokenHash(field("api_key")));
    if (!key || !key.value())
        return o311Error(403, QStringLiteral("api_key is missing or not valid."), kind);

    const QString serviceCode = field("service_code");
    const Category* category = m_reference.category(serviceCode);
    if (!category || !m_reference.children(serviceCode).isEmpty())
        return o311Error(400, QStringLiteral("service_code is missing or unknown."), kind);
    bool latOk = false;
    bool lonOk = false;
    const double lat = field("lat").toDouble(&latOk);
    const double lon = field("long").toDouble(&lonOk);
    const bool hasPoint = latOk && lonOk;
    if (!hasPoint && field("address_string").isEmpty() && field("address_id").isEmpty())
        return o311Error(400, QStringLiteral("A location is required: lat and long, or address_string."),
                         kind);
    QString district = field("attribute[district]");
    if (district.isEmpty() && hasPoint)
        district = m_reference.districtAt(QPointF(lon, lat));
    if (!district.isEmpty() && !m_reference.district(district))
        return o311Error(400, QStringLiteral("attribute[district] is not a district of the city."), kind);

    const QString name = (field("first_name") + QLatin1Char(' ') + field("last_name")).trimmed();
    QJsonObject citizen {
        {QStringLiteral("name"), name},
        {QStringLiteral("phone"), field("phone")},
        {QStringLiteral("email"), field("email")},
        {QStringLiteral("anonymous"), name.isEmpty()},
        {QStringLiteral("language"),
         localeOf(request) == QLatin1String("kk") ? QStringLiteral("kk") : QStringLiteral("ru")}};
    const QUuid id = TimeOrderedUuid::create();
    QJsonObject r {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                   {QStringLiteral("kind"), QStringLiteral("complaint")},
                   {QStringLiteral("channel"), toCode(key.value()->channel)},
                   {QStringLiteral("citizen"), citizen},
                   {QStringLiteral("address"), field("address_string")},
                   {QStringLiteral("district"), district},
                   {QStringLiteral("category"), serviceCode},
                   {QStringLiteral("description"), field("description")}};
    if (hasPoint) {
        r.insert(QStringLiteral("lat"), lat);
        r.insert(QStringLiteral("lon"), lon);
    }
    const QJsonObject op {{QStringLiteral("op_id"), TimeOrderedUuid::createText()},
                          {QStringLiteral("type"), QStringLiteral("create_request")},
                          {QStringLiteral("request"), r}};
    // The outside channel registers as a system operator: the request lands in the
    // operators' queue unassigned, with its channel recorded, like any other.
    const User channelUser {0,
                            QStringLiteral("open311:") + toCode(key.value()->channel),
                            QStringLiteral("Open311"),
                            Role::Operator,
                            {},
                            true};
    const QJsonObject result = m_ops.applyOne(op, AuthContext {channelUser, {}});
    if (result.value(QLatin1String("status")).toString() != QLatin1String("applied")) {
        const QJsonObject e = result.value(QLatin1String("error")).toObject();
        return o311Error(400,
                         QStringLiteral("%1 (%2)").arg(e.value(QLatin1String("message")).toString(),
                                                       e.value(QLatin1String("field")).toString()),
                         kind);
    }
    const QString number
        = result.value(QLatin1String("request")).toObject().value(QLatin1String("number")).toString();
    const QJsonObject created {
        {QStringLiteral("service_request_id"), number},
        {QStringLiteral("token"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("service_notice"),
         QStringLiteral("Обращение зарегистрировано: ответ в течение 15 рабочих дней.")},
        {QStringLiteral("account_id"), QJsonValue()}};
    return respond(Open311Format::list(QJsonArray {created}, kind, QStringLiteral("service_requests"),
                                       QStringLiteral("request")),
                   kind, 201);
}

} // namespace tyndau

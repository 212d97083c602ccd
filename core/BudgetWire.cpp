#include "BudgetWire.h"

#include "BudgetSeason.h"
#include "Permissions.h"
#include "WireFormat.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace tyndau {
namespace {

Error typeError(const QString& field, const QString& expected)
{
    return Error {QStringLiteral("invalid_type"), QStringLiteral("“%1” must be %2.").arg(field, expected),
                  field};
}

Error required(const QString& field)
{
    return Error {QStringLiteral("required"), QStringLiteral("“%1” is required.").arg(field), field};
}

bool absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString maskedIf(bool mask, const QString& value)
{
    return mask && !value.isEmpty() ? Permissions::mask(value) : value;
}

// "lat"/"lon" of a location object, each a finite number; the ranges are BudgetRules'.
Result<QPointF> readLocation(const QJsonValue& v)
{
    const QString field = QStringLiteral("location");
    if (!v.isObject())
        return typeError(field, QStringLiteral("an object with “lat” and “lon”"));
    const QJsonValue lat = v.toObject().value(QLatin1String("lat"));
    const QJsonValue lon = v.toObject().value(QLatin1String("lon"));
    if (!lat.isDouble() || !lon.isDouble() || !std::isfinite(lat.toDouble())
        || !std::isfinite(lon.toDouble()))
        return typeError(field, QStringLiteral("an object with “lat” and “lon”"));
    return QPointF(lon.toDouble(), lat.toDouble());
}

// The photos of a winner's implementation, as the feed lists them.
Result<QList<AttachmentRef>> photosFromJson(const QJsonValue& value)
{
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    QList<AttachmentRef> photos;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        AttachmentRef photo {o.value(QLatin1String("sha256")).toString(),
                             o.value(QLatin1String("file_name")).toString().left(255),
                             o.value(QLatin1String("mime_type")).toString().left(128),
                             qint64(o.value(QLatin1String("size")).toDouble())};
        if (!sha.match(photo.sha256).hasMatch())
            return Error {QStringLiteral("invalid_value"),
                          QStringLiteral("A photo's “sha256” is not a hash."), QStringLiteral("photos")};
        photos.append(photo);
    }
    return photos;
}

} // namespace

Result<QString> BudgetWire::text(const QJsonObject& op, const char* key, int maxLength, bool isRequired)
{
    const QString field = QLatin1String(key);
    const QJsonValue v = op.value(field);
    if (absent(v))
        return isRequired ? Result<QString>(required(field)) : Result<QString>(QString());
    if (!v.isString())
        return typeError(field, QStringLiteral("text"));
    if (v.toString().size() > maxLength)
        return Error {QStringLiteral("too_long"), QStringLiteral("“%1” is too long.").arg(field), field};
    if (isRequired && v.toString().trimmed().isEmpty())
        return required(field);
    return v.toString();
}

Result<qint64> BudgetWire::whole(const QJsonObject& op, const char* key, qint64 min, qint64 max,
                                 bool isRequired)
{
    const QString field = QLatin1String(key);
    const QJsonValue v = op.value(field);
    if (absent(v))
        return isRequired ? Result<qint64>(required(field)) : Result<qint64>(qint64(0));
    // The size first: converting a double beyond qint64 to it is undefined.
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::abs(d) > 9e15 || d != std::trunc(d))
        return typeError(field, QStringLiteral("a whole number"));
    if (qint64(d) < min || qint64(d) > max)
        return Error {QStringLiteral("out_of_range"),
                      QStringLiteral("“%1” must be from %2 to %3.").arg(field).arg(min).arg(max), field};
    return qint64(d);
}

Result<bool> BudgetWire::boolean(const QJsonObject& op, const char* key)
{
    const QString field = QLatin1String(key);
    const QJsonValue v = op.value(field);
    if (absent(v))
        return required(field);
    if (!v.isBool())
        return typeError(field, QStringLiteral("true or false"));
    return v.toBool();
}

Result<QString> BudgetWire::uuid(const QJsonObject& op, const char* key)
{
    auto s = text(op, key, 64, true);
    if (!s)
        return s;
    const QUuid id = QUuid::fromString(s.value());
    if (id.isNull())
        return typeError(QLatin1String(key), QStringLiteral("a UUID"));
    return id.toString(QUuid::WithoutBraces);
}

Result<QStringList> BudgetWire::textList(const QJsonObject& op, const char* key, int maxItems)
{
    const QString field = QLatin1String(key);
    const QJsonValue v = op.value(field);
    if (absent(v))
        return required(field);
    if (!v.isArray())
        return typeError(field, QStringLiteral("a list"));
    const QJsonArray items = v.toArray();
    // The count is the domain's to judge (BudgetRules::checkBallot); this only bounds the work.
    if (items.size() > maxItems)
        return Error {QStringLiteral("too_many_votes"), QStringLiteral("“%1” has too many items.").arg(field),
                      field};
    QStringList out;
    for (const auto& item : items) {
        if (!item.isString() || item.toString().size() > 64)
            return typeError(field, QStringLiteral("a list of ids"));
        out.append(item.toString());
    }
    return out;
}

Result<BudgetProposal> BudgetWire::proposalFromJson(const QJsonObject& json)
{
    BudgetProposal p;
    auto id = uuid(json, "id");
    if (!id)
        return id.error();
    p.id = id.value();
    auto year = whole(json, "year", 0, 9999, true);
    if (!year)
        return year.error();
    p.seasonYear = int(year.value());

    // Required and length rules with their own messages are BudgetRules'; these caps only
    // keep absurd input out.
    struct TextField
    {
        const char* key;
        int cap;
        QString* into;
    };
    for (const TextField& f :
         {TextField {"title", 2000, &p.title}, TextField {"description", 40000, &p.description},
          TextField {"district", 64, &p.districtCode}, TextField {"author_name", 2000, &p.authorName},
          TextField {"author_iin", 64, &p.authorIin}, TextField {"author_phone", 64, &p.authorPhone}}) {
        auto value = text(json, f.key, f.cap, false);
        if (!value)
            return value.error();
        *f.into = value.value();
    }

    const QJsonValue location = json.value(QLatin1String("location"));
    if (!absent(location)) {
        auto point = readLocation(location);
        if (!point)
            return point.error();
        p.hasLocation = true;
        p.location = point.value();
    }

    // Zero and below are BudgetRules' "out_of_range", told in its words.
    auto cost = whole(json, "estimated_cost", -BudgetSeason::kMaxBudget, BudgetSeason::kMaxBudget, false);
    if (!cost)
        return cost.error();
    p.estimatedCost = cost.value();

    auto channel = text(json, "channel", 64, false);
    if (!channel)
        return channel.error();
    if (!channel->isEmpty()) {
        const auto code = fromCode<Channel>(channel.value());
        if (!code)
            return Error {QStringLiteral("invalid"), QStringLiteral("Unknown channel."),
                          QStringLiteral("channel")};
        p.channel = *code;
    }

    auto submitted = text(json, "submitted_at", 64, false);
    if (!submitted)
        return submitted.error();
    if (!submitted->isEmpty()) {
        p.submittedAt = WireFormat::timeFromString(submitted.value());
        if (!p.submittedAt.isValid())
            return typeError(QStringLiteral("submitted_at"), QStringLiteral("a time in ISO 8601"));
    }
    return p;
}

Result<BudgetProposalRecord> BudgetWire::recordFromJson(const QJsonObject& json)
{
    auto proposal = proposalFromJson(json);
    if (!proposal)
        return proposal.error();
    BudgetProposalRecord record;
    record.proposal = proposal.value();
    BudgetProposal& p = record.proposal;
    record.submittedBy = json.value(QLatin1String("submitted_by")).toString();
    record.version = std::max(1, json.value(QLatin1String("version")).toInt(1));
    auto votes = whole(json, "votes", 0, 1'000'000'000, false);
    if (!votes)
        return votes.error();
    p.votes = int(votes.value());
    if (const QJsonValue a = json.value(QLatin1String("assessment")); a.isObject()) {
        const QJsonObject o = a.toObject();
        auto feasible = boolean(o, "feasible");
        auto cost = whole(o, "corrected_cost", 0, BudgetSeason::kMaxBudget, false);
        if (!feasible || !cost)
            return !feasible ? feasible.error() : cost.error();
        p.assessed = true;
        p.feasible = feasible.value();
        p.correctedCost = cost.value();
        p.responsibleOrgCode = o.value(QLatin1String("organization")).toString();
        p.assessmentReason = o.value(QLatin1String("reason")).toString();
        record.assessedBy = o.value(QLatin1String("assessed_by")).toString();
    }
    if (const QJsonValue i = json.value(QLatin1String("implementation")); i.isObject()) {
        p.implementationStatus = i.toObject().value(QLatin1String("status")).toString();
        record.implementationNote = i.toObject().value(QLatin1String("note")).toString();
        auto photos = photosFromJson(i.toObject().value(QLatin1String("photos")));
        if (!photos)
            return photos.error();
        record.photos = photos.value();
    }
    return record;
}

QJsonObject BudgetWire::toJson(const BudgetProposalRecord& record, bool maskAuthor)
{
    const BudgetProposal& p = record.proposal;
    QJsonValue location;
    if (p.hasLocation)
        location
            = QJsonObject {{QStringLiteral("lat"), p.location.y()}, {QStringLiteral("lon"), p.location.x()}};
    QJsonValue assessment;
    if (p.assessed)
        assessment = QJsonObject {{QStringLiteral("feasible"), p.feasible},
                                  {QStringLiteral("corrected_cost"), double(p.correctedCost)},
                                  {QStringLiteral("organization"), orNull(p.responsibleOrgCode)},
                                  {QStringLiteral("reason"), p.assessmentReason},
                                  {QStringLiteral("assessed_by"), orNull(record.assessedBy)}};
    QJsonValue implementation;
    if (!p.implementationStatus.isEmpty() || !record.photos.isEmpty()) {
        QJsonArray photos;
        for (const AttachmentRef& photo : record.photos)
            photos.append(QJsonObject {{QStringLiteral("sha256"), photo.sha256},
                                       {QStringLiteral("file_name"), photo.fileName},
                                       {QStringLiteral("mime_type"), photo.mimeType},
                                       {QStringLiteral("size"), double(photo.size)}});
        implementation = QJsonObject {{QStringLiteral("status"), orNull(p.implementationStatus)},
                                      {QStringLiteral("note"), record.implementationNote},
                                      {QStringLiteral("photos"), photos}};
    }
    return QJsonObject {{QStringLiteral("id"), p.id},
                        {QStringLiteral("year"), p.seasonYear},
                        {QStringLiteral("title"), p.title},
                        {QStringLiteral("description"), p.description},
                        {QStringLiteral("district"), p.districtCode},
                        {QStringLiteral("location"), location},
                        {QStringLiteral("estimated_cost"), double(p.estimatedCost)},
                        {QStringLiteral("author_name"), p.authorName},
                        {QStringLiteral("author_iin"), orNull(maskedIf(maskAuthor, p.authorIin))},
                        {QStringLiteral("author_phone"), orNull(maskedIf(maskAuthor, p.authorPhone))},
                        {QStringLiteral("channel"), toCode(p.channel)},
                        {QStringLiteral("submitted_at"), WireFormat::timeToString(p.submittedAt)},
                        {QStringLiteral("submitted_by"), record.submittedBy},
                        {QStringLiteral("assessment"), assessment},
                        {QStringLiteral("votes"), p.votes},
                        {QStringLiteral("implementation"), implementation},
                        {QStringLiteral("version"), record.version}};
}

} // namespace tyndau

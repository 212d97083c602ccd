#include "WireFormat.h"

#include "Permissions.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace tyndau {
namespace {

Error typeError(const QString& field, const char* expected)
{
    return Error {
        QStringLiteral("invalid_type"),
        QCoreApplication::translate("WireFormat", "“%1” must be %2.").arg(field, QLatin1String(expected)),
        field};
}

// Reads typed fields from one JSON object, remembering the first problem.
class Reader
{
public:
    explicit Reader(const QJsonObject& o)
        : m_o(o)
    {
    }

    QString text(const char* key, int maxLength = 10000)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(typeError(QLatin1String(key), "text"));
            return {};
        }
        if (v.toString().size() > maxLength)
            fail(
                Error {QStringLiteral("too_long"),
                       QCoreApplication::translate("WireFormat", "“%1” is too long.").arg(QLatin1String(key)),
                       QLatin1String(key)});
        return v.toString();
    }
    bool has(const char* key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    int integer(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        // The size first: converting a double beyond qint64 to it is undefined (found by the fuzzer).
        if (!v.isDouble() || std::abs(v.toDouble()) > 1e9 || v.toDouble() != std::trunc(v.toDouble())) {
            fail(typeError(QLatin1String(key), "a whole number"));
            return 0;
        }
        return v.toInt();
    }
    bool boolean(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(typeError(QLatin1String(key), "true or false"));
        return v.toBool();
    }
    std::optional<double> number(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(typeError(QLatin1String(key), "a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    QUuid uuid(const char* key)
    {
        const QString s = text(key, 64);
        if (s.isEmpty())
            return {};
        const QUuid id = QUuid::fromString(s);
        if (id.isNull())
            fail(typeError(QLatin1String(key), "a UUID"));
        return id;
    }
    QDateTime time(const char* key)
    {
        const QString s = text(key, 64);
        if (s.isEmpty())
            return {};
        const QDateTime t = WireFormat::timeFromString(s);
        if (!t.isValid())
            fail(typeError(QLatin1String(key), "a time in ISO 8601"));
        return t;
    }
    QDate date(const char* key)
    {
        const QString s = text(key, 16);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(typeError(QLatin1String(key), "a date (YYYY-MM-DD)"));
        return d;
    }
    template <typename E>
    E code(const char* key, E fallback, bool required)
    {
        const QString s = text(key, 64);
        if (s.isEmpty()) {
            if (required)
                fail(Error {
                    QStringLiteral("required"),
                    QCoreApplication::translate("WireFormat", "“%1” is required.").arg(QLatin1String(key)),
                    QLatin1String(key)});
            return fallback;
        }
        const auto v = fromCode<E>(s);
        if (!v)
            fail(Error {QStringLiteral("invalid"),
                        QCoreApplication::translate("WireFormat", "“%1” has an unknown value.")
                            .arg(QLatin1String(key)),
                        QLatin1String(key)});
        return v.value_or(fallback);
    }
    QJsonObject object(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(typeError(QLatin1String(key), "an object"));
        return v.toObject();
    }
    QJsonArray array(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(typeError(QLatin1String(key), "a list"));
        return v.toArray();
    }

    void fail(const Error& e)
    {
        if (!m_error)
            m_error = e;
    }
    const std::optional<Error>& error() const { return m_error; }

private:
    QJsonObject m_o;
    std::optional<Error> m_error;
};

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(WireFormat::timeToString(t)) : QJsonValue();
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString maskedIf(bool mask, const QString& value)
{
    return mask && !value.isEmpty() ? Permissions::mask(value) : value;
}

} // namespace

QString WireFormat::timeToString(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime WireFormat::timeFromString(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject WireFormat::toJson(const Request& r, bool maskContacts)
{
    QJsonObject citizen {
        {QStringLiteral("name"), orNull(r.citizen.name)},
        {QStringLiteral("phone"), orNull(maskedIf(maskContacts, r.citizen.phone))},
        {QStringLiteral("iin"), orNull(maskedIf(maskContacts, r.citizen.iin))},
        {QStringLiteral("email"), orNull(maskedIf(maskContacts, r.citizen.email))},
        {QStringLiteral("language"), toCode(r.citizen.language)},
        {QStringLiteral("anonymous"), r.citizen.anonymous},
    };
    QJsonArray attachments;
    for (const AttachmentRef& a : r.attachments)
        attachments.append(QJsonObject {{QStringLiteral("sha256"), a.sha256},
                                        {QStringLiteral("file_name"), a.fileName},
                                        {QStringLiteral("mime_type"), a.mimeType},
                                        {QStringLiteral("size"), a.size}});
    return QJsonObject {
        {QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("number"), orNull(r.number)},
        {QStringLiteral("provisional_number"), orNull(r.provisionalNumber)},
        {QStringLiteral("kind"), toCode(r.kind)},
        {QStringLiteral("channel"), toCode(r.channel)},
        {QStringLiteral("status"), toCode(r.status)},
        {QStringLiteral("citizen"), citizen},
        {QStringLiteral("address"), orNull(r.address)},
        {QStringLiteral("district"), orNull(r.districtCode)},
        {QStringLiteral("category"), orNull(r.categoryCode)},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("lat"), r.latitude ? QJsonValue(*r.latitude) : QJsonValue()},
        {QStringLiteral("lon"), r.longitude ? QJsonValue(*r.longitude) : QJsonValue()},
        {QStringLiteral("org"), orNull(r.orgCode)},
        {QStringLiteral("created_at"), timeOrNull(r.createdAt)},
        {QStringLiteral("registered_at"), timeOrNull(r.registeredAt)},
        {QStringLiteral("due_date"), dateOrNull(r.dueDate)},
        {QStringLiteral("original_due_date"), dateOrNull(r.originalDueDate)},
        {QStringLiteral("answered_at"), timeOrNull(r.answeredAt)},
        {QStringLiteral("closed_at"), timeOrNull(r.closedAt)},
        {QStringLiteral("linked_to"),
         r.linkedTo.isNull() ? QJsonValue() : r.linkedTo.toString(QUuid::WithoutBraces)},
        {QStringLiteral("is_incident"), r.isIncident},
        {QStringLiteral("answer"), orNull(r.answerText)},
        {QStringLiteral("kb_article_id"), r.kbArticleId},
        {QStringLiteral("return_count"), r.returnCount},
        {QStringLiteral("satisfaction"), r.satisfaction},
        {QStringLiteral("quality_score"), r.qualityScore},
        {QStringLiteral("created_by"), orNull(r.createdBy)},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("version"), r.version},
    };
}

Result<Request> WireFormat::requestFromJson(const QJsonObject& json)
{
    Reader in(json);
    Request r;
    r.id = in.uuid("id");
    r.number = in.text("number", 32);
    r.provisionalNumber = in.text("provisional_number", 64);
    r.kind = in.code<RequestKind>("kind", RequestKind::Complaint, true);
    r.channel = in.code<Channel>("channel", Channel::CallCenter, true);
    r.status = in.code<Status>("status", Status::Draft, false);
    Reader citizen(in.object("citizen"));
    r.citizen.name = citizen.text("name", 400);
    r.citizen.phone = citizen.text("phone", 64);
    r.citizen.iin = citizen.text("iin", 64);
    r.citizen.email = citizen.text("email", 400);
    r.citizen.language = citizen.code<Language>("language", Language::Russian, false);
    r.citizen.anonymous = citizen.boolean("anonymous");
    if (citizen.error())
        in.fail(*citizen.error());
    r.address = in.text("address", 1000);
    r.districtCode = in.text("district", 64);
    r.categoryCode = in.text("category", 128);
    r.description = in.text("description", 10000);
    r.latitude = in.number("lat");
    r.longitude = in.number("lon");
    r.orgCode = in.text("org", 64);
    r.createdAt = in.time("created_at");
    r.registeredAt = in.time("registered_at");
    r.dueDate = in.date("due_date");
    r.originalDueDate = in.date("original_due_date");
    r.answeredAt = in.time("answered_at");
    r.closedAt = in.time("closed_at");
    r.linkedTo = in.uuid("linked_to");
    r.isIncident = in.boolean("is_incident");
    r.answerText = in.text("answer", 20000);
    r.kbArticleId = in.integer("kb_article_id");
    r.returnCount = in.integer("return_count");
    r.satisfaction = in.integer("satisfaction");
    r.qualityScore = in.has("quality_score") ? in.integer("quality_score") : -1;
    r.createdBy = in.text("created_by", 128);
    r.version = std::max(1, in.integer("version"));
    for (const auto& item : in.array("attachments")) {
        Reader a(item.toObject());
        r.attachments.append(AttachmentRef {a.text("sha256", 64), a.text("file_name", 255),
                                            a.text("mime_type", 128), qint64(a.integer("size"))});
        if (a.error())
            in.fail(*a.error());
    }
    if (in.error())
        return *in.error();
    if (r.id.isNull())
        return Error {QStringLiteral("required"),
                      QCoreApplication::translate("WireFormat", "“id” is required."), QStringLiteral("id")};
    return r;
}

QJsonObject WireFormat::toJson(const HistoryEntry& h)
{
    return QJsonObject {
        {QStringLiteral("at"), timeToString(h.at)},   {QStringLiteral("actor"), h.actor},
        {QStringLiteral("action"), toCode(h.action)}, {QStringLiteral("from"), toCode(h.from)},
        {QStringLiteral("to"), toCode(h.to)},         {QStringLiteral("comment"), h.comment}};
}

Result<HistoryEntry> WireFormat::historyFromJson(const QJsonObject& json, const QUuid& requestId)
{
    Reader in(json);
    HistoryEntry h;
    h.requestId = requestId;
    h.at = in.time("at");
    h.actor = in.text("actor", 128);
    h.action = in.code<Action>("action", Action::Register, true);
    h.from = in.code<Status>("from", Status::Draft, true);
    h.to = in.code<Status>("to", Status::Draft, true);
    h.comment = in.text("comment", 4000);
    if (in.error())
        return *in.error();
    return h;
}

QJsonObject WireFormat::toJson(const ActionInput& i)
{
    QJsonObject o;
    if (!i.comment.isEmpty())
        o.insert(QStringLiteral("comment"), i.comment);
    if (!i.link.isNull())
        o.insert(QStringLiteral("link"), i.link.toString(QUuid::WithoutBraces));
    if (!i.orgCode.isEmpty())
        o.insert(QStringLiteral("org"), i.orgCode);
    if (!i.answerText.isEmpty())
        o.insert(QStringLiteral("answer"), i.answerText);
    if (i.kbArticleId > 0)
        o.insert(QStringLiteral("kb_article_id"), i.kbArticleId);
    if (i.extraWorkingDays > 0)
        o.insert(QStringLiteral("extra_working_days"), i.extraWorkingDays);
    if (i.satisfaction > 0)
        o.insert(QStringLiteral("satisfaction"), i.satisfaction);
    if (i.qualityScore >= 0)
        o.insert(QStringLiteral("quality_score"), i.qualityScore);
    return o;
}

Result<ActionInput> WireFormat::actionInputFromJson(const QJsonObject& json)
{
    Reader in(json);
    ActionInput i;
    i.comment = in.text("comment", 4000);
    i.link = in.uuid("link");
    i.orgCode = in.text("org", 64);
    i.answerText = in.text("answer", 20000);
    i.kbArticleId = in.integer("kb_article_id");
    i.extraWorkingDays = in.integer("extra_working_days");
    i.satisfaction = in.integer("satisfaction");
    i.qualityScore = in.has("quality_score") ? in.integer("quality_score") : -1;
    if (!in.error() && (i.extraWorkingDays < 0 || i.extraWorkingDays > 60))
        in.fail(Error {QStringLiteral("invalid"),
                       QCoreApplication::translate("WireFormat", "An extension is 1 to 60 working days."),
                       QStringLiteral("extra_working_days")});
    if (in.error())
        return *in.error();
    return i;
}

QJsonObject WireFormat::toJson(const User& u)
{
    return QJsonObject {{QStringLiteral("id"), u.id},
                        {QStringLiteral("login"), u.login},
                        {QStringLiteral("role"), toCode(u.role)},
                        {QStringLiteral("org_id"), orNull(u.orgCode)},
                        {QStringLiteral("display_name"), u.displayName}};
}

QJsonObject WireFormat::toJson(const KbArticle& a)
{
    QJsonObject o {{QStringLiteral("id"), a.id},
                   {QStringLiteral("slug"), a.slug},
                   {QStringLiteral("category"), orNull(a.categoryCode)},
                   {QStringLiteral("organizations"), QJsonArray::fromStringList(a.orgCodes)},
                   {QStringLiteral("used_count"), a.usedCount},
                   {QStringLiteral("updated_at"), timeOrNull(a.updatedAt)},
                   {QStringLiteral("version"), a.version}};
    for (auto it = a.texts.cbegin(); it != a.texts.cend(); ++it) {
        const KbText& t = it.value();
        o.insert(toCode(it.key()),
                 QJsonObject {{QStringLiteral("title"), t.title},
                              {QStringLiteral("summary"), t.summary},
                              {QStringLiteral("steps"), QJsonArray::fromStringList(t.steps)},
                              {QStringLiteral("answer"), t.answer},
                              {QStringLiteral("contacts"), t.contacts}});
    }
    return o;
}

Result<KbArticle> WireFormat::articleFromJson(const QJsonObject& json)
{
    Reader in(json);
    KbArticle a;
    a.id = in.integer("id");
    a.slug = in.text("slug", 200);
    a.categoryCode = in.text("category", 128);
    for (const auto& org : in.array("organizations"))
        a.orgCodes.append(org.toString());
    a.usedCount = in.integer("used_count");
    a.updatedAt = in.time("updated_at");
    a.version = in.integer("version");
    for (Language lang : allValues<Language>()) {
        const QJsonObject t = in.object(toCode(lang).toLatin1().constData());
        if (t.isEmpty())
            continue;
        Reader tr(t);
        KbText text {tr.text("title", 500),
                     tr.text("summary", 4000),
                     {},
                     tr.text("answer", 20000),
                     tr.text("contacts", 4000)};
        for (const auto& s : tr.array("steps"))
            text.steps.append(s.toString());
        if (tr.error())
            in.fail(*tr.error());
        a.texts.insert(lang, text);
    }
    if (in.error())
        return *in.error();
    return a;
}

} // namespace tyndau

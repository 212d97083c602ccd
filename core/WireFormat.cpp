#include "WireFormat.h"

#include "JsonWriter.h"
#include "RequestJsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
        QString s = v.toString();
        if (s.size() > maxLength)
            fail(
                Error {QStringLiteral("too_long"),
                       QCoreApplication::translate("WireFormat", "“%1” is too long.").arg(QLatin1String(key)),
                       QLatin1String(key)});
        return s;
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

} // namespace

// What QDateTime::toString(Qt::ISODateWithMs) writes for a UTC time, written by hand: the
// change feed writes several times per request, and Qt's formatting (through a printf)
// was a tenth of the server's time in a sync.
QString WireFormat::timeToString(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const qint64 ms = utc.toMSecsSinceEpoch();
    const qint64 msPerDay = 86400000;
    qint64 days = ms / msPerDay;
    qint64 inDay = ms % msPerDay;
    if (inDay < 0) {
        inDay += msPerDay;
        --days;
    }
    // Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil, inverted).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return utc.toUTC().toString(Qt::ISODateWithMs);
    char text[24];
    auto digits = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(0, year, 4);
    text[4] = '-';
    digits(5, month, 2);
    text[7] = '-';
    digits(8, day, 2);
    text[10] = 'T';
    digits(11, inDay / 3600000, 2);
    text[13] = ':';
    digits(14, inDay / 60000 % 60, 2);
    text[16] = ':';
    digits(17, inDay / 1000 % 60, 2);
    text[19] = '.';
    digits(20, inDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, sizeof text);
}

namespace {

// "2026-11-24T15:28:16.123Z", the form timeToString writes: read by hand, because Qt's
// general parser was a twentieth of a workstation's sync. Anything else goes to Qt.
std::optional<QDateTime> fromOwnForm(const QString& text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return std::nullopt;
    auto number = [&text](int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2), ms = number(20, 3);
    if (!date.isValid() || !QTime::isValid(hour, minute, second, ms))
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

QDateTime WireFormat::timeFromString(const QString& text)
{
    if (auto own = fromOwnForm(text))
        return *own;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject WireFormat::toJson(const Request& r, bool maskContacts)
{
    JsonWriter out;
    RequestJsonWriter::write(out, r, maskContacts);
    return QJsonDocument::fromJson(out.bytes()).object();
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
    JsonWriter out;
    RequestJsonWriter::write(out, h);
    return QJsonDocument::fromJson(out.bytes()).object();
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

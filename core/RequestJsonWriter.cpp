#include "RequestJsonWriter.h"

#include "Permissions.h"
#include "Vocabulary.h"
#include "WireFormat.h"

namespace tyndau {
namespace {

using L = QLatin1StringView;

QString maskedIf(bool mask, const QString& value)
{
    return mask && !value.isEmpty() ? Permissions::mask(value) : value;
}

void timeOrNull(JsonWriter& out, L name, const QDateTime& t)
{
    out.key(name);
    if (t.isValid())
        out.value(WireFormat::timeToString(t));
    else
        out.null();
}

void dateOrNull(JsonWriter& out, L name, const QDate& d)
{
    out.key(name);
    if (d.isValid())
        out.value(d.toString(Qt::ISODate));
    else
        out.null();
}

void realOrNull(JsonWriter& out, L name, const std::optional<double>& d)
{
    out.key(name);
    if (d)
        out.value(*d);
    else
        out.null();
}

void writeCitizen(JsonWriter& out, const Citizen& c, bool mask)
{
    out.beginObject();
    out.textOrNull(L("name"), c.name);
    out.textOrNull(L("phone"), maskedIf(mask, c.phone));
    out.textOrNull(L("iin"), maskedIf(mask, c.iin));
    out.textOrNull(L("email"), maskedIf(mask, c.email));
    out.field(L("language"), toCode(c.language));
    out.field(L("anonymous"), c.anonymous);
    out.endObject();
}

void writeAttachments(JsonWriter& out, const QList<AttachmentRef>& attachments)
{
    out.beginArray();
    for (const AttachmentRef& a : attachments) {
        out.beginObject();
        out.field(L("sha256"), a.sha256);
        out.field(L("file_name"), a.fileName);
        out.field(L("mime_type"), a.mimeType);
        out.field(L("size"), a.size);
        out.endObject();
    }
    out.endArray();
}

} // namespace

void RequestJsonWriter::write(JsonWriter& out, const Request& r, bool maskContacts,
                              const QList<HistoryEntry>* history)
{
    out.beginObject();
    out.field(L("id"), r.id.toString(QUuid::WithoutBraces));
    out.textOrNull(L("number"), r.number);
    out.textOrNull(L("provisional_number"), r.provisionalNumber);
    out.field(L("kind"), toCode(r.kind));
    out.field(L("channel"), toCode(r.channel));
    out.field(L("status"), toCode(r.status));
    out.key(L("citizen"));
    writeCitizen(out, r.citizen, maskContacts);
    out.textOrNull(L("address"), r.address);
    out.textOrNull(L("district"), r.districtCode);
    out.textOrNull(L("category"), r.categoryCode);
    out.field(L("description"), r.description);
    realOrNull(out, L("lat"), r.latitude);
    realOrNull(out, L("lon"), r.longitude);
    out.textOrNull(L("org"), r.orgCode);
    timeOrNull(out, L("created_at"), r.createdAt);
    timeOrNull(out, L("registered_at"), r.registeredAt);
    dateOrNull(out, L("due_date"), r.dueDate);
    dateOrNull(out, L("original_due_date"), r.originalDueDate);
    timeOrNull(out, L("answered_at"), r.answeredAt);
    timeOrNull(out, L("closed_at"), r.closedAt);
    out.textOrNull(L("linked_to"),
                   r.linkedTo.isNull() ? QString() : r.linkedTo.toString(QUuid::WithoutBraces));
    out.field(L("is_incident"), r.isIncident);
    out.textOrNull(L("answer"), r.answerText);
    out.field(L("kb_article_id"), r.kbArticleId);
    out.field(L("return_count"), r.returnCount);
    out.field(L("satisfaction"), r.satisfaction);
    out.field(L("quality_score"), r.qualityScore);
    out.textOrNull(L("created_by"), r.createdBy);
    out.key(L("attachments"));
    writeAttachments(out, r.attachments);
    out.field(L("version"), r.version);
    if (history) {
        out.key(L("history"));
        out.beginArray();
        for (const HistoryEntry& h : *history)
            write(out, h);
        out.endArray();
    }
    out.endObject();
}

void RequestJsonWriter::write(JsonWriter& out, const HistoryEntry& h)
{
    out.beginObject();
    out.field(L("at"), WireFormat::timeToString(h.at));
    out.field(L("actor"), h.actor);
    out.field(L("action"), toCode(h.action));
    out.field(L("from"), toCode(h.from));
    out.field(L("to"), toCode(h.to));
    out.field(L("comment"), h.comment);
    out.endObject();
}

} // namespace tyndau

#include "RegistrationDraft.h"

#include "LocalCache.h"
#include "core/AlmatyTime.h"
#include "core/AttachmentType.h"
#include "core/Clock.h"
#include "core/RequestValidator.h"
#include "core/StreetKey.h"
#include "db/KnowledgeBaseStore.h"
#include "db/RequestListStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace tyndau {
namespace {

// What stays from one call to the next: the operator at the 1308 desk takes call after call
// on the same channel.
const QStringList kSticky {QStringLiteral("channel"), QStringLiteral("kind")};

const QStringList kTextFields {
    QStringLiteral("name"),     QStringLiteral("phone"),       QStringLiteral("iin"),
    QStringLiteral("email"),    QStringLiteral("address"),     QStringLiteral("district"),
    QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("org")};

} // namespace

RegistrationDraft::RegistrationDraft(LocalCache& cache, Actor actor, DraftStore drafts, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_actor(std::move(actor))
    , m_drafts(std::move(drafts))
    , m_lookAlikes(cache.reference())
    , m_articles(cache.db())
{
    m_lookupDelay.setSingleShot(true);
    m_lookupDelay.setInterval(200); // a pause in typing, not every key
    connect(&m_lookupDelay, &QTimer::timeout, this, &RegistrationDraft::lookUp);
    m_fields = freshFields();
}

void RegistrationDraft::setValue(const QString& field, const QVariant& value)
{
    const QJsonValue v = QJsonValue::fromVariant(value);
    if (m_fields.value(field) == v)
        return;
    m_fields.insert(field, v);
    // The street names its district: fill it in unless the operator chose one.
    if (field == QLatin1String("address") && m_fields.value(QLatin1String("district")).toString().isEmpty()) {
        if (const Street* street = StreetKey::street(value.toString(), m_cache.reference())) {
            m_fields.insert(QStringLiteral("district"), street->districtCode);
            emit valueChanged(QStringLiteral("district"));
        }
    }
    changed(field);
    if (field == QLatin1String("address") || field == QLatin1String("category")
        || field == QLatin1String("description") || field == QLatin1String("district"))
        scheduleLookups();
}

// Kept on disk at once, and told to the form.
void RegistrationDraft::changed(const QString& field)
{
    if (!m_drafts.save(m_fields))
        qWarning("the draft could not be kept on disk: %s", qPrintable(m_drafts.lastError()));
    emit valueChanged(field);
    emit problemsChanged();
    emit suggestionChanged();
}

bool RegistrationDraft::isTouched() const
{
    for (const QString& f : kTextFields)
        if (!m_fields.value(f).toString().trimmed().isEmpty())
            return true;
    return m_fields.value(QLatin1String("anonymous")).toBool() || !files().isEmpty();
}

void RegistrationDraft::touch(const QString& field)
{
    if (m_touched.contains(field))
        return;
    m_touched.append(field);
    emit problemsChanged();
}

Request RegistrationDraft::request() const
{
    auto text = [this](const char* f) {
        return m_fields.value(QLatin1String(f)).toString();
    };
    Request r;
    r.kind = fromCode<RequestKind>(text("kind")).value_or(RequestKind::Complaint);
    r.channel = fromCode<Channel>(text("channel")).value_or(Channel::CallCenter);
    r.citizen.name = text("name");
    r.citizen.phone = text("phone");
    r.citizen.iin = text("iin");
    r.citizen.email = text("email");
    r.citizen.language = fromCode<Language>(text("language")).value_or(Language::Russian);
    r.citizen.anonymous = m_fields.value(QLatin1String("anonymous")).toBool();
    r.address = text("address");
    r.districtCode = text("district");
    r.categoryCode = text("category");
    r.description = text("description");
    r.orgCode = text("org");
    return r;
}

QString RegistrationDraft::problem(const QString& field) const
{
    if (field == QLatin1String("attachments"))
        return m_fileProblem;
    if (!m_touched.contains(field))
        return {};
    const QList<Error> errors
        = RequestValidator::validateField(RequestValidator::normalized(request()), field);
    return errors.isEmpty() ? QString() : errors.first().message;
}

// A chosen file's bytes, read now: a file moved or removed since it was chosen is said.
Result<void> RegistrationDraft::addFile(const QString& path)
{
    auto file = LocalRequests::readFile(path);
    Result<void> ok = file ? LocalRequests::checkFile(file.value()) : Result<void>(file.error());
    m_fileProblem = ok ? QString() : ok.error().message;
    if (!ok) {
        emit problemsChanged();
        return ok;
    }
    QJsonArray files = m_fields.value(QLatin1String("attachments")).toArray();
    files.append(QFileInfo(path).absoluteFilePath());
    m_fields.insert(QStringLiteral("attachments"), files);
    changed(QStringLiteral("attachments"));
    return ok;
}

void RegistrationDraft::removeFile(int index)
{
    QJsonArray files = m_fields.value(QLatin1String("attachments")).toArray();
    if (index < 0 || index >= files.size())
        return;
    files.removeAt(index);
    m_fields.insert(QStringLiteral("attachments"), files);
    m_fileProblem.clear();
    changed(QStringLiteral("attachments"));
}

QStringList RegistrationDraft::files() const
{
    QStringList out;
    for (const auto& f : m_fields.value(QLatin1String("attachments")).toArray())
        out.append(f.toString());
    return out;
}

Result<QList<LocalFile>> RegistrationDraft::readFiles() const
{
    QList<LocalFile> out;
    for (const QString& path : files()) {
        auto file = LocalRequests::readFile(path);
        if (!file)
            return file.error();
        out.append(file.value());
    }
    return out;
}

QString RegistrationDraft::suggestedOrg() const
{
    const Request r = request();
    return m_cache.reference().suggestExecutor(r.categoryCode, r.districtCode);
}

QDate RegistrationDraft::dueDate() const
{
    return m_cache.policy().dueDate(request().kind, Clock::currentUtc());
}

Result<Request> RegistrationDraft::save()
{
    Request r = request();
    const QString org = r.orgCode.isEmpty() ? suggestedOrg() : r.orgCode;
    r.orgCode.clear(); // assigned by the operation, so the history says who sent it where
    auto files = readFiles();
    if (!files)
        return finish(files.error());
    return finish(m_cache.requests().registerNew(r, m_actor, Action::Register, {}, org, files.value()));
}

Result<Request> RegistrationDraft::saveAsConsultation(qint64 articleId)
{
    auto article = KnowledgeBaseStore(m_cache.db()).article(articleId);
    if (!article)
        return article.error();
    if (!article->has_value())
        return Error {QStringLiteral("not_found"), tr("The article is no longer in the knowledge base."), {}};
    const Request r = request();
    const auto& texts = article->value().texts;
    const KbText text = texts.value(r.citizen.language, texts.value(Language::Russian));
    ActionInput input;
    input.answerText = text.answer.isEmpty() ? text.summary : text.answer;
    input.kbArticleId = int(articleId);
    auto files = readFiles();
    if (!files)
        return finish(files.error());
    auto saved
        = finish(m_cache.requests().registerNew(r, m_actor, Action::Consult, input, {}, files.value()));
    if (saved)
        KnowledgeBaseStore(m_cache.db()).recordUse(articleId).ok();
    return saved;
}

Result<Request> RegistrationDraft::saveLinked(const QUuid& requestId)
{
    bool incident = false;
    for (int i = 0; i < m_lookAlikes.rowCount(); ++i)
        if (const RequestSummary* s = m_lookAlikes.summaryAt(i); s && s->id == requestId)
            incident = s->isIncident;
    ActionInput input;
    input.link = requestId;
    auto files = readFiles();
    if (!files)
        return finish(files.error());
    return finish(m_cache.requests().registerNew(request(), m_actor,
                                                 incident ? Action::LinkToIncident : Action::MarkDuplicate,
                                                 input, {}, files.value()));
}

// On success the form starts over; on failure every field stays as typed, and every field
// shows its problem.
Result<Request> RegistrationDraft::finish(Result<Request> result)
{
    if (!result) {
        for (const QString& f : kTextFields + QStringList {QStringLiteral("anonymous")})
            if (!m_touched.contains(f))
                m_touched.append(f);
        emit problemsChanged();
        return result;
    }
    clear();
    emit saved(result.value());
    return result;
}

// An empty form, keeping what stays from call to call.
QJsonObject RegistrationDraft::freshFields() const
{
    QJsonObject fresh;
    for (const QString& f : kSticky)
        if (m_fields.contains(f))
            fresh.insert(f, m_fields.value(f));
    if (!fresh.contains(QLatin1String("kind")))
        fresh.insert(QStringLiteral("kind"), toCode(RequestKind::Complaint));
    if (!fresh.contains(QLatin1String("channel")))
        fresh.insert(QStringLiteral("channel"), toCode(Channel::CallCenter));
    fresh.insert(QStringLiteral("language"), toCode(Language::Russian));
    fresh.insert(QStringLiteral("anonymous"), false);
    return fresh;
}

void RegistrationDraft::clear()
{
    m_fields = freshFields();
    m_touched.clear();
    m_fileProblem.clear();
    m_drafts.clear();
    m_lookAlikes.setRows({});
    m_articles.search({});
    emitAll();
}

void RegistrationDraft::emitAll()
{
    for (const QString& f : kTextFields
             + QStringList {QStringLiteral("kind"), QStringLiteral("channel"), QStringLiteral("language"),
                            QStringLiteral("anonymous"), QStringLiteral("attachments")})
        emit valueChanged(f);
    emit problemsChanged();
    emit suggestionChanged();
}

bool RegistrationDraft::restore()
{
    const auto saved = m_drafts.load();
    if (!saved)
        return false;
    m_fields = *saved;
    emitAll();
    lookUp();
    return true;
}

void RegistrationDraft::scheduleLookups()
{
    m_lookupDelay.start();
}

// The side panel: requests that look like this one and open mass incidents nearby; and the
// knowledge-base articles that share the description's words.
void RegistrationDraft::lookUp()
{
    const Request r = request();
    RequestListStore store(m_cache.db());
    QList<RequestSummary> rows;
    for (const RequestSummary& incident : store.openIncidents(50).value_or_zero()) {
        const bool near = r.districtCode.isEmpty() || incident.districtCode == r.districtCode;
        const bool alike = r.categoryCode.isEmpty()
            || incident.categoryCode.section(QLatin1Char('.'), 0, 0)
                == r.categoryCode.section(QLatin1Char('.'), 0, 0);
        if (near && alike)
            rows.append(incident);
    }
    const QStringList street = StreetKey::of(r.address, m_cache.reference());
    const QDateTime since = Clock::currentUtc().addDays(-kLookAlikeDays);
    for (const RequestSummary& s : store.lookAlikes(r.categoryCode, street, since, 20).value_or_zero())
        if (!s.isIncident)
            rows.append(s);
    m_lookAlikes.setRows(rows);
    m_articles.search(r.description, std::nullopt, KnowledgeBaseStore::Match::AnyWord);
}

} // namespace tyndau

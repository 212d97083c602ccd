#include "AdminOps.h"

#include "core/Clock.h"
#include "core/KbArticleRules.h"
#include "core/Permissions.h"
#include "core/PolicyWire.h"
#include "core/ReferenceRules.h"
#include "core/ReferenceWire.h"
#include "core/WireFormat.h"
#include "db/AuditStore.h"
#include "db/ChangeFeedStore.h"
#include "db/KnowledgeBaseStore.h"
#include "db/ReferenceStore.h"

#include <QCoreApplication>

namespace tyndau {
namespace {

OpOutcome forbidden(const QString& message)
{
    return OpOutcome::rejected(Error {QStringLiteral("forbidden"), message, QStringLiteral("type")});
}

OpOutcome invalid(const QString& message, const QString& field)
{
    return OpOutcome::rejected(Error {QStringLiteral("invalid"), message, field});
}

const QStringList& policyTypes()
{
    static const QStringList types {QStringLiteral("set_deadline_term"), QStringLiteral("set_calendar_day"),
                                    QStringLiteral("remove_calendar_day")};
    return types;
}

const QStringList& catalogTypes()
{
    static const QStringList types {QStringLiteral("upsert_organization"), QStringLiteral("upsert_category")};
    return types;
}

} // namespace

AdminOps::AdminOps(Database& db, const ReferenceData& reference)
    : m_db(db)
    , m_reference(reference)
{
}

bool AdminOps::handles(const QString& type)
{
    return type == QLatin1String("upsert_article") || policyTypes().contains(type)
        || catalogTypes().contains(type);
}

bool AdminOps::changesReference(const QString& type)
{
    return policyTypes().contains(type) || catalogTypes().contains(type);
}

bool AdminOps::changesCatalog(const QString& type)
{
    return catalogTypes().contains(type);
}

OpOutcome AdminOps::apply(const QString& type, const QJsonObject& op, const AuthContext& ctx)
{
    if (type == QLatin1String("upsert_article"))
        return upsertArticle(op, ctx);
    if (policyTypes().contains(type))
        return changePolicy(type, op, ctx);
    return changeCatalog(type, op, ctx);
}

OpOutcome AdminOps::record(const AuthContext& ctx, const QString& action, const QString& subject,
                           const QJsonObject& detail, const QString& feedEntity)
{
    if (auto a = AuditStore(m_db).record(ctx.user.login, action, subject, detail); !a)
        return OpOutcome::rejected(a.error());
    const bool isArticle = feedEntity == QLatin1String("kb_article");
    if (!isArticle) {
        if (auto v = ReferenceStore(m_db).bumpVersion(); !v)
            return OpOutcome::rejected(v.error());
    }
    if (auto c = ChangeFeedStore(m_db).append(feedEntity, isArticle ? subject : QStringLiteral("1"), {}); !c)
        return OpOutcome::rejected(c.error());
    return OpOutcome::applied();
}

// An admin's edit of a knowledge-base article, in both languages.
OpOutcome AdminOps::upsertArticle(const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::EditKnowledgeBase))
        return forbidden(QCoreApplication::translate("Server", "This role may not edit the knowledge base."));
    auto parsed = WireFormat::articleFromJson(op.value(QLatin1String("article")).toObject());
    if (!parsed)
        return OpOutcome::rejected(parsed.error());
    KbArticle article = parsed.value();
    article.updatedAt = Clock::currentUtc();
    if (const QList<Error> problems = KbArticleRules::check(article, m_reference); !problems.isEmpty())
        return OpOutcome::rejected(problems.first());
    auto id = KnowledgeBaseStore(m_db).upsert(article);
    if (!id)
        return OpOutcome::rejected(id.error());
    OpOutcome done
        = record(ctx, QStringLiteral("article.upsert"), QString::number(id.value()),
                 QJsonObject {{QStringLiteral("slug"), article.slug}}, QStringLiteral("kb_article"));
    done.articleId = id.value();
    return done;
}

// A term per kind, or a calendar day (a holiday, a transferred day off, a working Saturday).
// Deadlines of requests registered from now on follow it.
OpOutcome AdminOps::changePolicy(const QString& type, const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::ManageReferenceData))
        return forbidden(QCoreApplication::translate("Server", "Only an administrator changes deadlines."));
    ReferenceStore store(m_db);
    QJsonObject detail = op;
    detail.remove(QStringLiteral("op_id"));
    detail.remove(QStringLiteral("type"));
    if (type == QLatin1String("set_deadline_term")) {
        const auto kind = fromCode<RequestKind>(op.value(QLatin1String("kind")).toString());
        const int days = op.value(QLatin1String("working_days")).toInt(-1);
        if (!kind)
            return invalid(QCoreApplication::translate("Server", "Unknown kind of request."),
                           QStringLiteral("kind"));
        if (days < 1 || days > 60)
            return invalid(QCoreApplication::translate("Server", "A term is 1 to 60 working days."),
                           QStringLiteral("working_days"));
        if (auto w = store.setDeadlineTerm(*kind, days); !w)
            return OpOutcome::rejected(w.error());
        return record(ctx, QStringLiteral("deadline_term.set"), toCode(*kind), detail,
                      QStringLiteral("policy"));
    }
    const QDate date = QDate::fromString(op.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (!date.isValid())
        return invalid(QStringLiteral("“date” is YYYY-MM-DD."), QStringLiteral("date"));
    if (type == QLatin1String("remove_calendar_day")) {
        if (auto w = store.removeCalendarDay(date); !w)
            return OpOutcome::rejected(w.error());
        return record(ctx, QStringLiteral("calendar_day.remove"), date.toString(Qt::ISODate), detail,
                      QStringLiteral("policy"));
    }
    const auto kind = PolicyWire::dayKindFromCode(op.value(QLatin1String("day_kind")).toString());
    if (!kind)
        return invalid(QStringLiteral("“day_kind” is holiday, day_off or working_day."),
                       QStringLiteral("day_kind"));
    auto text = [&](const char* key) {
        return op.value(QLatin1String(key)).toString().trimmed().left(200);
    };
    if (auto w
        = store.setCalendarDay(CalendarDay {date, *kind, text("name_kk"), text("name_ru"), text("name_en")});
        !w)
        return OpOutcome::rejected(w.error());
    return record(ctx, QStringLiteral("calendar_day.set"), date.toString(Qt::ISODate), detail,
                  QStringLiteral("policy"));
}

// An organization (what it is, what it serves and where) or a category of the tree.
OpOutcome AdminOps::changeCatalog(const QString& type, const QJsonObject& op, const AuthContext& ctx)
{
    if (!Permissions::has(ctx.user.role, Permission::ManageReferenceData))
        return forbidden(QCoreApplication::translate(
            "Server", "Only an administrator changes organizations and categories."));
    ReferenceStore store(m_db);
    const bool isOrganization = type == QLatin1String("upsert_organization");
    const QString key = isOrganization ? QStringLiteral("organization") : QStringLiteral("category");
    const QJsonValue value = op.value(key);
    if (!value.isObject())
        return OpOutcome::rejected(
            Error {QStringLiteral("invalid_type"), QStringLiteral("“%1” must be an object.").arg(key), key});
    if (isOrganization) {
        auto o = ReferenceWire::organizationFromJson(value.toObject());
        if (!o)
            return OpOutcome::rejected(o.error());
        if (const QList<Error> problems = ReferenceRules::check(o.value(), m_reference); !problems.isEmpty())
            return OpOutcome::rejected(problems.first());
        if (auto w = store.upsertOrganization(o.value()); !w)
            return OpOutcome::rejected(w.error());
        return record(ctx, QStringLiteral("organization.upsert"), o->code, ReferenceWire::toJson(o.value()),
                      QStringLiteral("reference"));
    }
    auto c = ReferenceWire::categoryFromJson(value.toObject());
    if (!c)
        return OpOutcome::rejected(c.error());
    if (const QList<Error> problems = ReferenceRules::check(c.value(), m_reference); !problems.isEmpty())
        return OpOutcome::rejected(problems.first());
    if (auto w = store.upsertCategory(c.value()); !w)
        return OpOutcome::rejected(w.error());
    return record(ctx, QStringLiteral("category.upsert"), c->code, ReferenceWire::toJson(c.value()),
                  QStringLiteral("reference"));
}

} // namespace tyndau

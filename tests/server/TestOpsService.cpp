#include "ServerFixture.h"
#include "core/DeadlinePolicy.h"
#include "core/WireFormat.h"

using namespace tyndau;
using namespace tyndau::test;

// Operations against the real server: idempotent on op_id, numbers unique, a whole
// request's life, and two inspectors deciding the same request.
class TestOpsService : public QObject
{
    Q_OBJECT

private:
    static QString statusOf(const QJsonObject& result)
    {
        return result.value(QLatin1String("status")).toString();
    }
    static QJsonObject requestOf(const QJsonObject& result)
    {
        return result.value(QLatin1String("request")).toObject();
    }

private slots:
    void onlyAdminsEditTheKnowledgeBase_data() { TestDb::addDialectRows(); }
    void onlyAdminsEditTheKnowledgeBase()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto admin = f.as(QStringLiteral("admin"));
        // The article as the feed has it; changed in Russian.
        const QJsonArray before = waitForFeed(*admin, [](const QJsonArray&) { return true; });
        auto operatorHttp = f.as(QStringLiteral("operator1"));
        QJsonObject article {
            {QStringLiteral("slug"), QStringLiteral("no-hot-water")},
            {QStringLiteral("category"), QStringLiteral("heating.hot_water")},
            {QStringLiteral("kk"),
             QJsonObject {{QStringLiteral("title"), QStringLiteral("Пәтерде ыстық су жоқ")},
                          {QStringLiteral("summary"), QStringLiteral("Ыстық су жоқ.")},
                          {QStringLiteral("steps"), QJsonArray {QStringLiteral("Мекенжайын сұраңыз.")}},
                          {QStringLiteral("answer"), QStringLiteral("АлТС-ке хабарланды.")}}},
            {QStringLiteral("ru"),
             QJsonObject {{QStringLiteral("title"), QStringLiteral("Нет горячей воды (правлено)")},
                          {QStringLiteral("summary"), QStringLiteral("Нет горячей воды.")},
                          {QStringLiteral("steps"), QJsonArray {QStringLiteral("Уточните адрес.")}},
                          {QStringLiteral("answer"), QStringLiteral("Передано в АлТС.")}}}};
        auto upsert = [](const QJsonObject& a) {
            return QJsonObject {{QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {QStringLiteral("type"), QStringLiteral("upsert_article")},
                                {QStringLiteral("article"), a}};
        };
        // An operator may not; the refusal names why.
        auto refused
            = firstResult(operatorHttp->postJson(QStringLiteral("/api/v1/ops"), batch(upsert(article))));
        QCOMPARE(statusOf(refused), QStringLiteral("rejected"));
        QCOMPARE(refused.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("forbidden"));
        // An admin without the Kazakh title: refused, field named, nothing changed.
        QJsonObject incomplete = article;
        QJsonObject kk = incomplete.value(QLatin1String("kk")).toObject();
        kk.insert(QStringLiteral("title"), QString());
        incomplete.insert(QStringLiteral("kk"), kk);
        auto bad = firstResult(admin->postJson(QStringLiteral("/api/v1/ops"), batch(upsert(incomplete))));
        QCOMPARE(statusOf(bad), QStringLiteral("rejected"));
        QCOMPARE(bad.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("kk.title"));
        // Whole, it is applied and every workstation's feed carries it.
        auto done = firstResult(admin->postJson(QStringLiteral("/api/v1/ops"), batch(upsert(article))));
        QCOMPARE(statusOf(done), QStringLiteral("applied"));
        const qint64 id
            = qint64(done.value(QLatin1String("article")).toObject().value(QLatin1String("id")).toDouble());
        QVERIFY(id > 0);
        const QJsonArray feed = waitForFeed(*operatorHttp, [&](const QJsonArray& all) {
            for (const auto& c : all)
                if (c.toObject()
                        .value(QLatin1String("article"))
                        .toObject()
                        .value(QLatin1String("ru"))
                        .toObject()
                        .value(QLatin1String("title"))
                        .toString()
                    == QStringLiteral("Нет горячей воды (правлено)"))
                    return true;
            return false;
        });
        QVERIFY(feed.size() > before.size());
    }

    void onlyAdminsChangeDeadlines_data() { TestDb::addDialectRows(); }
    void onlyAdminsChangeDeadlines()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto op = [](const QJsonObject& body) {
            QJsonObject o = body;
            o.insert(QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            return o;
        };
        const QJsonObject ten {{QStringLiteral("type"), QStringLiteral("set_deadline_term")},
                               {QStringLiteral("kind"), QStringLiteral("complaint")},
                               {QStringLiteral("working_days"), 10}};
        auto operatorHttp = f.as(QStringLiteral("operator1"));
        auto admin = f.as(QStringLiteral("admin"));
        QCOMPARE(statusOf(firstResult(operatorHttp->postJson(QStringLiteral("/api/v1/ops"), batch(op(ten))))),
                 QStringLiteral("rejected"));
        QJsonObject tooLong = ten;
        tooLong.insert(QStringLiteral("working_days"), 400);
        QCOMPARE(statusOf(firstResult(admin->postJson(QStringLiteral("/api/v1/ops"), batch(op(tooLong))))),
                 QStringLiteral("rejected"));
        const QJsonObject badDay {{QStringLiteral("type"), QStringLiteral("set_calendar_day")},
                                  {QStringLiteral("date"), QStringLiteral("2026-13-45")},
                                  {QStringLiteral("day_kind"), QStringLiteral("holiday")}};
        QCOMPARE(statusOf(firstResult(admin->postJson(QStringLiteral("/api/v1/ops"), batch(op(badDay))))),
                 QStringLiteral("rejected"));

        // Ten working days for complaints, and 2 December a day off: a complaint registered now
        // is due ten working days later on the changed calendar.
        QCOMPARE(statusOf(firstResult(admin->postJson(QStringLiteral("/api/v1/ops"), batch(op(ten))))),
                 QStringLiteral("applied"));
        const QJsonObject dayOff {{QStringLiteral("type"), QStringLiteral("set_calendar_day")},
                                  {QStringLiteral("date"), QStringLiteral("2026-12-02")},
                                  {QStringLiteral("day_kind"), QStringLiteral("day_off")},
                                  {QStringLiteral("name_ru"), QStringLiteral("Перенос")}};
        QCOMPARE(statusOf(firstResult(admin->postJson(QStringLiteral("/api/v1/ops"), batch(op(dayOff))))),
                 QStringLiteral("applied"));
        const QUuid id = QUuid::createUuid();
        QCOMPARE(
            statusOf(firstResult(operatorHttp->postJson(QStringLiteral("/api/v1/ops"), batch(createOp(id))))),
            QStringLiteral("applied"));
        WorkingCalendar calendar = WorkingCalendar::kazakhstan();
        calendar.set(
            CalendarDay {QDate(2026, 12, 2), CalendarDay::Kind::DayOff, {}, QStringLiteral("Перенос"), {}});
        DeadlinePolicy expected(calendar);
        expected.setTerm(RequestKind::Complaint, 10);
        const QJsonObject created
            = operatorHttp->get(QStringLiteral("/api/v1/requests/") + id.toString(QUuid::WithoutBraces)).json;
        const QDate due = QDate::fromString(created.value(QLatin1String("due_date")).toString(), Qt::ISODate);
        const QDateTime registered
            = WireFormat::timeFromString(created.value(QLatin1String("registered_at")).toString());
        QCOMPARE(due, expected.dueDate(RequestKind::Complaint, registered));
        // Every workstation hears of it: the feed carries the whole policy.
        const QJsonArray feed = waitForFeed(*operatorHttp, [](const QJsonArray& all) {
            for (const auto& c : all)
                if (c.toObject().value(QLatin1String("entity")).toString() == QLatin1String("policy"))
                    return true;
            return false;
        });
        bool carried = false;
        for (const auto& c : feed)
            if (c.toObject().value(QLatin1String("entity")).toString() == QLatin1String("policy"))
                carried = c.toObject()
                              .value(QLatin1String("policy"))
                              .toObject()
                              .value(QLatin1String("terms"))
                              .toObject()
                              .value(QLatin1String("complaint"))
                              .toInt()
                    == 10;
        QVERIFY(carried);
    }

    // An admin adds a category and an organization that serves it. Every server instance
    // knows them at once (the second instance below reloads on the reference version), every
    // workstation gets them through the feed, the audit log says who did it, and a restart
    // does not bring back the shipped data over them.
    void adminsEditOrganizationsAndCategories_data() { TestDb::addDialectRows(); }
    void adminsEditOrganizationsAndCategories()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        ServerProcess second(f.url);
        QVERIFY2(second.start(), qPrintable(second.log()));
        auto op = [](const char* type, const char* key, const QJsonObject& value) {
            return batch(
                QJsonObject {{QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("type"), QLatin1String(type)},
                             {QLatin1String(key), value}});
        };
        const QString ops = QStringLiteral("/api/v1/ops");
        const QJsonObject snow {{QStringLiteral("code"), QStringLiteral("roads.snow_ice")},
                                {QStringLiteral("parent_code"), QStringLiteral("roads")},
                                {QStringLiteral("name_kk"), QStringLiteral("Қар және көктайғақ")},
                                {QStringLiteral("name_ru"), QStringLiteral("Снег и гололёд")},
                                {QStringLiteral("season"), QStringLiteral("winter")}};
        const QJsonObject service {
            {QStringLiteral("code"), QStringLiteral("snow-service")},
            {QStringLiteral("kind"), QStringLiteral("service")},
            {QStringLiteral("name_kk"), QStringLiteral("Қар тазалау қызметі")},
            {QStringLiteral("name_ru"), QStringLiteral("Служба уборки снега")},
            {QStringLiteral("categories"), QJsonArray {QStringLiteral("roads.snow_ice")}},
            {QStringLiteral("districts"), QJsonArray {QStringLiteral("*")}}};
        auto operatorHttp = f.as(QStringLiteral("operator1"));
        auto admin = f.as(QStringLiteral("admin"));

        // Refused: an operator; a code outside its parent; an organization serving an unknown
        // category (the category is not there yet); a wrong type.
        QCOMPARE(firstResult(operatorHttp->postJson(ops, op("upsert_category", "category", snow)))
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("forbidden"));
        QJsonObject misplaced = snow;
        misplaced.insert(QStringLiteral("parent_code"), QStringLiteral("heating"));
        const QJsonObject refused
            = firstResult(admin->postJson(ops, op("upsert_category", "category", misplaced)));
        QCOMPARE(statusOf(refused), QStringLiteral("rejected"));
        // With the server's lists, whole, for the workstation that wrote the category first.
        const QJsonObject current = refused.value(QLatin1String("current")).toObject();
        QCOMPARE(current.value(QLatin1String("entity")).toString(), QStringLiteral("reference"));
        QVERIFY(!current.value(QLatin1String("reference"))
                     .toObject()
                     .value(QLatin1String("categories"))
                     .toArray()
                     .isEmpty());
        QCOMPARE(
            statusOf(firstResult(admin->postJson(ops, op("upsert_organization", "organization", service)))),
            QStringLiteral("rejected"));
        QJsonObject wrongType = service;
        wrongType.insert(QStringLiteral("categories"), QStringLiteral("roads"));
        QCOMPARE(
            statusOf(firstResult(admin->postJson(ops, op("upsert_organization", "organization", wrongType)))),
            QStringLiteral("rejected"));

        QCOMPARE(statusOf(firstResult(admin->postJson(ops, op("upsert_category", "category", snow)))),
                 QStringLiteral("applied"));
        QCOMPARE(
            statusOf(firstResult(admin->postJson(ops, op("upsert_organization", "organization", service)))),
            QStringLiteral("applied"));

        // The other instance takes a request in the new category for the new organization.
        TestHttp onSecond(second.url());
        onSecond.login(QStringLiteral("operator1"));
        QJsonObject create
            = createOp(QUuid::createUuid(), QUuid::createUuid(), QStringLiteral("snow-service"));
        QJsonObject request = create.value(QLatin1String("request")).toObject();
        request.insert(QStringLiteral("category"), QStringLiteral("roads.snow_ice"));
        create.insert(QStringLiteral("request"), request);
        const QJsonObject taken = firstResult(onSecond.postJson(ops, batch(create)));
        QVERIFY2(statusOf(taken) == QLatin1String("applied"), QJsonDocument(taken).toJson().constData());

        // Workstations hear of it: the feed carries both lists.
        const QJsonArray feed = waitForFeed(*operatorHttp, [](const QJsonArray& all) {
            for (const auto& c : all)
                if (c.toObject().value(QLatin1String("entity")).toString() == QLatin1String("reference"))
                    return true;
            return false;
        });
        QJsonObject catalog;
        for (const auto& c : feed)
            if (c.toObject().value(QLatin1String("entity")).toString() == QLatin1String("reference"))
                catalog = c.toObject().value(QLatin1String("reference")).toObject();
        QVERIFY(QJsonDocument(catalog).toJson().contains("snow-service"));
        QVERIFY(QJsonDocument(catalog).toJson().contains("roads.snow_ice"));

        // The audit log names the admin and what changed; only admins read it.
        QCOMPARE(operatorHttp->get(QStringLiteral("/api/v1/admin/audit")).status, 403);
        const QJsonArray audit = admin->get(QStringLiteral("/api/v1/admin/audit"))
                                     .json.value(QLatin1String("entries"))
                                     .toArray();
        QStringList actions;
        for (const auto& e : audit) {
            QCOMPARE(e.toObject().value(QLatin1String("actor")).toString(), QStringLiteral("admin"));
            actions.append(e.toObject().value(QLatin1String("action")).toString() + QLatin1Char(' ')
                           + e.toObject().value(QLatin1String("subject")).toString());
        }
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("organization.upsert snow-service"),
                               QStringLiteral("category.upsert roads.snow_ice")}));

        // A restart keeps the admin's data.
        second.stop();
        f.server->stop();
        QVERIFY2(f.server->start(), qPrintable(f.server->log()));
        auto again = f.as(QStringLiteral("operator1"));
        QJsonObject fresh
            = createOp(QUuid::createUuid(), QUuid::createUuid(), QStringLiteral("snow-service"));
        QJsonObject freshRequest = fresh.value(QLatin1String("request")).toObject();
        freshRequest.insert(QStringLiteral("category"), QStringLiteral("roads.snow_ice"));
        fresh.insert(QStringLiteral("request"), freshRequest);
        QCOMPARE(statusOf(firstResult(again->postJson(ops, batch(fresh)))), QStringLiteral("applied"));
    }

    void idempotentOnOpId_data() { TestDb::addDialectRows(); }
    void idempotentOnOpId()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto http = f.as(QStringLiteral("operator1"));
        const QUuid id = QUuid::createUuid();
        const QUuid opId = QUuid::createUuid();
        const QJsonObject op = createOp(id, opId);
        const auto first = firstResult(http->postJson(QStringLiteral("/api/v1/ops"), batch(op)));
        QCOMPARE(statusOf(first), QStringLiteral("applied"));
        const QString number = requestOf(first).value(QLatin1String("number")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^20\\d\\d-\\d{6}$")).match(number).hasMatch(),
                 qPrintable(number));

        // The same op again: the first result, nothing new.
        const auto again = firstResult(http->postJson(QStringLiteral("/api/v1/ops"), batch(op)));
        QCOMPARE(statusOf(again), QStringLiteral("duplicate"));
        QCOMPARE(again.value(QLatin1String("first_status")).toString(), QStringLiteral("applied"));
        QCOMPARE(requestOf(again).value(QLatin1String("number")).toString(), number);
        QCOMPARE(waitForFeed(*http, [&](const QJsonArray& all) { return feedHas(all, id); }).size(), 1);

        // The same op_id with another payload is an error, and changes nothing.
        QJsonObject other = createOp(QUuid::createUuid(), opId);
        const auto reused = firstResult(http->postJson(QStringLiteral("/api/v1/ops"), batch(other)));
        QCOMPARE(statusOf(reused), QStringLiteral("rejected"));
        QCOMPARE(reused.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("op_id_reused"));
        QCOMPARE(waitForFeed(*http, [&](const QJsonArray& all) { return feedHas(all, id); }).size(), 1);

        // A refusal is a first result too: sent again, it is refused the same way.
        QJsonObject invalid = createOp(QUuid::createUuid());
        QJsonObject req = invalid.value(QLatin1String("request")).toObject();
        req.insert(QStringLiteral("description"), QStringLiteral("хол"));
        invalid.insert(QStringLiteral("request"), req);
        const auto refused = firstResult(http->postJson(QStringLiteral("/api/v1/ops"), batch(invalid)));
        QCOMPARE(statusOf(refused), QStringLiteral("rejected"));
        QCOMPARE(refused.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("description"));
        QCOMPARE(firstResult(http->postJson(QStringLiteral("/api/v1/ops"), batch(invalid)))
                     .value(QLatin1String("first_status"))
                     .toString(),
                 QStringLiteral("rejected"));
    }

    void numbersAreUniqueAndInOrder_data() { TestDb::addDialectRows(); }
    void numbersAreUniqueAndInOrder()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto http = f.as(QStringLiteral("operator1"));
        QJsonArray ops;
        for (int i = 0; i < 50; ++i)
            ops.append(createOp(QUuid::createUuid()));
        const auto r
            = http->postJson(QStringLiteral("/api/v1/ops"), QJsonObject {{QStringLiteral("ops"), ops}});
        QCOMPARE(r.status, 200);
        QStringList numbers;
        for (const auto& result : r.json.value(QLatin1String("results")).toArray()) {
            QCOMPARE(statusOf(result.toObject()), QStringLiteral("applied"));
            numbers.append(requestOf(result.toObject()).value(QLatin1String("number")).toString());
        }
        QStringList sorted = numbers;
        sorted.sort();
        QCOMPARE(numbers, sorted);
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), 50);
    }

    void aRequestsLifeAndTwoInspectors_data() { TestDb::addDialectRows(); }
    void aRequestsLifeAndTwoInspectors()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto op = f.as(QStringLiteral("operator1"));
        auto ex = f.as(QStringLiteral("executor1"));
        auto insp = f.as(QStringLiteral("inspector1"));
        const QString path = QStringLiteral("/api/v1/ops");
        const QUuid id = QUuid::createUuid();
        QCOMPARE(statusOf(firstResult(op->postJson(
                     path, batch(createOp(id, QUuid::createUuid(), QStringLiteral("almaty-su")))))),
                 QStringLiteral("applied"));
        QCOMPARE(statusOf(firstResult(ex->postJson(path, batch(actionOp(id, QStringLiteral("take")))))),
                 QStringLiteral("applied"));
        const auto answered = firstResult(ex->postJson(
            path,
            batch(actionOp(id, QStringLiteral("answer"),
                           {{QStringLiteral("answer"), QStringLiteral("Отопление восстановлено")}}))));
        QCOMPARE(statusOf(answered), QStringLiteral("applied"));
        const int version = requestOf(answered).value(QLatin1String("version")).toInt();

        // Two inspectors decide on what they both saw: the first wins, the second is told.
        const auto accepted
            = firstResult(insp->postJson(path, batch(actionOp(id, QStringLiteral("accept"), {}, version))));
        QCOMPARE(statusOf(accepted), QStringLiteral("applied"));
        const auto second = firstResult(op->postJson(
            path,
            batch(actionOp(id, QStringLiteral("return"),
                           {{QStringLiteral("comment"), QStringLiteral("нет сроков")}}, version))));
        QVERIFY2(statusOf(second) == QLatin1String("rejected"),
                 QJsonDocument(second).toJson()); // an operator may not return at all
        auto insp2 = f.as(QStringLiteral("inspector1")); // a second session, as a second inspector's desk
        const auto late = firstResult(insp2->postJson(
            path,
            batch(actionOp(id, QStringLiteral("return"),
                           {{QStringLiteral("comment"), QStringLiteral("нет сроков")}}, version))));
        QCOMPARE(statusOf(late), QStringLiteral("conflict"));
        QVERIFY(late.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QStringLiteral("inspector1")));
        const auto final = insp->get(QStringLiteral("/api/v1/requests/") + id.toString(QUuid::WithoutBraces));
        QCOMPARE(final.json.value(QLatin1String("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(final.json.value(QLatin1String("history")).toArray().size(),
                 5); // register, assign, take, answer, accept
    }
};

QTEST_GUILESS_MAIN(TestOpsService)
#include "TestOpsService.moc"

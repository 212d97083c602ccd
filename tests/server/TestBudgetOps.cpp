#include "ServerFixture.h"
#include "core/AlmatyTime.h"
#include "core/Iin.h"
#include "core/WireFormat.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace tyndau;
using namespace tyndau::test;

// The People's Participation Budget against the real server: a whole season from the
// admin's budgets to the winners' implementation, each phase refusing what is not its own,
// and one citizen's vote counting once however many desks and server instances take it.
class TestBudgetOps : public QObject
{
    Q_OBJECT

private:
    static inline const QString kOps = QStringLiteral("/api/v1/ops");

    static QJsonObject op(const char* type, const QJsonObject& fields)
    {
        QJsonObject o = fields;
        o.insert(QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("type"), QLatin1String(type));
        return o;
    }
    static QJsonObject send(TestHttp& http, const QJsonObject& o)
    {
        return firstResult(http.postJson(kOps, batch(o)));
    }
    static QString statusOf(const QJsonObject& r) { return r.value(QLatin1String("status")).toString(); }
    static QJsonObject errorOf(const QJsonObject& r) { return r.value(QLatin1String("error")).toObject(); }
    static QString codeOf(const QJsonObject& r) { return errorOf(r).value(QLatin1String("code")).toString(); }
    static QString fieldOf(const QJsonObject& r)
    {
        return errorOf(r).value(QLatin1String("field")).toString();
    }

    // A valid IIN per `n` (born 15 March 1988), different for each n.
    static QString iin(int n)
    {
        for (int serial = n * 10;; ++serial) {
            const QString first11 = QStringLiteral("8803153%1").arg(serial, 4, 10, QLatin1Char('0'));
            if (const int d = Iin::checkDigit(first11); d >= 0)
                return first11 + QString::number(d);
        }
    }

    static QJsonObject season2026()
    {
        return QJsonObject {
            {QStringLiteral("year"), 2026},
            {QStringLiteral("max_votes"), 2},
            {QStringLiteral("budgets"),
             QJsonObject {{QStringLiteral("almaly"), 100000000}, {QStringLiteral("medeu"), 60000000}}},
            {QStringLiteral("phase_dates"),
             QJsonObject {{QStringLiteral("proposals"), QStringLiteral("2026-02-01")},
                          {QStringLiteral("voting"), QStringLiteral("2026-05-01")}}}};
    }

    static QJsonObject proposal(const QString& id, const QString& district, const QString& title, qint64 cost)
    {
        return QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("year"), 2026},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"),
             QStringLiteral("Площадка с качелями и мягким покрытием во дворе дома 12")},
            {QStringLiteral("district"), district},
            {QStringLiteral("location"),
             QJsonObject {{QStringLiteral("lat"), 43.2567}, {QStringLiteral("lon"), 76.9286}}},
            {QStringLiteral("estimated_cost"), double(cost)},
            {QStringLiteral("author_name"), QStringLiteral("Ахметова Айгерим")},
            {QStringLiteral("author_iin"), QStringLiteral("880315300014")},
            {QStringLiteral("author_phone"), QStringLiteral("8 701 123 45 67")},
            {QStringLiteral("channel"), QStringLiteral("front_office")},
            {QStringLiteral("submitted_at"), QStringLiteral("2026-02-03T09:00:00.000Z")}};
    }

    static QJsonObject submit(const QJsonObject& p)
    {
        return op("submit_proposal", {{QStringLiteral("proposal"), p}});
    }
    static QJsonObject move(const char* phase)
    {
        return op("move_budget_phase",
                  {{QStringLiteral("year"), 2026}, {QStringLiteral("phase"), QLatin1String(phase)}});
    }
    static QJsonObject assess(const QString& id, bool feasible, qint64 cost, const QString& org)
    {
        return op("assess_proposal",
                  {{QStringLiteral("proposal_id"), id},
                   {QStringLiteral("feasible"), feasible},
                   {QStringLiteral("corrected_cost"), double(cost)},
                   {QStringLiteral("organization"), org},
                   {QStringLiteral("reason"), QStringLiteral("Заключение экспертов")}});
    }
    static QJsonObject vote(const QString& voterIin, const QStringList& choices)
    {
        return op("cast_vote",
                  {{QStringLiteral("year"), 2026},
                   {QStringLiteral("voter_iin"), voterIin},
                   {QStringLiteral("choices"), QJsonArray::fromStringList(choices)}});
    }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    // The latest of each proposal in the feed, by id; waits until `want` holds.
    static QHash<QString, QJsonObject>
    proposalsInFeed(TestHttp& http, const std::function<bool(const QHash<QString, QJsonObject>&)>& want)
    {
        QHash<QString, QJsonObject> out;
        waitForFeed(http, [&](const QJsonArray& all) {
            out.clear();
            for (const auto& c : all)
                if (c.toObject().value(QLatin1String("entity")).toString()
                    == QLatin1String("budget_proposal")) {
                    const QJsonObject p = c.toObject().value(QLatin1String("proposal")).toObject();
                    out.insert(p.value(QLatin1String("id")).toString(), p);
                }
            return want(out);
        });
        return out;
    }

    // A 2026 season in voting with three feasible Almaly proposals; their ids.
    static QStringList seasonInVoting(ServerFixture& f)
    {
        auto admin = f.as(QStringLiteral("admin"));
        auto operatorHttp = f.as(QStringLiteral("operator1"));
        auto inspector = f.as(QStringLiteral("inspector1"));
        QStringList ids;
        bool ok = statusOf(send(*admin, op("set_budget_season", {{QStringLiteral("season"), season2026()}})))
            == QLatin1String("applied");
        for (int i = 0; i < 3; ++i) {
            ids.append(newId());
            ok = ok
                && statusOf(send(*operatorHttp,
                                 submit(proposal(ids.last(), QStringLiteral("almaly"),
                                                 QStringLiteral("Сквер у школы №%1").arg(i + 1), 30000000))))
                    == QLatin1String("applied");
        }
        ok = ok && statusOf(send(*admin, move("assessment"))) == QLatin1String("applied");
        for (const QString& id : ids)
            ok = ok
                && statusOf(send(*inspector, assess(id, true, 30000000, QStringLiteral("akimat-almaly"))))
                    == QLatin1String("applied");
        ok = ok && statusOf(send(*admin, move("voting"))) == QLatin1String("applied");
        return ok ? ids : QStringList();
    }

    static int totalVotes(const QHash<QString, QJsonObject>& proposals)
    {
        int n = 0;
        for (const QJsonObject& p : proposals)
            n += p.value(QLatin1String("votes")).toInt();
        return n;
    }

private slots:
    void aWholeSeason_data() { TestDb::addDialectRows(); }
    void aWholeSeason()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        auto admin = f.as(QStringLiteral("admin"));
        auto operatorHttp = f.as(QStringLiteral("operator1"));
        auto inspector = f.as(QStringLiteral("inspector1"));
        auto supervisor = f.as(QStringLiteral("supervisor1"));

        // The admin opens the season; nobody else may, and only known districts get money.
        const QJsonObject setSeason = op("set_budget_season", {{QStringLiteral("season"), season2026()}});
        QCOMPARE(codeOf(send(*operatorHttp, setSeason)), QStringLiteral("forbidden"));
        QJsonObject elsewhere = season2026();
        elsewhere.insert(QStringLiteral("budgets"), QJsonObject {{QStringLiteral("springfield"), 1}});
        QCOMPARE(fieldOf(send(*admin, op("set_budget_season", {{QStringLiteral("season"), elsewhere}}))),
                 QStringLiteral("budgets.springfield"));
        QCOMPARE(statusOf(send(*admin, op("set_budget_season", {{QStringLiteral("season"), season2026()}}))),
                 QStringLiteral("applied"));

        // Proposals: no votes yet; a bad IIN is refused by field; an id used twice is a conflict.
        QCOMPARE(codeOf(send(*operatorHttp, vote(iin(1), {newId()}))), QStringLiteral("out_of_phase"));
        const QString a1 = newId(), a2 = newId(), a3 = newId(), a4 = newId(), m1 = newId();
        QJsonObject badIin
            = proposal(newId(), QStringLiteral("almaly"), QStringLiteral("Освещение во дворе"), 1000);
        badIin.insert(QStringLiteral("author_iin"), QStringLiteral("880315300015"));
        QCOMPARE(fieldOf(send(*operatorHttp, submit(badIin))), QStringLiteral("author_iin"));
        QJsonObject future
            = proposal(a1, QStringLiteral("almaly"), QStringLiteral("Сквер у школы №1"), 60000000);
        future.insert(QStringLiteral("submitted_at"), QStringLiteral("2099-01-01T00:00:00.000Z"));
        for (const QJsonObject& p :
             {future, proposal(a2, QStringLiteral("almaly"), QStringLiteral("Спортивная площадка"), 50000000),
              proposal(a3, QStringLiteral("almaly"), QStringLiteral("Велодорожка вдоль арыка"), 40000000),
              proposal(a4, QStringLiteral("almaly"), QStringLiteral("Канатная дорога на крышу"), 90000000),
              proposal(m1, QStringLiteral("medeu"), QStringLiteral("Тротуар к остановке"), 30000000)})
            QCOMPARE(statusOf(send(*operatorHttp, submit(p))), QStringLiteral("applied"));
        const QJsonObject twice = send(
            *operatorHttp,
            submit(proposal(a2, QStringLiteral("almaly"), QStringLiteral("Другое предложение"), 1000)));
        QCOMPARE(statusOf(twice), QStringLiteral("conflict"));
        QCOMPARE(fieldOf(twice), QStringLiteral("id"));
        // Dearer than its district's whole budget: refused, the budget written as the operator
        // reads numbers, whatever the server's own locale.
        const QJsonObject dear
            = proposal(newId(), QStringLiteral("medeu"), QStringLiteral("Мост через Есентай"), 70000000);
        for (const auto& [language, budget] : {std::pair {"ru", QStringLiteral("60\u00a0000\u00a0000 тенге")},
                                               std::pair {"kk", QStringLiteral("60\u00a0000\u00a0000 теңге")},
                                               std::pair {"en", QStringLiteral("60,000,000 tenge")}}) {
            operatorHttp->setLanguage(language);
            const QJsonObject refused = send(*operatorHttp, submit(dear));
            QCOMPARE(codeOf(refused), QStringLiteral("over_budget"));
            const QString message = errorOf(refused).value(QLatin1String("message")).toString();
            QVERIFY2(message.contains(budget), qPrintable(message));
        }
        operatorHttp->setLanguage({});
        QCOMPARE(codeOf(send(*inspector, assess(a1, true, 60000000, QStringLiteral("akimat-almaly")))),
                 QStringLiteral("out_of_phase"));

        // Phases only forward, one at a time, by the admin.
        QCOMPARE(codeOf(send(*admin, move("voting"))), QStringLiteral("phase_order"));
        QCOMPARE(codeOf(send(*operatorHttp, move("assessment"))), QStringLiteral("forbidden"));
        QCOMPARE(statusOf(send(*admin, move("assessment"))), QStringLiteral("applied"));
        QCOMPARE(codeOf(send(*admin, move("proposals"))), QStringLiteral("phase_order"));
        QCOMPARE(codeOf(send(*operatorHttp,
                             submit(proposal(newId(), QStringLiteral("almaly"),
                                             QStringLiteral("Опоздавшее предложение"), 1000)))),
                 QStringLiteral("out_of_phase"));

        // Assessment by the experts: the organization must exist; one proposal is infeasible.
        QCOMPARE(codeOf(send(*operatorHttp, assess(a1, true, 60000000, QStringLiteral("akimat-almaly")))),
                 QStringLiteral("forbidden"));
        QCOMPARE(fieldOf(send(*inspector, assess(a1, true, 60000000, QStringLiteral("no-such-org")))),
                 QStringLiteral("organization"));
        QCOMPARE(fieldOf(send(*inspector, assess(a1, true, 60000000, QString()))),
                 QStringLiteral("organization"));
        for (const auto& [id, cost] : {std::pair {a1, 60000000}, std::pair {a2, 50000000},
                                       std::pair {a3, 40000000}, std::pair {m1, 30000000}})
            QCOMPARE(statusOf(send(*inspector, assess(id, true, cost, QStringLiteral("akimat-almaly")))),
                     QStringLiteral("applied"));
        QCOMPARE(statusOf(send(*inspector, assess(a4, false, 0, QString()))), QStringLiteral("applied"));

        // Voting: K = 2, one district, feasible proposals only, one ballot per IIN.
        QCOMPARE(statusOf(send(*admin, move("voting"))), QStringLiteral("applied"));
        QCOMPARE(codeOf(send(*operatorHttp,
                             submit(proposal(newId(), QStringLiteral("almaly"),
                                             QStringLiteral("Опоздавшее предложение"), 1000)))),
                 QStringLiteral("out_of_phase"));
        QCOMPARE(codeOf(send(*admin, move("implementation"))), QStringLiteral("phase_order"));
        QCOMPARE(codeOf(send(*operatorHttp, vote(iin(1), {a1, a2, a3}))), QStringLiteral("too_many_votes"));
        QCOMPARE(codeOf(send(*operatorHttp, vote(iin(1), {a1, m1}))), QStringLiteral("mixed_districts"));
        QCOMPARE(codeOf(send(*operatorHttp, vote(iin(1), {a4}))), QStringLiteral("not_on_ballot"));
        QCOMPARE(fieldOf(send(*operatorHttp, vote(QStringLiteral("880315300015"), {a1}))),
                 QStringLiteral("voter_iin"));
        QCOMPARE(codeOf(send(*supervisor, vote(iin(1), {a1}))), QStringLiteral("forbidden"));
        const QJsonObject first = vote(iin(1), {a1, a2});
        QCOMPARE(statusOf(send(*operatorHttp, first)), QStringLiteral("applied"));
        QCOMPARE(statusOf(send(*operatorHttp, vote(iin(2), {a1, a2}))), QStringLiteral("applied"));
        QCOMPARE(statusOf(send(*admin, vote(iin(3), {a3, a1}))), QStringLiteral("applied"));
        QCOMPARE(statusOf(send(*operatorHttp, vote(iin(4), {m1}))), QStringLiteral("applied"));
        // The same citizen again, with another op_id: refused, and the operator is told why.
        const QJsonObject again = send(*operatorHttp, vote(iin(1), {a3}));
        QCOMPARE(statusOf(again), QStringLiteral("rejected"));
        QCOMPARE(codeOf(again), QStringLiteral("already_voted"));
        QCOMPARE(fieldOf(again), QStringLiteral("voter_iin"));
        const QString message = errorOf(again).value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("already voted"))
                     && message.contains(QStringLiteral("operator1")),
                 qPrintable(message));
        QVERIFY(!message.contains(iin(1)));
        // In Russian, with the date as a Russian reader writes it.
        operatorHttp->setLanguage("ru");
        const QString russian
            = errorOf(send(*operatorHttp, vote(iin(1), {a3}))).value(QLatin1String("message")).toString();
        operatorHttp->setLanguage({});
        const QString today
            = QLocale(QLocale::Russian).toString(AlmatyTime::today(), QStringLiteral("d MMMM yyyy"));
        QVERIFY2(russian.contains(QStringLiteral("уже проголосовал")) && russian.contains(today),
                 qPrintable(russian));
        // The first ballot sent again (a retry) is a duplicate and counts nothing more.
        const QJsonObject retry = send(*operatorHttp, first);
        QCOMPARE(statusOf(retry), QStringLiteral("duplicate"));
        QCOMPARE(retry.value(QLatin1String("first_status")).toString(), QStringLiteral("applied"));

        // Results: nothing is voted any more. A1 60M (3 votes) is funded, A2 50M (2) no longer
        // fits the 100M, A3 40M (1) does.
        QCOMPARE(statusOf(send(*admin, move("results"))), QStringLiteral("applied"));
        QCOMPARE(codeOf(send(*operatorHttp, vote(iin(5), {a1}))), QStringLiteral("out_of_phase"));
        QCOMPARE(codeOf(send(*admin,
                             op("update_implementation",
                                {{QStringLiteral("proposal_id"), a1},
                                 {QStringLiteral("status"), QStringLiteral("planned")}}))),
                 QStringLiteral("out_of_phase"));

        // The feed: proposals with their totals, the author's IIN masked for a supervisor.
        auto counted = [&](const QHash<QString, QJsonObject>& all) {
            return all.value(a1).value(QLatin1String("votes")).toInt() == 3
                && all.value(m1).value(QLatin1String("votes")).toInt() == 1;
        };
        const auto seen = proposalsInFeed(*supervisor, counted);
        QVERIFY(counted(seen));
        QCOMPARE(seen.value(a2).value(QLatin1String("votes")).toInt(), 2);
        QCOMPARE(seen.value(a3).value(QLatin1String("votes")).toInt(), 1);
        QCOMPARE(seen.value(a4).value(QLatin1String("votes")).toInt(), 0);
        QCOMPARE(
            seen.value(a4).value(QLatin1String("assessment")).toObject().value(QLatin1String("feasible")),
            QJsonValue(false));
        for (const QJsonObject& p : seen) {
            const QString authorIin = p.value(QLatin1String("author_iin")).toString();
            QCOMPARE(authorIin, QStringLiteral("8803••••••14"));
            QVERIFY(p.value(QLatin1String("author_phone")).toString().contains(QChar(0x2022)));
        }
        QVERIFY(WireFormat::timeFromString(seen.value(a1).value(QLatin1String("submitted_at")).toString())
                <= QDateTime::currentDateTimeUtc()); // clamped, not 2099
        QCOMPARE(seen.value(a2).value(QLatin1String("submitted_by")).toString(), QStringLiteral("operator1"));
        const auto forOperator = proposalsInFeed(*operatorHttp, counted);
        QCOMPARE(forOperator.value(a1).value(QLatin1String("author_iin")).toString(),
                 QStringLiteral("880315300014"));
        // The season is in results, and no ballot or voter travels in the feed.
        const QJsonArray feed = waitForFeed(*supervisor, [](const QJsonArray&) { return true; });
        QString phase;
        for (const auto& c : feed) {
            const QString entity = c.toObject().value(QLatin1String("entity")).toString();
            QVERIFY2(entity != QLatin1String("budget_vote"), qPrintable(entity));
            if (entity == QLatin1String("budget_season"))
                phase = c.toObject()
                            .value(QLatin1String("season"))
                            .toObject()
                            .value(QLatin1String("phase"))
                            .toString();
        }
        QCOMPARE(phase, QStringLiteral("results"));
        const QByteArray text = QJsonDocument(feed).toJson();
        for (int n = 1; n <= 4; ++n)
            QVERIFY(!text.contains(iin(n).toLatin1()));

        // Implementation: only the funded winners are tracked.
        QCOMPARE(statusOf(send(*admin, move("implementation"))), QStringLiteral("applied"));
        auto implement = [](const QString& id) {
            return op("update_implementation",
                      {{QStringLiteral("proposal_id"), id},
                       {QStringLiteral("status"), QStringLiteral("in_progress")},
                       {QStringLiteral("note"), QStringLiteral("Подрядчик выбран")}});
        };
        QCOMPARE(codeOf(send(*operatorHttp, implement(a3))), QStringLiteral("forbidden"));
        // A refusal carries the server's copy of the proposal, for the workstation that wrote first.
        const QJsonObject notFunded = send(*admin, implement(a2));
        QCOMPARE(codeOf(notFunded), QStringLiteral("not_funded"));
        const QJsonObject current = notFunded.value(QLatin1String("current")).toObject();
        QCOMPARE(current.value(QLatin1String("entity")).toString(), QStringLiteral("budget_proposal"));
        QCOMPARE(current.value(QLatin1String("proposal")).toObject().value(QLatin1String("id")).toString(),
                 a2);
        QVERIFY(current.value(QLatin1String("proposal"))
                    .toObject()
                    .value(QLatin1String("implementation"))
                    .isNull());
        QCOMPARE(codeOf(send(*admin, implement(a4))), QStringLiteral("not_funded"));
        QCOMPARE(statusOf(send(*admin, implement(a1))), QStringLiteral("applied"));
        QCOMPARE(statusOf(send(*admin, implement(a3))), QStringLiteral("applied"));
        const auto built = proposalsInFeed(*admin, [&](const QHash<QString, QJsonObject>& all) {
            return !all.value(a3).value(QLatin1String("implementation")).isNull();
        });
        QCOMPARE(
            built.value(a3).value(QLatin1String("implementation")).toObject().value(QLatin1String("status")),
            QJsonValue(QStringLiteral("in_progress")));
        QCOMPARE(codeOf(send(*admin, move("results"))), QStringLiteral("phase_order"));

        // Photos of the implementation: an admin's, of a funded winner, and only photos.
        const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(300, 'p');
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(300, 'd');
        auto photoPath = [](const QString& id) {
            return QStringLiteral("/api/v1/budget/proposals/%1/photos?name=%2")
                .arg(id, QStringLiteral("../двор'); DROP TABLE blobs;--.png"));
        };
        QCOMPARE(operatorHttp->post(photoPath(a3), png, "image/png").status, 403);
        QCOMPARE(admin->post(photoPath(a2), png, "image/png").status, 409); // not funded
        QCOMPARE(admin->post(photoPath(QUuid::createUuid().toString(QUuid::WithoutBraces)), png, "image/png")
                     .status,
                 404);
        QCOMPARE(admin->post(photoPath(QStringLiteral("not-an-id")), png, "image/png").status, 404);
        QCOMPARE(admin->post(photoPath(a3), pdf, "application/pdf").status, 415); // a document, not a photo
        QCOMPARE(admin->post(photoPath(a3), QByteArray(11 * 1024 * 1024, '\xFF'), "image/png").status, 413);
        const auto added = admin->post(photoPath(a3), png, "image/png");
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json.value(QLatin1String("file_name")).toString(),
                 QStringLiteral("двор'); DROP TABLE blobs;--.png"));
        const QString sha = added.json.value(QLatin1String("sha256")).toString();
        QCOMPARE(admin->post(photoPath(a3), png, "image/png").status, 201); // the same photo again: still one
        const auto pictured = proposalsInFeed(*supervisor, [&](const QHash<QString, QJsonObject>& all) {
            return !all.value(a3)
                        .value(QLatin1String("implementation"))
                        .toObject()
                        .value(QLatin1String("photos"))
                        .toArray()
                        .isEmpty();
        });
        const QJsonArray photos = pictured.value(a3)
                                      .value(QLatin1String("implementation"))
                                      .toObject()
                                      .value(QLatin1String("photos"))
                                      .toArray();
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.first().toObject().value(QLatin1String("sha256")).toString(), sha);
        // Everyone signed in sees a winner's photo, as they see the proposal; nobody else does.
        const auto down = supervisor->get(QStringLiteral("/api/v1/attachments/") + sha);
        QCOMPARE(down.status, 200);
        QCOMPARE(down.body, png);
        QCOMPARE(TestHttp(f.server->url()).get(QStringLiteral("/api/v1/attachments/") + sha).status, 401);
    }

    // Two workstations, offline, each took the same citizen's vote; both sync.
    void theSameCitizenOnTwoWorkstations_data() { TestDb::addDialectRows(); }
    void theSameCitizenOnTwoWorkstations()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        const QStringList ids = seasonInVoting(f);
        QCOMPARE(ids.size(), 3);
        auto desk1 = f.as(QStringLiteral("operator1"));
        auto desk2 = f.as(QStringLiteral("admin"));
        const QJsonObject fromDesk1 = vote(iin(7), {ids[0], ids[1]});
        const QJsonObject fromDesk2 = vote(iin(7), {ids[2]});
        const QJsonObject r1 = send(*desk1, fromDesk1);
        const QJsonObject r2 = send(*desk2, fromDesk2);
        QCOMPARE(statusOf(r1), QStringLiteral("applied"));
        QCOMPARE(statusOf(r2), QStringLiteral("rejected"));
        QCOMPARE(codeOf(r2), QStringLiteral("already_voted"));
        // Each desk retries (its answer was lost): the same answers, nothing counted again.
        QCOMPARE(send(*desk1, fromDesk1).value(QLatin1String("first_status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(send(*desk2, fromDesk2).value(QLatin1String("first_status")).toString(),
                 QStringLiteral("rejected"));
        const auto seen = proposalsInFeed(*desk1, [](const auto& all) { return totalVotes(all) >= 2; });
        QCOMPARE(totalVotes(seen), 2);
        QCOMPARE(seen.value(ids[2]).value(QLatin1String("votes")).toInt(), 0);
    }

    // Two server instances on one database take the same citizens' votes at the same moment.
    void twoInstancesRacingCountOnce_data() { TestDb::addDialectRows(); }
    void twoInstancesRacingCountOnce()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        ServerProcess second(f.url);
        QVERIFY2(second.start(), qPrintable(second.log()));
        const QStringList ids = seasonInVoting(f);
        QCOMPARE(ids.size(), 3);
        TestHttp onFirst(f.server->url());
        TestHttp onSecond(second.url());
        const QString token1 = onFirst.login(QStringLiteral("operator1"));
        const QString token2 = onSecond.login(QStringLiteral("admin"));
        QVERIFY(!token1.isEmpty() && !token2.isEmpty());

        constexpr int kCitizens = 12;
        QNetworkAccessManager nam;
        QList<QNetworkReply*> replies;
        auto post = [&](const QUrl& base, const QString& token, const QJsonObject& body) {
            QNetworkRequest request(base.resolved(QUrl(kOps)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            replies.append(nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        };
        // Each citizen's two ballots name two proposals in opposite orders: the instances also
        // race for the same proposals' totals.
        for (int n = 0; n < kCitizens; ++n) {
            post(f.server->url(), token1, batch(vote(iin(100 + n), {ids[n % 3], ids[(n + 1) % 3]})));
            post(second.url(), token2, batch(vote(iin(100 + n), {ids[(n + 1) % 3], ids[n % 3]})));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }),
            120000);
        int applied = 0;
        int refused = 0;
        for (QNetworkReply* r : replies) {
            const QJsonObject result = QJsonDocument::fromJson(r->readAll())
                                           .object()
                                           .value(QLatin1String("results"))
                                           .toArray()
                                           .at(0)
                                           .toObject();
            if (statusOf(result) == QLatin1String("applied"))
                ++applied;
            else if (codeOf(result) == QLatin1String("already_voted"))
                ++refused;
            else
                QFAIL(QJsonDocument(result).toJson().constData());
            r->deleteLater();
        }
        QCOMPARE(applied, kCitizens);
        QCOMPARE(refused, kCitizens);
        const auto seen
            = proposalsInFeed(onFirst, [](const auto& all) { return totalVotes(all) >= 2 * kCitizens; });
        QCOMPARE(totalVotes(seen), 2 * kCitizens);
    }
};

QTEST_GUILESS_MAIN(TestBudgetOps)
#include "TestBudgetOps.moc"

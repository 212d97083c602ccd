#include "core/DemoGenerator.h"
#include "db/RequestListStore.h"
#include "db/RequestStore.h"
#include "support/TestDb.h"

#include <QSet>
#include <QTest>

using namespace tyndau;

// The requests list's queries, on both dialects: every filter, keyset paging that visits
// each row once, and search that folds Kazakh and Russian case and ё.
class TestRequestListStore : public QObject
{
    Q_OBJECT

private:
    static Request make(const QString& number, const QString& category, const QString& district,
                        const QString& address, const QString& description, Status status,
                        const QDateTime& at)
    {
        Request r;
        r.id = QUuid::createUuid();
        r.number = number;
        r.kind = RequestKind::Complaint;
        r.channel = Channel::CallCenter;
        r.status = status;
        r.citizen.name = QStringLiteral("Жумабаев Ерлан");
        r.categoryCode = category;
        r.districtCode = district;
        r.address = address;
        r.description = description;
        r.createdAt = at;
        r.registeredAt = at;
        r.dueDate = at.date().addDays(38);
        r.orgCode = QStringLiteral("alts");
        r.createdBy = QStringLiteral("operator1");
        return r;
    }

    static QStringList numbers(const QList<RequestSummary>& rows)
    {
        QStringList out;
        for (const auto& r : rows)
            out.append(r.number);
        return out;
    }

private slots:
    void filtersAndSearch_data() { test::TestDb::addDialectRows(); }
    void filtersAndSearch()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        QList<Request> rows {
            make(QStringLiteral("2026-000001"), QStringLiteral("heating.outage"), QStringLiteral("bostandyk"),
                 QStringLiteral("проспект Абая, 150"), QStringLiteral("ЁЛКА во дворе упала, нет ОТОПЛЕНИЯ"),
                 Status::Assigned, t0),
            make(QStringLiteral("2026-000002"), QStringLiteral("heating.hot_water"), QStringLiteral("almaly"),
                 QStringLiteral("улица Толе би, 5"), QStringLiteral("Ыстық су жоқ, ҮЙДЕ суық"),
                 Status::Closed, t0.addSecs(3600)),
            make(QStringLiteral("2026-000003"), QStringLiteral("roads.pothole"), QStringLiteral("bostandyk"),
                 QStringLiteral("проспект Абая, 20"),
                 QStringLiteral("Яма на дороге'); DROP TABLE requests; --"), Status::InProgress,
                 t0.addSecs(7200)),
        };
        rows[2].dueDate = QDate(2026, 11, 20);
        rows[2].isIncident = true;
        RequestStore store(*db);
        for (const Request& r : rows)
            QVERIFY(store.insert(r).ok());
        RequestListStore list(*db);
        auto find = [&](const RequestFilter& f) {
            return numbers(list.page(f, RequestOrder::OldestFirst, std::nullopt, 100).value());
        };

        RequestFilter f;
        QCOMPARE(list.count(f).value(), 3);
        f.text = QStringLiteral("елка отопления"); // ё folded to е, case folded
        QCOMPARE(find(f), QStringList {QStringLiteral("2026-000001")});
        f.text = QStringLiteral("үйде ыстық"); // Kazakh letters, either order
        QCOMPARE(find(f), QStringList {QStringLiteral("2026-000002")});
        f.text = QStringLiteral("2026-00000");
        QCOMPARE(list.count(f).value(), 3);
        f.text = QStringLiteral("'); DROP TABLE requests; --");
        QCOMPARE(find(f), QStringList {QStringLiteral("2026-000003")});
        QCOMPARE(store.count().value(), 3);

        f = {};
        f.categoryCode = QStringLiteral("heating"); // a group takes in its leaves
        QCOMPARE(find(f), (QStringList {QStringLiteral("2026-000001"), QStringLiteral("2026-000002")}));
        f.districtCode = QStringLiteral("bostandyk");
        QCOMPARE(find(f), QStringList {QStringLiteral("2026-000001")});
        f = {};
        f.statuses = {Status::Closed};
        QCOMPARE(find(f), QStringList {QStringLiteral("2026-000002")});
        f = {};
        f.deadline = RequestFilter::Deadline::Overdue;
        f.today = QDate(2026, 11, 24);
        QCOMPARE(find(f), QStringList {QStringLiteral("2026-000003")});
        f.deadline = RequestFilter::Deadline::DueSoon;
        f.dueSoonUntil = QDate(2026, 11, 24).addDays(3);
        QCOMPARE(find(f), QStringList {});
        f.today = QDate(2026, 11, 19);
        f.dueSoonUntil = QDate(2026, 11, 23);
        QCOMPARE(find(f), QStringList {QStringLiteral("2026-000003")});

        // An open request on the same street and category; the closed one is not offered.
        const auto alike = list.lookAlikes(QStringLiteral("heating.outage"),
                                           {QStringLiteral("проспект абая"), QStringLiteral("абай даңғылы")},
                                           t0.addDays(-1), 10);
        QCOMPARE(numbers(alike.value()), QStringList {QStringLiteral("2026-000001")});
        QCOMPARE(numbers(list.openIncidents(10).value()), QStringList {QStringLiteral("2026-000003")});
    }

    void keysetPagingVisitsEveryRowOnce_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("order");
        for (const QString& d : {QStringLiteral("sqlite"), QStringLiteral("postgresql")})
            for (int o = 0; o < 4; ++o)
                QTest::addRow("%s-%d", qPrintable(d), o) << d << o;
    }
    void keysetPagingVisitsEveryRowOnce()
    {
        QFETCH(QString, dialect);
        QFETCH(int, order);
        if (dialect == QLatin1String("postgresql") && qEnvironmentVariableIsEmpty("TYNDAU_TEST_PG")) {
            if (qEnvironmentVariable("TYNDAU_REQUIRE_PG") == QLatin1String("1"))
                QFAIL("TYNDAU_TEST_PG is not set");
            QSKIP("no PostgreSQL: run through ./dev.sh test");
        }
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        QVERIFY(db);
        DemoOptions o;
        o.count = 700;
        o.lastDay = QDate(2026, 11, 22);
        const DeadlinePolicy policy(WorkingCalendar::kazakhstan());
        DemoGenerator g(ReferenceData::almaty(), policy, o);
        RequestStore store(*db);
        {
            Transaction tx(*db);
            g.generate([&](GeneratedRequest&& r) { return store.insert(r.request).ok(); });
            QVERIFY(tx.commit().ok());
        }
        // Many share a due date and some a creation second: the id breaks every tie.
        const auto ord = RequestOrder(order);
        RequestListStore list(*db);
        QSet<QUuid> seen;
        std::optional<RequestListKey> after;
        for (;;) {
            const auto page = list.page({}, ord, after, 64).value();
            for (const RequestSummary& r : page) {
                QVERIFY2(!seen.contains(r.id), "a row came twice");
                seen.insert(r.id);
            }
            if (page.size() < 64)
                break;
            after = RequestListStore::keyOf(page.constLast(), ord);
        }
        QCOMPARE(seen.size(), 700);
    }
};

QTEST_MAIN(TestRequestListStore)
#include "TestRequestListStore.moc"

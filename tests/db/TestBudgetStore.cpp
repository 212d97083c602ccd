#include "db/BudgetStore.h"
#include "support/TestDb.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace tyndau;

namespace {
const QByteArray kSecret = QByteArrayLiteral("a test secret of at least 32 bytes");
}

// Seasons, proposals and votes on SQLite and PostgreSQL: what is written is read back the
// same, guarded updates refuse a stale version, and one voter key counts once.
class TestBudgetStore : public QObject
{
    Q_OBJECT

private:
    static BudgetSeason season2026()
    {
        BudgetSeason s(2026);
        s.setMaxVotes(2);
        s.setBudget(QStringLiteral("almaly"), 500000000);
        s.setBudget(QStringLiteral("medeu"), 480000000);
        s.setPhaseDate(BudgetPhase::Proposals, QDate(2026, 2, 1));
        s.setPhaseDate(BudgetPhase::Voting, QDate(2026, 5, 1));
        return s;
    }

    static BudgetProposalRecord proposal(const QString& district, int minute)
    {
        BudgetProposalRecord r;
        BudgetProposal& p = r.proposal;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.seasonYear = 2026;
        p.title = QStringLiteral("Детская площадка во дворе");
        p.description = QStringLiteral("Площадка с качелями и мягким покрытием во дворе дома 12");
        p.districtCode = district;
        p.hasLocation = true;
        p.location = QPointF(76.9286, 43.2567);
        p.estimatedCost = 25000000;
        p.authorName = QStringLiteral("Ахметова Айгерим");
        p.authorIin = QStringLiteral("880315300014");
        p.authorPhone = QStringLiteral("+77011234567");
        p.channel = Channel::FrontOffice;
        p.submittedAt = QDateTime(QDate(2026, 2, 3), QTime(9, minute), Qt::UTC);
        r.submittedBy = QStringLiteral("operator1");
        return r;
    }

    static std::unique_ptr<Database> withSeason(test::TestDb& dbs, const QString& dialect)
    {
        auto db = dbs.open(dialect);
        if (db && !BudgetStore(*db).upsertSeason(season2026()).ok()) {
            // A failure of the code under test, not a reason to skip: the caller returns.
            QTest::qFail("the 2026 season could not be stored", __FILE__, __LINE__);
            return {};
        }
        return db;
    }

private slots:
    void seasons_data() { test::TestDb::addDialectRows(); }
    void seasons()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = dbs.open(dialect);
        if (!db)
            return;
        BudgetStore store(*db);
        QCOMPARE(store.season(2026).value(), std::nullopt);
        QVERIFY(store.upsertSeason(season2026()).ok());
        QCOMPARE(store.season(2026).value(), std::optional(season2026()));
        // Locked reads (in a transaction) give the same.
        {
            Transaction tx(*db);
            QCOMPARE(store.season(2026, BudgetStore::Lock::Share).value(), std::optional(season2026()));
            QCOMPARE(store.season(2026, BudgetStore::Lock::Update).value(), std::optional(season2026()));
        }

        // An upsert replaces the budgets: a district left out is gone.
        BudgetSeason changed(2026);
        changed.setMaxVotes(3);
        changed.setBudget(QStringLiteral("turksib"), 0);
        QVERIFY(store.upsertSeason(changed).ok());
        QCOMPARE(store.season(2026).value(), std::optional(changed));
        QVERIFY(store.upsertSeason(BudgetSeason(2025)).ok());
        const auto all = store.seasons();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0), changed); // newest first
        QCOMPARE(all->at(1).year(), 2025);
    }

    void phaseMovesOnlyFromWhereItIs_data() { test::TestDb::addDialectRows(); }
    void phaseMovesOnlyFromWhereItIs()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = withSeason(dbs, dialect);
        if (!db)
            return;
        BudgetStore store(*db);
        QCOMPARE(store.movePhase(2026, BudgetPhase::Proposals, BudgetPhase::Assessment).value(), true);
        // A second admin who read "proposals" too is too late.
        QCOMPARE(store.movePhase(2026, BudgetPhase::Proposals, BudgetPhase::Assessment).value(), false);
        QCOMPARE(store.movePhase(2027, BudgetPhase::Proposals, BudgetPhase::Assessment).value(), false);
        QCOMPARE(store.season(2026).value()->phase(), BudgetPhase::Assessment);
    }

    void proposals_data() { test::TestDb::addDialectRows(); }
    void proposals()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = withSeason(dbs, dialect);
        if (!db)
            return;
        BudgetStore store(*db);
        BudgetProposalRecord a = proposal(QStringLiteral("medeu"), 5);
        BudgetProposalRecord b = proposal(QStringLiteral("almaly"), 7);
        b.proposal.hasLocation = false;
        b.proposal.location = QPointF();
        b.proposal.authorPhone.clear();
        b.proposal.channel = Channel::WebPortal;
        BudgetProposalRecord c = proposal(QStringLiteral("almaly"), 6);
        for (const auto& r : {a, b, c})
            QCOMPARE(store.insertProposal(r).value(), true);
        // The same id again writes nothing.
        BudgetProposalRecord twin = proposal(QStringLiteral("medeu"), 9);
        twin.proposal.id = a.proposal.id;
        QCOMPARE(store.insertProposal(twin).value(), false);

        QCOMPARE(store.proposal(a.proposal.id).value(), std::optional(a));
        QCOMPARE(store.proposal(b.proposal.id).value(), std::optional(b));
        QCOMPARE(store.proposal(QStringLiteral("nope")).value(), std::nullopt);
        const auto many = store.proposals({a.proposal.id, c.proposal.id, QStringLiteral("nope")});
        QCOMPARE(many->size(), 2);
        QCOMPARE(many->value(c.proposal.id), c);
        QStringList order;
        const auto ofSeason = store.proposalsOf(2026);
        for (const auto& r : ofSeason.value())
            order.append(r.proposal.id);
        QCOMPARE(order, (QStringList {c.proposal.id, b.proposal.id, a.proposal.id})); // district, then time
        QVERIFY(store.proposalsOf(2025)->isEmpty());
    }

    void guardedUpdates_data() { test::TestDb::addDialectRows(); }
    void guardedUpdates()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = withSeason(dbs, dialect);
        if (!db)
            return;
        BudgetStore store(*db);
        BudgetProposalRecord r = proposal(QStringLiteral("almaly"), 1);
        QVERIFY(store.insertProposal(r).value());

        BudgetProposalRecord assessed = r;
        assessed.proposal.assessed = true;
        assessed.proposal.feasible = true;
        assessed.proposal.correctedCost = 30000000;
        assessed.proposal.responsibleOrgCode = QStringLiteral("akimat-almaly");
        assessed.proposal.assessmentReason = QStringLiteral("Заключение экспертов");
        assessed.assessedBy = QStringLiteral("inspector1");
        QCOMPARE(store.updateAssessment(assessed).value(), true);
        // Written against version 1 again: someone changed it first.
        QCOMPARE(store.updateAssessment(assessed).value(), false);
        assessed.version = 2;
        QCOMPARE(store.proposal(r.proposal.id).value(), std::optional(assessed));

        QVERIFY(store.addVotes({r.proposal.id, r.proposal.id}).ok());
        const auto voted = store.proposal(r.proposal.id).value();
        QCOMPARE(voted->proposal.votes, 2);
        QCOMPARE(voted->version, 4);

        BudgetProposalRecord built = voted.value();
        built.proposal.implementationStatus = QStringLiteral("in_progress");
        built.implementationNote = QStringLiteral("Подрядчик выбран");
        QCOMPARE(store.updateImplementation(built).value(), true);
        QCOMPARE(store.updateImplementation(built).value(), false);
        built.version = 5;
        QCOMPARE(store.proposal(r.proposal.id).value(), std::optional(built));
    }

    void oneVoterKeyCountsOnce_data() { test::TestDb::addDialectRows(); }
    void oneVoterKeyCountsOnce()
    {
        QFETCH(QString, dialect);
        test::TestDb dbs;
        auto db = withSeason(dbs, dialect);
        if (!db)
            return;
        QVERIFY(BudgetStore(*db).upsertSeason(BudgetSeason(2027)).ok());
        const QString iin = QStringLiteral("880315300014");
        const QString key = BudgetStore::voterKey(2026, iin, kSecret);
        QCOMPARE(key.size(), 64);
        QVERIFY(!key.contains(iin));
        QCOMPARE(BudgetStore::voterKey(2026, iin, kSecret), key);
        QVERIFY(BudgetStore::voterKey(2027, iin, kSecret) != key);
        // Keyed: without the server's secret the IIN cannot be tried back from the key.
        QVERIFY(BudgetStore::voterKey(2026, iin, QByteArrayLiteral("another secret, as long as the first"))
                != key);

        BudgetVote v;
        v.seasonYear = 2026;
        v.voterKey = key;
        v.districtCode = QStringLiteral("almaly");
        v.choices = QStringList {QStringLiteral("a"), QStringLiteral("b")};
        v.recordedBy = QStringLiteral("operator1");
        v.recordedAt = QDateTime(QDate(2026, 5, 12), QTime(6, 0), Qt::UTC);
        v.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(BudgetStore(*db).insertVote(v).value(), true);

        // Another connection (another server instance) with the same key, in its own
        // transaction: refused, and that transaction stays usable (PostgreSQL aborts one
        // whose statement fails).
        auto other = Database::open(db->url());
        QVERIFY(other.ok());
        {
            Transaction tx(*other.value());
            BudgetVote again = v;
            again.recordedBy = QStringLiteral("admin");
            again.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QCOMPARE(BudgetStore(*other.value()).insertVote(again).value(), false);
            QCOMPARE(BudgetStore(*other.value()).voteCount(2026).value(), 1);
            QVERIFY(tx.commit().ok());
        }
        // The same citizen in another season is another key.
        BudgetVote nextYear = v;
        nextYear.seasonYear = 2027;
        nextYear.voterKey = BudgetStore::voterKey(2027, iin, kSecret);
        QCOMPARE(BudgetStore(*db).insertVote(nextYear).value(), true);

        const auto stored = BudgetStore(*db).vote(2026, key).value();
        QVERIFY(stored);
        QCOMPARE(stored->recordedBy, QStringLiteral("operator1"));
        QCOMPARE(stored->choices, v.choices);
        QCOMPARE(stored->recordedAt, v.recordedAt);
        QCOMPARE(stored->districtCode, QStringLiteral("almaly"));
        QCOMPARE(
            BudgetStore(*db).vote(2026, BudgetStore::voterKey(2026, QStringLiteral("1"), kSecret)).value(),
            std::nullopt);

        // The IIN itself is stored nowhere in the votes.
        QSqlQuery q = db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM budget_votes WHERE voter_key LIKE '%880315%' "
                                      "OR choices LIKE '%880315%'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBudgetStore)
#include "TestBudgetStore.moc"

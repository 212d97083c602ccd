#include "core/BudgetResults.h"
#include "core/BudgetSeason.h"

#include <QTest>

#include <algorithm>

using namespace tyndau;

namespace {

constexpr qint64 kMillion = 1000000;

QDateTime feb(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, 0), Qt::UTC);
}

BudgetProposal proposal(const char* id, const char* district, int votes, qint64 costMillions,
                        const QDateTime& submittedAt = feb(1))
{
    BudgetProposal p;
    p.id = QLatin1String(id);
    p.seasonYear = 2026;
    p.title = QStringLiteral("Project ") + p.id;
    p.districtCode = QLatin1String(district);
    p.votes = votes;
    p.estimatedCost = costMillions * kMillion;
    p.submittedAt = submittedAt;
    p.assessed = true;
    p.feasible = true;
    return p;
}

BudgetProposal infeasible(BudgetProposal p)
{
    p.feasible = false;
    return p;
}

// "id+" for a funded row, "id-" for one skipped: the whole ranking at a glance.
QStringList outcome(const DistrictResults& r)
{
    QStringList out;
    for (const BudgetResultRow& row : r.rows)
        out.append(row.proposalId + (row.funded ? QLatin1Char('+') : QLatin1Char('-')));
    return out;
}

QList<qint64> spentColumn(const DistrictResults& r)
{
    QList<qint64> out;
    for (const BudgetResultRow& row : r.rows)
        out.append(row.spent / kMillion);
    return out;
}

} // namespace

class TestBudgetResults : public QObject
{
    Q_OBJECT

private slots:
    void budgetSpentExactly()
    {
        const DistrictResults r
            = BudgetResults::forDistrict(QStringLiteral("almaly"), 100 * kMillion,
                                         {proposal("c", "almaly", 40, 20), proposal("a", "almaly", 120, 50),
                                          proposal("b", "almaly", 90, 30)});
        QCOMPARE(outcome(r), QStringList({QStringLiteral("a+"), QStringLiteral("b+"), QStringLiteral("c+")}));
        QCOMPARE(spentColumn(r), QList<qint64>({50, 80, 100}));
        QCOMPARE(r.rows.at(0).remaining, 50 * kMillion);
        QCOMPARE(r.rows.at(2).remaining, 0);
        QCOMPARE(r.rows.at(1).rank, 2);
        QCOMPARE(r.rows.at(1).votes, 90);
        QCOMPARE(r.rows.at(1).cost, 30 * kMillion);
        QCOMPARE(r.spent, 100 * kMillion);
        QCOMPARE(r.remaining, 0);
        QCOMPARE(r.fundedCount(), 3);
    }

    void aLargeProjectIsSkippedForSmallerOnes()
    {
        // 500 M: p1 (200) leaves 300; p2 (350) does not fit; p3 (150) leaves 150; p4 (180) does
        // not fit; p5 (100) leaves 50; p6 (50) spends the rest; p7 (1) finds nothing left.
        const DistrictResults r = BudgetResults::forDistrict(
            QStringLiteral("auezov"), 500 * kMillion,
            {proposal("p1", "auezov", 900, 200), proposal("p2", "auezov", 800, 350),
             proposal("p3", "auezov", 700, 150), proposal("p4", "auezov", 600, 180),
             proposal("p5", "auezov", 500, 100), proposal("p6", "auezov", 10, 50),
             proposal("p7", "auezov", 5, 1)});
        QCOMPARE(outcome(r),
                 QStringList({QStringLiteral("p1+"), QStringLiteral("p2-"), QStringLiteral("p3+"),
                              QStringLiteral("p4-"), QStringLiteral("p5+"), QStringLiteral("p6+"),
                              QStringLiteral("p7-")}));
        QCOMPARE(spentColumn(r), QList<qint64>({200, 200, 350, 350, 450, 500, 500}));
        QCOMPARE(r.rows.at(1).remaining, 300 * kMillion); // what p2 did not fit into
        QCOMPARE(r.spent, 500 * kMillion);
        QCOMPARE(r.remaining, 0);
    }

    void aSkipCanLeaveMoneyUnspent()
    {
        // 100 M: a (70) leaves 30; b (40) does not fit and nothing smaller follows.
        const DistrictResults r
            = BudgetResults::forDistrict(QStringLiteral("medeu"), 100 * kMillion,
                                         {proposal("a", "medeu", 50, 70), proposal("b", "medeu", 20, 40)});
        QCOMPARE(outcome(r), QStringList({QStringLiteral("a+"), QStringLiteral("b-")}));
        QCOMPARE(r.spent, 70 * kMillion);
        QCOMPARE(r.remaining, 30 * kMillion);
    }

    void tiesGoToTheEarlierSubmission()
    {
        // Equal votes; only one 60 M project fits in 100 M: the one submitted on 5 February.
        const DistrictResults r
            = BudgetResults::forDistrict(QStringLiteral("bostandyk"), 100 * kMillion,
                                         {proposal("late", "bostandyk", 300, 60, feb(10)),
                                          proposal("early", "bostandyk", 300, 60, feb(5))});
        QCOMPARE(outcome(r), QStringList({QStringLiteral("early+"), QStringLiteral("late-")}));

        // The hour counts too, and more votes still beat an earlier submission.
        const DistrictResults hours
            = BudgetResults::forDistrict(QStringLiteral("bostandyk"), 100 * kMillion,
                                         {proposal("nine", "bostandyk", 300, 60, feb(5, 9)),
                                          proposal("eight", "bostandyk", 300, 60, feb(5, 8)),
                                          proposal("first", "bostandyk", 301, 10, feb(20))});
        QCOMPARE(outcome(hours),
                 QStringList({QStringLiteral("first+"), QStringLiteral("eight+"), QStringLiteral("nine-")}));

        // Same votes, same moment: the id decides, whatever order they arrive in.
        QList<BudgetProposal> same {proposal("b", "bostandyk", 7, 60), proposal("a", "bostandyk", 7, 60)};
        const QStringList expected {QStringLiteral("a+"), QStringLiteral("b-")};
        QCOMPARE(outcome(BudgetResults::forDistrict(QStringLiteral("bostandyk"), 100 * kMillion, same)),
                 expected);
        std::reverse(same.begin(), same.end());
        QCOMPARE(outcome(BudgetResults::forDistrict(QStringLiteral("bostandyk"), 100 * kMillion, same)),
                 expected);
    }

    void aDistrictWithNoFeasibleProposal()
    {
        BudgetProposal unassessed = proposal("u", "nauryzbay", 50, 10);
        unassessed.assessed = false;
        const DistrictResults r
            = BudgetResults::forDistrict(QStringLiteral("nauryzbay"), 450 * kMillion,
                                         {infeasible(proposal("x", "nauryzbay", 1000, 10)), unassessed,
                                          proposal("elsewhere", "alatau", 10, 10)});
        QVERIFY(r.rows.isEmpty());
        QCOMPARE(r.fundedCount(), 0);
        QCOMPARE(r.spent, 0);
        QCOMPARE(r.remaining, 450 * kMillion);
        QCOMPARE(r.budget, 450 * kMillion);
    }

    void infeasibleProposalsAreNeverFunded()
    {
        const DistrictResults r = BudgetResults::forDistrict(
            QStringLiteral("zhetysu"), 100 * kMillion,
            {infeasible(proposal("popular", "zhetysu", 50000, 5)), proposal("modest", "zhetysu", 3, 40)});
        QCOMPARE(outcome(r), QStringList({QStringLiteral("modest+")}));
        QCOMPARE(r.rows.at(0).rank, 1);
        QCOMPARE(r.remaining, 60 * kMillion);
    }

    void theCorrectedCostIsWhatIsFunded()
    {
        BudgetProposal dearer = proposal("dearer", "turksib", 100, 10);
        dearer.correctedCost = 120 * kMillion; // the estimate fitted, the experts' cost does not
        BudgetProposal cheaper = proposal("cheaper", "turksib", 90, 150);
        cheaper.correctedCost = 90 * kMillion;
        const DistrictResults r
            = BudgetResults::forDistrict(QStringLiteral("turksib"), 100 * kMillion, {dearer, cheaper});
        QCOMPARE(outcome(r), QStringList({QStringLiteral("dearer-"), QStringLiteral("cheaper+")}));
        QCOMPARE(r.rows.at(0).cost, 120 * kMillion);
        QCOMPARE(r.rows.at(1).cost, 90 * kMillion);
        QCOMPARE(r.remaining, 10 * kMillion);
    }

    void wholeSeason()
    {
        BudgetSeason season(2026);
        season.setBudget(QStringLiteral("almaly"), 100 * kMillion);
        season.setBudget(QStringLiteral("medeu"), 50 * kMillion);
        season.setBudget(QStringLiteral("turksib"), 70 * kMillion);
        BudgetProposal lastYear = proposal("old", "almaly", 99999, 1);
        lastYear.seasonYear = 2025;
        const QList<DistrictResults> all
            = BudgetResults::forSeason(season,
                                       {proposal("a1", "almaly", 10, 60), proposal("a2", "almaly", 5, 50),
                                        proposal("a3", "almaly", 1, 40), proposal("m1", "medeu", 3, 50),
                                        lastYear, proposal("z1", "zhetysu", 8, 1)});
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).districtCode, QStringLiteral("almaly"));
        QCOMPARE(outcome(all.at(0)),
                 QStringList({QStringLiteral("a1+"), QStringLiteral("a2-"), QStringLiteral("a3+")}));
        QCOMPARE(all.at(0).remaining, 0);
        QCOMPARE(all.at(1).districtCode, QStringLiteral("medeu"));
        QCOMPARE(outcome(all.at(1)), QStringList({QStringLiteral("m1+")}));
        // Turksib has a budget and no proposal: nothing funded, all of it remains.
        QCOMPARE(all.at(2).districtCode, QStringLiteral("turksib"));
        QVERIFY(all.at(2).rows.isEmpty());
        QCOMPARE(all.at(2).remaining, 70 * kMillion);
        // Zhetysu has a proposal but the season gives it no budget: ranked, never funded.
        QCOMPARE(all.at(3).districtCode, QStringLiteral("zhetysu"));
        QCOMPARE(outcome(all.at(3)), QStringList({QStringLiteral("z1-")}));
        QCOMPARE(all.at(3).budget, 0);
    }
};

QTEST_GUILESS_MAIN(TestBudgetResults)
#include "TestBudgetResults.moc"

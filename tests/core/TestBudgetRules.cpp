#include "core/BudgetRules.h"
#include "core/BudgetSeason.h"

#include <QTest>

using namespace tyndau;

class TestBudgetRules : public QObject
{
    Q_OBJECT

private:
    static BudgetProposal good()
    {
        BudgetProposal p;
        p.id = QStringLiteral("p-1");
        p.seasonYear = 2026;
        p.title = QStringLiteral("Детская площадка во дворе");
        p.description = QStringLiteral("Площадка с качелями и мягким покрытием во дворе дома 12");
        p.districtCode = QStringLiteral("almaly");
        p.hasLocation = true;
        p.location = QPointF(76.9286, 43.2567);
        p.estimatedCost = 25000000;
        p.authorName = QStringLiteral("Ахметова Айгерим");
        p.authorIin = QStringLiteral("880315300014");
        p.authorPhone = QStringLiteral("8 701 123 45 67");
        p.submittedAt = QDateTime(QDate(2026, 2, 3), QTime(9, 0), Qt::UTC);
        p.channel = Channel::FrontOffice;
        return p;
    }

    static BudgetProposal assessedAs(const QString& id, const QString& district, bool feasible)
    {
        BudgetProposal p = good();
        p.id = id;
        p.districtCode = district;
        p.assessed = true;
        p.feasible = feasible;
        p.correctedCost = feasible ? 30000000 : 0;
        p.responsibleOrgCode = feasible ? QStringLiteral("almaly.akimat") : QString();
        p.assessmentReason = QStringLiteral("Заключение экспертов");
        return p;
    }

    // "field:code" for each error, so one comparison shows what was found.
    static QStringList found(const QList<Error>& errors)
    {
        QStringList out;
        for (const Error& e : errors) {
            out.append(e.field + QLatin1Char(':') + e.code);
            if (e.message.isEmpty())
                out.append(QStringLiteral("<no message>"));
        }
        return out;
    }

    static QList<BudgetProposal> ballot()
    {
        return {assessedAs(QStringLiteral("a1"), QStringLiteral("almaly"), true),
                assessedAs(QStringLiteral("a2"), QStringLiteral("almaly"), true),
                assessedAs(QStringLiteral("a3"), QStringLiteral("almaly"), true),
                assessedAs(QStringLiteral("a4"), QStringLiteral("almaly"), true),
                assessedAs(QStringLiteral("x1"), QStringLiteral("almaly"), false),
                assessedAs(QStringLiteral("m1"), QStringLiteral("medeu"), true)};
    }

    static QString ballotCode(const QStringList& choices, int k = 3)
    {
        const Result<void> r = BudgetRules::checkBallot(choices, ballot(), k);
        if (r.ok())
            return QStringLiteral("ok");
        if (r.error().field != QLatin1String("choices") || r.error().message.isEmpty())
            return QStringLiteral("<bad error>");
        return r.error().code;
    }

private slots:
    void aGoodProposalPasses()
    {
        QCOMPARE(found(BudgetRules::checkProposal(good())), QStringList());
        // A cost of exactly the district's budget is allowed.
        QCOMPARE(found(BudgetRules::checkProposal(good(), qint64(25000000))), QStringList());
        BudgetProposal noPhoneNoPlace = good();
        noPhoneNoPlace.authorPhone.clear();
        noPhoneNoPlace.hasLocation = false;
        QCOMPARE(found(BudgetRules::checkProposal(noPhoneNoPlace)), QStringList());
    }

    void eachProposalFailureNamesItsField_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("expected");
        const QStringList cases {
            QStringLiteral("title:required"),
            QStringLiteral("title:too_short"),
            QStringLiteral("title:too_long"),
            QStringLiteral("description:required"),
            QStringLiteral("description:too_short"),
            QStringLiteral("district:required"),
            QStringLiteral("location:invalid"),
            QStringLiteral("estimated_cost:out_of_range"),
            QStringLiteral("estimated_cost:out_of_range"),
            QStringLiteral("estimated_cost:over_budget"),
            QStringLiteral("author_name:required"),
            QStringLiteral("author_iin:required"),
            QStringLiteral("author_iin:invalid"),
            QStringLiteral("author_phone:invalid"),
        };
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(QString::number(i) + QLatin1Char(' ') + cases[i])) << i << cases[i];
    }

    void eachProposalFailureNamesItsField()
    {
        QFETCH(int, change);
        QFETCH(QString, expected);
        BudgetProposal p = good();
        std::optional<qint64> budget = qint64(500000000);
        switch (change) {
        case 0:
            p.title = QStringLiteral("   ");
            break;
        case 1:
            p.title = QStringLiteral("Парк"); // 4 characters
            break;
        case 2:
            p.title = QString(201, QLatin1Char('a'));
            break;
        case 3:
            p.description.clear();
            break;
        case 4:
            p.description = QStringLiteral("Нужна площадка");
            break;
        case 5:
            p.districtCode = QStringLiteral(" ");
            break;
        case 6:
            p.location = QPointF(43.25, 96.0); // latitude and longitude swapped
            break;
        case 7:
            p.estimatedCost = 0;
            break;
        case 8:
            p.estimatedCost = -100;
            break;
        case 9:
            budget = qint64(24999999);
            break;
        case 10:
            p.authorName.clear();
            break;
        case 11:
            p.authorIin.clear();
            break;
        case 12:
            p.authorIin = QStringLiteral("880315300015"); // wrong check digit
            break;
        case 13:
            p.authorPhone = QStringLiteral("12");
            break;
        }
        QCOMPARE(found(BudgetRules::checkProposal(p, budget)), QStringList {expected});
    }

    void limitsAreInclusive()
    {
        BudgetProposal p = good();
        p.title = QStringLiteral("Парк!"); // 5
        p.description = QString(20, QLatin1Char('d'));
        QCOMPARE(found(BudgetRules::checkProposal(p)), QStringList());
        p.title = QString(200, QLatin1Char('t'));
        QCOMPARE(found(BudgetRules::checkProposal(p)), QStringList());
    }

    void theSeasonGivesTheDistrictBudget()
    {
        BudgetSeason season(2026);
        season.setBudget(QStringLiteral("almaly"), 20000000);
        QCOMPARE(found(BudgetRules::checkProposal(good(), season)),
                 QStringList {QStringLiteral("estimated_cost:over_budget")});
        BudgetProposal elsewhere = good();
        elsewhere.districtCode = QStringLiteral("medeu"); // no budget known: not compared
        QCOMPARE(found(BudgetRules::checkProposal(elsewhere, season)), QStringList());
    }

    void normalized()
    {
        BudgetProposal p = good();
        p.title = QStringLiteral("  Детская   площадка ");
        p.authorIin = QStringLiteral("880315 30001 4");
        const BudgetProposal n = BudgetRules::normalized(p);
        QCOMPARE(n.title, QStringLiteral("Детская площадка"));
        QCOMPARE(n.authorIin, QStringLiteral("880315300014"));
        QCOMPARE(n.authorPhone, QStringLiteral("+77011234567"));
    }

    void assessment()
    {
        BudgetProposal feasible = assessedAs(QStringLiteral("a"), QStringLiteral("almaly"), true);
        QCOMPARE(found(BudgetRules::checkAssessment(feasible)), QStringList());
        feasible.correctedCost = 0;
        feasible.responsibleOrgCode.clear();
        feasible.assessmentReason = QStringLiteral("  ");
        QCOMPARE(found(BudgetRules::checkAssessment(feasible)),
                 QStringList({QStringLiteral("corrected_cost:required"),
                              QStringLiteral("responsible_organization:required"),
                              QStringLiteral("assessment_reason:required")}));
        feasible.correctedCost = -1;
        QVERIFY(found(BudgetRules::checkAssessment(feasible))
                    .contains(QStringLiteral("corrected_cost:required")));

        // An infeasible proposal needs only the reason: no cost, no organization.
        BudgetProposal infeasible = assessedAs(QStringLiteral("x"), QStringLiteral("almaly"), false);
        QCOMPARE(found(BudgetRules::checkAssessment(infeasible)), QStringList());
        infeasible.assessmentReason.clear();
        QCOMPARE(found(BudgetRules::checkAssessment(infeasible)),
                 QStringList {QStringLiteral("assessment_reason:required")});
    }

    void ballots()
    {
        QCOMPARE(ballotCode({QStringLiteral("a1")}), QStringLiteral("ok"));
        QCOMPARE(ballotCode({QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}),
                 QStringLiteral("ok"));
        QCOMPARE(ballotCode({}), QStringLiteral("no_choice"));
        QCOMPARE(ballotCode({QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                             QStringLiteral("a4")}),
                 QStringLiteral("too_many_votes"));
        QCOMPARE(ballotCode({QStringLiteral("a1"), QStringLiteral("a2")}, 1),
                 QStringLiteral("too_many_votes"));
        QCOMPARE(ballotCode({QStringLiteral("a1"), QStringLiteral("a1")}),
                 QStringLiteral("duplicate_choice"));
        QCOMPARE(ballotCode({QStringLiteral("a1"), QStringLiteral("x1")}), QStringLiteral("not_on_ballot"));
        QCOMPARE(ballotCode({QStringLiteral("nope")}), QStringLiteral("not_on_ballot"));
        QCOMPARE(ballotCode({QStringLiteral("a1"), QStringLiteral("m1")}), QStringLiteral("mixed_districts"));
        QCOMPARE(ballotCode({QStringLiteral("m1")}), QStringLiteral("ok")); // another voter, another district
    }

    void unassessedIsNotOnTheBallot()
    {
        BudgetProposal p = good();
        p.feasible = true; // but never assessed
        const Result<void> r = BudgetRules::checkBallot({p.id}, {p}, 3);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("not_on_ballot"));
        QVERIFY(r.error().message.contains(p.id));
    }
};

QTEST_GUILESS_MAIN(TestBudgetRules)
#include "TestBudgetRules.moc"

#include "core/BudgetSeason.h"

#include <QJsonDocument>
#include <QTest>

using namespace tyndau;

class TestBudgetSeason : public QObject
{
    Q_OBJECT

private:
    static BudgetSeason season2026()
    {
        BudgetSeason s(2026);
        s.setMaxVotes(3);
        s.setBudget(QStringLiteral("almaly"), 500000000);
        s.setBudget(QStringLiteral("medeu"), 480000000);
        s.setBudget(QStringLiteral("turksib"), 0);
        s.setPhaseDate(BudgetPhase::Proposals, QDate(2026, 2, 1));
        s.setPhaseDate(BudgetPhase::Assessment, QDate(2026, 3, 15));
        s.setPhaseDate(BudgetPhase::Voting, QDate(2026, 5, 1));
        s.setPhaseDate(BudgetPhase::Results, QDate(2026, 6, 1));
        s.setPhaseDate(BudgetPhase::Implementation, QDate(2026, 7, 1));
        return s;
    }

    static BudgetSeason inPhase(BudgetPhase phase)
    {
        BudgetSeason s = season2026();
        s.setPhase(phase);
        return s;
    }

    static QJsonObject parse(const char* json) { return QJsonDocument::fromJson(json).object(); }

private slots:
    void codes()
    {
        QCOMPARE(allValues<BudgetPhase>().size(), 5);
        const QStringList expected {QStringLiteral("proposals"), QStringLiteral("assessment"),
                                    QStringLiteral("voting"), QStringLiteral("results"),
                                    QStringLiteral("implementation")};
        QStringList codes;
        for (BudgetPhase p : allValues<BudgetPhase>()) {
            codes.append(toCode(p));
            QCOMPARE(fromCode<BudgetPhase>(toCode(p)), std::optional(p));
            QVERIFY(!displayName(p).isEmpty());
        }
        QCOMPARE(codes, expected);
        QCOMPARE(fromCode<BudgetPhase>(QStringLiteral("Voting")), std::nullopt);
        QCOMPARE(fromCode<BudgetPhase>(QString()), std::nullopt);
    }

    void movesForwardOneStepAtATime()
    {
        BudgetSeason s = season2026();
        QCOMPARE(s.phase(), BudgetPhase::Proposals);
        for (BudgetPhase next : {BudgetPhase::Assessment, BudgetPhase::Voting, BudgetPhase::Results,
                                 BudgetPhase::Implementation}) {
            QVERIFY(s.checkMove(next).ok());
            QVERIFY(s.moveTo(next).ok());
            QCOMPARE(s.phase(), next);
        }
        QCOMPARE(BudgetSeason::nextPhase(BudgetPhase::Implementation), std::nullopt);
    }

    void skippingAPhaseIsRefused()
    {
        BudgetSeason s = season2026();
        for (BudgetPhase to : {BudgetPhase::Voting, BudgetPhase::Results, BudgetPhase::Implementation}) {
            const Result<void> r = s.moveTo(to);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("phase_order"));
            QCOMPARE(r.error().field, QStringLiteral("phase"));
            QVERIFY(r.error().message.contains(displayName(BudgetPhase::Assessment))); // says what comes next
            QCOMPARE(s.phase(), BudgetPhase::Proposals);
        }
    }

    void goingBackIsRefused()
    {
        BudgetSeason s = inPhase(BudgetPhase::Voting);
        for (BudgetPhase to : {BudgetPhase::Proposals, BudgetPhase::Assessment, BudgetPhase::Voting}) {
            const Result<void> r = s.moveTo(to);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("phase_order"));
            QCOMPARE(s.phase(), BudgetPhase::Voting);
        }
        BudgetSeason last = inPhase(BudgetPhase::Implementation);
        for (BudgetPhase to : allValues<BudgetPhase>())
            QCOMPARE(last.checkMove(to).error().code, QStringLiteral("phase_order"));
    }

    void eachPhaseAllowsOnlyItsOwnAction()
    {
        const QList<BudgetAction> actions {BudgetAction::SubmitProposal, BudgetAction::AssessProposal,
                                           BudgetAction::CastVote, BudgetAction::PublishResults,
                                           BudgetAction::TrackImplementation};
        const QList<BudgetPhase> phases = allValues<BudgetPhase>();
        for (int p = 0; p < phases.size(); ++p) {
            const BudgetSeason s = inPhase(phases[p]);
            for (int a = 0; a < actions.size(); ++a) {
                const Result<void> r = s.allows(actions[a]);
                QCOMPARE(r.ok(), p == a);
                QCOMPARE(BudgetSeason::phaseOf(actions[a]), phases[a]);
                if (r.ok())
                    continue;
                QCOMPARE(r.error().code, QStringLiteral("out_of_phase"));
                QCOMPARE(r.error().field, QStringLiteral("phase"));
                QVERIFY2(r.error().message.contains(displayName(phases[p])), qPrintable(r.error().message));
                QVERIFY(r.error().message.contains(displayName(phases[a])));
            }
        }
    }

    void jsonRoundTrip()
    {
        BudgetSeason s = inPhase(BudgetPhase::Voting);
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QLatin1String("year")).toInt(), 2026);
        QCOMPARE(json.value(QLatin1String("phase")).toString(), QStringLiteral("voting"));
        QCOMPARE(json.value(QLatin1String("max_votes")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("budgets")).toObject().value(QLatin1String("almaly")).toInteger(),
                 500000000);
        QCOMPARE(
            json.value(QLatin1String("phase_dates")).toObject().value(QLatin1String("proposals")).toString(),
            QStringLiteral("2026-02-01"));

        const Result<BudgetSeason> back = BudgetSeason::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value(), s);
        // Through text too, as the server and the workstations exchange it.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(BudgetSeason::fromJson(reparsed).value(), s);
    }

    void readsTheDocumentedShape()
    {
        const Result<BudgetSeason> s
            = BudgetSeason::fromJson(parse(R"({"year":2026,"phase":"assessment","max_votes":5,
                      "budgets":{"almaly":500000000,"auezov":499999999},
                      "phase_dates":{"proposals":"2026-02-01","voting":"2026-05-01"}})"));
        QVERIFY(s.ok());
        QCOMPARE(s->year(), 2026);
        QCOMPARE(s->phase(), BudgetPhase::Assessment);
        QCOMPARE(s->maxVotes(), 5);
        QCOMPARE(s->budget(QStringLiteral("auezov")), 499999999);
        QCOMPARE(s->budget(QStringLiteral("medeu")), 0);
        QVERIFY(!s->hasBudget(QStringLiteral("medeu")));
        QCOMPARE(s->phaseDate(BudgetPhase::Voting), QDate(2026, 5, 1));
        QVERIFY(!s->phaseDate(BudgetPhase::Assessment).isValid());
        // Budgets and dates may come later; an empty object and null are both "none yet".
        QVERIFY(BudgetSeason::fromJson(parse(R"({"year":2026,"phase":"proposals","max_votes":1})")).ok());
        QVERIFY(
            BudgetSeason::fromJson(
                parse(R"({"year":2026,"phase":"proposals","max_votes":10,"budgets":null,"phase_dates":{}})"))
                .ok());
    }

    void validationErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto row = [](const char* name, const char* json, const char* code, const char* field) {
            QTest::newRow(name) << QString::fromUtf8(json) << QString::fromLatin1(code)
                                << QString::fromLatin1(field);
        };
        row("no year", R"({"phase":"voting","max_votes":3})", "required", "year");
        row("year as text", R"({"year":"2026","phase":"voting","max_votes":3})", "invalid_type", "year");
        row("year fraction", R"({"year":2026.5,"phase":"voting","max_votes":3})", "invalid_type", "year");
        row("year out of range", R"({"year":1999,"phase":"voting","max_votes":3})", "out_of_range", "year");
        row("no phase", R"({"year":2026,"max_votes":3})", "required", "phase");
        row("phase as number", R"({"year":2026,"phase":2,"max_votes":3})", "invalid_type", "phase");
        row("unknown phase", R"({"year":2026,"phase":"counting","max_votes":3})", "unknown_phase", "phase");
        row("no K", R"({"year":2026,"phase":"voting"})", "required", "max_votes");
        row("K as text", R"({"year":2026,"phase":"voting","max_votes":"3"})", "invalid_type", "max_votes");
        row("K zero", R"({"year":2026,"phase":"voting","max_votes":0})", "out_of_range", "max_votes");
        row("K eleven", R"({"year":2026,"phase":"voting","max_votes":11})", "out_of_range", "max_votes");
        row("K negative", R"({"year":2026,"phase":"voting","max_votes":-1})", "out_of_range", "max_votes");
        row("budgets as list", R"({"year":2026,"phase":"voting","max_votes":3,"budgets":[1]})",
            "invalid_type", "budgets");
        row("budget as text", R"({"year":2026,"phase":"voting","max_votes":3,"budgets":{"almaly":"5"}})",
            "invalid_type", "budgets.almaly");
        row("budget fraction", R"({"year":2026,"phase":"voting","max_votes":3,"budgets":{"almaly":0.5}})",
            "invalid_type", "budgets.almaly");
        row("budget huge", R"({"year":2026,"phase":"voting","max_votes":3,"budgets":{"almaly":1e300}})",
            "invalid_type", "budgets.almaly");
        row("budget negative", R"({"year":2026,"phase":"voting","max_votes":3,"budgets":{"medeu":-1}})",
            "out_of_range", "budgets.medeu");
        row("dates as text", R"({"year":2026,"phase":"voting","max_votes":3,"phase_dates":"2026"})",
            "invalid_type", "phase_dates");
        row("date of unknown phase",
            R"({"year":2026,"phase":"voting","max_votes":3,"phase_dates":{"counting":"2026-06-01"}})",
            "unknown_phase", "phase_dates.counting");
        row("date malformed",
            R"({"year":2026,"phase":"voting","max_votes":3,"phase_dates":{"voting":"2026-13-01"}})",
            "invalid_type", "phase_dates.voting");
        row("date as number",
            R"({"year":2026,"phase":"voting","max_votes":3,"phase_dates":{"voting":20260501}})",
            "invalid_type", "phase_dates.voting");
        row("dates out of order",
            R"({"year":2026,"phase":"voting","max_votes":3,
                "phase_dates":{"proposals":"2026-02-01","assessment":"2026-01-15"}})",
            "out_of_order", "phase_dates.assessment");
    }

    void validationErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const Result<BudgetSeason> s = BudgetSeason::fromJson(doc.object());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QCOMPARE(s.error().field, field);
        QVERIFY(!s.error().message.isEmpty());
    }

    void checkListsEveryProblem()
    {
        BudgetSeason s = season2026();
        QVERIFY(s.check().isEmpty());
        s.setMaxVotes(0);
        s.setBudget(QStringLiteral("almaly"), -5);
        s.setPhaseDate(BudgetPhase::Results, QDate(2026, 4, 1)); // before voting
        QStringList fields;
        for (const Error& e : s.check())
            fields.append(e.field);
        QCOMPARE(fields,
                 QStringList({QStringLiteral("max_votes"), QStringLiteral("budgets.almaly"),
                              QStringLiteral("phase_dates.results")}));
    }
};

QTEST_GUILESS_MAIN(TestBudgetSeason)
#include "TestBudgetSeason.moc"

#include "core/Workflow.h"

#include <QTest>

using namespace tyndau;

// The transition table, exhaustively: every status × action × role.
class TestWorkflow : public QObject
{
    Q_OBJECT

private:
    const DeadlinePolicy m_policy {WorkingCalendar::kazakhstan()};

    static Request requestIn(Status s)
    {
        Request r;
        r.id = QUuid::createUuid();
        r.status = s;
        r.orgCode = QStringLiteral("almaty-su");
        r.kind = RequestKind::Complaint;
        r.dueDate = QDate(2026, 12, 15);
        return r;
    }

    static ActionInput fullInput()
    {
        ActionInput in;
        in.comment = QStringLiteral("причина");
        in.link = QUuid::createUuid();
        in.orgCode = QStringLiteral("almaty-su");
        in.answerText = QStringLiteral("Ответ");
        return in;
    }

private slots:
    void everyCombination()
    {
        int allowed = 0;
        for (Status s : allValues<Status>()) {
            for (Action a : allValues<Action>()) {
                for (Role role : allValues<Role>()) {
                    const Request r = requestIn(s);
                    const Actor actor {QStringLiteral("u"), role, QStringLiteral("almaty-su")};
                    const Transition* t = Workflow::find(a, s);
                    const auto result = Workflow::check(r, a, actor, fullInput());
                    const bool expected = t && t->roles.contains(role);
                    QVERIFY2(
                        result.ok() == expected,
                        qPrintable(QStringLiteral("%1 × %2 × %3").arg(toCode(s), toCode(a), toCode(role))));
                    if (!result.ok()) {
                        // Refusals are readable and say what is at fault.
                        QVERIFY(!result.error().message.isEmpty());
                        QVERIFY(!result.error().field.isEmpty());
                    }
                    allowed += expected;
                }
            }
        }
        QVERIFY(allowed > 20);
    }

    void availableActionsAgreeWithCheck()
    {
        for (Status s : allValues<Status>()) {
            for (Role role : allValues<Role>()) {
                const Request r = requestIn(s);
                const Actor actor {QStringLiteral("u"), role, QStringLiteral("almaty-su")};
                for (Action a : allValues<Action>())
                    QCOMPARE(Workflow::availableActions(r, actor).contains(a),
                             Workflow::check(r, a, actor, fullInput()).ok());
            }
        }
    }

    void everyStatusIsReachableAndLeavable()
    {
        for (Status s : allValues<Status>()) {
            bool reached = s == Status::Draft;
            bool left = false;
            for (const Transition& t : Workflow::table()) {
                reached = reached || t.to == s;
                left = left || t.from.contains(s);
            }
            QVERIFY2(reached, qPrintable(toCode(s)));
            QVERIFY2(left || isFinal(s), qPrintable(toCode(s)));
        }
    }

    void executorOfAnotherOrganizationIsRefused()
    {
        const Request r = requestIn(Status::Assigned);
        const auto result = Workflow::check(
            r, Action::Take, Actor {QStringLiteral("e"), Role::Executor, QStringLiteral("alts")}, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("org"));
    }

    void reasonsAreRequired()
    {
        const Request answered = requestIn(Status::Answered);
        const Actor inspector {QStringLiteral("i"), Role::Inspector, {}};
        auto result = Workflow::check(answered, Action::Return, inspector, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("comment"));
        ActionInput in;
        in.comment = QStringLiteral("   ");
        QVERIFY(!Workflow::check(answered, Action::Return, inspector, in).ok());
        in.comment = QStringLiteral("Не указаны сроки");
        QVERIFY(Workflow::check(answered, Action::Return, inspector, in).ok());
    }

    void aRequestLivesThroughReturnAndExtension()
    {
        Request r = requestIn(Status::Draft);
        r.orgCode.clear();
        const Actor op {QStringLiteral("operator1"), Role::Operator, {}};
        const Actor ex {QStringLiteral("executor1"), Role::Executor, QStringLiteral("almaty-su")};
        const Actor insp {QStringLiteral("inspector1"), Role::Inspector, {}};
        const QDateTime registered(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC); // Monday, 10:00 in Almaty
        ActionInput in = fullInput();

        QVERIFY(Workflow::apply(r, Action::Register, op, {}, m_policy, registered).ok());
        QCOMPARE(r.status, Status::Registered);
        QCOMPARE(r.dueDate, QDate(2026, 12, 14)); // 15 working days
        QVERIFY(Workflow::apply(r, Action::Assign, op, in, m_policy, registered).ok());
        QCOMPARE(r.orgCode, QStringLiteral("almaty-su"));
        QVERIFY(Workflow::apply(r, Action::Take, ex, {}, m_policy, registered).ok());
        QVERIFY(Workflow::apply(r, Action::RequestExtension, ex, in, m_policy, registered).ok());
        in.extraWorkingDays = 10;
        QVERIFY(Workflow::apply(r, Action::ApproveExtension, insp, in, m_policy, registered).ok());
        QCOMPARE(r.status, Status::Extended);
        // 16 December (Independence Day) is not a working day.
        QCOMPARE(r.dueDate, QDate(2026, 12, 29));
        QCOMPARE(r.originalDueDate, QDate(2026, 12, 14));
        QVERIFY(Workflow::apply(r, Action::Answer, ex, in, m_policy, registered).ok());
        QCOMPARE(r.qualityScore, -1); // not reviewed yet
        in.qualityScore = 2;
        auto ret = Workflow::apply(r, Action::Return, insp, in, m_policy, registered);
        QVERIFY(ret.ok());
        QCOMPARE(r.qualityScore, 2); // the return's score, until the next review
        QCOMPARE(ret->from, Status::Answered);
        QCOMPARE(ret->to, Status::Returned);
        QCOMPARE(ret->comment, in.comment);
        QCOMPARE(r.returnCount, 1);
        QVERIFY(Workflow::apply(r, Action::Answer, ex, in, m_policy, registered).ok());
        in.satisfaction = 5;
        in.qualityScore = 6; // more criteria than there are
        QVERIFY(!Workflow::apply(r, Action::Accept, insp, in, m_policy, registered).ok());
        QCOMPARE(r.status, Status::Answered);
        in.qualityScore = 5;
        QVERIFY(Workflow::apply(r, Action::Accept, insp, in, m_policy, registered).ok());
        QCOMPARE(r.status, Status::Closed);
        QCOMPARE(r.satisfaction, 5);
        QCOMPARE(r.qualityScore, 5);
        QVERIFY(r.closedAt.isValid());
        // A closed request refuses further answers, with the reason.
        auto late = Workflow::apply(r, Action::Answer, ex, in, m_policy, registered);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().field, QStringLiteral("status"));
        QCOMPARE(r.status, Status::Closed);
    }

    void refusedApplyChangesNothing()
    {
        Request r = requestIn(Status::Answered);
        const Request before = r;
        QVERIFY(!Workflow::apply(r, Action::Accept, Actor {QStringLiteral("s"), Role::Supervisor, {}}, {},
                                 m_policy, QDateTime::currentDateTimeUtc())
                     .ok());
        QCOMPARE(r, before);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "TestWorkflow.moc"

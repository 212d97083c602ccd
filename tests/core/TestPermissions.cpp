#include "core/Permissions.h"

#include <QTest>

using namespace tyndau;

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void table()
    {
        QVERIFY(Permissions::has(Role::Operator, Permission::RegisterRequests));
        QVERIFY(!Permissions::has(Role::Executor, Permission::ViewAllRequests));
        QVERIFY(Permissions::has(Role::Executor, Permission::ViewOwnOrgRequests));
        QVERIFY(!Permissions::has(Role::Supervisor, Permission::ViewCitizenContacts));
        QVERIFY(!Permissions::has(Role::Admin, Permission::ViewCitizenContacts));
        QVERIFY(Permissions::has(Role::Inspector, Permission::ReviewAnswers));
        QVERIFY(!Permissions::has(Role::Operator, Permission::ReviewAnswers));
        QVERIFY(Permissions::has(Role::Admin, Permission::ManageApiKeys));
        // Deny by default: no role has every permission.
        for (Role r : allValues<Role>())
            QVERIFY(Permissions::of(r).size() < int(Permission::RecordVotes) + 1);
    }

    void participationBudget()
    {
        // Only an admin runs the season; operators take proposals and votes at the desk;
        // inspectors are the experts.
        for (Role r : allValues<Role>()) {
            QCOMPARE(Permissions::has(r, Permission::ManageBudget), r == Role::Admin);
            QCOMPARE(Permissions::has(r, Permission::RegisterProposals),
                     r == Role::Operator || r == Role::Admin);
            QCOMPARE(Permissions::has(r, Permission::AssessProposals),
                     r == Role::Inspector || r == Role::Admin);
            QCOMPARE(Permissions::has(r, Permission::RecordVotes), r == Role::Operator || r == Role::Admin);
        }
        QCOMPARE(toCode(Permission::ManageBudget), QStringLiteral("manage_budget"));
        QCOMPARE(toCode(Permission::RegisterProposals), QStringLiteral("register_proposals"));
        QCOMPARE(toCode(Permission::AssessProposals), QStringLiteral("assess_proposals"));
        QCOMPARE(toCode(Permission::RecordVotes), QStringLiteral("record_votes"));
    }

    void masking()
    {
        QCOMPARE(Permissions::mask(QStringLiteral("880315300014")), QStringLiteral("8803••••••14"));
        QCOMPARE(Permissions::mask(QStringLiteral("+77011234567")), QStringLiteral("+7701•••••67"));
        QVERIFY(!Permissions::mask(QStringLiteral("880315300014")).contains(QStringLiteral("153000")));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"

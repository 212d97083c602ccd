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
            QVERIFY(Permissions::of(r).size() < 12);
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

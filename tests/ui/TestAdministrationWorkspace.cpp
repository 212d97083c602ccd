#include "GuiFixture.h"
#include "app/AuditListModel.h"
#include "app/OrganizationListModel.h"
#include "app/UserListModel.h"
#include "db/ReferenceStore.h"
#include "ui/AdministrationWorkspace.h"
#include "ui/AuditPanel.h"
#include "ui/CategoriesPanel.h"
#include "ui/OrganizationsPanel.h"
#include "ui/UsersPanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace tyndau;
using namespace tyndau::test;

// The administrator's workspace against a real server: accounts made and changed online,
// organizations and categories changed locally and carried to another workstation by sync,
// and the audit log showing both.
class TestAdministrationWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_f;

    AdministrationWorkspace* openAsAdmin()
    {
        if (!m_f->signIn(QStringLiteral("admin")) || !m_f->openWindow())
            return nullptr;
        AdministrationWorkspace* workspace = m_f->window().administrationWorkspace();
        m_f->window().showWorkspace(workspace);
        return workspace;
    }
    static bool marked(QWidget* field) { return field->styleSheet().contains(QLatin1String("#b00020")); }

private slots:
    void init()
    {
        m_f = std::make_unique<GuiFixture>();
        QVERIFY(m_f->startServer());
    }
    void cleanup() { m_f.reset(); }

    void anAdminMakesAndDeactivatesAnAccount()
    {
        AdministrationWorkspace* workspace = openAsAdmin();
        QVERIFY(workspace);
        UsersPanel* users = workspace->usersPanel();
        QAbstractItemModelTester tester(users->users(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(users->users()->rowCount(), 5); // the demo accounts

        // An executor without an organization and a short password: both fields say so, and
        // nothing is sent.
        users->startNew();
        users->fill(
            User {0, QStringLiteral("clerk3"), QStringLiteral("Дана Серікқызы"), Role::Executor, {}, true},
            QStringLiteral("short"));
        users->save();
        QVERIFY(users->message().contains(QLatin1String("organization")));
        auto* password = users->findChildren<QLineEdit*>().last();
        QVERIFY(marked(password));
        QCOMPARE(password->text(), QStringLiteral("short")); // nothing typed is lost

        users->fill(User {0, QStringLiteral("clerk3"), QStringLiteral("Дана Серікқызы"), Role::Executor,
                          QStringLiteral("almaty-su"), true},
                    QStringLiteral("long-enough-1"));
        users->save();
        QTRY_VERIFY(users->users()->rowOf(QStringLiteral("clerk3")) >= 0);
        QVERIFY(!marked(password));
        TestHttp http(m_f->server().url());
        QVERIFY(!http.login(QStringLiteral("clerk3"), QStringLiteral("long-enough-1")).isEmpty());

        // Deactivated from the list: the row stays, greyed and marked, and the person is out.
        users->edit(users->users()->rowOf(QStringLiteral("clerk3")));
        User changed = *users->users()->userAt(users->users()->rowOf(QStringLiteral("clerk3")));
        changed.active = false;
        users->fill(changed, QString());
        users->save();
        QTRY_VERIFY(!users->users()->userAt(users->users()->rowOf(QStringLiteral("clerk3")))->active);
        QCOMPARE(http.get(QStringLiteral("/api/v1/changes?limit=1")).status, 401);
    }

    // A sync that brings the lists again while the admin types keeps what is typed, and says
    // so when the organization changed elsewhere; an untouched form shows the new data.
    void typedEditsSurviveAnotherWorkstationsChange()
    {
        AdministrationWorkspace* workspace = openAsAdmin();
        QVERIFY(workspace);
        OrganizationsPanel* organizations = workspace->organizationsPanel();
        workspace->tabs()->setCurrentWidget(organizations);
        const int row = organizations->organizations()->rowOf(QStringLiteral("almaty-su"));
        QVERIFY(row >= 0);
        organizations->view()->selectRow(row);
        QLineEdit* ru = organizations->nameRuEdit();
        ru->selectAll();
        QTest::keyClicks(ru, QStringLiteral("Almaty Su 24/7"));

        Organization theirs = *organizations->organizations()->organizationAt(row);
        theirs.phone = QStringLiteral("+77272999999");
        QVERIFY(ReferenceStore(m_f->cache().db()).upsertOrganization(theirs).ok()); // as the feed writes it
        QVERIFY(m_f->cache().reloadReference().ok());
        organizations->refresh();
        QCOMPARE(ru->text(), QStringLiteral("Almaty Su 24/7"));
        QVERIFY2(organizations->message().contains(QStringLiteral("another workstation")),
                 qPrintable(organizations->message()));

        // Saved, the form is the saved one; then another change refreshes an untouched form.
        organizations->save();
        QVERIFY2(organizations->message().contains(QStringLiteral("Saved")),
                 qPrintable(organizations->message()));
        Organization later = *organizations->organizations()->organizationAt(
            organizations->organizations()->rowOf(QStringLiteral("almaty-su")));
        QCOMPARE(later.name.ru, QStringLiteral("Almaty Su 24/7"));
        later.name.ru = QStringLiteral("ТОО «Алматы Су»");
        QVERIFY(ReferenceStore(m_f->cache().db()).upsertOrganization(later).ok());
        QVERIFY(m_f->cache().reloadReference().ok());
        organizations->refresh();
        QCOMPARE(ru->text(), QStringLiteral("ТОО «Алматы Су»"));
    }

    void aNewCategoryAndItsOrganizationReachAnotherWorkstation()
    {
        AdministrationWorkspace* workspace = openAsAdmin();
        QVERIFY(workspace);
        CategoriesPanel* categories = workspace->categoriesPanel();
        workspace->tabs()->setCurrentWidget(categories);

        // A code that is not one Latin word is refused on its field.
        categories->startNew(QStringLiteral("roads"));
        categories->fill(Category {QStringLiteral("roads.Снег"),
                                   QStringLiteral("roads"),
                                   {QStringLiteral("Қар"), QStringLiteral("Снег"), {}},
                                   QStringLiteral("winter")});
        categories->save();
        QVERIFY(!categories->message().isEmpty());
        QVERIFY(!m_f->cache().reference().category(QStringLiteral("roads.Снег")));

        categories->startNew(QStringLiteral("roads"));
        categories->fill(
            Category {QStringLiteral("roads.snow_ice"),
                      QStringLiteral("roads"),
                      {QStringLiteral("Қар және көктайғақ"), QStringLiteral("Снег и гололёд"), {}},
                      QStringLiteral("winter")});
        categories->save();
        QVERIFY2(m_f->cache().reference().category(QStringLiteral("roads.snow_ice")),
                 qPrintable(categories->message()));
        QCOMPARE(categories->view()->currentIndex().data().toString(),
                 QStringLiteral("Снег и гололёд")); // no English name: the Russian one

        OrganizationsPanel* organizations = workspace->organizationsPanel();
        organizations->startNew();
        Organization snow {QStringLiteral("snow-service"),
                           QStringLiteral("service"),
                           {QStringLiteral("Қар тазалау қызметі"), QStringLiteral("Служба уборки снега"), {}},
                           QStringLiteral("+77272000000"),
                           {QStringLiteral("roads.snow_ice")},
                           {QStringLiteral("*")}};
        organizations->fill(snow);
        organizations->save();
        QVERIFY2(m_f->cache().reference().organization(QStringLiteral("snow-service")),
                 qPrintable(organizations->message()));
        QVERIFY(organizations->organizations()->rowOf(QStringLiteral("snow-service")) >= 0);
        // The register form's suggestion follows at once on this workstation.
        QCOMPARE(m_f->cache().reference().suggestExecutor(QStringLiteral("roads.snow_ice"),
                                                          QStringLiteral("almaly")),
                 QStringLiteral("snow-service"));
        QVERIFY(m_f->waitForSync());

        // An operator's workstation gets both with its next sync.
        QTemporaryDir other;
        auto cache = LocalCache::open(other.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache.ok());
        SyncEngine engine(cache.value()->db(), m_f->server().url());
        TestHttp http(m_f->server().url());
        engine.setToken(http.login(QStringLiteral("operator1")));
        QSignalSpy changedReference(&engine, &SyncEngine::referenceChanged);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QVERIFY(!changedReference.isEmpty());
        QVERIFY(cache.value()->reloadReference().ok());
        const Organization* received
            = cache.value()->reference().organization(QStringLiteral("snow-service"));
        QVERIFY(received);
        QCOMPARE(received->name.ru, QStringLiteral("Служба уборки снега"));
        QCOMPARE(received->categories, QStringList {QStringLiteral("roads.snow_ice")});
        QVERIFY(cache.value()->reference().category(QStringLiteral("roads.snow_ice")));

        // The audit log shows who did both.
        workspace->tabs()->setCurrentWidget(workspace->auditPanel());
        AuditListModel* audit = workspace->auditPanel()->entries();
        QTRY_VERIFY2(audit->rowCount() >= 2,
                     qPrintable(workspace->auditPanel()->findChild<QLabel*>()->text()));
        QStringList what;
        for (int row = 0; row < audit->rowCount(); ++row)
            what.append(audit->index(row, AuditListModel::ActionColumn).data().toString() + QLatin1Char(' ')
                        + audit->index(row, AuditListModel::ActorColumn).data().toString());
        QVERIFY2(what.contains(QStringLiteral("Organization saved admin")),
                 qPrintable(what.join(QLatin1Char('|'))));
        QVERIFY(what.contains(QStringLiteral("Category saved admin")));
    }
};

QTEST_MAIN(TestAdministrationWorkspace)
#include "TestAdministrationWorkspace.moc"

#include "GuiFixture.h"
#include "app/ApiKeyListModel.h"
#include "app/RequestListModel.h"
#include "core/Clock.h"
#include "ui/AdministrationWorkspace.h"
#include "ui/ApiKeysPanel.h"
#include "ui/BudgetWorkspace.h"
#include "ui/KnowledgeBaseWorkspace.h"
#include "ui/LoginDialog.h"
#include "ui/PolicyEditor.h"
#include "ui/RegisterForm.h"
#include "ui/RegisterWorkspace.h"
#include "ui/RequestsWorkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace tyndau;
using namespace tyndau::test;

// The frame: workspaces by role on shortcuts, the language switched at run time, the sync
// state in the status bar, and the way in (login, offline on the remembered session).
class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_f;

    QString menuTitle(int i) { return m_f->window().menuBar()->actions().at(i)->text(); }
    QString labelFor(const QString& field)
    {
        QWidget* editor = m_f->window().registerWorkspace()->form()->editor(field);
        for (auto* label : m_f->window().findChildren<QLabel*>())
            if (label->buddy() == editor)
                return label->text();
        return {};
    }

private slots:
    void init()
    {
        m_f = std::make_unique<GuiFixture>();
        QVERIFY(m_f->startServer());
    }
    void cleanup() { m_f.reset(); }

    void workspacesFollowTheRole()
    {
        QVERIFY(m_f->signIn(QStringLiteral("operator1")));
        QVERIFY(m_f->openWindow());
        MainWindow& w = m_f->window();
        QCOMPARE(w.workspaceNames(),
                 (QStringList {QStringLiteral("Register"), QStringLiteral("Requests"),
                               QStringLiteral("Knowledge base"), QStringLiteral("Budget")}));
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentWorkspace(), w.knowledgeBaseWorkspace());
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentWorkspace(), w.requestsWorkspace());
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentWorkspace(), w.registerWorkspace());
        QVERIFY(w.windowTitle().contains(displayName(Role::Operator)));
    }

    // Nobody asks: once the window is up, it syncs with the server by itself (after the first
    // paint, so that the window does not wait for the network), and again every half minute.
    void syncsByItselfOnceShown()
    {
        QVERIFY(m_f->signIn(QStringLiteral("operator1")));
        QVERIFY(m_f->showWindow());
        QCOMPARE(m_f->defaultSyncInterval(), 30);
        const SyncEngine* sync = m_f->window().syncEngine();
        QTRY_VERIFY_WITH_TIMEOUT(sync->status().lastSuccess.isValid(), 30000);
        QCOMPARE(sync->status().state, SyncStatus::State::Idle);
    }

    // Shown where it is never painted (minimized, on another desktop), it syncs all the same.
    void syncsWhenNeverPainted()
    {
        QVERIFY(m_f->signIn(QStringLiteral("operator1")));
        QVERIFY(m_f->showWindow(QStringLiteral("en"), true));
        QTRY_VERIFY_WITH_TIMEOUT(m_f->window().syncEngine()->status().lastSuccess.isValid(), 20000);
    }

    // The window builds the workspace it opens on; the others when first shown, by their
    // shortcut, and once only.
    void buildsOtherWorkspacesWhenFirstShown()
    {
        QVERIFY(m_f->signIn(QStringLiteral("operator1")));
        QVERIFY(m_f->openWindow());
        MainWindow& w = m_f->window();
        QVERIFY(w.findChild<RegisterWorkspace*>());
        QVERIFY(!w.findChild<RequestsWorkspace*>());
        QVERIFY(!w.findChild<KnowledgeBaseWorkspace*>());
        QVERIFY(!w.findChild<BudgetWorkspace*>());
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        auto* requests = w.findChild<RequestsWorkspace*>();
        QVERIFY(requests);
        QCOMPARE(w.currentWorkspace(), requests);
        QVERIFY(!w.findChild<KnowledgeBaseWorkspace*>());
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.findChildren<RequestsWorkspace*>().size(), 1); // built once
    }

    void anExecutorDoesNotRegister()
    {
        QVERIFY(m_f->signIn(QStringLiteral("executor1")));
        QVERIFY(m_f->openWindow());
        QCOMPARE(m_f->window().registerWorkspace(), nullptr);
        // An executor starts in its queue: what waits for its organization's answer.
        QCOMPARE(m_f->window().currentWorkspace(), m_f->window().reviewWorkspace());
        QCOMPARE(m_f->window().workspaceNames().first(), QStringLiteral("Queue"));
    }

    void anAdminMakesAndRevokesAnApiKey()
    {
        QVERIFY(m_f->signIn(QStringLiteral("admin")));
        QVERIFY(m_f->openWindow());
        AdministrationWorkspace* workspace = m_f->window().administrationWorkspace();
        QVERIFY(workspace);
        QCOMPARE(m_f->window().workspaceNames().last(), QStringLiteral("Administration"));
        m_f->window().showWorkspace(workspace);
        ApiKeysPanel* admin = workspace->apiKeysPanel();
        QAbstractItemModelTester tester(admin->keys(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(admin->keys()->rowCount(), 1); // the demo portal's key
        admin->createKey(QStringLiteral("mobile_app"), QString());
        QVERIFY(!admin->message().isEmpty()); // a key needs a name
        admin->createKey(QStringLiteral("mobile_app"), QStringLiteral("Almaty mobile app"));
        QTRY_VERIFY(!admin->shownKey().isEmpty());
        QTRY_COMPARE(admin->keys()->rowCount(), 2);
        int row = -1;
        for (int i = 0; i < admin->keys()->rowCount(); ++i)
            if (admin->keys()->keyAt(i)->label == QLatin1String("Almaty mobile app"))
                row = i;
        QVERIFY(row >= 0);
        admin->keyView()->setCurrentIndex(admin->keys()->index(row, 0));
        admin->revokeSelected();
        QTRY_VERIFY(admin->keys()->keyAt(row) && admin->keys()->keyAt(row)->revoked);
        QVERIFY(!admin->keys()->keyAt(1 - row)->revoked);
    }

    void anAdminsNewDeadlineReachesEveryWorkstation()
    {
        QVERIFY(m_f->signIn(QStringLiteral("admin")));
        QVERIFY(m_f->openWindow());
        PolicyEditor* editor = m_f->window().administrationWorkspace()->policyEditor();
        QCOMPARE(editor->termBox(RequestKind::Complaint)->value(), 15);
        editor->termBox(RequestKind::Complaint)->setValue(12);
        editor->saveTerms();
        QCOMPARE(m_f->cache().policy().term(RequestKind::Complaint), 12); // this workstation, at once
        editor->addDay(QDate(2026, 12, 31), 1, QStringLiteral("Перенос"));
        QVERIFY(!m_f->cache().policy().calendar().isWorkingDay(QDate(2026, 12, 31)));
        QVERIFY(m_f->waitForSync());

        // An operator's workstation gets both with its next sync.
        QTemporaryDir other;
        auto cache = LocalCache::open(other.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache.ok());
        SyncEngine engine(cache.value()->db(), m_f->server().url());
        TestHttp http(m_f->server().url());
        engine.setToken(http.login(QStringLiteral("operator1")));
        QSignalSpy changed(&engine, &SyncEngine::referenceChanged);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
        QVERIFY(cache.value()->reloadReference().ok());
        QCOMPARE(cache.value()->policy().term(RequestKind::Complaint), 12);
        QVERIFY(!cache.value()->policy().calendar().isWorkingDay(QDate(2026, 12, 31)));
    }

    void switchingLanguageRetranslatesTheOpenWindow()
    {
        QVERIFY(m_f->signIn(QStringLiteral("operator1")));
        QVERIFY(m_f->openWindow(QStringLiteral("en")));
        QCOMPARE(menuTitle(0), QStringLiteral("&File"));
        QCOMPARE(labelFor(QStringLiteral("district")), QStringLiteral("Dis&trict:"));
        const QString englishCount = m_f->window().requestsWorkspace()->countText();

        // Язык → Русский, from the menu, without a restart.
        QMenu* languages = m_f->window().menuBar()->actions().at(2)->menu();
        for (QAction* a : languages->actions())
            if (a->data().toString() == QLatin1String("ru"))
                a->trigger();
        QCOMPARE(UiLanguage::current(), QStringLiteral("ru"));
        QTRY_COMPARE(menuTitle(0), QStringLiteral("&Файл")); // LanguageChange is posted to every window
        QCOMPARE(labelFor(QStringLiteral("district")).remove(QLatin1Char('&')), QStringLiteral("Район:"));
        QCOMPARE(m_f->window().workspaceNames().at(1), QStringLiteral("Обращения"));
        QVERIFY(m_f->window().requestsWorkspace()->countText() != englishCount);
        // Qt's own words follow too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));

        for (QAction* a : languages->actions())
            if (a->data().toString() == QLatin1String("kk"))
                a->trigger();
        QTRY_COMPARE(labelFor(QStringLiteral("district")).remove(QLatin1Char('&')), QStringLiteral("Аудан:"));
        QCOMPARE(menuTitle(0).remove(QLatin1Char('&')), QStringLiteral("Файл"));
        QCOMPARE(labelFor(QStringLiteral("district")).remove(QLatin1Char('&')), QStringLiteral("Аудан:"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Бас тарту"));
        // Reference names follow the language: the district box now speaks Kazakh.
        auto* district = qobject_cast<QComboBox*>(
            m_f->window().registerWorkspace()->form()->editor(QStringLiteral("district")));
        QVERIFY(district->findText(QStringLiteral("Бостандық ауданы")) >= 0);
        // Dates in the Kazakh locale.
        QCOMPARE(QLocale().language(), QLocale::Kazakh);
    }

    void theStatusBarSaysWhenTheServerIsGone()
    {
        QVERIFY(m_f->signIn(QStringLiteral("operator1")));
        QVERIFY(m_f->openWindow());
        SyncStatusBar* bar = m_f->window().syncStatusBar();
        QVERIFY(!bar->offlineShown());
        QVERIFY(bar->accessibleDescription().contains(QStringLiteral("Last sync")));
        m_f->server().stop();
        // A cycle that reached no server changed nothing: the list is not read again.
        QSignalSpy reread(m_f->window().requestsWorkspace()->model(), &QAbstractItemModel::modelReset);
        QVERIFY(!m_f->syncOnce());
        QCOMPARE(reread.size(), 0);
        // Past midnight, still offline: the lists are read again for the new day's deadlines.
        FixedClock tomorrow(QDateTime::currentDateTimeUtc().addDays(1));
        Clock::setInstance(&tomorrow);
        const bool synced = m_f->syncOnce();
        Clock::setInstance(nullptr);
        QVERIFY(!synced);
        QCOMPARE(reread.size(), 1);
        QVERIFY(bar->offlineShown());
        QVERIFY(bar->accessibleDescription().contains(QStringLiteral("OFFLINE")));
        QVERIFY(m_f->restartServer());
        QVERIFY(m_f->waitForSync());
        QVERIFY(!bar->offlineShown());
    }

    void loginRemembersAndOpensOfflineOnTheRememberedSession()
    {
        QVERIFY(m_f->signIn(QStringLiteral("operator1"))); // remembered now
        const QUrl server = m_f->server().url();
        m_f->server().stop();
        LoginDialog dialog(m_f->language(), {});
        QCOMPARE(dialog.findChildren<QLineEdit*>().at(0)->text(), server.toString());
        QCOMPARE(dialog.findChildren<QLineEdit*>().at(1)->text(), QStringLiteral("operator1"));

        // A wrong password opens nothing, even offline.
        auto* password = dialog.findChildren<QLineEdit*>().at(2);
        password->setText(QStringLiteral("wrong"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().contains(QStringLiteral("…")) && ok->isEnabled(), 30000);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.message().contains(QStringLiteral("password")));

        password->setText(QStringLiteral("demo"));
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QVERIFY(dialog.offline());
        QCOMPARE(dialog.session().user.role, Role::Operator);
    }

    void anUnknownLoginGetsOneMessage()
    {
        LoginDialog dialog(m_f->language(), m_f->server().url());
        dialog.findChildren<QLineEdit*>().at(1)->setText(QStringLiteral("nobody"));
        dialog.findChildren<QLineEdit*>().at(2)->setText(QStringLiteral("demo"));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.message() == QStringLiteral("Wrong login or password."), 30000);
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

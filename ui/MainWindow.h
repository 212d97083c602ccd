#pragma once

#include "app/SessionClient.h"
#include "core/AlmatyTime.h"
#include "core/Workflow.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QActionGroup;
class QStackedWidget;
class QToolBar;

namespace tyndau {

class AdminClient;
class BlobFetcher;
class AdministrationWorkspace;
class KnowledgeBaseWorkspace;
class LocalCache;
class RegisterWorkspace;
class RegistrationDraft;
class RequestsWorkspace;
class SyncEngine;
class StatisticsWorkspace;
class BudgetWorkspace;
class SyncStatusBar;
class UiLanguage;

// The workstation's frame: the workspaces the user's role works in, each on a shortcut
// (Ctrl+1, Ctrl+2, …); the menus (sync, language, sign out); and the status bar with the
// sync state. It owns the sync engine for the session and tells the workspaces when the
// cache has changed. Only the first workspace is built with the window; each other one
// when it is first shown (or asked for), so the window appears sooner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LocalCache& cache, const Session& session, bool offline, UiLanguage& language,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    SyncEngine* syncEngine() const { return m_sync; }
    SyncStatusBar* syncStatusBar() const { return m_statusBar; }
    // Each builds its workspace if it has not been yet; null for a role without it.
    RegisterWorkspace* registerWorkspace(); // operators and admins
    RequestsWorkspace* requestsWorkspace();
    RequestsWorkspace* reviewWorkspace(); // the inspector's review or the executor's queue
    KnowledgeBaseWorkspace* knowledgeBaseWorkspace();
    StatisticsWorkspace* statisticsWorkspace(); // supervisors and admins
    BudgetWorkspace* budgetWorkspace(); // not executors
    AdministrationWorkspace* administrationWorkspace(); // admins
    QStringList workspaceNames() const; // in toolbar order, as shown
    void showWorkspace(QWidget* workspace);
    QWidget* currentWorkspace() const;

    static constexpr int kSyncEverySeconds = 30;
    static constexpr int kFirstSyncUnpaintedMs = 2000; // a shown window not painted by then syncs

signals:
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Workspace
    {
        QAction* action = nullptr;
        std::function<QWidget*()> make;
        QWidget* widget = nullptr; // null until built
    };
    // Returns its index; `make` builds it (and sets the member that names it).
    int addWorkspace(const char* name, std::function<QWidget*()> make);
    QWidget* built(int index);
    BlobFetcher* blobFetcher();
    // `member` once the workspace at `index` is built (its maker sets it); null for none.
    template <typename T>
    T* builtAs(int index, T* const& member);
    void showWorkspaceAt(int index);
    void buildMenus();
    void connectSync();
    void retranslate();
    void queueFirstSync(int delayMs); // see showEvent()
    void onSynced(bool ok);

    LocalCache& m_cache;
    Session m_session;
    Actor m_actor;
    UiLanguage& m_language;
    SyncEngine* m_sync = nullptr;
    QDate m_listsReadOn = AlmatyTime::today(); // the day the lists' deadlines were counted for
    RegistrationDraft* m_draft = nullptr;
    QStackedWidget* m_stack = nullptr;
    QToolBar* m_toolbar = nullptr;
    QActionGroup* m_workspaceActions = nullptr;
    SyncStatusBar* m_statusBar = nullptr;
    RegisterWorkspace* m_register = nullptr;
    RequestsWorkspace* m_requests = nullptr;
    RequestsWorkspace* m_review = nullptr; // inspectors' review, or executors' queue
    BlobFetcher* m_blobs = nullptr; // made when a workspace first needs it
    KnowledgeBaseWorkspace* m_knowledgeBase = nullptr;
    StatisticsWorkspace* m_statistics = nullptr;
    BudgetWorkspace* m_budget = nullptr;
    AdminClient* m_admin = nullptr;
    AdministrationWorkspace* m_administration = nullptr;
    std::vector<Workspace> m_workspaces; // in toolbar order
    // Where each is in m_workspaces; -1 for a role without it.
    int m_registerAt = -1;
    int m_reviewAt = -1;
    int m_requestsAt = -1;
    int m_knowledgeBaseAt = -1;
    int m_statisticsAt = -1;
    int m_budgetAt = -1;
    int m_administrationAt = -1;
    QList<std::pair<QAction*, const char*>> m_translatable; // actions and their source text
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    bool m_firstSyncQueued = false; // see paintEvent()
};

} // namespace tyndau

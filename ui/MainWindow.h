#pragma once

#include "app/SessionClient.h"
#include "core/Workflow.h"

#include <QMainWindow>

class QActionGroup;
class QStackedWidget;
class QToolBar;

namespace tyndau {

class AdminClient;
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
// cache has changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LocalCache& cache, const Session& session, bool offline, UiLanguage& language,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    SyncEngine* syncEngine() const { return m_sync; }
    SyncStatusBar* syncStatusBar() const { return m_statusBar; }
    RegisterWorkspace* registerWorkspace() const { return m_register; }
    RequestsWorkspace* requestsWorkspace() const { return m_requests; }
    // The inspector's review or the executor's queue; null for other roles.
    RequestsWorkspace* reviewWorkspace() const { return m_review; }
    KnowledgeBaseWorkspace* knowledgeBaseWorkspace() const { return m_knowledgeBase; }
    StatisticsWorkspace* statisticsWorkspace() const { return m_statistics; } // null for roles without
    BudgetWorkspace* budgetWorkspace() const { return m_budget; } // null for executors
    AdministrationWorkspace* administrationWorkspace() const { return m_administration; } // admins only
    QStringList workspaceNames() const; // in toolbar order, as shown
    void showWorkspace(QWidget* workspace);
    QWidget* currentWorkspace() const;

signals:
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addWorkspace(QWidget* workspace, const char* name);
    void buildMenus();
    void connectSync();
    void retranslate();
    void onSynced(bool ok);

    LocalCache& m_cache;
    Session m_session;
    Actor m_actor;
    UiLanguage& m_language;
    SyncEngine* m_sync = nullptr;
    RegistrationDraft* m_draft = nullptr;
    QStackedWidget* m_stack = nullptr;
    QToolBar* m_toolbar = nullptr;
    QActionGroup* m_workspaceActions = nullptr;
    SyncStatusBar* m_statusBar = nullptr;
    RegisterWorkspace* m_register = nullptr;
    RequestsWorkspace* m_requests = nullptr;
    RequestsWorkspace* m_review = nullptr; // inspectors' review, or executors' queue
    KnowledgeBaseWorkspace* m_knowledgeBase = nullptr;
    StatisticsWorkspace* m_statistics = nullptr;
    BudgetWorkspace* m_budget = nullptr;
    AdminClient* m_admin = nullptr;
    AdministrationWorkspace* m_administration = nullptr;
    QList<std::pair<QAction*, const char*>> m_translatable; // actions and their source text
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace tyndau

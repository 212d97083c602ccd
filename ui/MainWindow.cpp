#include "MainWindow.h"

#include "AdministrationWorkspace.h"
#include "BudgetProposalsPanel.h"
#include "BudgetWinnersView.h"
#include "BudgetWorkspace.h"
#include "KnowledgeBaseWorkspace.h"
#include "PolicyEditor.h"
#include "RegisterWorkspace.h"
#include "RequestCard.h"
#include "RequestsWorkspace.h"
#include "StatisticsWorkspace.h"
#include "SyncStatusBar.h"
#include "app/AdminClient.h"
#include "app/AttachmentFiles.h"
#include "app/BlobFetcher.h"
#include "app/DraftStore.h"
#include "app/LocalCache.h"
#include "app/RegistrationDraft.h"
#include "app/SyncEngine.h"
#include "app/UiLanguage.h"
#include "core/AlmatyTime.h"
#include "core/Permissions.h"
#include "db/OutboxStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace tyndau {

MainWindow::MainWindow(LocalCache& cache, const Session& session, bool offline, UiLanguage& language,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_session(session)
    , m_actor {session.user.login, session.user.role, session.user.orgCode}
    , m_language(language)
    , m_sync(new SyncEngine(cache.db(), session.server, this))
    , m_stack(new QStackedWidget(this))
    , m_toolbar(new QToolBar(this))
    , m_workspaceActions(new QActionGroup(this))
    , m_statusBar(new SyncStatusBar(this))
{
    setCentralWidget(m_stack);
    m_toolbar->setObjectName(QStringLiteral("workspaces"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::LeftToolBarArea, m_toolbar);
    statusBar()->addPermanentWidget(m_statusBar, 1);

    // Operators (and admins covering for them) register; everyone reads the list and the
    // knowledge base. Review, statistics and administration arrive with their roles.
    if (Workflow::roleMayEver(Action::Register, m_actor.role)) {
        m_draft
            = new RegistrationDraft(cache, m_actor, DraftStore(DraftStore::pathBeside(cache.path())), this);
        m_registerAt = addWorkspace(QT_TR_NOOP("&Register"), [this] {
            m_register = new RegisterWorkspace(m_cache, *m_draft, this);
            connect(m_register, &RegisterWorkspace::saved, m_sync, &SyncEngine::syncNow);
            return m_register;
        });
    }
    const bool reviews = Workflow::roleMayEver(Action::Accept, m_actor.role);
    if (reviews || Workflow::roleMayEver(Action::Answer, m_actor.role)) {
        m_reviewAt = addWorkspace(reviews ? QT_TR_NOOP("Re&view") : QT_TR_NOOP("&Queue"), [this, reviews] {
            m_review = new RequestsWorkspace(
                m_cache, m_actor, reviews ? RequestsWorkspace::Mode::Review : RequestsWorkspace::Mode::Queue,
                this);
            connect(m_review, &RequestsWorkspace::actionQueued, m_sync, &SyncEngine::syncNow);
            m_review->card()->setAttachmentFiles(new AttachmentFiles(m_cache.db(), blobFetcher(), m_review));
            return m_review;
        });
    }
    m_requestsAt = addWorkspace(QT_TR_NOOP("Re&quests"), [this] {
        m_requests = new RequestsWorkspace(m_cache, m_actor, RequestsWorkspace::Mode::All, this);
        connect(m_requests, &RequestsWorkspace::actionQueued, m_sync, &SyncEngine::syncNow);
        m_requests->card()->setAttachmentFiles(new AttachmentFiles(m_cache.db(), blobFetcher(), m_requests));
        return m_requests;
    });
    m_knowledgeBaseAt = addWorkspace(QT_TR_NOOP("&Knowledge base"), [this] {
        m_knowledgeBase = new KnowledgeBaseWorkspace(
            m_cache, Permissions::has(m_actor.role, Permission::EditKnowledgeBase), this);
        connect(m_knowledgeBase, &KnowledgeBaseWorkspace::articleEdited, m_sync, &SyncEngine::syncNow);
        return m_knowledgeBase;
    });
    if (Permissions::has(m_actor.role, Permission::ViewStatistics)) {
        m_statisticsAt = addWorkspace(QT_TR_NOOP("&Statistics"), [this] {
            m_statistics = new StatisticsWorkspace(m_cache, this);
            connect(m_statistics, &StatisticsWorkspace::drillDown, this,
                    [this](const RequestFilter& filter, const QString& what) {
                        requestsWorkspace()->showFiltered(filter, what);
                        showWorkspace(m_requests);
                    });
            return m_statistics;
        });
    }
    if (BudgetWorkspace::isFor(m_actor.role)) {
        m_budgetAt = addWorkspace(QT_TR_NOOP("&Budget"), [this] {
            m_budget = new BudgetWorkspace(m_cache, m_session.user, this);
            // Photos of the winners taken at other workstations are fetched when first shown.
            m_budget->proposalsPanel()->setFetcher(blobFetcher());
            connect(m_budget, &BudgetWorkspace::changed, m_sync, &SyncEngine::syncNow);
            return m_budget;
        });
    }
    if (Permissions::has(m_actor.role, Permission::ManageApiKeys)) {
        m_admin = new AdminClient(session.server, session.token, this);
        m_administrationAt = addWorkspace(QT_TR_NOOP("&Administration"), [this] {
            m_administration = new AdministrationWorkspace(*m_admin, m_cache, this);
            connect(m_administration, &AdministrationWorkspace::changed, m_sync, &SyncEngine::syncNow);
            return m_administration;
        });
    }
    built(0); // the first is shown with the window

    buildMenus();
    connectSync();
    retranslate();
    resize(1280, 800);
    m_sync->setToken(session.token);
    // What others did (an executor's answer for the inspector's queue, a new article) comes
    // in by itself, every half minute, besides after each of the user's own changes.
    m_sync->setInterval(kSyncEverySeconds);
    SyncStatus initial;
    initial.outboxCount = OutboxStore(cache.db()).count().value_or_zero();
    if (offline) {
        initial.state = SyncStatus::State::Offline;
        initial.offlineSince = QDateTime::currentDateTimeUtc();
    }
    m_statusBar->display(initial);
    // The first sync starts once the window has been painted (paintEvent).
}

MainWindow::~MainWindow() = default;

int MainWindow::addWorkspace(const char* name, std::function<QWidget*()> make)
{
    const int n = int(m_workspaces.size());
    auto* action = new QAction(this);
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + n)));
    action->setActionGroup(m_workspaceActions);
    action->setChecked(n == 0);
    connect(action, &QAction::triggered, this, [this, n] { showWorkspaceAt(n); });
    m_toolbar->addAction(action);
    m_translatable.append({action, name});
    m_workspaces.push_back(Workspace {action, std::move(make), nullptr});
    return n;
}

// One for the workspaces that show files (the requests, the review, the budget's photos): a
// file asked for by two of them is fetched once.
BlobFetcher* MainWindow::blobFetcher()
{
    if (!m_blobs)
        m_blobs = new BlobFetcher(m_cache.db(), m_session.server, m_session.token, this);
    return m_blobs;
}

QWidget* MainWindow::built(int index)
{
    if (index < 0)
        return nullptr;
    Workspace& w = m_workspaces.at(std::size_t(index));
    if (!w.widget) {
        w.widget = w.make();
        m_stack->addWidget(w.widget);
    }
    return w.widget;
}

template <typename T>
T* MainWindow::builtAs(int index, T* const& member)
{
    return built(index) ? member : nullptr;
}

// clang-format off
RegisterWorkspace* MainWindow::registerWorkspace() { return builtAs(m_registerAt, m_register); }
RequestsWorkspace* MainWindow::requestsWorkspace() { return builtAs(m_requestsAt, m_requests); }
RequestsWorkspace* MainWindow::reviewWorkspace() { return builtAs(m_reviewAt, m_review); }
KnowledgeBaseWorkspace* MainWindow::knowledgeBaseWorkspace() { return builtAs(m_knowledgeBaseAt, m_knowledgeBase); }
StatisticsWorkspace* MainWindow::statisticsWorkspace() { return builtAs(m_statisticsAt, m_statistics); }
BudgetWorkspace* MainWindow::budgetWorkspace() { return builtAs(m_budgetAt, m_budget); }
AdministrationWorkspace* MainWindow::administrationWorkspace() { return builtAs(m_administrationAt, m_administration); }
// clang-format on

void MainWindow::showWorkspace(QWidget* workspace)
{
    for (std::size_t i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces[i].widget == workspace)
            return showWorkspaceAt(int(i));
    }
}

void MainWindow::showWorkspaceAt(int index)
{
    QWidget* workspace = built(index);
    if (workspace == m_administration && m_administration)
        m_administration->refresh(); // the keys live on the server, not in the cache
    m_stack->setCurrentWidget(workspace);
    m_workspaces.at(std::size_t(index)).action->setChecked(true);
    workspace->setFocus();
    if (auto* first = workspace->nextInFocusChain(); first && workspace->isAncestorOf(first))
        first->setFocus();
}

QWidget* MainWindow::currentWorkspace() const
{
    return m_stack->currentWidget();
}

QStringList MainWindow::workspaceNames() const
{
    QStringList names;
    for (QAction* a : m_workspaceActions->actions())
        names.append(a->text().remove(QLatin1Char('&')));
    return names;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    auto* syncNow = m_fileMenu->addAction(QString(), m_sync, &SyncEngine::syncNow);
    syncNow->setShortcut(QKeySequence::Refresh);
    m_translatable.append({syncNow, QT_TR_NOOP("&Sync now")});
    auto* signOut = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_translatable.append({signOut, QT_TR_NOOP("Sign &out")});
    m_fileMenu->addSeparator();
    auto* quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_translatable.append({quit, QT_TR_NOOP("&Quit")});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_workspaceActions->actions());

    m_languageMenu = menuBar()->addMenu(QString());
    auto* languages = new QActionGroup(this);
    for (const QString& code : UiLanguage::available()) {
        auto* action = m_languageMenu->addAction(UiLanguage::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == UiLanguage::current());
        action->setData(code);
        action->setActionGroup(languages);
        connect(action, &QAction::triggered, this, [this, code] { m_language.apply(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    auto* about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About Tyndau"),
            tr("<h3>Tyndau %1</h3><p>The workstation of a city's public reception office: citizens' "
               "requests, the knowledge base of life situations, deadlines and quality control.</p>"
               "<p>Signed in as %2 (%3) on %4.</p>")
                .arg(QApplication::applicationVersion(), m_session.user.displayName.toHtmlEscaped(),
                     displayName(m_session.user.role), m_session.server.toDisplayString().toHtmlEscaped()));
    });
    m_translatable.append({about, QT_TR_NOOP("&About Tyndau")});
}

void MainWindow::connectSync()
{
    connect(m_sync, &SyncEngine::statusChanged, m_statusBar, &SyncStatusBar::display);
    connect(m_sync, &SyncEngine::finished, this, &MainWindow::onSynced);
    connect(m_sync, &SyncEngine::budgetChanged, this, [this] {
        if (m_budget)
            m_budget->refresh();
        if (m_statistics)
            m_statistics->budgetWinners()->refresh();
    });
    connect(m_sync, &SyncEngine::referenceChanged, this, [this] {
        if (auto r = m_cache.reloadReference(); !r) // the old policy stays in use
            statusBar()->showMessage(tr("The new deadlines could not be read: %1").arg(r.error().message));
        if (m_administration)
            m_administration->referenceChanged();
    });
    connect(m_sync, &SyncEngine::authenticationRequired, this, [this] {
        statusBar()->showMessage(
            tr("The session has ended: sign out and sign in again to sync. Your work is kept."));
    });
    connect(m_sync, &SyncEngine::operationRefused, this, [this](const QUuid&, const QString& message) {
        statusBar()->showMessage(tr("The server refused a change: %1").arg(message), 15000);
        if (m_requests)
            m_requests->refresh();
    });
}

void MainWindow::onSynced(bool ok)
{
    // The status bar already says how it went. A failed cycle may still have changed the
    // cache (pages applied before the line was cut); one that changed nothing, as when the
    // server is out of reach, leaves the lists as they are, unless the day has turned since
    // they were read: overdue and due soon are counted from today.
    const QDate today = AlmatyTime::today();
    if (!ok && !m_sync->changedCache() && today == m_listsReadOn)
        return;
    m_listsReadOn = today;
    // A workspace not built yet reads the cache when it is.
    if (m_requests)
        m_requests->refresh();
    if (m_review)
        m_review->refresh();
    if (m_knowledgeBase)
        m_knowledgeBase->refresh();
    if (m_statistics && m_stack->currentWidget() == m_statistics)
        m_statistics->refresh();
    if (m_register)
        m_register->refresh();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    // The first sync waits for the window's first paint, so that the window does not wait
    // for the network (bench/RESULTS.md, cold start).
    queueFirstSync(0);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // A window shown minimized, or on a desktop not in view, is not painted: it syncs soon
    // all the same.
    queueFirstSync(kFirstSyncUnpaintedMs);
}

// Once, whichever asks first; and not at all if a sync started meanwhile (the user pressed F5,
// a test asked), which it would otherwise follow with a second.
void MainWindow::queueFirstSync(int delayMs)
{
    if (m_firstSyncQueued)
        return;
    if (delayMs > 0) {
        QTimer::singleShot(delayMs, this, [this] { queueFirstSync(0); });
        return;
    }
    m_firstSyncQueued = true;
    QMetaObject::invokeMethod(
        m_sync,
        [sync = m_sync] {
            if (!sync->isRunning())
                sync->syncNow();
        },
        Qt::QueuedConnection);
}

void MainWindow::retranslate()
{
    setWindowTitle(
        tr("Tyndau — %1 (%2)")
            .arg(m_session.user.displayName.isEmpty() ? m_session.user.login : m_session.user.displayName,
                 displayName(m_session.user.role)));
    for (const auto& [action, source] : std::as_const(m_translatable))
        action->setText(tr(source));
    m_toolbar->setWindowTitle(tr("Workspaces"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    for (QAction* a : m_languageMenu->actions())
        a->setChecked(a->data().toString() == UiLanguage::current());
}

} // namespace tyndau

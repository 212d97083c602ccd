#pragma once

#include "../server/ServerFixture.h"
#include "app/LocalCache.h"
#include "app/SignIn.h"
#include "app/SyncEngine.h"
#include "app/UiLanguage.h"
#include "ui/MainWindow.h"
#include "ui/SyncStatusBar.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace tyndau::test {

// Types text into the widget as a keyboard would, one key event per character: QTest's
// keyClicks knows only ASCII, and operators type Kazakh and Russian.
inline void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

inline void typeIntoFocus(const QString& text)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    typeText(focus, text);
}

// The workstation as a user meets it: a real server on loopback (SQLite), a sign-in through
// the real SignIn (keychain included), a local cache in a temporary folder, the main window.
// Settings go to the temporary folder, not the user's.
class GuiFixture
{
public:
    GuiFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
    }

    bool startServer()
    {
        m_url = m_dbs.freshUrl(QStringLiteral("sqlite"));
        m_server = std::make_unique<ServerProcess>(m_url);
        return m_server->start();
    }
    // The same database again, on the same port: a server back after an outage.
    bool restartServer()
    {
        const QString port = QString::number(m_server->url().port());
        m_server->stop();
        m_server = std::make_unique<ServerProcess>(
            m_url, QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port});
        return m_server->start();
    }
    ServerProcess& server() { return *m_server; }

    bool signIn(const QString& login, const QString& password = QStringLiteral("demo"))
    {
        SignIn signIn;
        QSignalSpy done(&signIn, &SignIn::signedIn);
        QSignalSpy failed(&signIn, &SignIn::failed);
        signIn.start(m_server->url(), login, password);
        QDeadlineTimer deadline(30000);
        while (done.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
            done.wait(100);
        if (done.isEmpty())
            return false;
        m_session = done.first().first().value<Session>();
        m_offline = done.first().at(1).toBool();
        return true;
    }

    // Opens the window and waits for its first sync.
    bool openWindow(const QString& language = QStringLiteral("en"))
    {
        return showWindow(language) && waitForSync();
    }
    // Opens the window, and returns once it is on screen; `unseen`: shown where it is never
    // painted (as minimized, or on a desktop not in view), returning at once.
    bool showWindow(const QString& language = QStringLiteral("en"), bool unseen = false)
    {
        m_language.apply(language);
        auto cache
            = LocalCache::open(m_dir.filePath(QStringLiteral("cache-%1.db").arg(m_session.user.login)));
        if (!cache)
            return false;
        m_cache = std::move(cache).value();
        m_window = std::make_unique<MainWindow>(*m_cache, m_session, m_offline, m_language);
        m_defaultSyncInterval = m_window->syncEngine()->intervalSeconds();
        m_window->syncEngine()->setInterval(3600); // tests sync when they say so
        m_window->resize(1280, 800);
        if (unseen) {
            m_window->setUpdatesEnabled(false); // no paint event reaches it
            m_window->show();
            return true;
        }
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // Waits for a sync cycle that ends well (started by the window or by this call).
    bool waitForSync(int timeoutMs = 60000)
    {
        QSignalSpy finished(m_window->syncEngine(), &SyncEngine::finished);
        if (!m_window->syncEngine()->isRunning())
            m_window->syncEngine()->syncNow();
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (finished.isEmpty() && !finished.wait(int(std::max<qint64>(10, deadline.remainingTime()))))
                return false;
            if (finished.last().first().toBool())
                return true;
            finished.clear();
            m_window->syncEngine()->syncNow();
        }
        return false;
    }
    bool syncOnce()
    {
        QSignalSpy finished(m_window->syncEngine(), &SyncEngine::finished);
        m_window->syncEngine()->syncNow();
        return finished.wait(60000) && finished.last().first().toBool();
    }

    MainWindow& window() { return *m_window; }
    int defaultSyncInterval() const { return m_defaultSyncInterval; } // the window's own, in s
    LocalCache& cache() { return *m_cache; }
    UiLanguage& language() { return m_language; }
    const Session& session() const { return m_session; }
    bool offline() const { return m_offline; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    TestDb m_dbs;
    DbUrl m_url;
    std::unique_ptr<ServerProcess> m_server;
    Session m_session;
    bool m_offline = false;
    UiLanguage m_language;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<MainWindow> m_window;
    int m_defaultSyncInterval = 0;
};

} // namespace tyndau::test

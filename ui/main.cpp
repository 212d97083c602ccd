// tyndau: the workstation. `tyndau --server URL` opens the login dialog on that server.
#include "LoginDialog.h"
#include "MainWindow.h"
#include "app/AppInfo.h"
#include "app/LocalCache.h"
#include "app/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>

namespace {

// One signed-in session: the login dialog, then the main window until it closes or the
// user signs out (then the dialog again). Returns the application's exit code.
int runSessions(tyndau::UiLanguage& language, QUrl server)
{
    for (;;) {
        tyndau::LoginDialog login(language, server);
        if (login.exec() != QDialog::Accepted)
            return 0;
        const tyndau::Session session = login.session();
        server = session.server;
        auto cache
            = tyndau::LocalCache::open(tyndau::LocalCache::defaultPath(session.server, session.user.login));
        if (!cache) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Tyndau"),
                                  QApplication::translate("main", "The local cache cannot be opened: %1")
                                      .arg(cache.error().message));
            return 1;
        }
        if (const QString aside = cache.value()->movedAsidePath(); !aside.isEmpty())
            QMessageBox::warning(nullptr, QApplication::translate("main", "Tyndau"),
                                 QApplication::translate("main",
                                                         "The local cache was damaged. It was moved aside to "
                                                         "%1 and a new one is being filled from the server.")
                                     .arg(aside));
        tyndau::MainWindow window(*cache.value(), session, login.offline(), language);
        bool signOut = false;
        QObject::connect(&window, &tyndau::MainWindow::signOutRequested, &window, [&] {
            signOut = true;
            window.close();
        });
        window.show();
        if (!login.warning().isEmpty())
            window.statusBar()->showMessage(login.warning());
        const int code = QApplication::exec();
        if (!signOut)
            return code;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tyndau"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tyndau"));
    tyndau::AppInfo::apply();
    QApplication::setStyle(QStringLiteral("Fusion"));

    tyndau::UiLanguage language;
    language.apply(tyndau::UiLanguage::preferred());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"), QApplication::translate("main", "Server address."), QStringLiteral("URL"));
    parser.addOption(server);
    parser.process(app);
    return runSessions(language, QUrl::fromUserInput(parser.value(server)));
}

// tyndau: the workstation. `tyndau --server URL` opens on that server.
#include "MainWindow.h"
#include "app/AppInfo.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tyndau"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tyndau"));
    tyndau::AppInfo::apply();
    QApplication::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"), QApplication::translate("main", "Server address."), QStringLiteral("URL"));
    parser.addOption(server);
    parser.process(app);

    tyndau::MainWindow window(QUrl(parser.value(server)));
    window.show();
    return app.exec();
}

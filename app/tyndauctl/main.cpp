// tyndauctl: the workstation's core on the command line, for scripts, cron and tests.
// Its commands (login, sync, register, list, show, export, report, kb search) arrive with
// issues 3 and 5; until then it says so and exits non-zero, as scripts expect.
#include "app/AppInfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tyndauctl"));
    tyndau::AppInfo::apply();
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: tyndauctl --server URL --user LOGIN COMMAND ...\n"
                    "commands: login logout sync register list show export report kb\n");
        return args.isEmpty() ? 2 : 0;
    }
    if (args.contains(QStringLiteral("--version"))) {
        std::printf("tyndauctl %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    std::fprintf(stderr, "tyndauctl: this command is not implemented yet\n");
    return 3;
}

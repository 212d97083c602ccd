// tyndauctl: the workstation's core on the command line, for scripts, cron and tests.
#include "Tyndauctl.h"
#include "app/AppInfo.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tyndauctl"));
    tyndau::AppInfo::apply();
    return tyndau::Tyndauctl(app.arguments()).run();
}

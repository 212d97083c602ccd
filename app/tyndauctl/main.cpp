// tyndauctl: the workstation's core on the command line, for scripts, cron and tests.
#include "Tyndauctl.h"
#include "app/AppInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <memory>

int main(int argc, char** argv)
{
    // The reports draw a PDF, which needs fonts: a GUI application without a display.
    // Everything else stays a plain core application that needs no GUI libraries at run time.
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "budget-report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (drawing) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tyndauctl"));
    // tyndauctl speaks English whatever the machine's locale, and asks the server to: its
    // refusals come back in the same language as tyndauctl's own words (ApiRequest sends
    // the default locale's). The reports choose their language with --lang.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    tyndau::AppInfo::apply();
    return tyndau::Tyndauctl(QCoreApplication::arguments()).run();
}

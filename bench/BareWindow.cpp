// bench/tyndau-bench-bare-window [--text]: the cold start's limit, a bare Qt window — a QWidget
// shown offscreen, the process ending once it has been painted. It links Qt Widgets and nothing
// else, as any Qt Widgets program must, so the workstation's own libraries (SQLite, the network,
// the charts, printing, libphonenumber, the keychain) count against the workstation.
//
// With --text, for context: a window with one line of text, which makes fontconfig read its
// configuration and Qt list the system's fonts, as any window with a word in it does.
#include "FirstPaint.h"

#include <QApplication>
#include <QLabel>
#include <QWidget>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (QApplication::arguments().contains(QStringLiteral("--text"))) {
        QLabel window(QStringLiteral("Ашық Алматы — Открытый Алматы"));
        return tyndau::bench::showUntilPainted(window);
    }
    QWidget window;
    return tyndau::bench::showUntilPainted(window);
}

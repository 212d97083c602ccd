// bench/tyndau-bench-cold-start [N]: the workstation's cold start with a cache of N requests
// (default 1,000,000), against the limit measured in the same run: a bare Qt window.
//
// Each figure is a whole process, timed from its launch to the moment its window has been
// painted once (the process then exits): for the project, the cache opened and the main
// window built over it as after an offline sign-in (the supervisor's workspaces, the
// statistics of the week included); for the limit, a QWidget shown and painted. Both run
// offscreen (QT_QPA_PLATFORM=offscreen). The cache is made by tyndau-bench-requests-list
// --generate, beside this program. Median of five after a warm-up; target ≤ 2×.
//
// For context, not the target: a bare window with one line of text. The first text a Qt
// program draws makes fontconfig read its configuration and Qt list the system's fonts
// (290 here); the bare window never pays that, and any window with a word in it does.
#include "BenchTiming.h"
#include "app/LocalCache.h"
#include "app/SessionClient.h"
#include "app/UiLanguage.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace tyndau;

namespace {

// Quits the application once the watched window has been painted.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

// Shows `window` at the benchmark's size and runs until it has been painted once.
int showUntilPainted(QWidget& window)
{
    window.resize(1280, 800);
    FirstPaint paint;
    window.installEventFilter(&paint);
    window.show();
    return QApplication::exec();
}

int showBare()
{
    QWidget window;
    return showUntilPainted(window);
}

int showBareWithText()
{
    QLabel window(QStringLiteral("Ашық Алматы — Открытый Алматы"));
    return showUntilPainted(window);
}

int showWorkstation(const QString& path)
{
    UiLanguage language;
    auto cache = LocalCache::open(path);
    if (!cache)
        return 1;
    Session session;
    session.server = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing there: it stays offline
    session.user
        = User {2, QStringLiteral("supervisor1"), QStringLiteral("Аналитик"), Role::Supervisor, {}, true};
    MainWindow window(*cache.value(), session, true, language);
    return showUntilPainted(window);
}

double runMs(const QStringList& arguments)
{
    QProcess child;
    QElapsedTimer t;
    t.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(600000);
    return child.exitCode() == 0 ? t.nsecsElapsed() / 1e6 : -1;
}

double medianOfFive(const QStringList& arguments)
{
    runMs(arguments); // warm-up
    QList<double> times;
    for (int i = 0; i < 5; ++i)
        times.append(runMs(arguments));
    return bench::median(times);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() == 2 && args.at(1) == QLatin1String("--bare"))
        return showBare();
    if (args.size() == 2 && args.at(1) == QLatin1String("--bare-text"))
        return showBareWithText();
    if (args.size() == 3 && args.at(1) == QLatin1String("--open"))
        return showWorkstation(args.at(2));
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    const QString generator
        = QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("tyndau-bench-requests-list"));
    QElapsedTimer made;
    made.start();
    if (QProcess::execute(generator, {QStringLiteral("--generate"), path, QString::number(n)}) != 0) {
        std::fprintf(stderr, "generating the cache failed (%s)\n", qPrintable(generator));
        return 1;
    }
    std::printf("%lld requests generated in %.1f s\n", qlonglong(n), made.elapsed() / 1000.0);
    const double project = medianOfFive({QStringLiteral("--open"), path});
    const double limit = medianOfFive({QStringLiteral("--bare")});
    const double withText = medianOfFive({QStringLiteral("--bare-text")});
    if (project < 0 || limit < 0 || withText < 0) {
        std::fprintf(stderr, "a child failed\n");
        return 1;
    }
    std::printf("workstation to its first painted window: %.0f ms\n", project);
    std::printf("a bare Qt window to its first paint: %.0f ms\n", limit);
    std::printf("ratio: %.2f (target <= 2)\n", project / limit);
    std::printf("for context: a bare Qt window with one line of text: %.0f ms; ratio against it: %.2f\n",
                withText, project / withText);
    return 0;
}

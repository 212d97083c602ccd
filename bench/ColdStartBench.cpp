// bench/tyndau-bench-cold-start [N]: the workstation's cold start with a cache of N requests
// (default 1,000,000), against the limit measured in the same run: a bare Qt window.
//
// Each figure is a process timed from its launch to the moment its window has been painted
// and flushed once, as the child says on the machine's monotonic clock; the process then
// quits. For the project: the cache opened and the main window built over it as after an
// offline sign-in (the supervisor's workspaces, the statistics of the week included). For
// the limit: tyndau-bench-bare-window, a QWidget shown and painted by a program that links Qt
// Widgets and nothing else. Both run offscreen (QT_QPA_PLATFORM=offscreen). The cache is made
// by tyndau-bench-requests-list --generate, beside this program. Median of nine after a
// warm-up; target ≤ 2×.
//
// For context, not the target:
// - the bare window with one line of text: the first text a Qt program draws makes fontconfig
//   read its configuration and Qt list the system's fonts (290 here); the bare window never
//   pays that, and any window with a word in it does;
// - the bare window shown by this program, which loads every library the workstation links
//   (until 2026-11-25 this was the limit; it hid what those libraries cost to load);
// - launch to the process's end, its teardown included: until 2026-11-25 the figures were
//   these. Nobody waits for a process to end, and counting it hid what the window started
//   after its first paint (the first sync).
#include "BenchTiming.h"
#include "FirstPaint.h"
#include "app/LocalCache.h"
#include "app/SessionClient.h"
#include "app/UiLanguage.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tyndau;

namespace {

int showBare()
{
    QWidget window;
    return bench::showUntilPainted(window);
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
    return bench::showUntilPainted(window);
}

QString besideThis(const QString& program)
{
    return QDir(QApplication::applicationDirPath()).filePath(program);
}

// One launch: the time to its first paint, as the child says it, and to its end.
struct Start
{
    double painted = -1;
    double ended = -1;
};

Start launch(const QString& program, const QStringList& arguments)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const qint64 launched = bench::steadyNowNs();
    environment.insert(QLatin1String(bench::launchedVariable), QString::number(launched));
    child.setProcessEnvironment(environment);
    child.start(program, arguments);
    Start start;
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return start;
    start.ended = (bench::steadyNowNs() - launched) / 1e6;
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        bool ok = false;
        const double painted = line.startsWith("painted ") ? line.mid(8).toDouble(&ok) : 0;
        if (ok && painted > 0)
            start.painted = painted;
    }
    return start;
}

Start medianOfNine(const QString& program, const QStringList& arguments)
{
    launch(program, arguments); // warm-up
    QList<double> painted;
    QList<double> ended;
    for (int i = 0; i < 9; ++i) {
        const Start start = launch(program, arguments);
        if (start.painted < 0)
            return {};
        painted.append(start.painted);
        ended.append(start.ended);
    }
    return {bench::median(painted), bench::median(ended)};
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() == 2 && args.at(1) == QLatin1String("--bare"))
        return showBare();
    if (args.size() == 3 && args.at(1) == QLatin1String("--open"))
        return showWorkstation(args.at(2));
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    const QString generator = besideThis(QStringLiteral("tyndau-bench-requests-list"));
    QElapsedTimer made;
    made.start();
    if (QProcess::execute(generator, {QStringLiteral("--generate"), path, QString::number(n)}) != 0) {
        std::fprintf(stderr, "generating the cache failed (%s)\n", qPrintable(generator));
        return 1;
    }
    std::printf("%lld requests generated in %.1f s\n", qlonglong(n), made.elapsed() / 1000.0);
    const QString self = QApplication::applicationFilePath();
    const QString bare = besideThis(QStringLiteral("tyndau-bench-bare-window"));
    const Start project = medianOfNine(self, {QStringLiteral("--open"), path});
    const Start limit = medianOfNine(bare, {});
    const Start withText = medianOfNine(bare, {QStringLiteral("--text")});
    const Start withLibraries = medianOfNine(self, {QStringLiteral("--bare")});
    if (project.painted < 0 || limit.painted < 0 || withText.painted < 0 || withLibraries.painted < 0) {
        std::fprintf(stderr, "a child failed, or did not say when it was painted\n");
        return 1;
    }
    std::printf("workstation, launch to its first painted window: %.1f ms\n", project.painted);
    std::printf("a bare Qt window (tyndau-bench-bare-window), launch to its first paint: %.1f ms\n",
                limit.painted);
    std::printf("ratio: %.2f (target <= 2)\n", project.painted / limit.painted);
    std::printf("for context: the bare window with one line of text: %.1f ms (ratio against it %.2f);\n"
                "  the bare window with all the workstation's libraries loaded: %.1f ms (ratio %.2f);\n"
                "  launch to the process's end, teardown included: workstation %.1f ms, bare window "
                "%.1f ms (ratio %.2f)\n",
                withText.painted, project.painted / withText.painted, withLibraries.painted,
                project.painted / withLibraries.painted, project.ended, limit.ended,
                project.ended / limit.ended);
    return 0;
}

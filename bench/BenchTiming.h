#pragma once

// What every benchmark in bench/ measures with: a median, and one run of the `sqlite3`
// shell, the limit most of them stand beside.
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>

#include <algorithm>

namespace tyndau::bench {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Wall time in ms of the `sqlite3` shell running `script` on the database at `path`, its start
// included. A shell that fails stops the benchmark: a limit that did not run is no limit.
inline double sqliteShellMs(const QString& path, const QByteArray& script)
{
    QProcess shell;
    QElapsedTimer t;
    t.start();
    shell.start(QStringLiteral("sqlite3"), {path});
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0)
        qFatal("sqlite3 failed: %s", shell.readAllStandardError().constData());
    return t.nsecsElapsed() / 1e6;
}

// The median of `runs` such runs.
inline double sqliteShellMedianMs(const QString& path, const QByteArray& script, int runs = 3)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(sqliteShellMs(path, script));
    return median(times);
}

} // namespace tyndau::bench

#pragma once

// How the cold-start benchmark and its limit end: a window shown at the benchmark's size, the
// process saying when it was painted, then quitting.
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace tyndau::bench {

// The benchmark puts the steady clock's time, in nanoseconds, in this variable just before
// it launches a child; both share the machine's monotonic clock.
inline constexpr char launchedVariable[] = "TYNDAU_BENCH_LAUNCHED_NS";

inline qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Prints "painted <ms>": the time from the launch to now.
inline void sayPainted()
{
    bool ok = false;
    const qint64 since = qEnvironmentVariable(launchedVariable).toLongLong(&ok);
    // Written the C way whatever the locale (QApplication set the user's): the benchmark
    // reads it back with QByteArray::toDouble.
    if (ok)
        std::printf("painted %s\n", QByteArray::number((steadyNowNs() - since) / 1e6, 'f', 3).constData());
    std::fflush(stdout);
}

// Quits the application once the watched window has been painted. The paint event reaches
// the filter before the window paints; what is queued from it runs once the whole window has
// been painted and flushed, before anything the window itself queues while painting.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, [] {
                sayPainted();
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

// Shows `window` at the benchmark's size and runs until it has been painted once.
inline int showUntilPainted(QWidget& window)
{
    window.resize(1280, 800);
    FirstPaint paint;
    window.installEventFilter(&paint);
    window.show();
    return QApplication::exec();
}

} // namespace tyndau::bench

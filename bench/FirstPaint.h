#pragma once

// How the cold-start benchmark and its limit end: a window shown at the benchmark's size, the
// process quitting once it has been painted.
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace tyndau::bench {

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
inline int showUntilPainted(QWidget& window)
{
    window.resize(1280, 800);
    FirstPaint paint;
    window.installEventFilter(&paint);
    window.show();
    return QApplication::exec();
}

} // namespace tyndau::bench

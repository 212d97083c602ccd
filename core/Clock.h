#pragma once

#include <QDateTime>

namespace tyndau {

// The one place the program reads the time, so that tests can set it (KeePassXC's Clock).
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentUtc();

    // Replace the clock (tests). Passing nullptr restores the system clock. Not owned.
    static void setInstance(Clock* clock);

protected:
    virtual QDateTime nowUtc() const = 0;
};

// A clock that stands still until moved: for deadline and "overdue" tests.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime utc)
        : m_now(std::move(utc))
    {
    }
    void set(QDateTime utc) { m_now = std::move(utc); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

protected:
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace tyndau

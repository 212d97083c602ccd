#pragma once

#include <QDateTime>
#include <QString>

namespace tyndau {

// What the status bar shows: idle / syncing n of m / offline since … / error with a reason.
struct SyncStatus
{
    enum class State
    {
        Idle,
        Syncing,
        Offline,
        Error
    };

    State state = State::Idle;
    int done = 0;
    int total = 0; // 0 when unknown (pulling)
    QDateTime offlineSince; // UTC
    QDateTime lastSuccess; // UTC
    qint64 outboxCount = 0;
    QString message;

    bool operator==(const SyncStatus&) const = default;
};

} // namespace tyndau

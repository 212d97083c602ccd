#pragma once

#include "core/Result.h"
#include "core/Vocabulary.h"
#include "core/WorkingCalendar.h"

namespace tyndau {

class LocalCache;

// An admin's changes to the deadline policy, written like every other change: in the local
// cache and the outbox in one transaction, the cache's policy read again at once (new
// deadlines on this workstation follow it now), and every other workstation gets the
// server's policy through the feed.
class LocalPolicy
{
public:
    explicit LocalPolicy(LocalCache& cache);

    Result<void> setTerm(RequestKind kind, int workingDays); // 1..60
    Result<void> setDay(const CalendarDay& day);
    Result<void> removeDay(QDate date);

private:
    LocalCache& m_cache;
};

} // namespace tyndau

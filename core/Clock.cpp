#include "Clock.h"

namespace tyndau {
namespace {
Clock* g_clock = nullptr;
} // namespace

QDateTime Clock::currentUtc()
{
    return g_clock ? g_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

void Clock::setInstance(Clock* clock)
{
    g_clock = clock;
}

} // namespace tyndau

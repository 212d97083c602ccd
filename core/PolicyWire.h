#pragma once

#include "DeadlinePolicy.h"
#include "Result.h"

#include <QJsonObject>

namespace tyndau {

// The deadline policy on the wire: the terms per kind and the calendar's exceptions, as
// the change feed carries them to every workstation after an admin changes them.
//   {"terms":{"complaint":15,…}, "days":[{"date":"2026-12-16","kind":"holiday","kk","ru","en"}]}
class PolicyWire
{
public:
    static QJsonObject toJson(const DeadlinePolicy& policy);
    static Result<DeadlinePolicy> fromJson(const QJsonObject& json);

    static QString toCode(CalendarDay::Kind kind); // holiday | day_off | working_day
    static std::optional<CalendarDay::Kind> dayKindFromCode(const QString& code);
};

} // namespace tyndau

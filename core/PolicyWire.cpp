#include "PolicyWire.h"

#include <QJsonArray>

namespace tyndau {

QString PolicyWire::toCode(CalendarDay::Kind kind)
{
    switch (kind) {
    case CalendarDay::Kind::Holiday:
        return QStringLiteral("holiday");
    case CalendarDay::Kind::DayOff:
        return QStringLiteral("day_off");
    case CalendarDay::Kind::WorkingDay:
        return QStringLiteral("working_day");
    }
    return {};
}

std::optional<CalendarDay::Kind> PolicyWire::dayKindFromCode(const QString& code)
{
    for (auto kind : {CalendarDay::Kind::Holiday, CalendarDay::Kind::DayOff, CalendarDay::Kind::WorkingDay})
        if (toCode(kind) == code)
            return kind;
    return std::nullopt;
}

QJsonObject PolicyWire::toJson(const DeadlinePolicy& policy)
{
    QJsonObject terms;
    for (RequestKind k : allValues<RequestKind>())
        terms.insert(tyndau::toCode(k), policy.term(k));
    QJsonArray days;
    for (const CalendarDay& d : policy.calendar().days())
        days.append(QJsonObject {{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                 {QStringLiteral("kind"), toCode(d.kind)},
                                 {QStringLiteral("kk"), d.nameKk},
                                 {QStringLiteral("ru"), d.nameRu},
                                 {QStringLiteral("en"), d.nameEn}});
    return QJsonObject {{QStringLiteral("terms"), terms}, {QStringLiteral("days"), days}};
}

Result<DeadlinePolicy> PolicyWire::fromJson(const QJsonObject& json)
{
    WorkingCalendar calendar;
    for (const auto& item : json.value(QLatin1String("days")).toArray()) {
        const QJsonObject o = item.toObject();
        const QDate date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        const auto kind = dayKindFromCode(o.value(QLatin1String("kind")).toString());
        if (!date.isValid() || !kind)
            return Error {QStringLiteral("invalid"), QStringLiteral("a calendar day is not valid"),
                          QStringLiteral("days")};
        calendar.set(CalendarDay {date, *kind, o.value(QLatin1String("kk")).toString(),
                                  o.value(QLatin1String("ru")).toString(),
                                  o.value(QLatin1String("en")).toString()});
    }
    DeadlinePolicy policy(calendar);
    const QJsonObject terms = json.value(QLatin1String("terms")).toObject();
    for (auto it = terms.constBegin(); it != terms.constEnd(); ++it) {
        const auto kind = fromCode<RequestKind>(it.key());
        const int days = it.value().toInt();
        if (!kind || days < 1 || days > 60)
            return Error {QStringLiteral("invalid"), QStringLiteral("a deadline term is not valid"),
                          QStringLiteral("terms")};
        policy.setTerm(*kind, days);
    }
    return policy;
}

} // namespace tyndau

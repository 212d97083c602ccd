#pragma once

#include "core/Result.h"
#include "db/StatisticsStore.h"

namespace tyndau {

class Database;
class ReferenceData;

// A category group's count this week and the week before.
struct GroupCount
{
    QString code;
    QString name; // in the report's language
    int count = 0;
    int previous = 0;
};

// Everything the staff meeting's report holds, computed once: the week and the week before,
// the category groups ranked, districts, organizations, quality and the acute issues. The
// workspace shows it and the PDF and CSV writers print it, so the screen and the paper agree.
struct WeeklyReport
{
    // Periods longer than this are counted off the UI thread, on a reader connection of
    // their own (StatisticsWorkspace): a year of a city's requests takes seconds.
    static constexpr int kLongPeriodDays = 92;

    QString weekCode; // 2026-W47; empty when the period is not one week
    PeriodFigures current;
    PeriodFigures previous;
    QList<GroupCount> categories; // groups, most first
    QList<GroupCount> districts; // most first
    QList<AcuteIssue> acute;

    static Result<WeeklyReport> build(Database& db, const ReferenceData& reference, const QString& weekCode,
                                      QDate today);
    // Any period of whole days, against the period of the same length just before it.
    static Result<WeeklyReport> build(Database& db, const ReferenceData& reference, const TimeSpan& span,
                                      QDate today);

    bool isWeek() const { return !weekCode.isEmpty(); }
    // "week 2026-W47", or "1 November 2026 – 30 November 2026": what the figures cover.
    QString periodName() const;
    QString fileStem() const; // "2026-W47" or "2026-11-01_2026-11-30"
    // Column and legend titles: "This week" / "This period", and so on.
    QString currentLabel() const;
    QString previousLabel() const;
    QString usualLabel() const;
    // Names in the report's language: a category group, a district, an organization, an
    // acute issue's key.
    static QString nameOf(const ReferenceData& reference, const AcuteIssue& issue, const QString& language);

    double onTimeRate() const; // of the answered, in %
    double returnRate() const; // of the answered, in %
    int overdueOpen() const;

private:
    double shareOfAnswered(int OrganizationFigures::*part) const;
};

} // namespace tyndau

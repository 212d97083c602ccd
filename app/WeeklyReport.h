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
    QString weekCode; // 2026-W47
    PeriodFigures current;
    PeriodFigures previous;
    QList<GroupCount> categories; // groups, most first
    QList<GroupCount> districts; // most first
    QList<AcuteIssue> acute;

    static Result<WeeklyReport> build(Database& db, const ReferenceData& reference, const QString& weekCode,
                                      QDate today);
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

#pragma once

#include "core/AlmatyTime.h"
#include "core/Result.h"
#include "core/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>

namespace tyndau {

class Database;

// One organization's work in a period: how many it was given, answered, answered on time
// (by the end of the due date), has overdue and open now, had returned, and how long it took
// on average, and the inspectors' average quality score of its answers (0 when none was scored).
struct OrganizationFigures
{
    QString orgCode;
    int assigned = 0;
    int answered = 0;
    int onTime = 0;
    int overdueOpen = 0;
    int returned = 0;
    double averageAnswerHours = 0;
    double qualityAverage = 0; // 0..5 criteria met, over the reviewed answers
    int qualityCount = 0; // its answers an inspector scored
};

// A period's figures, all from SQL aggregates.
struct PeriodFigures
{
    TimeSpan span;
    int total = 0;
    QMap<QDate, QHash<Channel, int>> perDayByChannel;
    QHash<QString, int> byCategory; // leaf codes
    QHash<QString, int> byDistrict;
    QList<OrganizationFigures> byOrganization; // most assigned first
    int consultations = 0; // answered on the spot
    int linkedToIncidents = 0;
    int satisfactionCount = 0;
    double satisfactionAverage = 0; // 1..5, over the requests with a call-back
    int qualityCount = 0; // answers an inspector scored (accepted or returned)
    double qualityAverage = 0; // 0..5 criteria met, over those
};

// What stands out: a category, district or street whose count in the period is well above
// its average over the weeks before.
struct AcuteIssue
{
    enum class Kind
    {
        Category,
        District,
        Street,
    };
    Kind kind = Kind::Category;
    QString key; // category or district code, or the street as written before the comma
    int count = 0;
    double usual = 0; // the average of the periods before
    double score = 0; // (count - usual) / sqrt(usual + 1): higher stands out more
};

// The statistics workspace's and the weekly report's queries, on both dialects.
class StatisticsStore
{
public:
    explicit StatisticsStore(Database& db);

    // `today`: for what is overdue now.
    Result<PeriodFigures> figures(const TimeSpan& span, QDate today);
    // Categories, districts and streets counted in `span` against the `periodsBefore` periods
    // of the same length before it (weeks, for a week); those at least `minCount` and half
    // again their usual, ranked by score.
    Result<QList<AcuteIssue>> acuteIssues(const TimeSpan& span, int periodsBefore = 4, int minCount = 5);
    // Where the period's requests were, for the map: x = longitude, y = latitude.
    Result<QList<QPointF>> points(const TimeSpan& span);

private:
    Database& m_db;
};

} // namespace tyndau

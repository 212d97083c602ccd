#pragma once

#include "DeadlinePolicy.h"
#include "DemoRandom.h"
#include "ReferenceData.h"
#include "Request.h"
#include "Workflow.h"

#include <QDate>
#include <QList>

#include <functional>

namespace tyndau {

struct DemoOptions
{
    std::uint64_t seed = 1308;
    qint64 count = 10000; // requests, incidents' calls included
    QDate lastDay; // Asia/Almaty; defaults to today
    int days = 365;
};

// A mass incident: one request others link to, and the calls that came about it.
struct DemoIncident
{
    QUuid id;
    QString categoryCode;
    QString districtCode;
    QDate day;
    int calls = 0;
};

struct GeneratedRequest
{
    Request request;
    QList<HistoryEntry> history;
};

// Makes a demo city's year of requests: weekday peaks, heating in winter, watering and
// landscaping in summer, mass incidents of many calls; every request walked through the
// real workflow as far as its age allows. Deterministic from the seed.
class DemoGenerator
{
public:
    DemoGenerator(const ReferenceData& reference, const DeadlinePolicy& policy, DemoOptions options);

    // Calls `sink` for each request, in order of registration. Returns how many were made;
    // stops early when the sink returns false.
    using Sink = std::function<bool(GeneratedRequest&&)>;
    qint64 generate(const Sink& sink);

    const QList<DemoIncident>& incidents() const { return m_incidents; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

private:
    struct Leaf
    {
        QString code;
        QString season;
        double weight;
    };

    void planIncidents();
    QList<qint64> planDailyCounts(qint64 ordinary) const;
    QString pickCategory(int month);
    QString pickDistrict();
    void placeOnStreet(Request& r, Language language);
    Request baseRequest(QDate day);
    GeneratedRequest ordinary(QDate day);
    GeneratedRequest incidentRequest(const DemoIncident& incident);
    GeneratedRequest incidentCall(const DemoIncident& incident);
    // Walks it through the workflow; `mayShortcut`: may end as a consultation or duplicate.
    void live(GeneratedRequest& g, bool mayShortcut);
    void step(GeneratedRequest& g, Action action, const Actor& actor, const ActionInput& input,
              QDateTime& at);
    void assignNumber(Request& r);

    const ReferenceData& m_reference;
    const DeadlinePolicy& m_policy;
    DemoOptions m_options;
    DemoRandom m_rng;
    QDate m_first;
    QDate m_last;
    QDateTime m_now;
    QList<Leaf> m_leaves;
    QList<double> m_districtWeights;
    QHash<QString, QList<int>> m_streetsByDistrict;
    QList<DemoIncident> m_incidents;
    QHash<int, int> m_numbers; // year -> last official number
    QList<QUuid> m_recent; // for duplicates
};

} // namespace tyndau

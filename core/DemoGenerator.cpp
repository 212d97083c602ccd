#include "DemoGenerator.h"

#include "AlmatyTime.h"
#include "Clock.h"
#include "DemoText.h"
#include "TimeOrderedUuid.h"
#include "Workflow.h"

#include <QTime>

#include <algorithm>
#include <cmath>

namespace tyndau {
namespace {

// Share of each top-level category in a year of Open Almaty's requests (before seasons).
const QHash<QString, double>& topWeights()
{
    static const QHash<QString, double> w {
        {QStringLiteral("landscaping"), 14}, {QStringLiteral("water"), 10},
        {QStringLiteral("heating"), 9},      {QStringLiteral("electricity"), 7},
        {QStringLiteral("roads"), 12},       {QStringLiteral("transport"), 12},
        {QStringLiteral("housing"), 10},     {QStringLiteral("construction"), 5},
        {QStringLiteral("safety"), 4},       {QStringLiteral("ecology"), 4},
        {QStringLiteral("education"), 6},    {QStringLiteral("health"), 4},
        {QStringLiteral("social"), 4},       {QStringLiteral("reference"), 6},
        {QStringLiteral("other"), 2},
    };
    return w;
}

double seasonFactor(const QString& season, int month)
{
    const bool winter = month == 12 || month <= 2;
    const bool shoulder = month == 11 || month == 3;
    const bool summer = month >= 6 && month <= 8;
    if (season == QLatin1String("winter"))
        return winter ? 4.0 : shoulder ? 2.0 : summer ? 0.1 : 0.5;
    if (season == QLatin1String("summer"))
        return summer ? 4.0 : (month == 5 || month == 9) ? 2.0 : winter ? 0.1 : 0.5;
    return 1.0;
}

// Calls come in office hours, with a dip at lunch; social networks never sleep entirely.
int minuteOfDay(DemoRandom& rng)
{
    static const QList<double> hourWeights {0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 7,   8, 8,
                                            6,   5,   7,   8,   7,   6,   4,   3,   2, 1.5, 1, 0.5};
    return rng.weighted(hourWeights) * 60 + rng.below(60);
}

Actor operatorActor(DemoRandom& rng)
{
    return Actor {QStringLiteral("operator%1").arg(1 + rng.below(20)), Role::Operator, {}};
}

Actor inspectorActor(DemoRandom& rng)
{
    return Actor {QStringLiteral("inspector%1").arg(1 + rng.below(5)), Role::Inspector, {}};
}

Actor executorActor(const QString& org)
{
    return Actor {QStringLiteral("exec-") + org, Role::Executor, org};
}

} // namespace

DemoGenerator::DemoGenerator(const ReferenceData& reference, const DeadlinePolicy& policy,
                             DemoOptions options)
    : m_reference(reference)
    , m_policy(policy)
    , m_options(options)
    , m_rng(options.seed)
{
    m_last = m_options.lastDay.isValid() ? m_options.lastDay : AlmatyTime::today();
    m_first = m_last.addDays(1 - std::max(1, m_options.days));
    // A demo of today ends now: nothing registered or answered in the future.
    m_now = std::min(AlmatyTime::startOfDay(m_last.addDays(1)), Clock::currentUtc());
    for (const Category& c : reference.categories()) {
        if (!reference.children(c.code).isEmpty())
            continue;
        const QString top = c.code.section(QLatin1Char('.'), 0, 0);
        const double siblings = std::max<qsizetype>(1, reference.children(c.parentCode).size());
        m_leaves.append(Leaf {c.code, c.season, topWeights().value(top, 1.0) / siblings});
    }
    for (const District& d : reference.districts())
        m_districtWeights.append(std::max(1, d.population));
    for (int i = 0; i < reference.streets().size(); ++i)
        m_streetsByDistrict[reference.streets()[i].districtCode].append(i);
    planIncidents();
}

void DemoGenerator::planIncidents()
{
    struct Plan
    {
        const char* category;
        const char* district;
        int month;
        int day;
    };
    // A heating outage in January, a water main in July, a blackout, no hot water in
    // autumn, a snowfall, a bus route cut: the kinds of event that bring hundreds of calls.
    static const Plan plans[] = {
        {"heating.outage", "auezov", 1, 14},      {"water.cold_supply", "alatau", 7, 9},
        {"electricity.outage", "turksib", 2, 20}, {"heating.hot_water", "bostandyk", 10, 16},
        {"roads.snow", "medeu", 12, 3},           {"transport.route", "nauryzbay", 9, 2},
    };
    const int calls = int(std::clamp<qint64>(m_options.count / 400, 3, 600));
    for (const Plan& p : plans) {
        const QString category = QLatin1String(p.category);
        if (!m_reference.category(category) || !m_reference.district(QLatin1String(p.district)))
            continue;
        // The incident's date in the year the demo covers.
        QDate day(m_last.year(), p.month, p.day);
        if (day > m_last)
            day = day.addYears(-1);
        if (day < m_first)
            continue;
        const int n = std::max(2, int(calls * (0.7 + 0.6 * m_rng.uniform())));
        m_incidents.append(DemoIncident {m_rng.uuid(), category, QLatin1String(p.district), day, n});
    }
}

QList<qint64> DemoGenerator::planDailyCounts(qint64 ordinary) const
{
    QList<double> weights;
    double total = 0;
    for (QDate d = m_first; d <= m_last; d = d.addDays(1)) {
        const bool working = m_policy.calendar().isWorkingDay(d);
        const double w = working ? 1.0 : (d.dayOfWeek() == 6 ? 0.45 : 0.3);
        weights.append(w);
        total += w;
    }
    // Largest remainder, so that the days add up to exactly `ordinary`.
    QList<qint64> counts;
    double carry = 0;
    for (double w : weights) {
        const double exact = ordinary * w / total + carry;
        const qint64 n = qint64(std::floor(exact));
        carry = exact - double(n);
        counts.append(n);
    }
    if (carry > 0.5 && !counts.isEmpty())
        ++counts.last();
    return counts;
}

QString DemoGenerator::pickCategory(int month)
{
    QList<double> w;
    w.reserve(m_leaves.size());
    for (const Leaf& leaf : m_leaves)
        w.append(leaf.weight * seasonFactor(leaf.season, month));
    return m_leaves.at(m_rng.weighted(w)).code;
}

QString DemoGenerator::pickDistrict()
{
    return m_reference.districts().at(m_rng.weighted(m_districtWeights)).code;
}

void DemoGenerator::placeOnStreet(Request& r, Language language)
{
    const QList<int>& streets = m_streetsByDistrict.value(r.districtCode);
    QPointF at;
    if (streets.isEmpty()) {
        const District* d = m_reference.district(r.districtCode);
        at = d ? d->center : QPointF(76.9, 43.25);
        r.address = QString();
    } else {
        const Street& s = m_reference.streets().at(m_rng.pick(streets));
        at = s.location;
        r.address = QStringLiteral("%1, %2")
                        .arg(language == Language::Kazakh ? s.name.kk : s.name.ru)
                        .arg(1 + m_rng.below(180));
    }
    r.longitude = at.x() + (m_rng.uniform() - 0.5) * 0.008;
    r.latitude = at.y() + (m_rng.uniform() - 0.5) * 0.006;
}

Request DemoGenerator::baseRequest(QDate day)
{
    static const QList<double> kindWeights {55, 8, 12, 20, 5}; // RequestKind order
    static const QList<double> channelWeights {44, 5, 4, 3, 44}; // Channel order
    Request r;
    r.id = m_rng.uuid();
    r.kind = allValues<RequestKind>().at(m_rng.weighted(kindWeights));
    r.channel = allValues<Channel>().at(m_rng.weighted(channelWeights));
    r.createdAt = AlmatyTime::startOfDay(day).addSecs(qint64(minuteOfDay(m_rng)) * 60 + m_rng.below(60));
    if (r.createdAt >= m_now) // today, later than now: squeeze the day's calls into its past
        r.createdAt
            = AlmatyTime::startOfDay(day).addMSecs(AlmatyTime::startOfDay(day).msecsTo(r.createdAt)
                                                   * AlmatyTime::startOfDay(day).msecsTo(m_now) / 86400000);
    // Made in time order, as the workstation makes ids (TimeOrderedUuid): the random bits the
    // generator drew, the request's own time first.
    r.id = TimeOrderedUuid::withTime(r.id, r.createdAt.toMSecsSinceEpoch());
    r.citizen.language = m_rng.chance(0.4) ? Language::Kazakh : Language::Russian;
    r.citizen.anonymous = r.kind != RequestKind::Application && m_rng.chance(0.08);
    if (!r.citizen.anonymous) {
        r.citizen.name = DemoText::fullName(m_rng, r.citizen.language);
        r.citizen.phone = DemoText::mobilePhone(m_rng);
        if (r.kind == RequestKind::Application || m_rng.chance(0.3))
            r.citizen.iin = DemoText::iin(m_rng);
    }
    r.categoryCode = pickCategory(day.month());
    if (r.kind == RequestKind::InformationRequest && m_rng.chance(0.5))
        r.categoryCode = QStringLiteral("reference.")
            + (m_rng.chance(0.5) ? QStringLiteral("contacts") : QStringLiteral("public_services"));
    r.districtCode = pickDistrict();
    placeOnStreet(r, r.citizen.language);
    r.description = DemoText::description(m_rng, r.categoryCode, r.citizen.language, r.address);
    return r;
}

GeneratedRequest DemoGenerator::ordinary(QDate day)
{
    GeneratedRequest g {baseRequest(day), {}};
    live(g, true);
    return g;
}

void DemoGenerator::step(GeneratedRequest& g, Action action, const Actor& actor, const ActionInput& input,
                         QDateTime& at)
{
    if (at >= m_now)
        return;
    auto entry = Workflow::apply(g.request, action, actor, input, m_policy, at);
    if (entry)
        g.history.append(entry.value());
}

void DemoGenerator::assignNumber(Request& r)
{
    const int year = AlmatyTime::dateOf(r.registeredAt.isValid() ? r.registeredAt : r.createdAt).year();
    r.number = QStringLiteral("%1-%2").arg(year).arg(++m_numbers[year], 6, 10, QLatin1Char('0'));
}

void DemoGenerator::live(GeneratedRequest& g, bool mayShortcut)
{
    Request& r = g.request;
    QDateTime at = r.createdAt;
    r.createdBy = operatorActor(m_rng).login;
    const Actor op {r.createdBy, Role::Operator, {}};
    auto later = [&](double minHours, double maxHours) {
        at = at.addSecs(qint64((minHours + (maxHours - minHours) * m_rng.uniform()) * 3600));
        return at < m_now;
    };

    const bool consult = mayShortcut
        && (r.kind == RequestKind::InformationRequest ? m_rng.chance(0.55) : m_rng.chance(0.05));
    if (consult) {
        ActionInput in;
        in.kbArticleId = 1 + m_rng.below(60);
        in.answerText = QStringLiteral("Консультация по базе знаний");
        step(g, Action::Consult, op, in, at);
        return;
    }
    if (mayShortcut && !m_recent.isEmpty() && m_rng.chance(0.02)) {
        ActionInput in;
        in.link = m_rng.pick(m_recent);
        step(g, Action::MarkDuplicate, op, in, at);
        return;
    }
    step(g, Action::Register, op, {}, at);
    m_recent.append(r.id);
    if (m_recent.size() > 200)
        m_recent.removeFirst();

    QString org = m_reference.suggestExecutor(r.categoryCode, r.districtCode);
    if (org.isEmpty() || !later(0.05, 1.5))
        return;
    ActionInput assign;
    assign.orgCode = org;
    step(g, Action::Assign, op, assign, at);
    if (!later(4, 40))
        return;

    if (m_rng.chance(0.02)) { // not theirs: forwarded, then sent to the right body
        ActionInput why;
        why.comment = QStringLiteral("Вопрос не относится к компетенции организации");
        step(g, Action::Forward, executorActor(org), why, at);
        if (!later(2, 30))
            return;
        assign.orgCode = m_rng.pick(m_reference.organizations()).code;
        org = assign.orgCode;
        step(g, Action::Assign, inspectorActor(m_rng), assign, at);
        if (!later(2, 24))
            return;
    }
    step(g, Action::Take, executorActor(org), {}, at);

    if (m_rng.chance(0.04)) {
        ActionInput why;
        why.comment = QStringLiteral("Требуется выезд комиссии и согласование с подрядчиком");
        if (!later(24, 96))
            return;
        step(g, Action::RequestExtension, executorActor(org), why, at);
        if (!later(2, 30))
            return;
        if (m_rng.chance(0.8)) {
            step(g, Action::ApproveExtension, inspectorActor(m_rng), {}, at);
        } else {
            why.comment = QStringLiteral("Основания для продления недостаточны");
            step(g, Action::RefuseExtension, inspectorActor(m_rng), why, at);
        }
    }

    // Most answers come well inside the term; about one in ten is late.
    const int termDays = m_policy.term(r.kind);
    const double days
        = m_rng.chance(0.9) ? 1 + m_rng.uniform() * (termDays - 2) : termDays + 1 + m_rng.below(8);
    if (!later(days * 24 * 0.9, days * 24 * 1.1 + 1))
        return;
    ActionInput answer;
    answer.answerText = QStringLiteral("Проведены работы, вопрос решён.");
    step(g, Action::Answer, executorActor(org), answer, at);

    while (r.status == Status::Answered) {
        if (!later(3, 48))
            return;
        if (r.returnCount < 2 && m_rng.chance(0.12)) {
            ActionInput why;
            why.comment = QStringLiteral("Не указаны принятые меры и сроки");
            // Scores from the id's random bits, not the generator: the same data as before,
            // plus scores (the id's first bits are its time).
            why.qualityScore = 1 + int(r.id.data4[6] % 3);
            step(g, Action::Return, inspectorActor(m_rng), why, at);
            if (!later(12, 72))
                return;
            step(g, Action::Answer, executorActor(org), answer, at);
        } else {
            ActionInput accept;
            accept.satisfaction = m_rng.chance(0.6) ? 1 + m_rng.weighted({1, 1, 2, 4, 6}) : 0;
            accept.qualityScore = 3 + int(r.id.data4[7] % 3);
            step(g, Action::Accept, inspectorActor(m_rng), accept, at);
        }
    }
}

GeneratedRequest DemoGenerator::incidentRequest(const DemoIncident& incident)
{
    GeneratedRequest g {baseRequest(incident.day), {}};
    Request& r = g.request;
    r.id = incident.id;
    r.isIncident = true;
    r.kind = RequestKind::Complaint;
    r.channel = Channel::CallCenter;
    r.categoryCode = incident.categoryCode;
    r.districtCode = incident.districtCode;
    r.createdAt = AlmatyTime::startOfDay(incident.day).addSecs(7 * 3600);
    r.citizen = Citizen {};
    r.citizen.anonymous = true;
    placeOnStreet(r, Language::Russian);
    const District* d = m_reference.district(incident.districtCode);
    const Category* c = m_reference.category(incident.categoryCode);
    r.description = QStringLiteral("Массовое обращение: %1, %2")
                        .arg(c ? c->name.ru : r.categoryCode, d ? d->name.ru : r.districtCode);
    live(g, false);
    return g;
}

GeneratedRequest DemoGenerator::incidentCall(const DemoIncident& incident)
{
    GeneratedRequest g {baseRequest(incident.day), {}};
    Request& r = g.request;
    r.kind = RequestKind::Complaint;
    r.channel = m_rng.chance(0.7) ? Channel::CallCenter : Channel::SocialNetwork;
    r.categoryCode = incident.categoryCode;
    r.districtCode = incident.districtCode;
    // The calls come in the hours after the incident starts.
    r.createdAt
        = AlmatyTime::startOfDay(incident.day).addSecs(7 * 3600 + qint64(m_rng.uniform() * 30 * 3600));
    r.id = TimeOrderedUuid::withTime(r.id, r.createdAt.toMSecsSinceEpoch());
    placeOnStreet(r, r.citizen.language);
    r.description = DemoText::description(m_rng, r.categoryCode, r.citizen.language, r.address);
    QDateTime at = r.createdAt;
    r.createdBy = operatorActor(m_rng).login;
    ActionInput link;
    link.link = incident.id;
    step(g, Action::LinkToIncident, Actor {r.createdBy, Role::Operator, {}}, link, at);
    return g;
}

qint64 DemoGenerator::generate(const Sink& sink)
{
    qint64 incidentCalls = 0;
    for (const DemoIncident& i : m_incidents)
        incidentCalls += i.calls + 1;
    const QList<qint64> daily = planDailyCounts(std::max<qint64>(0, m_options.count - incidentCalls));

    qint64 made = 0;
    QList<GeneratedRequest> today;
    int dayIndex = 0;
    for (QDate day = m_first; day <= m_last; day = day.addDays(1), ++dayIndex) {
        today.clear();
        for (qint64 i = 0; i < daily.value(dayIndex); ++i)
            today.append(ordinary(day));
        for (const DemoIncident& incident : std::as_const(m_incidents)) {
            if (incident.day != day)
                continue;
            today.append(incidentRequest(incident));
            for (int c = 0; c < incident.calls; ++c)
                today.append(incidentCall(incident));
        }
        std::stable_sort(today.begin(), today.end(), [](const auto& a, const auto& b) {
            return a.request.createdAt < b.request.createdAt;
        });
        for (GeneratedRequest& g : today) {
            // Official numbers follow the order of registration, as the server gives them.
            if (g.request.status != Status::Draft)
                assignNumber(g.request);
            ++made;
            if (!sink(std::move(g)))
                return made;
        }
    }
    return made;
}

} // namespace tyndau

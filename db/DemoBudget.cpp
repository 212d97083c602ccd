#include "DemoBudget.h"

#include "BudgetStore.h"
#include "ChangeFeedStore.h"
#include "Database.h"
#include "ReferenceStore.h"
#include "core/AlmatyTime.h"
#include "core/DemoRandom.h"
#include "core/Iin.h"

#include <QUuid>

namespace tyndau {
namespace {

struct Idea
{
    const char* title;
    const char* description;
    qint64 cost; // million tenge
    const char* org; // the kind of organization that would build it ("akimat" → the district's)
};

// What Almaty's residents propose year after year: yards, playgrounds, light, paths, trees.
const Idea kIdeas[] = {
    {"Детская игровая площадка во дворе",
     "Во дворе нет места для детей: нужна площадка с мягким покрытием и освещением.", 45, "akimat"},
    {"Спортивная площадка с уличными тренажёрами",
     "Площадка для подростков и взрослых: турники, брусья, тренажёры, резиновое покрытие.", 60, "akimat"},
    {"Освещение пешеходной тропы вдоль арыка",
     "Тропу вдоль арыка вечером не видно: нужны светодиодные фонари на опорах.", 35, "akimat"},
    {"Благоустройство сквера: скамейки и урны",
     "В сквере нет скамеек и урн; дорожки разбиты. Нужны скамейки, урны и новое покрытие.", 80, "akimat"},
    {"Посадка деревьев и капельный полив",
     "Вдоль улицы погибли деревья: посадить карагачи и клёны, провести капельный полив.", 55, "akimat"},
    {"Пандусы и понижение бордюров у поликлиники",
     "Маломобильные жители не могут подойти к поликлинике: нужны пандусы и съезды.", 25, "akimat"},
    {"Велодорожка до парка", "Отдельная велодорожка от микрорайона до парка, с разметкой и знаками.", 150,
     "akimat"},
    {"Ремонт дворовых проездов и парковки",
     "Проезды во дворе в ямах, машины стоят на газонах: асфальт и парковочные карманы.", 120, "akimat"},
    {"Собачья площадка с ограждением",
     "Выгул собак на детских площадках: нужна отдельная огороженная площадка.", 20, "akimat"},
    {"Амфитеатр для школьных праздников во дворе школы",
     "Открытая сцена и ступени-трибуны для праздников и кружков.", 200, "akimat"},
};

const char* const kAuthors[]
    = {"Ахметова Гульнара", "Сейткали Динара", "Жумабаев Ерлан",   "Ким Ольга",
       "Нурланов Асхат",    "Иванова Татьяна", "Оспанова Айгерим", "Абдрахманов Серик"};

QString iinFor(DemoRandom& rng)
{
    for (;;) {
        const QString first11 = QStringLiteral("%1%2%3%4")
                                    .arg(70 + rng.below(25), 2, 10, QLatin1Char('0'))
                                    .arg(1 + rng.below(12), 2, 10, QLatin1Char('0'))
                                    .arg(1 + rng.below(28), 2, 10, QLatin1Char('0'))
                                    .arg(30000 + rng.below(29999), 5, 10, QLatin1Char('0'));
        if (const int check = Iin::checkDigit(first11); check >= 0)
            return first11 + QString::number(check);
    }
}

} // namespace

Result<void> DemoBudget::seed(Database& db, int year)
{
    auto reference = ReferenceStore(db).loadReference();
    if (!reference)
        return reference.error();
    BudgetStore store(db);
    ChangeFeedStore feed(db);
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    BudgetSeason season(year);
    season.setMaxVotes(3);
    season.setPhaseDate(BudgetPhase::Proposals, QDate(year, 2, 1));
    season.setPhaseDate(BudgetPhase::Assessment, QDate(year, 4, 1));
    season.setPhaseDate(BudgetPhase::Voting, QDate(year, 6, 1));
    season.setPhaseDate(BudgetPhase::Results, QDate(year, 12, 1));
    for (const District& d : reference->districts())
        season.setBudget(d.code, 500'000'000);
    season.setPhase(BudgetPhase::Voting);
    if (auto r = store.upsertSeason(season); !r)
        return r;
    if (auto r = feed.append(QStringLiteral("budget_season"), QString::number(year), {}); !r)
        return r;
    DemoRandom rng(quint64(year) * 7919);
    int n = 0;
    for (const District& d : reference->districts()) {
        for (int i = 0; i < 5; ++i, ++n) {
            const Idea& idea = kIdeas[(n * 3 + i) % std::size(kIdeas)];
            BudgetProposalRecord r;
            BudgetProposal& p = r.proposal;
            p.id = QUuid::createUuidV5(QUuid(), QStringLiteral("demo-budget-%1-%2").arg(year).arg(n))
                       .toString(QUuid::WithoutBraces);
            p.seasonYear = year;
            p.title = QString::fromUtf8(idea.title);
            p.description = QString::fromUtf8(idea.description);
            p.districtCode = d.code;
            p.estimatedCost = idea.cost * 1'000'000 + rng.below(20) * 500'000;
            p.authorName = QString::fromUtf8(kAuthors[rng.below(int(std::size(kAuthors)))]);
            p.authorIin = iinFor(rng);
            p.submittedAt = AlmatyTime::startOfDay(QDate(year, 2, 1).addDays(rng.below(55)))
                                .addSecs(3600 * (9 + rng.below(9)));
            p.channel = rng.chance(0.6) ? Channel::WebPortal : Channel::FrontOffice;
            p.assessed = true;
            p.feasible = (n % 6) != 5;
            p.correctedCost = p.feasible ? p.estimatedCost + rng.below(10) * 1'000'000 : 0;
            p.responsibleOrgCode = QStringLiteral("akimat-") + d.code;
            p.assessmentReason = p.feasible ? QStringLiteral("Соответствует нормам, смета проверена.")
                                            : QStringLiteral("Участок в охранной зоне сетей.");
            p.votes = p.feasible ? 40 + rng.below(900) : 0;
            r.submittedBy
                = p.channel == Channel::WebPortal ? QStringLiteral("portal") : QStringLiteral("operator1");
            r.assessedBy = QStringLiteral("inspector1");
            if (auto w = store.insertProposal(r); !w)
                return w.error();
            if (auto c = feed.append(QStringLiteral("budget_proposal"), p.id, {}); !c)
                return c;
        }
    }
    return tx.commit();
}

} // namespace tyndau

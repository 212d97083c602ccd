#include "DemoText.h"

#include "Iin.h"

#include <QHash>
#include <QStringList>

namespace tyndau {
namespace {

const QStringList& surnames()
{
    static const QStringList list {
        QStringLiteral("Ахметов"),  QStringLiteral("Беков"),     QStringLiteral("Жумабаев"),
        QStringLiteral("Касымов"),  QStringLiteral("Нурланов"),  QStringLiteral("Омаров"),
        QStringLiteral("Сейткали"), QStringLiteral("Тулегенов"), QStringLiteral("Иванов"),
        QStringLiteral("Петренко"), QStringLiteral("Ким"),       QStringLiteral("Абдрахманов"),
        QStringLiteral("Есенов"),   QStringLiteral("Мусин"),     QStringLiteral("Смагулов"),
        QStringLiteral("Байжанов"), QStringLiteral("Ергалиев"),  QStringLiteral("Кузнецов"),
        QStringLiteral("Мамыров"),  QStringLiteral("Рахимов"),   QStringLiteral("Сулейменов"),
    };
    return list;
}

const QStringList& givenNames()
{
    static const QStringList list {
        QStringLiteral("Айгерим"), QStringLiteral("Асель"),     QStringLiteral("Ерлан"),
        QStringLiteral("Данияр"),  QStringLiteral("Гульнара"),  QStringLiteral("Бауыржан"),
        QStringLiteral("Мадина"),  QStringLiteral("Нурсултан"), QStringLiteral("Алия"),
        QStringLiteral("Арман"),   QStringLiteral("Елена"),     QStringLiteral("Сергей"),
        QStringLiteral("Жанар"),   QStringLiteral("Марат"),     QStringLiteral("Динара"),
        QStringLiteral("Ольга"),   QStringLiteral("Тимур"),     QStringLiteral("Сауле"),
        QStringLiteral("Қайрат"),  QStringLiteral("Әсем"),
    };
    return list;
}

// Two ways a citizen puts each kind of problem, in Russian and in Kazakh; %1 is the address.
struct Phrases
{
    QStringList ru;
    QStringList kk;
};

const QHash<QString, Phrases>& phrases()
{
    static const QHash<QString, Phrases> table {
        {QStringLiteral("landscaping"),
         {{QStringLiteral("Во дворе по адресу %1 не вывозят мусор, контейнеры переполнены."),
           QStringLiteral(
               "Прошу благоустроить двор по адресу %1: нет освещения и скамеек, детская площадка сломана.")},
          {QStringLiteral("%1 мекенжайындағы аулада қоқыс шығарылмай жатыр, контейнерлер толып кеткен."),
           QStringLiteral(
               "%1 мекенжайындағы аулаға абаттандыру жүргізуді сұраймын: балалар алаңы бұзылған.")}}},
        {QStringLiteral("water"),
         {{QStringLiteral("По адресу %1 нет холодной воды с утра, предупреждений не было."),
           QStringLiteral("У дома %1 течёт вода из-под асфальта, образовалась большая лужа.")},
          {QStringLiteral("%1 мекенжайында таңертеңнен бері суық су жоқ, ескерту болған жоқ."),
           QStringLiteral("%1 үйінің жанында асфальт астынан су ағып жатыр.")}}},
        {QStringLiteral("heating"),
         {{QStringLiteral("В квартире по адресу %1 холодные батареи, температура дома 15 градусов."),
           QStringLiteral("По адресу %1 третий день нет горячей воды.")},
          {QStringLiteral("%1 мекенжайындағы пәтерде радиаторлар суық, үйде 15 градус."),
           QStringLiteral("%1 мекенжайында үшінші күн ыстық су жоқ.")}}},
        {QStringLiteral("electricity"),
         {{QStringLiteral("На улице у дома %1 не горят фонари, вечером очень темно."),
           QStringLiteral("По адресу %1 отключили электричество, когда включат?")},
          {QStringLiteral("%1 үйінің жанындағы көше шамдары жанбайды, кешке өте қараңғы."),
           QStringLiteral("%1 мекенжайында электр жарығы өшірілді, қашан қосылады?")}}},
        {QStringLiteral("roads"),
         {{QStringLiteral("На дороге у дома %1 глубокая яма, машины повреждают колёса."),
           QStringLiteral("Тротуар по адресу %1 разбит, пешеходам негде пройти.")},
          {QStringLiteral("%1 үйінің жанындағы жолда терең шұңқыр бар, көліктердің дөңгелегі бүлінеді."),
           QStringLiteral("%1 мекенжайындағы тротуар қираған, жаяу жүргіншілерге өтетін жер жоқ.")}}},
        {QStringLiteral("transport"),
         {{QStringLiteral("Автобус на остановке у %1 не останавливается, интервал больше 40 минут."),
           QStringLiteral("Водитель автобуса на маршруте через %1 грубил пассажирам.")},
          {QStringLiteral("%1 жанындағы аялдамада автобус тоқтамайды, аралығы 40 минуттан асады."),
           QStringLiteral("%1 арқылы өтетін бағыттағы автобус жүргізушісі жолаушыларға дөрекі сөйледі.")}}},
        {QStringLiteral("housing"),
         {{QStringLiteral("В доме %1 не работает лифт уже неделю, ОСИ не реагирует."),
           QStringLiteral("Протекает крыша в подъезде дома %1, заливает верхний этаж.")},
          {QStringLiteral("%1 үйінде бір аптадан бері лифт істемейді, ПИБ жауап бермейді."),
           QStringLiteral("%1 үйінің кіреберісінде шатыр ағып тұр, жоғарғы қабатты су басып жатыр.")}}},
        {QStringLiteral("construction"),
         {{QStringLiteral("Стройка рядом с домом %1 шумит ночью, работают после 23:00."),
           QStringLiteral("В новостройке по адресу %1 трещины в стенах, застройщик не отвечает.")},
          {QStringLiteral("%1 үйінің жанындағы құрылыс түнде шу шығарады, 23:00-ден кейін жұмыс істейді."),
           QStringLiteral(
               "%1 мекенжайындағы жаңа үйдің қабырғалары жарылған, құрылыс салушы жауап бермейді.")}}},
        {QStringLiteral("safety"),
         {{QStringLiteral("Во дворе %1 собираются стаи бродячих собак, дети боятся выходить."),
           QStringLiteral("У дома %1 по ночам шумят и распивают спиртное.")},
          {QStringLiteral("%1 ауласында қаңғыбас иттер үйір болып жүр, балалар далаға шығудан қорқады."),
           QStringLiteral("%1 үйінің жанында түнде шу шығарып, ішімдік ішеді.")}}},
        {QStringLiteral("ecology"),
         {{QStringLiteral("Рядом с %1 сжигают мусор и листву, дым идёт в окна."),
           QStringLiteral("У дома %1 вырубают здоровые деревья, есть ли разрешение?")},
          {QStringLiteral("%1 жанында қоқыс пен жапырақ өртейді, түтін терезеге кіреді."),
           QStringLiteral("%1 үйінің жанында сау ағаштарды кесіп жатыр, рұқсат бар ма?")}}},
        {QStringLiteral("education"),
         {{QStringLiteral("Ребёнок стоит в очереди в детский сад третий год, адрес %1."),
           QStringLiteral("В школе рядом с %1 холодно в классах, дети сидят в куртках.")},
          {QStringLiteral("Балам балабақша кезегінде үшінші жыл тұр, мекенжайы %1."),
           QStringLiteral("%1 жанындағы мектепте сыныптар суық, балалар күртешемен отырады.")}}},
        {QStringLiteral("health"),
         {{QStringLiteral("В поликлинике по адресу %1 невозможно записаться к терапевту."),
           QStringLiteral("Скорая помощь ехала на вызов по адресу %1 больше часа.")},
          {QStringLiteral("%1 мекенжайындағы емханада терапевтке жазылу мүмкін емес."),
           QStringLiteral("Жедел жәрдем %1 мекенжайына бір сағаттан астам уақыт келді.")}}},
        {QStringLiteral("social"),
         {{QStringLiteral("Как оформить пособие многодетной семье? Живём по адресу %1."),
           QStringLiteral("Прошу разъяснить очередь на жильё, стоим на учёте с 2015 года, адрес %1.")},
          {QStringLiteral("Көпбалалы отбасына жәрдемақыны қалай рәсімдеуге болады? Мекенжайымыз %1."),
           QStringLiteral("Тұрғын үй кезегін түсіндіріп беруіңізді сұраймын, 2015 жылдан бері есепте тұрмыз. "
                          "Мекенжайы %1.")}}},
        {QStringLiteral("reference"),
         {{QStringLiteral("Подскажите телефон и адрес акимата района, живу по адресу %1."),
           QStringLiteral("Где получить справку о месте жительства? Адрес %1.")},
          {QStringLiteral(
               "Аудан әкімдігінің телефоны мен мекенжайын айтып жіберіңізші, %1 мекенжайында тұрамын."),
           QStringLiteral("Тұрғылықты жері туралы анықтаманы қайдан алуға болады? Мекенжайы %1.")}}},
        {QStringLiteral("other"),
         {{QStringLiteral("Прошу рассмотреть мой вопрос, адрес %1."),
           QStringLiteral("Благодарю службы за быструю работу по адресу %1.")},
          {QStringLiteral("Менің мәселемді қарауыңызды сұраймын, мекенжайы %1."),
           QStringLiteral("%1 мекенжайында жедел жұмыс істеген қызметтерге алғыс айтамын.")}}},
    };
    return table;
}

} // namespace

QString DemoText::fullName(DemoRandom& rng, Language language)
{
    Q_UNUSED(language)
    QString surname = rng.pick(surnames());
    const QString given = rng.pick(givenNames());
    // Kazakh and Russian surnames take the feminine -а after -ов/-ев/-ин.
    const bool feminine = given.endsWith(QChar(0x0430)) || given.endsWith(QChar(0x044F))
        || given.endsWith(QChar(0x043C)) || given == QStringLiteral("Айгерим")
        || given == QStringLiteral("Жанар") || given == QStringLiteral("Асель")
        || given == QStringLiteral("Сауле") || given == QStringLiteral("Әсем");
    if (feminine
        && (surname.endsWith(QStringLiteral("ов")) || surname.endsWith(QStringLiteral("ев"))
            || surname.endsWith(QStringLiteral("ин"))))
        surname += QChar(0x0430);
    return surname + QLatin1Char(' ') + given;
}

QString DemoText::mobilePhone(DemoRandom& rng)
{
    static const QStringList prefixes {QStringLiteral("701"), QStringLiteral("702"), QStringLiteral("705"),
                                       QStringLiteral("707"), QStringLiteral("747"), QStringLiteral("771"),
                                       QStringLiteral("775"), QStringLiteral("777"), QStringLiteral("778")};
    return QStringLiteral("+7") + rng.pick(prefixes)
        + QStringLiteral("%1").arg(1000000 + rng.below(8999999), 7, 10, QLatin1Char('0'));
}

QString DemoText::iin(DemoRandom& rng)
{
    for (;;) {
        const int year = 1950 + rng.below(55);
        const int month = 1 + rng.below(12);
        const int day = 1 + rng.below(28);
        const int centuryDigit = (year >= 2000 ? 5 : 3) + rng.below(2);
        const QString first11 = QStringLiteral("%1%2%3%4%5")
                                    .arg(year % 100, 2, 10, QLatin1Char('0'))
                                    .arg(month, 2, 10, QLatin1Char('0'))
                                    .arg(day, 2, 10, QLatin1Char('0'))
                                    .arg(centuryDigit)
                                    .arg(rng.below(10000), 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(first11);
        if (check >= 0)
            return first11 + QString::number(check);
    }
}

QString DemoText::description(DemoRandom& rng, const QString& categoryCode, Language language,
                              const QString& address)
{
    const QString top = categoryCode.section(QLatin1Char('.'), 0, 0);
    const auto it = phrases().constFind(top);
    const Phrases& p = it == phrases().cend() ? phrases()[QStringLiteral("other")] : *it;
    return rng.pick(language == Language::Kazakh ? p.kk : p.ru).arg(address);
}

} // namespace tyndau

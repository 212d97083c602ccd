<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AlmatyTime</name>
    <message>
        <source>A week is written like 2026-W47.</source>
        <translation>Неделя указывается в формате 2026-W47.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1); try again later.</source>
        <translation>Сервер ответил ошибкой (HTTP %1); повторите попытку позже.</translation>
    </message>
</context>
<context>
    <name>BudgetProgressPdf</name>
    <message>
        <source>Implementation of the winners</source>
        <translation>Реализация проектов-победителей</translation>
    </message>
    <message>
        <source>no status yet</source>
        <translation>статус ещё не указан</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not on this workstation yet: open the winner in the Budget workspace to fetch them.</source>
        <translation>
            <numerusform>%n фотография ещё не загружена на это рабочее место: откройте проект-победитель в разделе «Бюджет участия», чтобы загрузить её.</numerusform>
            <numerusform>%n фотографии ещё не загружены на это рабочее место: откройте проект-победитель в разделе «Бюджет участия», чтобы загрузить их.</numerusform>
            <numerusform>%n фотографий ещё не загружено на это рабочее место: откройте проект-победитель в разделе «Бюджет участия», чтобы загрузить их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in a format this workstation cannot show.</source>
        <translation>
            <numerusform>%n фотография в формате, который это рабочее место не может показать.</numerusform>
            <numerusform>%n фотографии в формате, который это рабочее место не может показать.</numerusform>
            <numerusform>%n фотографий в формате, который это рабочее место не может показать.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetReport</name>
    <message>
        <source>People&apos;s Participation Budget %1: results</source>
        <translation>Бюджет народного участия %1: итоги</translation>
    </message>
    <message>
        <source>%1 ₸</source>
        <translation>%1 ₸</translation>
    </message>
</context>
<context>
    <name>BudgetReportCsv</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Budget (₸)</source>
        <translation>Бюджет (₸)</translation>
    </message>
    <message>
        <source>Spent (₸)</source>
        <translation>Израсходовано (₸)</translation>
    </message>
    <message>
        <source>Remaining (₸)</source>
        <translation>Остаток (₸)</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>Подано голосов</translation>
    </message>
    <message>
        <source>Proposals submitted</source>
        <translation>Подано проектов</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Реализуемых</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Финансируется</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Cost (₸)</source>
        <translation>Стоимость (₸)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>финансируется</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>не финансируется</translation>
    </message>
</context>
<context>
    <name>BudgetReportPdf</name>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Не удалось записать отчёт в файл %1.</translation>
    </message>
    <message>
        <source>Phase: %1. Figures as of %2.</source>
        <translation>Этап: %1. Данные на %2.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Spent on funded proposals</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>Подано голосов</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>submitted: %1; feasible: %2; funded: %3</source>
        <translation>подано: %1; реализуемых: %2; финансируется: %3</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Выиграли</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>По районам</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Budget %1 · spent %2 · remaining %3</source>
        <translation>Бюджет %1 · израсходовано %2 · остаток %3</translation>
    </message>
    <message>
        <source>Proposals submitted: %1; feasible: %2; funded: %3</source>
        <translation>Подано проектов: %1; реализуемых: %2; финансируется: %3</translation>
    </message>
    <message>
        <source>No feasible proposals in this district: nothing is funded.</source>
        <translation>В районе нет реализуемых проектов: ничего не финансируется.</translation>
    </message>
    <message>
        <source>Votes per proposal (the first %1 of %2)</source>
        <translation>Голоса по проектам (первые %1 из %2)</translation>
    </message>
    <message>
        <source>Votes per proposal</source>
        <translation>Голоса по проектам</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>финансируется</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>не финансируется</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (продолжение)</translation>
    </message>
</context>
<context>
    <name>BudgetRules</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Не более %n символа.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>Укажите название проекта.</translation>
    </message>
    <message>
        <source>The title needs a few words more.</source>
        <translation>Название слишком короткое: добавьте несколько слов.</translation>
    </message>
    <message>
        <source>Describe what is proposed.</source>
        <translation>Опишите, что предлагается.</translation>
    </message>
    <message>
        <source>Describe the proposal in a sentence or two more.</source>
        <translation>Опишите проект подробнее, ещё одним-двумя предложениями.</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Выберите район.</translation>
    </message>
    <message>
        <source>The location is not a point on the map.</source>
        <translation>Указанное место не является точкой на карте.</translation>
    </message>
    <message>
        <source>Enter the estimated cost in tenge.</source>
        <translation>Укажите ориентировочную стоимость в тенге.</translation>
    </message>
    <message>
        <source>The cost is more than the district&apos;s whole budget of %1 tenge.</source>
        <translation>Стоимость превышает весь бюджет района — %1 тенге.</translation>
    </message>
    <message>
        <source>Enter the author&apos;s name.</source>
        <translation>Укажите имя автора.</translation>
    </message>
    <message>
        <source>Enter the author&apos;s IIN.</source>
        <translation>Укажите ИИН автора.</translation>
    </message>
    <message>
        <source>Enter the corrected cost in tenge.</source>
        <translation>Укажите уточнённую стоимость в тенге.</translation>
    </message>
    <message>
        <source>Choose the organization responsible for the project.</source>
        <translation>Выберите организацию, ответственную за проект.</translation>
    </message>
    <message>
        <source>Write the experts&apos; conclusion.</source>
        <translation>Напишите заключение экспертов.</translation>
    </message>
    <message>
        <source>Write why the proposal cannot be carried out.</source>
        <translation>Напишите, почему проект невозможно реализовать.</translation>
    </message>
    <message>
        <source>Choose at least one proposal.</source>
        <translation>Выберите хотя бы один проект.</translation>
    </message>
    <message numerus="yes">
        <source>A citizen may vote for at most %n proposals.</source>
        <translation>
            <numerusform>Гражданин может проголосовать не более чем за %n проект.</numerusform>
            <numerusform>Гражданин может проголосовать не более чем за %n проекта.</numerusform>
            <numerusform>Гражданин может проголосовать не более чем за %n проектов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same proposal is chosen twice.</source>
        <translation>Один и тот же проект выбран дважды.</translation>
    </message>
    <message>
        <source>Proposal %1 is not on the ballot.</source>
        <translation>Проекта %1 нет в бюллетене.</translation>
    </message>
    <message>
        <source>All the proposals voted for must be in the voter&apos;s one district.</source>
        <translation>Все выбранные проекты должны быть из одного района — района голосующего.</translation>
    </message>
</context>
<context>
    <name>BudgetSeason</name>
    <message>
        <source>Proposals</source>
        <translation>Приём проектов</translation>
    </message>
    <message>
        <source>Expert assessment</source>
        <translation>Экспертная оценка</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Реализация</translation>
    </message>
    <message>
        <source>“%1” must be %2.</source>
        <translation>Поле «%1» должно быть: %2.</translation>
    </message>
    <message>
        <source>Proposals are accepted only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Проекты принимаются только на этапе «%1»; сейчас идёт этап «%2».</translation>
    </message>
    <message>
        <source>Proposals are assessed only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Проекты оцениваются только на этапе «%1»; сейчас идёт этап «%2».</translation>
    </message>
    <message>
        <source>Votes are taken only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Голоса принимаются только на этапе «%1»; сейчас идёт этап «%2».</translation>
    </message>
    <message>
        <source>Results are published only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Итоги публикуются только на этапе «%1»; сейчас идёт этап «%2».</translation>
    </message>
    <message>
        <source>Implementation is tracked only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Ход реализации отмечается только на этапе «%1»; сейчас идёт этап «%2».</translation>
    </message>
    <message>
        <source>“year” is required.</source>
        <translation>Поле «year» обязательно.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>“phase” is required.</source>
        <translation>Поле «phase» обязательно.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Unknown phase: “%1”.</source>
        <translation>Неизвестный этап: «%1».</translation>
    </message>
    <message>
        <source>“max_votes” is required.</source>
        <translation>Поле «max_votes» обязательно.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a whole number of tenge</source>
        <translation>целое число тенге</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>The season is already in the “%1” phase.</source>
        <translation>Сезон уже на этапе «%1».</translation>
    </message>
    <message>
        <source>The season cannot go back to the “%1” phase.</source>
        <translation>Сезон не может вернуться к этапу «%1».</translation>
    </message>
    <message>
        <source>“%1” is the season&apos;s last phase.</source>
        <translation>«%1» — последний этап сезона.</translation>
    </message>
    <message>
        <source>The season moves one phase at a time: after “%1” comes “%2”.</source>
        <translation>Этапы сезона идут по порядку: после «%1» следует «%2».</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Год должен быть от %1 до %2.</translation>
    </message>
    <message>
        <source>A citizen may vote for %1 to %2 proposals.</source>
        <translation>Гражданин может проголосовать за %1–%2 проектов.</translation>
    </message>
    <message>
        <source>A budget needs its district.</source>
        <translation>Для бюджета нужно указать район.</translation>
    </message>
    <message>
        <source>A district&apos;s budget cannot be negative.</source>
        <translation>Бюджет района не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The district&apos;s budget is too large.</source>
        <translation>Бюджет района слишком велик.</translation>
    </message>
    <message>
        <source>The “%1” phase cannot start before the phase it follows.</source>
        <translation>Этап «%1» не может начаться раньше предыдущего этапа.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Укажите --db sqlite:PATH или --db postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tyndau (schema %1; this program knows schema %2 at most). Install the newer version; the database was left untouched.</source>
        <translation>Эта база данных записана более новой версией Tyndau (схема %1; эта программа поддерживает схему не выше %2). Установите новую версию; база данных не изменена.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Миграция %1 (%2) не выполнена: %3</translation>
    </message>
</context>
<context>
    <name>FeedApplier</name>
    <message>
        <source>The deadline policy from the server could not be applied.</source>
        <translation>Не удалось применить сроки, полученные с сервера.</translation>
    </message>
    <message>
        <source>The organizations and categories from the server could not be applied.</source>
        <translation>Не удалось применить организации и категории, полученные с сервера.</translation>
    </message>
    <message>
        <source>The knowledge base could not be updated.</source>
        <translation>Не удалось обновить базу знаний.</translation>
    </message>
</context>
<context>
    <name>KbArticleRules</name>
    <message>
        <source>Write the title.</source>
        <translation>Укажите заголовок.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>Заголовок слишком длинный.</translation>
    </message>
    <message>
        <source>Write what the situation is.</source>
        <translation>Опишите, в чём состоит ситуация.</translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation>Описание ситуации слишком длинное.</translation>
    </message>
    <message>
        <source>Write the answer the citizen is given.</source>
        <translation>Напишите ответ, который получает гражданин.</translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation>Ответ слишком длинный.</translation>
    </message>
    <message>
        <source>At most 30 steps.</source>
        <translation>Не более 30 шагов.</translation>
    </message>
    <message>
        <source>The article needs a short name (slug).</source>
        <translation>У статьи должно быть краткое имя (slug).</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>Неизвестная категория.</translation>
    </message>
    <message>
        <source>Unknown organization: %1</source>
        <translation>Неизвестная организация: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>The knowledge-base article is not valid: %1</source>
        <translation>Статья базы знаний заполнена неверно: %1</translation>
    </message>
</context>
<context>
    <name>LocalBudget</name>
    <message>
        <source>There is no %1 season yet.</source>
        <translation>Сезона %1 года ещё нет.</translation>
    </message>
    <message>
        <source>The phase has moved meanwhile.</source>
        <translation>Этап тем временем уже сменился.</translation>
    </message>
    <message>
        <source>This proposal is registered already.</source>
        <translation>Этот проект уже зарегистрирован.</translation>
    </message>
    <message>
        <source>Unknown organization.</source>
        <translation>Неизвестная организация.</translation>
    </message>
    <message>
        <source>Someone changed this proposal meanwhile.</source>
        <translation>Тем временем проект изменил кто-то другой.</translation>
    </message>
    <message>
        <source>This citizen has already voted in the %1 season at this workstation.</source>
        <translation>Этот гражданин уже проголосовал в сезоне %1 года на этом рабочем месте.</translation>
    </message>
    <message>
        <source>“%1” is not a photo: choose a JPEG, PNG or WebP image.</source>
        <translation>«%1» — не фотография: выберите изображение JPEG, PNG или WebP.</translation>
    </message>
</context>
<context>
    <name>LocalPolicy</name>
    <message>
        <source>A term is 1 to 60 working days.</source>
        <translation>Срок — от 1 до 60 рабочих дней.</translation>
    </message>
    <message>
        <source>Choose the date.</source>
        <translation>Выберите дату.</translation>
    </message>
</context>
<context>
    <name>LocalRequests</name>
    <message>
        <source>No such request.</source>
        <translation>Такого обращения нет.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB.</source>
        <translation>Файл «%1» больше %2 МиБ.</translation>
    </message>
    <message>
        <source>“%1” is neither a photo (JPEG, PNG, WebP) nor a PDF.</source>
        <translation>Файл «%1» — не фотография (JPEG, PNG, WebP) и не PDF.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>QualityChecklist</name>
    <message>
        <source>Answers what was asked</source>
        <translation>Ответ по существу вопроса</translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>В установленный срок</translation>
    </message>
    <message>
        <source>Legal basis cited</source>
        <translation>Указано правовое основание</translation>
    </message>
    <message>
        <source>Clear, in the citizen&apos;s language</source>
        <translation>Понятно, на языке гражданина</translation>
    </message>
    <message>
        <source>Measures taken and dates stated</source>
        <translation>Указаны принятые меры и сроки</translation>
    </message>
    <message>
        <source>Quality: %1 of %2.</source>
        <translation>Качество: %1 из %2.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Не выполнено: %1.</translation>
    </message>
    <message>
        <source>Measures taken: %1</source>
        <translation>Принятые меры: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Правовое основание: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The reference data is damaged: %1</source>
        <translation>Справочные данные повреждены: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceRules</name>
    <message>
        <source>Write the name in Kazakh and in Russian.</source>
        <translation>Укажите название на казахском и на русском языке.</translation>
    </message>
    <message>
        <source>The name is too long (at most 300 characters).</source>
        <translation>Название слишком длинное (не более 300 символов).</translation>
    </message>
    <message>
        <source>The code is 2 to 64 Latin lower-case letters, digits, “_”, “.” or “-”.</source>
        <translation>Код — от 2 до 64 строчных латинских букв, цифр, «_», «.» или «-».</translation>
    </message>
    <message>
        <source>Choose what kind of organization it is.</source>
        <translation>Выберите вид организации.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Номер телефона слишком длинный.</translation>
    </message>
    <message>
        <source>Unknown category: %1</source>
        <translation>Неизвестная категория: %1</translation>
    </message>
    <message>
        <source>Unknown district: %1</source>
        <translation>Неизвестный район: %1</translation>
    </message>
    <message>
        <source>The code is Latin lower-case words joined by dots, as in “heating.outage”.</source>
        <translation>Код — строчные латинские слова через точку, например «heating.outage».</translation>
    </message>
    <message>
        <source>A category stays where it is in the tree; add a new one elsewhere instead.</source>
        <translation>Категория остаётся на своём месте в дереве; вместо переноса создайте новую в нужном месте.</translation>
    </message>
    <message>
        <source>Unknown parent category: %1</source>
        <translation>Неизвестная родительская категория: %1</translation>
    </message>
    <message>
        <source>A category&apos;s code is its parent&apos;s code, a dot and one more word.</source>
        <translation>Код категории — это код родительской категории, точка и ещё одно слово.</translation>
    </message>
    <message>
        <source>The season is winter, summer or none.</source>
        <translation>Сезон — зима, лето или не указан.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Всего обращений</translation>
    </message>
    <message>
        <source>Consultations on the spot</source>
        <translation>Консультации на месте</translation>
    </message>
    <message>
        <source>Answered on time, %</source>
        <translation>Отвечено в срок, %</translation>
    </message>
    <message>
        <source>Returned for rework, %</source>
        <translation>Возвращено на доработку, %</translation>
    </message>
    <message>
        <source>Overdue and open</source>
        <translation>Просрочено, не закрыто</translation>
    </message>
    <message>
        <source>Citizen satisfaction (1–5)</source>
        <translation>Удовлетворённость граждан (1–5)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Average hours to answer</source>
        <translation>Среднее время ответа, ч</translation>
    </message>
    <message>
        <source>Acute issue</source>
        <translation>Острая проблема</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Quality of answers (0–5, inspectors&apos; checklist)</source>
        <translation>Качество ответов (0–5, по чек-листу инспекторов)</translation>
    </message>
    <message>
        <source>Average quality score (0–5)</source>
        <translation>Средняя оценка качества (0–5)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Не удалось записать отчёт в файл %1.</translation>
    </message>
    <message>
        <source>Requests by category (top 10), against the week before</source>
        <translation>10 основных категорий обращений: сравнение с предыдущей неделей</translation>
    </message>
    <message>
        <source>Requests by district</source>
        <translation>Обращения по районам</translation>
    </message>
    <message>
        <source>%1 – %2, Asia/Almaty. For the Akim&apos;s staff meeting.</source>
        <translation>%1 – %2, Asia/Almaty. К аппаратному совещанию у акима.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Всего обращений</translation>
    </message>
    <message>
        <source>%1 (%2 against the week before)</source>
        <translation>%1 (%2 к предыдущей неделе)</translation>
    </message>
    <message>
        <source>Consultations on the spot</source>
        <translation>Консультации на месте</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Отвечено в срок</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Overdue and open</source>
        <translation>Просрочено, не закрыто</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Удовлетворённость граждан</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 call-backs)</source>
        <translation>%1 из 5 (обратных звонков: %2)</translation>
    </message>
    <message>
        <source>no call-backs</source>
        <translation>обратных звонков не было</translation>
    </message>
    <message>
        <source>Requests per day by channel</source>
        <translation>Обращения по дням и каналам</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Executors with overdue requests</source>
        <translation>Исполнители с просроченными обращениями</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>None this week.</source>
        <translation>На этой неделе нет.</translation>
    </message>
    <message>
        <source>Acute issues: well above their usual week</source>
        <translation>Острые проблемы: значительно выше обычного недельного уровня</translation>
    </message>
    <message>
        <source>%1. %2: %3 requests, usually %4 a week</source>
        <translation>%1. %2: обращений %3, обычно %4 в неделю</translation>
    </message>
    <message>
        <source>Citizens&apos; requests, %1</source>
        <translation>Обращения граждан, %1</translation>
    </message>
    <message>
        <source>Requests by category (top 10), against the period before</source>
        <translation>Обращения по категориям (первые 10) в сравнении с предыдущим периодом</translation>
    </message>
    <message>
        <source>Citizens&apos; requests: %1</source>
        <translation>Обращения граждан: %1</translation>
    </message>
    <message>
        <source>%1 (%2 against the period before)</source>
        <translation>%1 (%2 к предыдущему периоду)</translation>
    </message>
    <message>
        <source>Quality of answers (inspectors&apos; checklist)</source>
        <translation>Качество ответов (чек-лист)</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 reviewed)</source>
        <translation>%1 из 5 (проверено: %2)</translation>
    </message>
    <message>
        <source>none reviewed</source>
        <translation>проверенных нет</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 из 5</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Only an administrator manages API keys.</source>
        <translation>Управлять API-ключами может только администратор.</translation>
    </message>
    <message>
        <source>The server failed; try again.</source>
        <translation>Сбой на сервере; повторите попытку.</translation>
    </message>
    <message>
        <source>Name the key (1 to 200 characters).</source>
        <translation>Назовите ключ (от 1 до 200 символов).</translation>
    </message>
    <message>
        <source>No such key.</source>
        <translation>Такого ключа нет.</translation>
    </message>
    <message>
        <source>This role may not edit the knowledge base.</source>
        <translation>Эта роль не может редактировать базу знаний.</translation>
    </message>
    <message>
        <source>Only an administrator changes deadlines.</source>
        <translation>Сроки меняет только администратор.</translation>
    </message>
    <message>
        <source>Unknown kind of request.</source>
        <translation>Неизвестный вид обращения.</translation>
    </message>
    <message>
        <source>A term is 1 to 60 working days.</source>
        <translation>Срок — от 1 до 60 рабочих дней.</translation>
    </message>
    <message>
        <source>Only an administrator changes organizations and categories.</source>
        <translation>Организации и категории меняет только администратор.</translation>
    </message>
    <message>
        <source>This role sees no requests.</source>
        <translation>Этой роли обращения не видны.</translation>
    </message>
    <message>
        <source>No such request.</source>
        <translation>Такого обращения нет.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>База данных не отвечает.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>Такого вложения нет.</translation>
    </message>
    <message>
        <source>This role may not add attachments.</source>
        <translation>Эта роль не может добавлять вложения.</translation>
    </message>
    <message>
        <source>Only an administrator tracks the winners&apos; implementation.</source>
        <translation>Ход реализации проектов-победителей отмечает только администратор.</translation>
    </message>
    <message>
        <source>The server is busy; try again.</source>
        <translation>Сервер занят; повторите попытку.</translation>
    </message>
    <message>
        <source>No such proposal.</source>
        <translation>Такого проекта нет.</translation>
    </message>
    <message>
        <source>The proposal has no season.</source>
        <translation>У проекта нет сезона.</translation>
    </message>
    <message>
        <source>Log in: the session is missing, expired or ended.</source>
        <translation>Войдите в систему: сеанса нет, он истёк или завершён.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in a few minutes.</source>
        <translation>Слишком много неудачных попыток. Повторите через несколько минут.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>There is no %1 season.</source>
        <translation>Сезона %1 года нет.</translation>
    </message>
    <message>
        <source>Only an administrator runs the participation budget.</source>
        <translation>Бюджетом народного участия управляет только администратор.</translation>
    </message>
    <message>
        <source>Unknown district “%1”.</source>
        <translation>Неизвестный район «%1».</translation>
    </message>
    <message>
        <source>Votes are already being taken: how many proposals a citizen may vote for can no longer change.</source>
        <translation>Голосование уже идёт: число проектов, за которые может проголосовать гражданин, больше нельзя изменить.</translation>
    </message>
    <message>
        <source>The results are published: the districts&apos; budgets can no longer change.</source>
        <translation>Итоги опубликованы: бюджеты районов больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Only an administrator moves the participation budget&apos;s phases.</source>
        <translation>Этапы бюджета народного участия переключает только администратор.</translation>
    </message>
    <message>
        <source>Someone moved the season&apos;s phase first.</source>
        <translation>Этап сезона уже сменил другой пользователь.</translation>
    </message>
    <message>
        <source>This role may not register proposals.</source>
        <translation>Эта роль не может регистрировать проекты.</translation>
    </message>
    <message>
        <source>Unknown district.</source>
        <translation>Неизвестный район.</translation>
    </message>
    <message>
        <source>Only an expert assesses proposals.</source>
        <translation>Проекты оценивает только эксперт.</translation>
    </message>
    <message>
        <source>Unknown organization.</source>
        <translation>Неизвестная организация.</translation>
    </message>
    <message>
        <source>Someone changed this proposal first.</source>
        <translation>Этот проект уже изменил другой пользователь.</translation>
    </message>
    <message>
        <source>This role may not record votes.</source>
        <translation>Эта роль не может принимать голоса.</translation>
    </message>
    <message>
        <source>This citizen has already voted in the %1 season (on %2, taken by %3); each citizen votes once, and this vote is not counted.</source>
        <translation>Этот гражданин уже проголосовал в сезоне %1 года (%2, голос принял %3); каждый гражданин голосует один раз, и этот голос не учтён.</translation>
    </message>
    <message>
        <source>This citizen has already voted in the %1 season; each citizen votes once, and this vote is not counted.</source>
        <translation>Этот гражданин уже проголосовал в сезоне %1 года; каждый гражданин голосует один раз, и этот голос не учтён.</translation>
    </message>
    <message>
        <source>Only a funded winner&apos;s implementation is tracked.</source>
        <translation>Ход реализации отмечается только у профинансированных проектов-победителей.</translation>
    </message>
    <message>
        <source>This role may not register requests.</source>
        <translation>Эта роль не может регистрировать обращения.</translation>
    </message>
    <message>
        <source>The linked request does not exist.</source>
        <translation>Связанного обращения нет.</translation>
    </message>
    <message>
        <source>%1 changed this request first: it is now “%2”.</source>
        <translation>Обращение уже изменил пользователь %1: теперь его статус «%2».</translation>
    </message>
    <message>
        <source>The server could not store this; send it again.</source>
        <translation>Сервер не смог это сохранить; отправьте ещё раз.</translation>
    </message>
    <message>
        <source>The server is busy: send it again.</source>
        <translation>Сервер занят: отправьте ещё раз.</translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation>Управлять пользователями может только администратор.</translation>
    </message>
    <message>
        <source>This login is taken.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <source>You cannot lock yourself out: ask another administrator.</source>
        <translation>Нельзя заблокировать самого себя: обратитесь к другому администратору.</translation>
    </message>
    <message>
        <source>Another expert assessed this proposal first.</source>
        <translation>Этот проект уже оценил другой эксперт.</translation>
    </message>
    <message>
        <source>The expert %1 assessed this proposal first.</source>
        <translation>Этот проект уже оценил эксперт %1.</translation>
    </message>
    <message>
        <source>Another user changed this request first: it is now “%1”.</source>
        <translation>Обращение уже изменил другой пользователь: теперь его статус «%1».</translation>
    </message>
    <message>
        <source>The server does not know the district “%1”.</source>
        <translation>Сервер не знает район «%1».</translation>
    </message>
    <message>
        <source>The server does not know the category “%1”.</source>
        <translation>Сервер не знает категорию «%1».</translation>
    </message>
    <message>
        <source>The server does not know the organization “%1”.</source>
        <translation>Сервер не знает организацию «%1».</translation>
    </message>
    <message>
        <source>The request body is larger than %1 MiB.</source>
        <translation>Тело запроса больше %1 МиБ.</translation>
    </message>
    <message>
        <source>An attachment is at most %1 MiB.</source>
        <translation>Вложение — не более %1 МиБ.</translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation>Вложение пустое.</translation>
    </message>
    <message>
        <source>Attach a photo: JPEG, PNG or WebP.</source>
        <translation>Приложите фотографию: JPEG, PNG или WebP.</translation>
    </message>
    <message>
        <source>Attach a photo (JPEG, PNG, WebP) or a PDF.</source>
        <translation>Приложите фотографию (JPEG, PNG, WebP) или PDF.</translation>
    </message>
</context>
<context>
    <name>UserAccount</name>
    <message>
        <source>The login is 3 to 64 Latin lower-case letters, digits, “_”, “.” or “-”.</source>
        <translation>Логин — от 3 до 64 строчных латинских букв, цифр, «_», «.» или «-».</translation>
    </message>
    <message>
        <source>Write the person&apos;s name (up to 200 characters).</source>
        <translation>Укажите имя сотрудника (не более 200 символов).</translation>
    </message>
    <message>
        <source>An executor works for an organization: choose it.</source>
        <translation>Исполнитель работает в организации: выберите её.</translation>
    </message>
    <message>
        <source>Only an executor belongs to an organization.</source>
        <translation>К организации относится только исполнитель.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Пароль слишком длинный.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Не более %n символа.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The IIN has 12 digits.</source>
        <translation>ИИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>The IIN has digits only.</source>
        <translation>ИИН состоит только из цифр.</translation>
    </message>
    <message>
        <source>The first seven digits of the IIN do not make a date of birth.</source>
        <translation>Первые семь цифр ИИН не соответствуют дате рождения.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: a digit is mistyped.</source>
        <translation>Контрольная цифра ИИН не сходится: одна из цифр введена с ошибкой.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Номер телефона слишком длинный.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Это не номер телефона.</translation>
    </message>
    <message>
        <source>No such phone number exists: check the digits.</source>
        <translation>Такого номера телефона не существует: проверьте цифры.</translation>
    </message>
    <message>
        <source>An application cannot be anonymous: the law requires the applicant&apos;s name and IIN.</source>
        <translation>Заявление не может быть анонимным: по закону требуются ФИО и ИИН заявителя.</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s name, or mark the request anonymous.</source>
        <translation>Укажите ФИО гражданина или отметьте обращение как анонимное.</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>Введите номер телефона звонящего.</translation>
    </message>
    <message>
        <source>An application needs the applicant&apos;s IIN.</source>
        <translation>Для заявления нужен ИИН заявителя.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address for the answer.</source>
        <translation>Укажите телефон или адрес электронной почты для ответа.</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Выберите район.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Выберите категорию.</translation>
    </message>
    <message>
        <source>Describe the request.</source>
        <translation>Опишите суть обращения.</translation>
    </message>
    <message>
        <source>Describe the request in a few words more.</source>
        <translation>Опишите обращение немного подробнее.</translation>
    </message>
    <message>
        <source>The location is not a point on the map.</source>
        <translation>Указанное место не является точкой на карте.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>On track</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отклик</translation>
    </message>
    <message>
        <source>1308 contact center</source>
        <translation>Контакт-центр 1308</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Фронт-офис</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Веб-портал</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Мобильное приложение</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Социальные сети</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Consulted on the spot</source>
        <translation>Консультация дана на месте</translation>
    </message>
    <message>
        <source>Assigned to executor</source>
        <translation>Направлено исполнителю</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Запрошено продление срока</translation>
    </message>
    <message>
        <source>In progress, deadline extended</source>
        <translation>В работе, срок продлён</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Forwarded: outside competence</source>
        <translation>Перенаправлено: вне компетенции</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Rejected as duplicate</source>
        <translation>Отклонено как дубликат</translation>
    </message>
    <message>
        <source>Part of a mass incident</source>
        <translation>Часть массового инцидента</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Answer on the spot</source>
        <translation>Ответить на месте</translation>
    </message>
    <message>
        <source>Assign to executor</source>
        <translation>Направить исполнителю</translation>
    </message>
    <message>
        <source>Take into work</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>Запросить продление срока</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>Одобрить продление срока</translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation>Отказать в продлении срока</translation>
    </message>
    <message>
        <source>Forward: outside competence</source>
        <translation>Перенаправить: вне компетенции</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Accept the answer</source>
        <translation>Принять ответ</translation>
    </message>
    <message>
        <source>Reject as duplicate</source>
        <translation>Отклонить как дубликат</translation>
    </message>
    <message>
        <source>Link to mass incident</source>
        <translation>Привязать к массовому инциденту</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть повторно</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>week %1</source>
        <translation>неделя %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Обычно за неделю</translation>
    </message>
    <message>
        <source>Usual period</source>
        <translation>Обычно за период</translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>“%1” must be %2.</source>
        <translation>Поле «%1» должно иметь тип %2.</translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation>Поле «%1» слишком длинное.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <source>“%1” has an unknown value.</source>
        <translation>Поле «%1» содержит неизвестное значение.</translation>
    </message>
    <message>
        <source>“id” is required.</source>
        <translation>Поле «id» обязательно.</translation>
    </message>
    <message>
        <source>An extension is 1 to 60 working days.</source>
        <translation>Срок можно продлить на 1–60 рабочих дней.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The role “%1” may not “%2”.</source>
        <translation>Роль «%1» не может выполнять действие «%2».</translation>
    </message>
    <message>
        <source>“%1” is not possible for a request that is “%2”.</source>
        <translation>Действие «%1» недоступно для обращения в статусе «%2».</translation>
    </message>
    <message>
        <source>This request belongs to another organization.</source>
        <translation>Это обращение относится к другой организации.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>Choose the request to link this one to.</source>
        <translation>Выберите обращение, к которому нужно привязать это обращение.</translation>
    </message>
    <message>
        <source>Choose the executor organization.</source>
        <translation>Выберите организацию-исполнителя.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Напишите ответ.</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>Удовлетворённость оценивается баллом от 1 до 5.</translation>
    </message>
    <message>
        <source>The quality score is 0 to 5 criteria met.</source>
        <translation>Оценка качества — число выполненных критериев, от 0 до 5.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The holiday calendar is damaged: %1</source>
        <translation>Календарь праздничных дней повреждён: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tyndau</source>
        <translation>Tyndau</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>Не удаётся открыть локальный кэш: %1</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved aside to %1 and a new one is being filled from the server.</source>
        <translation>Локальный кэш был повреждён. Он перемещён в %1, а новый кэш заполняется данными с сервера.</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>Адрес сервера.</translation>
    </message>
</context>
<context>
    <name>tyndau::ActionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Ответ гражданину</translation>
    </message>
    <message>
        <source>&amp;Answer (in %1):</source>
        <translation>&amp;Ответ (язык: %1):</translation>
    </message>
    <message>
        <source>the full term again</source>
        <translation>полный срок заново</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> раб. дн.</translation>
    </message>
    <message>
        <source>Extension in working days</source>
        <translation>Продление срока в рабочих днях</translation>
    </message>
    <message>
        <source>E&amp;xtend by:</source>
        <translation>Продлить &amp;на:</translation>
    </message>
    <message>
        <source>no call-back</source>
        <translation>без обратного звонка</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction from the call-back</source>
        <translation>Удовлетворённость гражданина по итогам обратного звонка</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1–5):</source>
        <translation>&amp;Удовлетворённость (1–5):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Комментарий (необязательно):</translation>
    </message>
    <message>
        <source>Measures taken and their dates</source>
        <translation>Принятые меры и их сроки</translation>
    </message>
    <message>
        <source>&amp;Measures taken, with dates:</source>
        <translation>Принятые &amp;меры и сроки:</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>e.g. Administrative Procedural Code of the Republic of Kazakhstan, art. 91</source>
        <translation>например, Административный процедурно-процессуальный кодекс РК, ст. 91</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Правовое &amp;основание:</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Оценка: %1 из %2</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Качество:</translation>
    </message>
    <message>
        <source>The executor&apos;s answer:</source>
        <translation>Ответ исполнителя:</translation>
    </message>
    <message>
        <source>State the measures taken with their dates, and the legal basis: the inspector checks both.</source>
        <translation>Укажите принятые меры со сроками и правовое основание: инспектор проверяет и то, и другое.</translation>
    </message>
    <message>
        <source>Say what the executor must fix: uncheck what is missing or write the reason.</source>
        <translation>Укажите, что исполнителю нужно исправить: снимите отметки с невыполненного или напишите причину.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Приложенные файлы</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>При&amp;ложить…</translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG, WebP) or PDF, up to 10 MiB each (Ctrl+O)</source>
        <translation>Фотографии (JPEG, PNG, WebP) или PDF, до 10 МиБ каждый (Ctrl+O)</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Приложить фотографии или документы</translation>
    </message>
    <message>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Фотографии и PDF (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
</context>
<context>
    <name>tyndau::AdministrationWorkspace</name>
    <message>
        <source>Deadlines and calendar</source>
        <translation>Сроки и календарь</translation>
    </message>
    <message>
        <source>Open311 API keys</source>
        <translation>API-ключи Open311</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
</context>
<context>
    <name>tyndau::ApiKeyListModel</name>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>tyndau::ApiKeysPanel</name>
    <message>
        <source>The new key is shown this once: copy it now and hand it to the channel. The server keeps only its hash.</source>
        <translation>Новый ключ показан только сейчас: скопируйте его и передайте владельцу канала. Сервер хранит лишь его хеш.</translation>
    </message>
    <message>
        <source>The key is revoked: requests sent with it are refused from now on.</source>
        <translation>Ключ отозван: обращения с ним больше не принимаются.</translation>
    </message>
    <message>
        <source>Name the key, e.g. the portal or bot it is for.</source>
        <translation>Назовите ключ, например портал или бот, для которого он выдаётся.</translation>
    </message>
    <message>
        <source>Choose the key to revoke.</source>
        <translation>Выберите ключ, который нужно отозвать.</translation>
    </message>
    <message>
        <source>Open311 API keys of the outside channels</source>
        <translation>API-ключи Open311 внешних каналов</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Name: the portal or bot the key is for</source>
        <translation>Название: портал или бот, для которого ключ</translation>
    </message>
    <message>
        <source>Name of the key</source>
        <translation>Название ключа</translation>
    </message>
    <message>
        <source>&amp;New key</source>
        <translation>&amp;Новый ключ</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen key</source>
        <translation>&amp;Отозвать выбранный ключ</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>Новый ключ</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-ключи</translation>
    </message>
</context>
<context>
    <name>tyndau::AttachmentFiles</name>
    <message>
        <source>the file is not on this workstation.</source>
        <translation>файла нет на этом рабочем месте.</translation>
    </message>
    <message>
        <source>it could not be written to %1: %2</source>
        <translation>не удалось записать его в %1: %2</translation>
    </message>
</context>
<context>
    <name>tyndau::AttachmentListModel</name>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 КБ)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>Чтобы открыть, дважды щёлкните или нажмите Enter.</translation>
    </message>
    <message>
        <source>Sent as “%1”. Double-click or press Enter to open it.</source>
        <translation>Отправлен как «%1». Чтобы открыть, дважды щёлкните или нажмите Enter.</translation>
    </message>
</context>
<context>
    <name>tyndau::AuditListModel</name>
    <message>
        <source>Account created</source>
        <translation>Учётная запись создана</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Учётная запись изменена</translation>
    </message>
    <message>
        <source>Organization saved</source>
        <translation>Организация сохранена</translation>
    </message>
    <message>
        <source>Category saved</source>
        <translation>Категория сохранена</translation>
    </message>
    <message>
        <source>Deadline term set</source>
        <translation>Срок рассмотрения изменён</translation>
    </message>
    <message>
        <source>Calendar day set</source>
        <translation>День календаря задан</translation>
    </message>
    <message>
        <source>Calendar day removed</source>
        <translation>День календаря удалён</translation>
    </message>
    <message>
        <source>Knowledge-base article saved</source>
        <translation>Статья базы знаний сохранена</translation>
    </message>
    <message>
        <source>API key made</source>
        <translation>API-ключ выдан</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>API-ключ отозван</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Budget season saved</source>
        <translation>Сезон бюджета участия сохранён</translation>
    </message>
    <message>
        <source>Budget season moved to its next phase</source>
        <translation>Сезон бюджета участия переведён на следующий этап</translation>
    </message>
    <message>
        <source>Winner&apos;s implementation updated</source>
        <translation>Статус реализации победителя обновлён</translation>
    </message>
    <message>
        <source>Photo of a winner&apos;s implementation added</source>
        <translation>Добавлена фотография реализации проекта-победителя</translation>
    </message>
</context>
<context>
    <name>tyndau::AuditPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Более ранние записи</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
</context>
<context>
    <name>tyndau::BallotModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>tyndau::BlobFetcher</name>
    <message>
        <source>The server sent other bytes than were asked for.</source>
        <translation>Сервер прислал не тот файл, который был запрошен.</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetProposalForm</name>
    <message>
        <source>Registered: “%1”. It goes to the server with the next sync.</source>
        <translation>Зарегистрирован: «%1». Проект уйдёт на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>Estimated &amp;cost, ₸:</source>
        <translation>Ориентировочная &amp;стоимость, ₸:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Author&apos;s &amp;IIN:</source>
        <translation>&amp;ИИН автора:</translation>
    </message>
    <message>
        <source>Author&apos;s p&amp;hone:</source>
        <translation>&amp;Телефон автора:</translation>
    </message>
    <message>
        <source>Choose the district</source>
        <translation>Выберите район</translation>
    </message>
    <message>
        <source>Look-alike proposals of this district, already registered:</source>
        <translation>Похожие проекты этого района, уже зарегистрированные:</translation>
    </message>
    <message>
        <source>&amp;Register the proposal</source>
        <translation>&amp;Зарегистрировать проект</translation>
    </message>
    <message>
        <source>Look-alike proposals</source>
        <translation>Похожие проекты</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetProposalListModel</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Ещё не оценён</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Реализуем</translation>
    </message>
    <message>
        <source>Not feasible</source>
        <translation>Не реализуем</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>%1 ₸</source>
        <translation>%1 ₸</translation>
    </message>
    <message>
        <source>Feasible, funded</source>
        <translation>Реализуем, финансируется</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Experts&apos; verdict</source>
        <translation>Заключение экспертов</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Реализация</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetProposalsPanel</name>
    <message>
        <source>Choose a proposal to see it.</source>
        <translation>Выберите проект, чтобы увидеть его.</translation>
    </message>
    <message>
        <source>%1 · estimated %2 ₸ · %3 votes</source>
        <translation>%1 · ориентировочно %2 ₸ · голосов: %3</translation>
    </message>
    <message>
        <source>Author: %1, registered %2</source>
        <translation>Автор: %1, зарегистрирован %2</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <source>Assessed. It goes to the server with the next sync.</source>
        <translation>Оценка сохранена. Она уйдёт на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Saved. It goes to the server with the next sync.</source>
        <translation>Сохранено. Изменение уйдёт на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Corrected &amp;cost, ₸:</source>
        <translation>Уточнённая &amp;стоимость, ₸:</translation>
    </message>
    <message>
        <source>Responsible &amp;organization:</source>
        <translation>Ответственная &amp;организация:</translation>
    </message>
    <message>
        <source>Co&amp;nclusion:</source>
        <translation>&amp;Заключение:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Note (dates, contractor):</source>
        <translation>&amp;Примечание (сроки, подрядчик):</translation>
    </message>
    <message>
        <source>A new proposal, on the citizen&apos;s behalf</source>
        <translation>Новый проект от имени гражданина</translation>
    </message>
    <message>
        <source>Expert assessment</source>
        <translation>Экспертная оценка</translation>
    </message>
    <message>
        <source>&amp;Feasible: goes on the ballot</source>
        <translation>&amp;Реализуем: включить в бюллетень</translation>
    </message>
    <message>
        <source>Save the &amp;assessment</source>
        <translation>Сохранить &amp;оценку</translation>
    </message>
    <message>
        <source>Implementation of the winner</source>
        <translation>Реализация проекта-победителя</translation>
    </message>
    <message>
        <source>Save the &amp;status</source>
        <translation>Сохранить &amp;статус</translation>
    </message>
    <message>
        <source>Choose the organization</source>
        <translation>Выберите организацию</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Проекты</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetResultListModel</name>
    <message>
        <source>funded</source>
        <translation>финансируется</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>не финансируется</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>Израсходовано с начала</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetResultsPanel</name>
    <message>
        <source>The season could not be read: %1</source>
        <translation>Не удалось прочитать сезон: %1</translation>
    </message>
    <message>
        <source>There is no %1 season yet.</source>
        <translation>Сезона %1 года ещё нет.</translation>
    </message>
    <message>
        <source>The %1 season is at: %2. Until the results are published this is the current standing (as of %3), not the results.</source>
        <translation>Сезон %1 года на этапе: %2. До публикации итогов это текущее положение (на %3), а не итоги.</translation>
    </message>
    <message>
        <source>Results of the %1 season (as of %2).</source>
        <translation>Итоги сезона %1 года (на %2).</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>All districts: budget %1, spent %2, remaining %3. Funded %4 of %5 proposals on the ballot.</source>
        <translation>Все районы: бюджет %1, израсходовано %2, остаток %3. Финансируется проектов из бюллетеня: %4 из %5.</translation>
    </message>
    <message>
        <source>%1: budget %2, spent %3, remaining %4. Funded %5 of %6 proposals on the ballot.</source>
        <translation>%1: бюджет %2, израсходовано %3, остаток %4. Финансируется проектов из бюллетеня: %5 из %6.</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No proposal is on the ballot yet.</source>
        <translation>В бюллетене пока нет проектов.</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Финансируется</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Не финансируется</translation>
    </message>
    <message numerus="yes">
        <source>Votes: the %n most voted proposal(s) of all districts</source>
        <translation>
            <numerusform>Голоса: %n проект с наибольшим числом голосов по всем районам</numerusform>
            <numerusform>Голоса: %n проекта с наибольшим числом голосов по всем районам</numerusform>
            <numerusform>Голоса: %n проектов с наибольшим числом голосов по всем районам</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes per proposal: %1, the first %2 of %3</source>
        <translation>Голоса по проектам: %1, первые %2 из %3</translation>
    </message>
    <message>
        <source>Votes per proposal: %1</source>
        <translation>Голоса по проектам: %1</translation>
    </message>
    <message>
        <source>Save the results as PDF</source>
        <translation>Сохранить итоги в PDF</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>Сохранить итоги в CSV</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Results by votes</source>
        <translation>Итоги по голосам</translation>
    </message>
    <message>
        <source>Votes per proposal</source>
        <translation>Голоса по проектам</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetSeasonPanel</name>
    <message>
        <source>People&apos;s Participation Budget %1</source>
        <translation>Бюджет народного участия %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>A new season: it starts with proposals once saved.</source>
        <translation>Новый сезон: после сохранения начнётся приём проектов.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Budget, ₸</source>
        <translation>Бюджет, ₸</translation>
    </message>
    <message>
        <source>Move to “%1”…</source>
        <translation>Перейти к этапу «%1»…</translation>
    </message>
    <message>
        <source>Saved. The other workstations get it with their next sync.</source>
        <translation>Сохранено. Остальные рабочие места получат изменения при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Move the season on</source>
        <translation>Перевести сезон на следующий этап</translation>
    </message>
    <message>
        <source>Move the %1 season from “%2” to “%3”? A phase never goes back.</source>
        <translation>Перевести сезон %1 года с этапа «%2» на этап «%3»? Вернуться к прежнему этапу нельзя.</translation>
    </message>
    <message>
        <source>The season is now in “%1”.</source>
        <translation>Сезон перешёл на этап «%1».</translation>
    </message>
    <message>
        <source>&amp;Votes per citizen:</source>
        <translation>&amp;Голосов у гражданина:</translation>
    </message>
    <message>
        <source>“%1” starts:</source>
        <translation>Начало этапа «%1»:</translation>
    </message>
    <message>
        <source>&amp;Save the season</source>
        <translation>&amp;Сохранить сезон</translation>
    </message>
    <message>
        <source>Budgets of the districts</source>
        <translation>Бюджеты районов</translation>
    </message>
    <message>
        <source>The season was changed at another workstation meanwhile. What you typed is kept, and saving it replaces their change.</source>
        <translation>Тем временем сезон изменили на другом рабочем месте. Введённое вами сохранено в форме; при сохранении оно заменит их изменение.</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetVotingPanel</name>
    <message numerus="yes">
        <source>A citizen may choose up to %n proposal(s); untick one first.</source>
        <translation>
            <numerusform>Гражданин может выбрать не более %n проекта; сначала снимите отметку с одного.</numerusform>
            <numerusform>Гражданин может выбрать не более %n проектов; сначала снимите отметку с одного.</numerusform>
            <numerusform>Гражданин может выбрать не более %n проектов; сначала снимите отметку с одного.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>Выбрано %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>The vote of %1 is recorded: %n proposal(s), waiting to be sent.</source>
        <translation>
            <numerusform>Голос %1 записан: %n проект, ожидает отправки.</numerusform>
            <numerusform>Голос %1 записан: %n проекта, ожидает отправки.</numerusform>
            <numerusform>Голос %1 записан: %n проектов, ожидает отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>The season could not be read: %1</source>
        <translation>Не удалось прочитать сезон: %1</translation>
    </message>
    <message>
        <source>There is no %1 season yet: votes are taken once it reaches voting.</source>
        <translation>Сезона %1 года ещё нет: голоса принимаются на этапе голосования.</translation>
    </message>
    <message>
        <source>Votes are taken in the voting phase only; the %1 season is now at: %2.</source>
        <translation>Голоса принимаются только на этапе голосования; сезон %1 года сейчас на этапе: %2.</translation>
    </message>
    <message>
        <source>Voting in the %1 season, but no proposal is on the ballot.</source>
        <translation>Идёт голосование сезона %1 года, но в бюллетене нет проектов.</translation>
    </message>
    <message numerus="yes">
        <source>Voting in the %1 season: a citizen votes once, in one district, for up to %n proposal(s).</source>
        <translation>
            <numerusform>Голосование сезона %1 года: гражданин голосует один раз, в одном районе, не более чем за %n проект.</numerusform>
            <numerusform>Голосование сезона %1 года: гражданин голосует один раз, в одном районе, не более чем за %n проекта.</numerusform>
            <numerusform>Голосование сезона %1 года: гражданин голосует один раз, в одном районе, не более чем за %n проектов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;IIN:</source>
        <translation>&amp;ИИН гражданина:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Proposals:</source>
        <translation>&amp;Проекты:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>&amp;Record the vote</source>
        <translation>&amp;Записать голос</translation>
    </message>
    <message>
        <source>Enter in any field records the vote too</source>
        <translation>Enter в любом поле тоже записывает голос</translation>
    </message>
    <message>
        <source>&amp;Votes taken at this workstation</source>
        <translation>&amp;Голоса, принятые на этом рабочем месте</translation>
    </message>
    <message>
        <source>Votes taken at this workstation</source>
        <translation>Голоса, принятые на этом рабочем месте</translation>
    </message>
    <message>
        <source>The district&apos;s ballot</source>
        <translation>Бюллетень района</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetWinnersView</name>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Cost, ₸</source>
        <translation>Стоимость, ₸</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Реализация</translation>
    </message>
    <message>
        <source>No participation-budget season yet.</source>
        <translation>Сезонов бюджета участия ещё нет.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message numerus="yes">
        <source>People&apos;s Participation Budget %1: %n winners.</source>
        <translation>
            <numerusform>Бюджет народного участия %1: %n победитель.</numerusform>
            <numerusform>Бюджет народного участия %1: %n победителя.</numerusform>
            <numerusform>Бюджет народного участия %1: %n победителей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People&apos;s Participation Budget %1 (%2): %n proposals lead so far.</source>
        <translation>
            <numerusform>Бюджет народного участия %1 (%2): пока лидирует %n проект.</numerusform>
            <numerusform>Бюджет народного участия %1 (%2): пока лидируют %n проекта.</numerusform>
            <numerusform>Бюджет народного участия %1 (%2): пока лидируют %n проектов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetWorkspace</name>
    <message>
        <source>No season for %1 yet.</source>
        <translation>Сезона %1 года ещё нет.</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>&amp;Season:</source>
        <translation>&amp;Сезон:</translation>
    </message>
    <message>
        <source>Season and budgets</source>
        <translation>Сезон и бюджеты</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
</context>
<context>
    <name>tyndau::CategoriesPanel</name>
    <message>
        <source>One Latin word, e.g. snow_ice</source>
        <translation>Одно латинское слово, например snow_ice</translation>
    </message>
    <message>
        <source>— (top of the tree)</source>
        <translation>— (верхний уровень)</translation>
    </message>
    <message>
        <source>Saved. The other workstations get it with their next sync.</source>
        <translation>Сохранено. Остальные рабочие места получат изменения при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Under:</source>
        <translation>Внутри:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на &amp;казахском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>&amp;Season:</source>
        <translation>&amp;Сезон:</translation>
    </message>
    <message>
        <source>All year</source>
        <translation>Круглый год</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>Зима</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Лето</translation>
    </message>
    <message>
        <source>Empty: as in Russian</source>
        <translation>Если пусто — как на русском</translation>
    </message>
    <message>
        <source>New &amp;top category</source>
        <translation>Новая категория &amp;верхнего уровня</translation>
    </message>
    <message>
        <source>New category &amp;under the chosen</source>
        <translation>Новая &amp;подкатегория выбранной</translation>
    </message>
    <message>
        <source>&amp;Save the category</source>
        <translation>&amp;Сохранить категорию</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
</context>
<context>
    <name>tyndau::HistoryModel</name>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation>%1 — %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>tyndau::KbEditorDialog</name>
    <message>
        <source>Edit the life situation</source>
        <translation>Редактирование жизненной ситуации</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Шаги, по одному в строке</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Ответ гражданину</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>tyndau::KnowledgeBaseWorkspace</name>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>Найдена %n статья</numerusform>
            <numerusform>Найдено %n статьи</numerusform>
            <numerusform>Найдено %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words of the citizen&apos;s question.</source>
        <translation>Введите несколько слов из вопроса гражданина.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Ответ гражданину</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n consultation(s).</source>
        <translation>
            <numerusform>Использована в %n консультации.</numerusform>
            <numerusform>Использована в %n консультациях.</numerusform>
            <numerusform>Использована в %n консультациях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Оба языка</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Язык поиска</translation>
    </message>
    <message>
        <source>Search the knowledge base in Kazakh or Russian (Ctrl+F)</source>
        <translation>Поиск по базе знаний на казахском или русском (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск по базе знаний</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Найденные статьи</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Other language (F4)</source>
        <translation>Другой язык (F4)</translation>
    </message>
    <message>
        <source>Copy the answer (Ctrl+Shift+C)</source>
        <translation>Копировать ответ (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Edit the article</source>
        <translation>&amp;Редактировать статью</translation>
    </message>
</context>
<context>
    <name>tyndau::LocalVoteListModel</name>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учтён</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отклонён: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Citizen&apos;s IIN</source>
        <translation>ИИН гражданина</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>tyndau::LoginDialog</name>
    <message>
        <source>Sign in — Tyndau</source>
        <translation>Вход — Tyndau</translation>
    </message>
    <message>
        <source>Tyndau — public reception</source>
        <translation>Tyndau — общественная приёмная</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>https://reception.example.kz</source>
        <translation>https://reception.example.kz</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Demo server: sign in as operator1, executor1, inspector1, supervisor1 or admin; the password is &quot;demo&quot;.</source>
        <translation>Демо-сервер: войдите как operator1, executor1, inspector1, supervisor1 или admin; пароль — «demo».</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://reception.example.kz</source>
        <translation>Введите адрес сервера, например https://reception.example.kz</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
</context>
<context>
    <name>tyndau::MainWindow</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Регистрация</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;База знаний</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из системы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>About Tyndau</source>
        <translation>О программе Tyndau</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tyndau %1&lt;/h3&gt;&lt;p&gt;The workstation of a city&apos;s public reception office: citizens&apos; requests, the knowledge base of life situations, deadlines and quality control.&lt;/p&gt;&lt;p&gt;Signed in as %2 (%3) on %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tyndau %1&lt;/h3&gt;&lt;p&gt;Рабочее место общественной приёмной города: обращения граждан, база знаний жизненных ситуаций, контроль сроков и качества.&lt;/p&gt;&lt;p&gt;Вход выполнен: %2 (%3), сервер %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About Tyndau</source>
        <translation>&amp;О программе Tyndau</translation>
    </message>
    <message>
        <source>The session has ended: sign out and sign in again to sync. Your work is kept.</source>
        <translation>Сеанс завершён: чтобы синхронизировать данные, выйдите из системы и войдите снова. Ваша работа сохранена.</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Сервер отклонил изменение: %1</translation>
    </message>
    <message>
        <source>Tyndau — %1 (%2)</source>
        <translation>Tyndau — %1 (%2)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Рабочие области</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>The new deadlines could not be read: %1</source>
        <translation>Не удалось прочитать новые сроки: %1</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Бюджет участия</translation>
    </message>
</context>
<context>
    <name>tyndau::OrganizationListModel</name>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>City department</source>
        <translation>Управление города</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Коммунальное предприятие</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>the whole city</source>
        <translation>весь город</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n категория</numerusform>
            <numerusform>%n категории</numerusform>
            <numerusform>%n категорий</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Обслуживает</translation>
    </message>
</context>
<context>
    <name>tyndau::OrganizationsPanel</name>
    <message>
        <source>Saved. The other workstations get it with their next sync.</source>
        <translation>Сохранено. Остальные рабочие места получат изменения при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>Весь город</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на &amp;казахском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Ca&amp;tegories served:</source>
        <translation>Обслуживаемые &amp;категории:</translation>
    </message>
    <message>
        <source>&amp;Districts served:</source>
        <translation>Обслуживаемые &amp;районы:</translation>
    </message>
    <message>
        <source>Latin letters, e.g. almaty-su</source>
        <translation>Латинские буквы, например almaty-su</translation>
    </message>
    <message>
        <source>Empty: as in Russian</source>
        <translation>Если пусто — как на русском</translation>
    </message>
    <message>
        <source>New &amp;organization</source>
        <translation>Новая &amp;организация</translation>
    </message>
    <message>
        <source>&amp;Save the organization</source>
        <translation>&amp;Сохранить организацию</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>This organization was changed at another workstation meanwhile. What you typed is kept, and saving it replaces their change.</source>
        <translation>Тем временем эту организацию изменили на другом рабочем месте. Введённое вами сохранено в форме; при сохранении оно заменит их изменение.</translation>
    </message>
</context>
<context>
    <name>tyndau::PeriodBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущий</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующий ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>п&amp;о:</translation>
    </message>
    <message>
        <source>Show the &amp;period</source>
        <translation>Показать &amp;период</translation>
    </message>
    <message>
        <source>The period before, of the same length</source>
        <translation>Предыдущий период той же длины</translation>
    </message>
    <message>
        <source>The period after, of the same length</source>
        <translation>Следующий период той же длины</translation>
    </message>
</context>
<context>
    <name>tyndau::PhotoDialog</name>
    <message>
        <source>Save the photo</source>
        <translation>Сохранить фотографию</translation>
    </message>
    <message>
        <source>The photo could not be saved as “%1”: %2</source>
        <translation>Не удалось сохранить фотографию как «%1»: %2</translation>
    </message>
</context>
<context>
    <name>tyndau::PolicyEditor</name>
    <message>
        <source>Public holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Day off (transferred)</source>
        <translation>Выходной (перенос)</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Рабочий день (перенос)</translation>
    </message>
    <message>
        <source>Deadlines in working days</source>
        <translation>Сроки рассмотрения в рабочих днях</translation>
    </message>
    <message>
        <source>Save the deadlines</source>
        <translation>Сохранить сроки</translation>
    </message>
    <message>
        <source>Calendar: holidays and transferred days</source>
        <translation>Календарь: праздники и переносы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What the day is</source>
        <translation>Вид дня</translation>
    </message>
    <message>
        <source>Name, e.g. Kurban Ait</source>
        <translation>Название, например Курбан айт</translation>
    </message>
    <message>
        <source>Name of the day</source>
        <translation>Название дня</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translation>Удалить выбранный день</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Saved. Requests registered from now on get the new deadlines, on every workstation after its sync.</source>
        <translation>Сохранено. Обращения, зарегистрированные с этого момента, получат новые сроки — на каждом рабочем месте после синхронизации.</translation>
    </message>
    <message>
        <source>Saved: deadlines that cross %1 now count it.</source>
        <translation>Сохранено: сроки, проходящие через %1, теперь учитывают этот день.</translation>
    </message>
    <message>
        <source>Choose the day to remove.</source>
        <translation>Выберите день, который нужно удалить.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Удалено.</translation>
    </message>
</context>
<context>
    <name>tyndau::ProblemMap</name>
    <message numerus="yes">
        <source>%n request(s) with coordinates; the densest cell holds %1.</source>
        <translation>
            <numerusform>%n обращение с координатами; в самой плотной ячейке — %1.</numerusform>
            <numerusform>%n обращения с координатами; в самой плотной ячейке — %1.</numerusform>
            <numerusform>%n обращений с координатами; в самой плотной ячейке — %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::ProposalPhotoModel</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: not here yet (%2)</source>
        <translation>%1: ещё не загружено (%2)</translation>
    </message>
</context>
<context>
    <name>tyndau::ProposalPhotosView</name>
    <message>
        <source>Add a photo of the implementation</source>
        <translation>Добавить фотографию реализации</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Photos of the implementation</source>
        <translation>Фотографии реализации</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Доб&amp;авить фото…</translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterForm</name>
    <message>
        <source>Suggested: %1</source>
        <translation>Предлагается: %1</translation>
    </message>
    <message>
        <source>Deadline if registered now: %1</source>
        <translation>Срок при регистрации сейчас: %1</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <source>Citizen&apos;s lan&amp;guage:</source>
        <translation>Я&amp;зык гражданина:</translation>
    </message>
    <message>
        <source>Anon&amp;ymous:</source>
        <translation>А&amp;нонимно:</translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;name:</source>
        <translation>ФИО &amp;гражданина:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Кат&amp;егория:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>Ис&amp;полнитель:</translation>
    </message>
    <message>
        <source>the citizen does not give a name</source>
        <translation>гражданин не называет себя</translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx</source>
        <translation>+7 7xx xxx xx xx</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Street, house (suggested as you type)</source>
        <translation>Улица, дом (подсказки при вводе)</translation>
    </message>
    <message>
        <source>What happened, where and since when. Enter saves; Shift+Enter starts a new line.</source>
        <translation>Что случилось, где и с какого времени. Enter — сохранить; Shift+Enter — новая строка.</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Приложить фотографии или документы</translation>
    </message>
    <message>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Фотографии и PDF (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Вло&amp;жения:</translation>
    </message>
    <message>
        <source>Attach… (Ctrl+O)</source>
        <translation>Приложить… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Приложенные файлы</translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterSidePanel</name>
    <message>
        <source>Look-alike requests and incidents (%1)</source>
        <translation>Похожие обращения и инциденты (%1)</translation>
    </message>
    <message>
        <source>Knowledge base: answer on the spot (%1)</source>
        <translation>База знаний: ответ на месте (%1)</translation>
    </message>
    <message>
        <source>Look-alike requests and open incidents</source>
        <translation>Похожие обращения и открытые инциденты</translation>
    </message>
    <message>
        <source>Knowledge-base articles matching the description</source>
        <translation>Статьи базы знаний, подходящие к описанию</translation>
    </message>
    <message>
        <source>Link the call to it (F8)</source>
        <translation>Привязать звонок к нему (F8)</translation>
    </message>
    <message>
        <source>Answer with this article and close (F9)</source>
        <translation>Ответить по этой статье и закрыть (F9)</translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterWorkspace</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>The server refused request %1: %2</source>
        <translation>Сервер отклонил обращение %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1. The official number comes with the next sync.</source>
        <translation>Сохранено под номером %1. Регистрационный номер будет присвоен при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Saved and registered as %1 (%2).</source>
        <translation>Сохранено и зарегистрировано под номером %1 (%2).</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>Очистить форму?</translation>
    </message>
    <message>
        <source>What you typed in this request will be lost.</source>
        <translation>Введённые данные обращения будут потеряны.</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>Со&amp;хранить (Enter)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Очистить (Esc)</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Сохранить обращение</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Очистить форму</translation>
    </message>
    <message>
        <source>The request you were typing when the workstation closed is back. Save it or clear it.</source>
        <translation>Восстановлено обращение, которое вы вводили, когда программа была закрыта. Сохраните или очистите его.</translation>
    </message>
</context>
<context>
    <name>tyndau::RegistrationDraft</name>
    <message>
        <source>The article is no longer in the knowledge base.</source>
        <translation>Этой статьи больше нет в базе знаний.</translation>
    </message>
</context>
<context>
    <name>tyndau::RequestCard</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>История обращения</translation>
    </message>
    <message>
        <source>Choose a request in the list.</source>
        <translation>Выберите обращение в списке.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation>Сервер отклонил последнее изменение: %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Зарегистрировано:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original deadline:</source>
        <translation>Первоначальный срок:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Гражданин:</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Mass incident:</source>
        <translation>Массовый инцидент:</translation>
    </message>
    <message>
        <source>yes: other calls are linked to it</source>
        <translation>да: к нему привязаны другие звонки</translation>
    </message>
    <message>
        <source>Returned for rework:</source>
        <translation>Возвратов на доработку:</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction:</source>
        <translation>Удовлетворённость гражданина:</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>Downloading “%1” from the server…</source>
        <translation>Загрузка «%1» с сервера…</translation>
    </message>
    <message>
        <source>No program here opens %1.</source>
        <translation>На этом компьютере нет программы, которая откроет %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>Не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Files cannot be opened here.</source>
        <translation>Здесь файлы открыть нельзя.</translation>
    </message>
    <message>
        <source>Attachments (double-click to open):</source>
        <translation>Вложения (откройте двойным щелчком):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>tyndau::RequestFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All executors</source>
        <translation>Все исполнители</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Search: a number (2026-000123) or words from the citizen, address, text (Ctrl+F)</source>
        <translation>Поиск: номер (2026-000123) или слова из данных гражданина, адреса, текста (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;Мои обращения</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>tyndau::RequestListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимно</translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation>Сервер отклонил последнее изменение: %1</translation>
    </message>
    <message>
        <source>Provisional number: the official one comes with the next sync.</source>
        <translation>Временный номер: регистрационный номер будет присвоен при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>tyndau::RequestSummaryModel</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Mass incident: %1</source>
        <translation>Массовый инцидент: %1</translation>
    </message>
</context>
<context>
    <name>tyndau::RequestsWorkspace</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Не удалось прочитать список: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — from the statistics: %2</source>
        <translation>%1 — из статистики: %2</translation>
    </message>
    <message>
        <source>Counting requests…</source>
        <translation>Подсчёт обращений…</translation>
    </message>
</context>
<context>
    <name>tyndau::SignIn</name>
    <message>
        <source>The keychain did not keep the session (%1): you will be asked for the password next time.</source>
        <translation>Не удалось сохранить сеанс в хранилище ключей (%1): в следующий раз потребуется ввести пароль.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the password does not match the one last used on this computer.</source>
        <translation>Нет связи с сервером, а пароль не совпадает с последним паролем, использованным на этом компьютере.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and %1 has not signed in on this computer before, so there is no session to work offline with.</source>
        <translation>Нет связи с сервером, а пользователь %1 ранее не входил в систему на этом компьютере, поэтому нет сеанса для работы без сети.</translation>
    </message>
</context>
<context>
    <name>tyndau::StatisticsWorkspace</name>
    <message>
        <source>Double-click or Enter: the requests behind the row</source>
        <translation>Двойной щелчок или Enter: обращения по этой строке</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать показатели: %1</translation>
    </message>
    <message>
        <source>Requests per day by channel</source>
        <translation>Обращения по дням и каналам</translation>
    </message>
    <message>
        <source>Top 10 categories, against the week before</source>
        <translation>10 основных категорий в сравнении с предыдущей неделей</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>On time, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <source>Overdue and open</source>
        <translation>Просрочено, не закрыто</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Hours to answer</source>
        <translation>Время ответа, ч</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Acute issue</source>
        <translation>Острая проблема</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Сохранить показатели в CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Top 10 categories</source>
        <translation>10 основных категорий</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Map of problematic issues</source>
        <translation>Карта проблемных вопросов</translation>
    </message>
    <message>
        <source>Districts and executors</source>
        <translation>Районы и исполнители</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Неделя %1: %2</translation>
    </message>
    <message>
        <source>Requests per week by channel</source>
        <translation>Обращения по неделям и каналам</translation>
    </message>
    <message>
        <source>Top 10 categories, against the period before</source>
        <translation>10 основных категорий в сравнении с предыдущим периодом</translation>
    </message>
    <message>
        <source>Quality, of 5</source>
        <translation>Качество, из 5</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Participation budget</source>
        <translation>Бюджет участия</translation>
    </message>
    <message>
        <source>Requests: %1 (the period before: %2). Consultations on the spot: %3. Answered on time: %4 %. Returned for rework: %5 %. Overdue and open: %6. Citizen satisfaction: %7 of 5 (%8 call-backs). Quality of answers: %9 of 5 (%10 reviewed).</source>
        <translation>Обращений: %1 (в предыдущем периоде: %2). Консультаций на месте: %3. Отвечено в срок: %4 %. Возвращено на доработку: %5 %. Просрочено и не закрыто: %6. Удовлетворённость граждан: %7 из 5 (обратных звонков: %8). Качество ответов: %9 из 5 (проверено: %10).</translation>
    </message>
    <message>
        <source>Counting the requests of %1 – %2…</source>
        <translation>Подсчёт обращений за %1 – %2…</translation>
    </message>
</context>
<context>
    <name>tyndau::SyncEngine</name>
    <message>
        <source>sending</source>
        <translation>отправке данных</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>получении данных</translation>
    </message>
    <message>
        <source>The session has ended: log in again.</source>
        <translation>Сеанс завершён: войдите снова.</translation>
    </message>
    <message>
        <source>The server refused %1 (%2): %3</source>
        <translation>Сервер отказал при %1 (%2): %3</translation>
    </message>
    <message>
        <source>The attachment “%1” was not accepted: %2</source>
        <translation>Вложение «%1» не принято: %2</translation>
    </message>
    <message>
        <source>sending an attachment</source>
        <translation>отправке вложения</translation>
    </message>
    <message>
        <source>The local cache refused a change: %1</source>
        <translation>Локальный кэш не принял изменение: %1</translation>
    </message>
    <message>
        <source>The photo “%1” was not accepted: %2</source>
        <translation>Фотография «%1» не принята: %2</translation>
    </message>
    <message>
        <source>The server sent a page of changes that cannot be read.</source>
        <translation>Сервер прислал страницу изменений, которую не удаётся прочитать.</translation>
    </message>
</context>
<context>
    <name>tyndau::SyncStatusBar</name>
    <message>
        <source>OFFLINE since %1</source>
        <translation>НЕТ СВЯЗИ с %1</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Синхронизация: %1 из %2</translation>
    </message>
    <message>
        <source>Syncing: %1 received</source>
        <translation>Синхронизация: получено %1</translation>
    </message>
    <message>
        <source>Changes are kept here and sent when the server is back.</source>
        <translation>Изменения сохраняются на этом компьютере и будут отправлены, когда сервер станет доступен.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Ожидает отправки: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Not synchronized yet</source>
        <translation>Синхронизация ещё не выполнялась</translation>
    </message>
</context>
<context>
    <name>tyndau::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>tyndau::UsersPanel</name>
    <message>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Не менее %n символа</numerusform>
            <numerusform>Не менее %n символов</numerusform>
            <numerusform>Не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the password stays as it is</source>
        <translation>Если пусто — пароль не меняется</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Acti&amp;ve:</source>
        <translation>Акти&amp;вна:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>the person may sign in</source>
        <translation>сотрудник может входить в систему</translation>
    </message>
    <message>
        <source>New &amp;account</source>
        <translation>Новая &amp;учётная запись</translation>
    </message>
    <message>
        <source>&amp;Save the account</source>
        <translation>&amp;Сохранить учётную запись</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Учётные записи пользователей</translation>
    </message>
</context>
</TS>

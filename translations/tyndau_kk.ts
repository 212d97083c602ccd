<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AlmatyTime</name>
    <message>
        <source>A week is written like 2026-W47.</source>
        <translation>Апта 2026-W47 түрінде жазылады.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Серверге қосылу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1); try again later.</source>
        <translation>Сервер қатемен жауап берді (HTTP %1); кейінірек қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>BudgetProgressPdf</name>
    <message>
        <source>Implementation of the winners</source>
        <translation>Жеңімпаз жобаларды іске асыру</translation>
    </message>
    <message>
        <source>no status yet</source>
        <translation>мәртебесі әлі көрсетілмеген</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not on this workstation yet: open the winner in the Budget workspace to fetch them.</source>
        <translation>
            <numerusform>%n фотосурет бұл жұмыс орнында әлі жоқ: жүктеу үшін жеңімпаз жобаны «Қатысу бюджеті» бөлімінде ашыңыз.</numerusform>
            <numerusform>%n фотосурет бұл жұмыс орнында әлі жоқ: жүктеу үшін жеңімпаз жобаны «Қатысу бюджеті» бөлімінде ашыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in a format this workstation cannot show.</source>
        <translation>
            <numerusform>%n фотосурет осы жұмыс орны көрсете алмайтын пішімде.</numerusform>
            <numerusform>%n фотосурет осы жұмыс орны көрсете алмайтын пішімде.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetReport</name>
    <message>
        <source>People&apos;s Participation Budget %1: results</source>
        <translation>Халықтың қатысу бюджеті %1: қорытындылар</translation>
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
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Жағдай бойынша күні</translation>
    </message>
    <message>
        <source>Budget (₸)</source>
        <translation>Бюджет (₸)</translation>
    </message>
    <message>
        <source>Spent (₸)</source>
        <translation>Жұмсалды (₸)</translation>
    </message>
    <message>
        <source>Remaining (₸)</source>
        <translation>Қалдық (₸)</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>Берілген дауыстар</translation>
    </message>
    <message>
        <source>Proposals submitted</source>
        <translation>Ұсынылған жобалар</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Іске асыруға болатыны</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Қаржыландырылады</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Cost (₸)</source>
        <translation>Құны (₸)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>қаржыландырылады</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>қаржыландырылмайды</translation>
    </message>
</context>
<context>
    <name>BudgetReportPdf</name>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Есепті %1 файлына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Phase: %1. Figures as of %2.</source>
        <translation>Кезең: %1. Деректер %2 күнгі жағдай бойынша.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Spent on funded proposals</source>
        <translation>Жұмсалды</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>Берілген дауыстар</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>submitted: %1; feasible: %2; funded: %3</source>
        <translation>ұсынылды: %1; іске асатыны: %2; жеңгені: %3</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Жұмсалды</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Жеңді</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Аудандар бойынша</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Budget %1 · spent %2 · remaining %3</source>
        <translation>Бюджет %1 · жұмсалды %2 · қалдық %3</translation>
    </message>
    <message>
        <source>Proposals submitted: %1; feasible: %2; funded: %3</source>
        <translation>Ұсынылған жобалар: %1; іске асыруға болатыны: %2; қаржыландырылатыны: %3</translation>
    </message>
    <message>
        <source>No feasible proposals in this district: nothing is funded.</source>
        <translation>Ауданда іске асыруға болатын жоба жоқ: ештеңе қаржыландырылмайды.</translation>
    </message>
    <message>
        <source>Votes per proposal (the first %1 of %2)</source>
        <translation>Жобалар бойынша дауыстар (%2 ішінен алғашқы %1)</translation>
    </message>
    <message>
        <source>Votes per proposal</source>
        <translation>Жобалар бойынша дауыстар</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>қаржыландырылады</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>қаржыландырылмайды</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (жалғасы)</translation>
    </message>
</context>
<context>
    <name>BudgetRules</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Ең көбі %n таңба.</numerusform>
            <numerusform>Ең көбі %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>Жобаның атауын жазыңыз.</translation>
    </message>
    <message>
        <source>The title needs a few words more.</source>
        <translation>Атауы тым қысқа: тағы бірнеше сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Describe what is proposed.</source>
        <translation>Не ұсынылатынын сипаттаңыз.</translation>
    </message>
    <message>
        <source>Describe the proposal in a sentence or two more.</source>
        <translation>Жобаны тағы бір-екі сөйлеммен толығырақ сипаттаңыз.</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Ауданды таңдаңыз.</translation>
    </message>
    <message>
        <source>The location is not a point on the map.</source>
        <translation>Көрсетілген орын картадағы нүкте емес.</translation>
    </message>
    <message>
        <source>Enter the estimated cost in tenge.</source>
        <translation>Болжамды құнын теңгемен көрсетіңіз.</translation>
    </message>
    <message>
        <source>The cost is more than the district&apos;s whole budget of %1 tenge.</source>
        <translation>Құны ауданның бүкіл бюджетінен (%1 теңге) асады.</translation>
    </message>
    <message>
        <source>Enter the author&apos;s name.</source>
        <translation>Автордың атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the author&apos;s IIN.</source>
        <translation>Автордың ЖСН-ін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the corrected cost in tenge.</source>
        <translation>Нақтыланған құнын теңгемен көрсетіңіз.</translation>
    </message>
    <message>
        <source>Choose the organization responsible for the project.</source>
        <translation>Жобаға жауапты ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>Write the experts&apos; conclusion.</source>
        <translation>Сарапшылардың қорытындысын жазыңыз.</translation>
    </message>
    <message>
        <source>Write why the proposal cannot be carried out.</source>
        <translation>Жобаны неге іске асыру мүмкін емес екенін жазыңыз.</translation>
    </message>
    <message>
        <source>Choose at least one proposal.</source>
        <translation>Кемінде бір жобаны таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>A citizen may vote for at most %n proposals.</source>
        <translation>
            <numerusform>Азамат ең көбі %n жобаға дауыс бере алады.</numerusform>
            <numerusform>Азамат ең көбі %n жобаға дауыс бере алады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same proposal is chosen twice.</source>
        <translation>Бір жоба екі рет таңдалды.</translation>
    </message>
    <message>
        <source>Proposal %1 is not on the ballot.</source>
        <translation>%1 жобасы бюллетеньде жоқ.</translation>
    </message>
    <message>
        <source>All the proposals voted for must be in the voter&apos;s one district.</source>
        <translation>Таңдалған жобалардың бәрі дауыс берушінің бір ауданынан болуы керек.</translation>
    </message>
</context>
<context>
    <name>BudgetSeason</name>
    <message>
        <source>Proposals</source>
        <translation>Жобаларды қабылдау</translation>
    </message>
    <message>
        <source>Expert assessment</source>
        <translation>Сараптамалық бағалау</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Іске асыру</translation>
    </message>
    <message>
        <source>“%1” must be %2.</source>
        <translation>«%1» өрісі мынадай болуы керек: %2.</translation>
    </message>
    <message>
        <source>Proposals are accepted only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Жобалар тек «%1» кезеңінде қабылданады; қазір «%2» кезеңі.</translation>
    </message>
    <message>
        <source>Proposals are assessed only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Жобалар тек «%1» кезеңінде бағаланады; қазір «%2» кезеңі.</translation>
    </message>
    <message>
        <source>Votes are taken only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Дауыстар тек «%1» кезеңінде қабылданады; қазір «%2» кезеңі.</translation>
    </message>
    <message>
        <source>Results are published only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Қорытындылар тек «%1» кезеңінде жарияланады; қазір «%2» кезеңі.</translation>
    </message>
    <message>
        <source>Implementation is tracked only in the “%1” phase; the season is now in the “%2” phase.</source>
        <translation>Іске асыру барысы тек «%1» кезеңінде белгіленеді; қазір «%2» кезеңі.</translation>
    </message>
    <message>
        <source>“year” is required.</source>
        <translation>«year» өрісі міндетті.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>“phase” is required.</source>
        <translation>«phase» өрісі міндетті.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>Unknown phase: “%1”.</source>
        <translation>Белгісіз кезең: «%1».</translation>
    </message>
    <message>
        <source>“max_votes” is required.</source>
        <translation>«max_votes» өрісі міндетті.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>нысан</translation>
    </message>
    <message>
        <source>a whole number of tenge</source>
        <translation>теңгенің бүтін саны</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>күн (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>The season is already in the “%1” phase.</source>
        <translation>Маусым қазірдің өзінде «%1» кезеңінде.</translation>
    </message>
    <message>
        <source>The season cannot go back to the “%1” phase.</source>
        <translation>Маусым «%1» кезеңіне қайта орала алмайды.</translation>
    </message>
    <message>
        <source>“%1” is the season&apos;s last phase.</source>
        <translation>«%1» — маусымның соңғы кезеңі.</translation>
    </message>
    <message>
        <source>The season moves one phase at a time: after “%1” comes “%2”.</source>
        <translation>Маусым кезеңдері ретімен өтеді: «%1» кезеңінен кейін «%2» келеді.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Жыл %1 мен %2 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>A citizen may vote for %1 to %2 proposals.</source>
        <translation>Азамат %1–%2 жобаға дауыс бере алады.</translation>
    </message>
    <message>
        <source>A budget needs its district.</source>
        <translation>Бюджет үшін ауданды көрсету керек.</translation>
    </message>
    <message>
        <source>A district&apos;s budget cannot be negative.</source>
        <translation>Аудан бюджеті теріс бола алмайды.</translation>
    </message>
    <message>
        <source>The district&apos;s budget is too large.</source>
        <translation>Аудан бюджеті тым үлкен.</translation>
    </message>
    <message>
        <source>The “%1” phase cannot start before the phase it follows.</source>
        <translation>«%1» кезеңі алдыңғы кезеңнен бұрын басталмайды.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>--db sqlite:PATH немесе --db postgresql://USER@HOST:PORT/DATABASE параметрін көрсетіңіз.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tyndau (schema %1; this program knows schema %2 at most). Install the newer version; the database was left untouched.</source>
        <translation>Бұл дерекқор Tyndau бағдарламасының жаңарақ нұсқасында жазылған (схема %1; бұл бағдарлама ең көбі %2 схемасын қолдайды). Жаңа нұсқасын орнатыңыз; дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>%1 (%2) миграциясы орындалмады: %3</translation>
    </message>
</context>
<context>
    <name>FeedApplier</name>
    <message>
        <source>The deadline policy from the server could not be applied.</source>
        <translation>Серверден алынған мерзімдерді қолдану мүмкін болмады.</translation>
    </message>
    <message>
        <source>The organizations and categories from the server could not be applied.</source>
        <translation>Серверден алынған ұйымдар мен санаттарды қолдану мүмкін болмады.</translation>
    </message>
    <message>
        <source>The knowledge base could not be updated.</source>
        <translation>Білім қорын жаңарту мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>KbArticleRules</name>
    <message>
        <source>Write the title.</source>
        <translation>Тақырыбын жазыңыз.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>Тақырып тым ұзын.</translation>
    </message>
    <message>
        <source>Write what the situation is.</source>
        <translation>Жағдайдың мәнін сипаттаңыз.</translation>
    </message>
    <message>
        <source>The summary is too long.</source>
        <translation>Жағдай сипаттамасы тым ұзын.</translation>
    </message>
    <message>
        <source>Write the answer the citizen is given.</source>
        <translation>Азаматқа берілетін жауапты жазыңыз.</translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation>Жауап тым ұзын.</translation>
    </message>
    <message>
        <source>At most 30 steps.</source>
        <translation>Қадамдар 30-дан аспауы керек.</translation>
    </message>
    <message>
        <source>The article needs a short name (slug).</source>
        <translation>Мақаланың қысқа атауы (slug) болуы керек.</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>Белгісіз санат.</translation>
    </message>
    <message>
        <source>Unknown organization: %1</source>
        <translation>Белгісіз ұйым: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>The knowledge-base article is not valid: %1</source>
        <translation>Білім қорының мақаласы дұрыс толтырылмаған: %1</translation>
    </message>
</context>
<context>
    <name>LocalBudget</name>
    <message>
        <source>There is no %1 season yet.</source>
        <translation>%1 жылғы маусым әлі жоқ.</translation>
    </message>
    <message>
        <source>The phase has moved meanwhile.</source>
        <translation>Осы уақытта кезең ауысып кетті.</translation>
    </message>
    <message>
        <source>This proposal is registered already.</source>
        <translation>Бұл жоба тіркеліп қойған.</translation>
    </message>
    <message>
        <source>Unknown organization.</source>
        <translation>Белгісіз ұйым.</translation>
    </message>
    <message>
        <source>Someone changed this proposal meanwhile.</source>
        <translation>Осы уақытта жобаны басқа біреу өзгертті.</translation>
    </message>
    <message>
        <source>This citizen has already voted in the %1 season at this workstation.</source>
        <translation>Бұл азамат %1 жылғы маусымда осы жұмыс орнында дауыс беріп қойған.</translation>
    </message>
    <message>
        <source>“%1” is not a photo: choose a JPEG, PNG or WebP image.</source>
        <translation>«%1» фотосурет емес: JPEG, PNG немесе WebP суретін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>LocalPolicy</name>
    <message>
        <source>A term is 1 to 60 working days.</source>
        <translation>Мерзім 1-ден 60 жұмыс күніне дейін.</translation>
    </message>
    <message>
        <source>Choose the date.</source>
        <translation>Күнді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>LocalRequests</name>
    <message>
        <source>No such request.</source>
        <translation>Мұндай өтініш жоқ.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB.</source>
        <translation>«%1» файлы %2 МиБ-тан үлкен.</translation>
    </message>
    <message>
        <source>“%1” is neither a photo (JPEG, PNG, WebP) nor a PDF.</source>
        <translation>«%1» файлы фотосурет (JPEG, PNG, WebP) те, PDF те емес.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«%1» файлын оқу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>QualityChecklist</name>
    <message>
        <source>Answers what was asked</source>
        <translation>Сұрақтың мәні бойынша жауап</translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>Белгіленген мерзімде</translation>
    </message>
    <message>
        <source>Legal basis cited</source>
        <translation>Құқықтық негіз көрсетілген</translation>
    </message>
    <message>
        <source>Clear, in the citizen&apos;s language</source>
        <translation>Түсінікті, азаматтың тілінде</translation>
    </message>
    <message>
        <source>Measures taken and dates stated</source>
        <translation>Қабылданған шаралар мен мерзімдер көрсетілген</translation>
    </message>
    <message>
        <source>Quality: %1 of %2.</source>
        <translation>Сапасы: %2 ішінен %1.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Орындалмаған: %1.</translation>
    </message>
    <message>
        <source>Measures taken: %1</source>
        <translation>Қабылданған шаралар: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Құқықтық негіз: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The reference data is damaged: %1</source>
        <translation>Анықтамалық деректер бүлінген: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceRules</name>
    <message>
        <source>Write the name in Kazakh and in Russian.</source>
        <translation>Атауын қазақ және орыс тілдерінде жазыңыз.</translation>
    </message>
    <message>
        <source>The name is too long (at most 300 characters).</source>
        <translation>Атауы тым ұзын (ең көбі 300 таңба).</translation>
    </message>
    <message>
        <source>The code is 2 to 64 Latin lower-case letters, digits, “_”, “.” or “-”.</source>
        <translation>Код — 2-ден 64-ке дейін кіші латын әрпі, сан, «_», «.» немесе «-».</translation>
    </message>
    <message>
        <source>Choose what kind of organization it is.</source>
        <translation>Ұйымның түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Телефон нөмірі тым ұзын.</translation>
    </message>
    <message>
        <source>Unknown category: %1</source>
        <translation>Белгісіз санат: %1</translation>
    </message>
    <message>
        <source>Unknown district: %1</source>
        <translation>Белгісіз аудан: %1</translation>
    </message>
    <message>
        <source>The code is Latin lower-case words joined by dots, as in “heating.outage”.</source>
        <translation>Код — нүктемен бөлінген кіші латын сөздері, мысалы «heating.outage».</translation>
    </message>
    <message>
        <source>A category stays where it is in the tree; add a new one elsewhere instead.</source>
        <translation>Санат ағаштағы орнында қалады; көшірудің орнына керекті жерде жаңасын қосыңыз.</translation>
    </message>
    <message>
        <source>Unknown parent category: %1</source>
        <translation>Белгісіз жоғарғы санат: %1</translation>
    </message>
    <message>
        <source>A category&apos;s code is its parent&apos;s code, a dot and one more word.</source>
        <translation>Санат коды — жоғарғы санаттың коды, нүкте және тағы бір сөз.</translation>
    </message>
    <message>
        <source>The season is winter, summer or none.</source>
        <translation>Маусым — қыс, жаз немесе көрсетілмейді.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер саны</translation>
    </message>
    <message>
        <source>Consultations on the spot</source>
        <translation>Орнында берілген кеңестер</translation>
    </message>
    <message>
        <source>Answered on time, %</source>
        <translation>Мерзімінде жауап берілді, %</translation>
    </message>
    <message>
        <source>Returned for rework, %</source>
        <translation>Пысықтауға қайтарылды, %</translation>
    </message>
    <message>
        <source>Overdue and open</source>
        <translation>Мерзімі өткен, жабылмаған</translation>
    </message>
    <message>
        <source>Citizen satisfaction (1–5)</source>
        <translation>Азаматтардың қанағаттануы (1–5)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Average hours to answer</source>
        <translation>Жауап берудің орташа уақыты, сағ</translation>
    </message>
    <message>
        <source>Acute issue</source>
        <translation>Өзекті мәселе</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Quality of answers (0–5, inspectors&apos; checklist)</source>
        <translation>Жауаптардың сапасы (0–5, инспекторлардың тексеру парағы бойынша)</translation>
    </message>
    <message>
        <source>Average quality score (0–5)</source>
        <translation>Сапаның орташа бағасы (0–5)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Есепті %1 файлына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Requests by category (top 10), against the week before</source>
        <translation>Негізгі 10 санат бойынша өтініштер, алдыңғы аптамен салыстырғанда</translation>
    </message>
    <message>
        <source>Requests by district</source>
        <translation>Аудандар бойынша өтініштер</translation>
    </message>
    <message>
        <source>%1 – %2, Asia/Almaty. For the Akim&apos;s staff meeting.</source>
        <translation>%1 – %2, Asia/Almaty. Әкімнің аппарат кеңесіне арналған.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер саны</translation>
    </message>
    <message>
        <source>%1 (%2 against the week before)</source>
        <translation>%1 (өткен аптаға қарағанда %2)</translation>
    </message>
    <message>
        <source>Consultations on the spot</source>
        <translation>Орнында берілген кеңестер</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Мерзімінде жауап берілді</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Overdue and open</source>
        <translation>Мерзімі өткен, жабылмаған</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Азаматтардың қанағаттануы</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 call-backs)</source>
        <translation>5 баллдан %1 (кері қоңыраулар: %2)</translation>
    </message>
    <message>
        <source>no call-backs</source>
        <translation>кері қоңыраулар болмады</translation>
    </message>
    <message>
        <source>Requests per day by channel</source>
        <translation>Күндер мен арналар бойынша өтініштер</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Executors with overdue requests</source>
        <translation>Мерзімі өткен өтініштері бар орындаушылар</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>None this week.</source>
        <translation>Осы аптада жоқ.</translation>
    </message>
    <message>
        <source>Acute issues: well above their usual week</source>
        <translation>Өзекті мәселелер: әдеттегі апталық деңгейден едәуір жоғары</translation>
    </message>
    <message>
        <source>%1. %2: %3 requests, usually %4 a week</source>
        <translation>%1. %2: %3 өтініш, әдетте аптасына %4</translation>
    </message>
    <message>
        <source>Citizens&apos; requests, %1</source>
        <translation>Азаматтардың өтініштері, %1</translation>
    </message>
    <message>
        <source>Requests by category (top 10), against the period before</source>
        <translation>Санаттар бойынша өтініштер (алғашқы 10), алдыңғы кезеңмен салыстырғанда</translation>
    </message>
    <message>
        <source>Citizens&apos; requests: %1</source>
        <translation>Азаматтардың өтініштері: %1</translation>
    </message>
    <message>
        <source>%1 (%2 against the period before)</source>
        <translation>%1 (алдыңғы кезеңге қарағанда %2)</translation>
    </message>
    <message>
        <source>Quality of answers (inspectors&apos; checklist)</source>
        <translation>Жауаптар сапасы (тексеру парағы)</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 reviewed)</source>
        <translation>5 ішінен %1 (тексерілгені: %2)</translation>
    </message>
    <message>
        <source>none reviewed</source>
        <translation>тексерілгені жоқ</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Сапа</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5 ішінен %1</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Only an administrator manages API keys.</source>
        <translation>API кілттерін тек әкімші басқара алады.</translation>
    </message>
    <message>
        <source>The server failed; try again.</source>
        <translation>Серверде ақау болды; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Name the key (1 to 200 characters).</source>
        <translation>Кілтке атау беріңіз (1-ден 200 таңбаға дейін).</translation>
    </message>
    <message>
        <source>No such key.</source>
        <translation>Мұндай кілт жоқ.</translation>
    </message>
    <message>
        <source>This role may not edit the knowledge base.</source>
        <translation>Бұл рөл білім қорын өңдей алмайды.</translation>
    </message>
    <message>
        <source>Only an administrator changes deadlines.</source>
        <translation>Мерзімдерді тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <source>Unknown kind of request.</source>
        <translation>Өтініштің белгісіз түрі.</translation>
    </message>
    <message>
        <source>A term is 1 to 60 working days.</source>
        <translation>Мерзім 1-ден 60 жұмыс күніне дейін.</translation>
    </message>
    <message>
        <source>Only an administrator changes organizations and categories.</source>
        <translation>Ұйымдар мен санаттарды тек әкімші өзгертеді.</translation>
    </message>
    <message>
        <source>This role sees no requests.</source>
        <translation>Бұл рөлге өтініштер көрінбейді.</translation>
    </message>
    <message>
        <source>No such request.</source>
        <translation>Мұндай өтініш жоқ.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>Дерекқор жауап бермейді.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>Мұндай тіркеме жоқ.</translation>
    </message>
    <message>
        <source>This role may not add attachments.</source>
        <translation>Бұл рөл тіркеме қоса алмайды.</translation>
    </message>
    <message>
        <source>Only an administrator tracks the winners&apos; implementation.</source>
        <translation>Жеңімпаз жобалардың іске асырылу барысын тек әкімші белгілейді.</translation>
    </message>
    <message>
        <source>The server is busy; try again.</source>
        <translation>Сервер бос емес; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>No such proposal.</source>
        <translation>Мұндай жоба жоқ.</translation>
    </message>
    <message>
        <source>The proposal has no season.</source>
        <translation>Жобаның маусымы жоқ.</translation>
    </message>
    <message>
        <source>Log in: the session is missing, expired or ended.</source>
        <translation>Жүйеге кіріңіз: сеанс жоқ, оның мерзімі өткен немесе ол аяқталған.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in a few minutes.</source>
        <translation>Сәтсіз әрекеттер тым көп. Бірнеше минуттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>There is no %1 season.</source>
        <translation>%1 жылғы маусым жоқ.</translation>
    </message>
    <message>
        <source>Only an administrator runs the participation budget.</source>
        <translation>Халықтың қатысу бюджетін тек әкімші басқарады.</translation>
    </message>
    <message>
        <source>Unknown district “%1”.</source>
        <translation>Белгісіз аудан: «%1».</translation>
    </message>
    <message>
        <source>Votes are already being taken: how many proposals a citizen may vote for can no longer change.</source>
        <translation>Дауыс беру басталып кетті: азамат дауыс бере алатын жобалар санын енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The results are published: the districts&apos; budgets can no longer change.</source>
        <translation>Қорытындылар жарияланды: аудандардың бюджеттерін енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Only an administrator moves the participation budget&apos;s phases.</source>
        <translation>Халықтың қатысу бюджетінің кезеңдерін тек әкімші ауыстырады.</translation>
    </message>
    <message>
        <source>Someone moved the season&apos;s phase first.</source>
        <translation>Маусымның кезеңін басқа пайдаланушы бұрын ауыстырып қойды.</translation>
    </message>
    <message>
        <source>This role may not register proposals.</source>
        <translation>Бұл рөл жобаларды тіркей алмайды.</translation>
    </message>
    <message>
        <source>Unknown district.</source>
        <translation>Белгісіз аудан.</translation>
    </message>
    <message>
        <source>Only an expert assesses proposals.</source>
        <translation>Жобаларды тек сарапшы бағалайды.</translation>
    </message>
    <message>
        <source>Unknown organization.</source>
        <translation>Белгісіз ұйым.</translation>
    </message>
    <message>
        <source>Someone changed this proposal first.</source>
        <translation>Бұл жобаны басқа пайдаланушы бұрын өзгертіп қойды.</translation>
    </message>
    <message>
        <source>This role may not record votes.</source>
        <translation>Бұл рөл дауыстарды қабылдай алмайды.</translation>
    </message>
    <message>
        <source>This citizen has already voted in the %1 season (on %2, taken by %3); each citizen votes once, and this vote is not counted.</source>
        <translation>Бұл азамат %1 жылғы маусымда дауыс беріп қойған (%2, дауысты %3 қабылдаған); әр азамат бір рет қана дауыс береді, бұл дауыс есептелмейді.</translation>
    </message>
    <message>
        <source>This citizen has already voted in the %1 season; each citizen votes once, and this vote is not counted.</source>
        <translation>Бұл азамат %1 жылғы маусымда дауыс беріп қойған; әр азамат бір рет қана дауыс береді, бұл дауыс есептелмейді.</translation>
    </message>
    <message>
        <source>Only a funded winner&apos;s implementation is tracked.</source>
        <translation>Іске асыру барысы тек қаржыландырылған жеңімпаз жобалар үшін белгіленеді.</translation>
    </message>
    <message>
        <source>This role may not register requests.</source>
        <translation>Бұл рөл өтініштерді тіркей алмайды.</translation>
    </message>
    <message>
        <source>The linked request does not exist.</source>
        <translation>Байланыстырылған өтініш жоқ.</translation>
    </message>
    <message>
        <source>%1 changed this request first: it is now “%2”.</source>
        <translation>Өтінішті %1 бұрын өзгертіп қойды: қазір оның мәртебесі «%2».</translation>
    </message>
    <message>
        <source>The server could not store this; send it again.</source>
        <translation>Сервер мұны сақтай алмады; қайта жіберіңіз.</translation>
    </message>
    <message>
        <source>The server is busy: send it again.</source>
        <translation>Сервер бос емес: қайта жіберіңіз.</translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation>Пайдаланушыларды тек әкімші басқара алады.</translation>
    </message>
    <message>
        <source>This login is taken.</source>
        <translation>Бұл логинді басқа пайдаланушы алған.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Мұндай пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>You cannot lock yourself out: ask another administrator.</source>
        <translation>Өзіңізді бұғаттай алмайсыз: басқа әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>Another expert assessed this proposal first.</source>
        <translation>Бұл жобаны басқа сарапшы бұрын бағалап қойды.</translation>
    </message>
    <message>
        <source>The expert %1 assessed this proposal first.</source>
        <translation>Бұл жобаны сарапшы %1 бұрын бағалап қойды.</translation>
    </message>
    <message>
        <source>Another user changed this request first: it is now “%1”.</source>
        <translation>Өтінішті басқа пайдаланушы бұрын өзгертіп қойды: қазір оның мәртебесі «%1».</translation>
    </message>
    <message>
        <source>The server does not know the district “%1”.</source>
        <translation>Сервер «%1» ауданын білмейді.</translation>
    </message>
    <message>
        <source>The server does not know the category “%1”.</source>
        <translation>Сервер «%1» санатын білмейді.</translation>
    </message>
    <message>
        <source>The server does not know the organization “%1”.</source>
        <translation>Сервер «%1» ұйымын білмейді.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 MiB.</source>
        <translation>Сұрау денесі %1 МиБ-тан үлкен.</translation>
    </message>
    <message>
        <source>An attachment is at most %1 MiB.</source>
        <translation>Тіркеме %1 МиБ-тан аспауы керек.</translation>
    </message>
    <message>
        <source>The attachment is empty.</source>
        <translation>Тіркеме бос.</translation>
    </message>
    <message>
        <source>Attach a photo: JPEG, PNG or WebP.</source>
        <translation>Фотосурет тіркеңіз: JPEG, PNG немесе WebP.</translation>
    </message>
    <message>
        <source>Attach a photo (JPEG, PNG, WebP) or a PDF.</source>
        <translation>Фотосурет (JPEG, PNG, WebP) немесе PDF тіркеңіз.</translation>
    </message>
</context>
<context>
    <name>UserAccount</name>
    <message>
        <source>The login is 3 to 64 Latin lower-case letters, digits, “_”, “.” or “-”.</source>
        <translation>Логин — 3-тен 64-ке дейін кіші латын әрпі, сан, «_», «.» немесе «-».</translation>
    </message>
    <message>
        <source>Write the person&apos;s name (up to 200 characters).</source>
        <translation>Қызметкердің атын жазыңыз (ең көбі 200 таңба).</translation>
    </message>
    <message>
        <source>An executor works for an organization: choose it.</source>
        <translation>Орындаушы ұйымда жұмыс істейді: оны таңдаңыз.</translation>
    </message>
    <message>
        <source>Only an executor belongs to an organization.</source>
        <translation>Ұйымға тек орындаушы тіркеледі.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
            <numerusform>Құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Құпиясөз тым ұзын.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Ең көбі %n таңба.</numerusform>
            <numerusform>Ең көбі %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>The IIN has 12 digits.</source>
        <translation>ЖСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The IIN has digits only.</source>
        <translation>ЖСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>The first seven digits of the IIN do not make a date of birth.</source>
        <translation>ЖСН-нің алғашқы жеті цифры туған күнге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: a digit is mistyped.</source>
        <translation>ЖСН-нің бақылау цифры сәйкес келмейді: бір цифр қате терілген.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Телефон нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Телефон нөмірі тым ұзын.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Бұл телефон нөмірі емес.</translation>
    </message>
    <message>
        <source>No such phone number exists: check the digits.</source>
        <translation>Мұндай телефон нөмірі жоқ: цифрларды тексеріңіз.</translation>
    </message>
    <message>
        <source>An application cannot be anonymous: the law requires the applicant&apos;s name and IIN.</source>
        <translation>Арыз анонимді бола алмайды: заң бойынша арыз берушінің аты-жөні мен ЖСН-і қажет.</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s name, or mark the request anonymous.</source>
        <translation>Азаматтың аты-жөнін енгізіңіз немесе өтінішті анонимді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>Қоңырау шалушының телефон нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>An application needs the applicant&apos;s IIN.</source>
        <translation>Арыз үшін арыз берушінің ЖСН-і қажет.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Бұл электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address for the answer.</source>
        <translation>Жауап үшін телефон нөмірін немесе электрондық пошта мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Ауданды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Санатты таңдаңыз.</translation>
    </message>
    <message>
        <source>Describe the request.</source>
        <translation>Өтініштің мәнін сипаттаңыз.</translation>
    </message>
    <message>
        <source>Describe the request in a few words more.</source>
        <translation>Өтінішті сәл толығырақ сипаттаңыз.</translation>
    </message>
    <message>
        <source>The location is not a point on the map.</source>
        <translation>Көрсетілген орын картадағы нүкте емес.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>On track</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі таяу</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Сұрау</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Үн қосу</translation>
    </message>
    <message>
        <source>1308 contact center</source>
        <translation>1308 байланыс орталығы</translation>
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
        <translation>Мобильді қосымша</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Әлеуметтік желілер</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Consulted on the spot</source>
        <translation>Орнында кеңес берілді</translation>
    </message>
    <message>
        <source>Assigned to executor</source>
        <translation>Орындаушыға жіберілді</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Мерзімді ұзарту сұралды</translation>
    </message>
    <message>
        <source>In progress, deadline extended</source>
        <translation>Орындалуда, мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Forwarded: outside competence</source>
        <translation>Қайта жіберілді: құзыретке жатпайды</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Rejected as duplicate</source>
        <translation>Қайталама ретінде қабылданбады</translation>
    </message>
    <message>
        <source>Part of a mass incident</source>
        <translation>Жаппай оқиғаның бөлігі</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Answer on the spot</source>
        <translation>Орнында жауап беру</translation>
    </message>
    <message>
        <source>Assign to executor</source>
        <translation>Орындаушыға жіберу</translation>
    </message>
    <message>
        <source>Take into work</source>
        <translation>Жұмысқа алу</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>Мерзімді ұзартуды сұрау</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>Мерзімді ұзартуды мақұлдау</translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation>Мерзімді ұзартудан бас тарту</translation>
    </message>
    <message>
        <source>Forward: outside competence</source>
        <translation>Қайта жіберу: құзыретке жатпайды</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>Accept the answer</source>
        <translation>Жауапты қабылдау</translation>
    </message>
    <message>
        <source>Reject as duplicate</source>
        <translation>Қайталама ретінде қабылдамау</translation>
    </message>
    <message>
        <source>Link to mass incident</source>
        <translation>Жаппай оқиғаға байланыстыру</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>week %1</source>
        <translation>%1 апта</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Осы кезең</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Алдыңғы апта</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Алдыңғы кезең</translation>
    </message>
    <message>
        <source>Usual week</source>
        <translation>Әдетте аптасына</translation>
    </message>
    <message>
        <source>Usual period</source>
        <translation>Әдетте кезеңіне</translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>“%1” must be %2.</source>
        <translation>«%1» өрісі %2 түрінде болуы керек.</translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation>«%1» өрісі тым ұзын.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>«%1» өрісі міндетті.</translation>
    </message>
    <message>
        <source>“%1” has an unknown value.</source>
        <translation>«%1» өрісінде белгісіз мән бар.</translation>
    </message>
    <message>
        <source>“id” is required.</source>
        <translation>«id» өрісі міндетті.</translation>
    </message>
    <message>
        <source>An extension is 1 to 60 working days.</source>
        <translation>Мерзімді 1–60 жұмыс күніне ұзартуға болады.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The role “%1” may not “%2”.</source>
        <translation>«%1» рөлі «%2» әрекетін орындай алмайды.</translation>
    </message>
    <message>
        <source>“%1” is not possible for a request that is “%2”.</source>
        <translation>«%2» мәртебесіндегі өтініш үшін «%1» әрекеті мүмкін емес.</translation>
    </message>
    <message>
        <source>This request belongs to another organization.</source>
        <translation>Бұл өтініш басқа ұйымға тиесілі.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Choose the request to link this one to.</source>
        <translation>Осы өтініш байланыстырылатын өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the executor organization.</source>
        <translation>Орындаушы ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Жауапты жазыңыз.</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>Қанағаттану 1-ден 5-ке дейінгі баллмен бағаланады.</translation>
    </message>
    <message>
        <source>The quality score is 0 to 5 criteria met.</source>
        <translation>Сапа бағасы — орындалған өлшемшарттар саны, 0-ден 5-ке дейін.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The holiday calendar is damaged: %1</source>
        <translation>Мереке күндерінің күнтізбесі бүлінген: %1</translation>
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
        <translation>Жергілікті кэшті ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved aside to %1 and a new one is being filled from the server.</source>
        <translation>Жергілікті кэш бүлінген. Ол %1 ретінде бөлек сақталды, ал жаңа кэш серверден толтырылып жатыр.</translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation>Сервер мекенжайы.</translation>
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
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Азаматқа жауап</translation>
    </message>
    <message>
        <source>&amp;Answer (in %1):</source>
        <translation>&amp;Жауап (%1):</translation>
    </message>
    <message>
        <source>the full term again</source>
        <translation>толық мерзімге қайтадан</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> жұмыс күні</translation>
    </message>
    <message>
        <source>Extension in working days</source>
        <translation>Мерзімді ұзарту (жұмыс күні)</translation>
    </message>
    <message>
        <source>E&amp;xtend by:</source>
        <translation>Ұзарту &amp;мерзімі:</translation>
    </message>
    <message>
        <source>no call-back</source>
        <translation>кері қоңырау шалынбады</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction from the call-back</source>
        <translation>Кері қоңырау бойынша азаматтың қанағаттануы</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1–5):</source>
        <translation>Қанағаттану &amp;деңгейі (1–5):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Түсініктеме (міндетті емес):</translation>
    </message>
    <message>
        <source>Measures taken and their dates</source>
        <translation>Қабылданған шаралар және олардың мерзімдері</translation>
    </message>
    <message>
        <source>&amp;Measures taken, with dates:</source>
        <translation>Қабылданған &amp;шаралар мен мерзімдер:</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>e.g. Administrative Procedural Code of the Republic of Kazakhstan, art. 91</source>
        <translation>мысалы, ҚР Әкімшілік рәсімдік-процестік кодексі, 91-бап</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Құқықтық &amp;негіз:</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Бағасы: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Сапасы:</translation>
    </message>
    <message>
        <source>The executor&apos;s answer:</source>
        <translation>Орындаушының жауабы:</translation>
    </message>
    <message>
        <source>State the measures taken with their dates, and the legal basis: the inspector checks both.</source>
        <translation>Қабылданған шараларды мерзімдерімен және құқықтық негізді көрсетіңіз: инспектор екеуін де тексереді.</translation>
    </message>
    <message>
        <source>Say what the executor must fix: uncheck what is missing or write the reason.</source>
        <translation>Орындаушы нені түзетуі керектігін көрсетіңіз: орындалмағанның белгісін алып тастаңыз немесе себебін жазыңыз.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Тіркелген файлдар</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>&amp;Тіркеу…</translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG, WebP) or PDF, up to 10 MiB each (Ctrl+O)</source>
        <translation>Фотосуреттер (JPEG, PNG, WebP) немесе PDF, әрқайсысы 10 МиБ-қа дейін (Ctrl+O)</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Фотосуреттерді немесе құжаттарды тіркеу</translation>
    </message>
    <message>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Фотосуреттер мен PDF (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Тіркемелер:</translation>
    </message>
</context>
<context>
    <name>tyndau::AdministrationWorkspace</name>
    <message>
        <source>Deadlines and calendar</source>
        <translation>Мерзімдер және күнтізбе</translation>
    </message>
    <message>
        <source>Open311 API keys</source>
        <translation>Open311 API кілттері</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
</context>
<context>
    <name>tyndau::ApiKeyListModel</name>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>tyndau::ApiKeysPanel</name>
    <message>
        <source>The new key is shown this once: copy it now and hand it to the channel. The server keeps only its hash.</source>
        <translation>Жаңа кілт тек қазір көрсетіледі: оны көшіріп, арна иесіне беріңіз. Сервер тек оның хешін сақтайды.</translation>
    </message>
    <message>
        <source>The key is revoked: requests sent with it are refused from now on.</source>
        <translation>Кілт кері қайтарылды: онымен жіберілген өтініштер енді қабылданбайды.</translation>
    </message>
    <message>
        <source>Name the key, e.g. the portal or bot it is for.</source>
        <translation>Кілтке атау беріңіз, мысалы, ол арналған портал немесе бот.</translation>
    </message>
    <message>
        <source>Choose the key to revoke.</source>
        <translation>Кері қайтарылатын кілтті таңдаңыз.</translation>
    </message>
    <message>
        <source>Open311 API keys of the outside channels</source>
        <translation>Сыртқы арналардың Open311 API кілттері</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Name: the portal or bot the key is for</source>
        <translation>Атауы: кілт арналған портал немесе бот</translation>
    </message>
    <message>
        <source>Name of the key</source>
        <translation>Кілттің атауы</translation>
    </message>
    <message>
        <source>&amp;New key</source>
        <translation>&amp;Жаңа кілт</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen key</source>
        <translation>Таңдалған кілтті &amp;кері қайтару</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>Жаңа кілт</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API кілттері</translation>
    </message>
</context>
<context>
    <name>tyndau::AttachmentFiles</name>
    <message>
        <source>the file is not on this workstation.</source>
        <translation>файл осы жұмыс орнында жоқ.</translation>
    </message>
    <message>
        <source>it could not be written to %1: %2</source>
        <translation>оны %1 ішіне жазу мүмкін болмады: %2</translation>
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
        <translation>Ашу үшін екі рет басыңыз немесе Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Sent as “%1”. Double-click or press Enter to open it.</source>
        <translation>«%1» деп жіберілген. Ашу үшін екі рет басыңыз немесе Enter пернесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>tyndau::AuditListModel</name>
    <message>
        <source>Account created</source>
        <translation>Тіркелгі жасалды</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Тіркелгі өзгертілді</translation>
    </message>
    <message>
        <source>Organization saved</source>
        <translation>Ұйым сақталды</translation>
    </message>
    <message>
        <source>Category saved</source>
        <translation>Санат сақталды</translation>
    </message>
    <message>
        <source>Deadline term set</source>
        <translation>Қарау мерзімі өзгертілді</translation>
    </message>
    <message>
        <source>Calendar day set</source>
        <translation>Күнтізбе күні белгіленді</translation>
    </message>
    <message>
        <source>Calendar day removed</source>
        <translation>Күнтізбе күні жойылды</translation>
    </message>
    <message>
        <source>Knowledge-base article saved</source>
        <translation>Білім қорының мақаласы сақталды</translation>
    </message>
    <message>
        <source>API key made</source>
        <translation>API кілті берілді</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>API кілті кері қайтарылды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Budget season saved</source>
        <translation>Қатысу бюджетінің маусымы сақталды</translation>
    </message>
    <message>
        <source>Budget season moved to its next phase</source>
        <translation>Қатысу бюджетінің маусымы келесі кезеңге көшірілді</translation>
    </message>
    <message>
        <source>Winner&apos;s implementation updated</source>
        <translation>Жеңімпаз жобаны іске асыру мәртебесі жаңартылды</translation>
    </message>
    <message>
        <source>Photo of a winner&apos;s implementation added</source>
        <translation>Жеңімпаз жобаны іске асыру фотосуреті қосылды</translation>
    </message>
</context>
<context>
    <name>tyndau::AuditPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Older entries</source>
        <translation>&amp;Ертеректегі жазбалар</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
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
        <translation>Сервер сұралған файлды емес, басқасын жіберді.</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetProposalForm</name>
    <message>
        <source>Registered: “%1”. It goes to the server with the next sync.</source>
        <translation>Тіркелді: «%1». Жоба келесі синхрондау кезінде серверге жіберіледі.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>А&amp;уданы:</translation>
    </message>
    <message>
        <source>Estimated &amp;cost, ₸:</source>
        <translation>Болжамды &amp;құны, ₸:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Авт&amp;оры:</translation>
    </message>
    <message>
        <source>Author&apos;s &amp;IIN:</source>
        <translation>Автордың &amp;ЖСН-і:</translation>
    </message>
    <message>
        <source>Author&apos;s p&amp;hone:</source>
        <translation>Автордың те&amp;лефоны:</translation>
    </message>
    <message>
        <source>Choose the district</source>
        <translation>Ауданды таңдаңыз</translation>
    </message>
    <message>
        <source>Look-alike proposals of this district, already registered:</source>
        <translation>Осы аудандағы ұқсас, бұрын тіркелген жобалар:</translation>
    </message>
    <message>
        <source>&amp;Register the proposal</source>
        <translation>Жобаны &amp;тіркеу</translation>
    </message>
    <message>
        <source>Look-alike proposals</source>
        <translation>Ұқсас жобалар</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetProposalListModel</name>
    <message>
        <source>Not assessed yet</source>
        <translation>Әлі бағаланбаған</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Іске асыруға болады</translation>
    </message>
    <message>
        <source>Not feasible</source>
        <translation>Іске асыруға болмайды</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>%1 ₸</source>
        <translation>%1 ₸</translation>
    </message>
    <message>
        <source>Feasible, funded</source>
        <translation>Іске асыруға болады, қаржыландырылады</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <source>Experts&apos; verdict</source>
        <translation>Сарапшылар қорытындысы</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Іске асыру</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetProposalsPanel</name>
    <message>
        <source>Choose a proposal to see it.</source>
        <translation>Көру үшін жобаны таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 · estimated %2 ₸ · %3 votes</source>
        <translation>%1 · болжамды құны %2 ₸ · дауыстар: %3</translation>
    </message>
    <message>
        <source>Author: %1, registered %2</source>
        <translation>Авторы: %1, тіркелген уақыты %2</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Жауапты: %1</translation>
    </message>
    <message>
        <source>Assessed. It goes to the server with the next sync.</source>
        <translation>Баға сақталды. Ол келесі синхрондау кезінде серверге жіберіледі.</translation>
    </message>
    <message>
        <source>Saved. It goes to the server with the next sync.</source>
        <translation>Сақталды. Өзгеріс келесі синхрондау кезінде серверге жіберіледі.</translation>
    </message>
    <message>
        <source>Corrected &amp;cost, ₸:</source>
        <translation>Нақтыланған &amp;құны, ₸:</translation>
    </message>
    <message>
        <source>Responsible &amp;organization:</source>
        <translation>Жауапты &amp;ұйым:</translation>
    </message>
    <message>
        <source>Co&amp;nclusion:</source>
        <translation>&amp;Қорытынды:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>&amp;Note (dates, contractor):</source>
        <translation>&amp;Ескертпе (мерзімдер, мердігер):</translation>
    </message>
    <message>
        <source>A new proposal, on the citizen&apos;s behalf</source>
        <translation>Азамат атынан жаңа жоба</translation>
    </message>
    <message>
        <source>Expert assessment</source>
        <translation>Сараптамалық бағалау</translation>
    </message>
    <message>
        <source>&amp;Feasible: goes on the ballot</source>
        <translation>&amp;Іске асыруға болады: бюллетеньге енгізу</translation>
    </message>
    <message>
        <source>Save the &amp;assessment</source>
        <translation>Бағаны &amp;сақтау</translation>
    </message>
    <message>
        <source>Implementation of the winner</source>
        <translation>Жеңімпаз жобаны іске асыру</translation>
    </message>
    <message>
        <source>Save the &amp;status</source>
        <translation>Мәртебені &amp;сақтау</translation>
    </message>
    <message>
        <source>Choose the organization</source>
        <translation>Ұйымды таңдаңыз</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Жобалар</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetResultListModel</name>
    <message>
        <source>funded</source>
        <translation>қаржыландырылады</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>қаржыландырылмайды</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>Барлығы жұмсалды</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetResultsPanel</name>
    <message>
        <source>The season could not be read: %1</source>
        <translation>Маусымды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>There is no %1 season yet.</source>
        <translation>%1 жылғы маусым әлі жоқ.</translation>
    </message>
    <message>
        <source>The %1 season is at: %2. Until the results are published this is the current standing (as of %3), not the results.</source>
        <translation>%1 жылғы маусым кезеңі: %2. Қорытындылар жарияланғанға дейін бұл ағымдағы жағдай (%3 күнгі), қорытынды емес.</translation>
    </message>
    <message>
        <source>Results of the %1 season (as of %2).</source>
        <translation>%1 жылғы маусым қорытындылары (%2 күнгі).</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Барлық аудандар</translation>
    </message>
    <message>
        <source>All districts: budget %1, spent %2, remaining %3. Funded %4 of %5 proposals on the ballot.</source>
        <translation>Барлық аудандар: бюджет %1, жұмсалды %2, қалдық %3. Бюллетеньдегі %5 жобаның %4-і қаржыландырылады.</translation>
    </message>
    <message>
        <source>%1: budget %2, spent %3, remaining %4. Funded %5 of %6 proposals on the ballot.</source>
        <translation>%1: бюджет %2, жұмсалды %3, қалдық %4. Бюллетеньдегі %6 жобаның %5-і қаржыландырылады.</translation>
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
        <translation>Бюллетеньде әзірге жоба жоқ.</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Қаржыландырылады</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Қаржыландырылмайды</translation>
    </message>
    <message numerus="yes">
        <source>Votes: the %n most voted proposal(s) of all districts</source>
        <translation>
            <numerusform>Дауыстар: барлық аудандар бойынша ең көп дауыс алған %n жоба</numerusform>
            <numerusform>Дауыстар: барлық аудандар бойынша ең көп дауыс алған %n жоба</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes per proposal: %1, the first %2 of %3</source>
        <translation>Жобалар бойынша дауыстар: %1, %3 ішінен алғашқы %2</translation>
    </message>
    <message>
        <source>Votes per proposal: %1</source>
        <translation>Жобалар бойынша дауыстар: %1</translation>
    </message>
    <message>
        <source>Save the results as PDF</source>
        <translation>Қорытындыларды PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>Қорытындыларды CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV сақтау…</translation>
    </message>
    <message>
        <source>Results by votes</source>
        <translation>Дауыстар бойынша қорытындылар</translation>
    </message>
    <message>
        <source>Votes per proposal</source>
        <translation>Жобалар бойынша дауыстар</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetSeasonPanel</name>
    <message>
        <source>People&apos;s Participation Budget %1</source>
        <translation>Халықтың қатысу бюджеті %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Қазір: %1</translation>
    </message>
    <message>
        <source>A new season: it starts with proposals once saved.</source>
        <translation>Жаңа маусым: сақталғаннан кейін жобаларды қабылдау басталады.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Budget, ₸</source>
        <translation>Бюджет, ₸</translation>
    </message>
    <message>
        <source>Move to “%1”…</source>
        <translation>«%1» кезеңіне өту…</translation>
    </message>
    <message>
        <source>Saved. The other workstations get it with their next sync.</source>
        <translation>Сақталды. Басқа жұмыс орындары оны келесі синхрондау кезінде алады.</translation>
    </message>
    <message>
        <source>Move the season on</source>
        <translation>Маусымды келесі кезеңге көшіру</translation>
    </message>
    <message>
        <source>Move the %1 season from “%2” to “%3”? A phase never goes back.</source>
        <translation>%1 жылғы маусымды «%2» кезеңінен «%3» кезеңіне көшіру керек пе? Алдыңғы кезеңге қайту мүмкін емес.</translation>
    </message>
    <message>
        <source>The season is now in “%1”.</source>
        <translation>Маусым «%1» кезеңіне көшті.</translation>
    </message>
    <message>
        <source>&amp;Votes per citizen:</source>
        <translation>Бір азаматтың &amp;дауыстары:</translation>
    </message>
    <message>
        <source>“%1” starts:</source>
        <translation>«%1» кезеңінің басы:</translation>
    </message>
    <message>
        <source>&amp;Save the season</source>
        <translation>Маусымды &amp;сақтау</translation>
    </message>
    <message>
        <source>Budgets of the districts</source>
        <translation>Аудандардың бюджеттері</translation>
    </message>
    <message>
        <source>The season was changed at another workstation meanwhile. What you typed is kept, and saving it replaces their change.</source>
        <translation>Осы уақытта маусым басқа жұмыс орнында өзгертілді. Сіз енгізген мәліметтер формада сақталды; сақтаған кезде олар басқа өзгерісті ауыстырады.</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetVotingPanel</name>
    <message numerus="yes">
        <source>A citizen may choose up to %n proposal(s); untick one first.</source>
        <translation>
            <numerusform>Азамат ең көбі %n жобаны таңдай алады; алдымен біреуінің белгісін алыңыз.</numerusform>
            <numerusform>Азамат ең көбі %n жобаны таңдай алады; алдымен біреуінің белгісін алыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%2 ішінен %1 таңдалды</translation>
    </message>
    <message numerus="yes">
        <source>The vote of %1 is recorded: %n proposal(s), waiting to be sent.</source>
        <translation>
            <numerusform>%1 дауысы жазылды: %n жоба, жіберуді күтуде.</numerusform>
            <numerusform>%1 дауысы жазылды: %n жоба, жіберуді күтуде.</numerusform>
        </translation>
    </message>
    <message>
        <source>The season could not be read: %1</source>
        <translation>Маусымды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>There is no %1 season yet: votes are taken once it reaches voting.</source>
        <translation>%1 жылғы маусым әлі жоқ: дауыстар дауыс беру кезеңінде қабылданады.</translation>
    </message>
    <message>
        <source>Votes are taken in the voting phase only; the %1 season is now at: %2.</source>
        <translation>Дауыстар тек дауыс беру кезеңінде қабылданады; %1 жылғы маусым қазір мына кезеңде: %2.</translation>
    </message>
    <message>
        <source>Voting in the %1 season, but no proposal is on the ballot.</source>
        <translation>%1 жылғы маусымда дауыс беру жүріп жатыр, бірақ бюллетеньде жоба жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Voting in the %1 season: a citizen votes once, in one district, for up to %n proposal(s).</source>
        <translation>
            <numerusform>%1 жылғы маусымда дауыс беру: азамат бір рет, бір ауданда, ең көбі %n жобаға дауыс береді.</numerusform>
            <numerusform>%1 жылғы маусымда дауыс беру: азамат бір рет, бір ауданда, ең көбі %n жобаға дауыс береді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;IIN:</source>
        <translation>Азаматтың &amp;ЖСН-і:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <source>&amp;Proposals:</source>
        <translation>&amp;Жобалар:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>&amp;Record the vote</source>
        <translation>Дауысты &amp;жазу</translation>
    </message>
    <message>
        <source>Enter in any field records the vote too</source>
        <translation>Кез келген өрісте Enter басу да дауысты жазады</translation>
    </message>
    <message>
        <source>&amp;Votes taken at this workstation</source>
        <translation>Осы жұмыс орнында қабылданған &amp;дауыстар</translation>
    </message>
    <message>
        <source>Votes taken at this workstation</source>
        <translation>Осы жұмыс орнында қабылданған дауыстар</translation>
    </message>
    <message>
        <source>The district&apos;s ballot</source>
        <translation>Аудан бюллетені</translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetWinnersView</name>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Cost, ₸</source>
        <translation>Құны, ₸</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Іске асыру</translation>
    </message>
    <message>
        <source>No participation-budget season yet.</source>
        <translation>Қатысу бюджетінің маусымдары әлі жоқ.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>басталмаған</translation>
    </message>
    <message numerus="yes">
        <source>People&apos;s Participation Budget %1: %n winners.</source>
        <translation>
            <numerusform>Халықтың қатысу бюджеті %1: %n жеңімпаз.</numerusform>
            <numerusform>Халықтың қатысу бюджеті %1: %n жеңімпаз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People&apos;s Participation Budget %1 (%2): %n proposals lead so far.</source>
        <translation>
            <numerusform>Халықтың қатысу бюджеті %1 (%2): әзірге %n жоба алда.</numerusform>
            <numerusform>Халықтың қатысу бюджеті %1 (%2): әзірге %n жоба алда.</numerusform>
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
        <translation>%1 жылғы маусым әлі жоқ.</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Кезең: %1</translation>
    </message>
    <message>
        <source>&amp;Season:</source>
        <translation>&amp;Маусым:</translation>
    </message>
    <message>
        <source>Season and budgets</source>
        <translation>Маусым және бюджеттер</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Қорытындылар</translation>
    </message>
</context>
<context>
    <name>tyndau::CategoriesPanel</name>
    <message>
        <source>One Latin word, e.g. snow_ice</source>
        <translation>Бір латын сөзі, мысалы snow_ice</translation>
    </message>
    <message>
        <source>— (top of the tree)</source>
        <translation>— (жоғарғы деңгей)</translation>
    </message>
    <message>
        <source>Saved. The other workstations get it with their next sync.</source>
        <translation>Сақталды. Басқа жұмыс орындары оны келесі синхрондау кезінде алады.</translation>
    </message>
    <message>
        <source>Under:</source>
        <translation>Жоғарғы санаты:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;Ағылшынша атауы:</translation>
    </message>
    <message>
        <source>&amp;Season:</source>
        <translation>&amp;Маусым:</translation>
    </message>
    <message>
        <source>All year</source>
        <translation>Жыл бойы</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>Қыс</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Жаз</translation>
    </message>
    <message>
        <source>Empty: as in Russian</source>
        <translation>Бос болса — орысшадағыдай</translation>
    </message>
    <message>
        <source>New &amp;top category</source>
        <translation>Жаңа &amp;жоғарғы санат</translation>
    </message>
    <message>
        <source>New category &amp;under the chosen</source>
        <translation>Таңдалған санаттың &amp;ішінде жаңа санат</translation>
    </message>
    <message>
        <source>&amp;Save the category</source>
        <translation>Санатты &amp;сақтау</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Санаттар</translation>
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
        <translation>Өмірлік жағдайды өңдеу</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Жағдай</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Қадамдар, әр жолға біреуден</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Азаматқа жауап</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыс деректері</translation>
    </message>
</context>
<context>
    <name>tyndau::KnowledgeBaseWorkspace</name>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n мақала табылды</numerusform>
            <numerusform>%n мақала табылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words of the citizen&apos;s question.</source>
        <translation>Азамат сұрағының бірнеше сөзін теріңіз.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Азаматқа жауап</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n consultation(s).</source>
        <translation>
            <numerusform>%n кеңесте пайдаланылды.</numerusform>
            <numerusform>%n кеңесте пайдаланылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Екі тіл де</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Іздеу тілі</translation>
    </message>
    <message>
        <source>Search the knowledge base in Kazakh or Russian (Ctrl+F)</source>
        <translation>Білім қорынан қазақша немесе орысша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Білім қорынан іздеу</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Табылған мақалалар</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Other language (F4)</source>
        <translation>Басқа тіл (F4)</translation>
    </message>
    <message>
        <source>Copy the answer (Ctrl+Shift+C)</source>
        <translation>Жауапты көшіру (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Edit the article</source>
        <translation>Мақаланы &amp;өңдеу</translation>
    </message>
</context>
<context>
    <name>tyndau::LocalVoteListModel</name>
    <message>
        <source>waiting to be sent</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>есептелді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>қабылданбады: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Citizen&apos;s IIN</source>
        <translation>Азаматтың ЖСН-і</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>tyndau::LoginDialog</name>
    <message>
        <source>Sign in — Tyndau</source>
        <translation>Кіру — Tyndau</translation>
    </message>
    <message>
        <source>Tyndau — public reception</source>
        <translation>Tyndau — қоғамдық қабылдау бөлмесі</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
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
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>https://reception.example.kz</source>
        <translation>https://reception.example.kz</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Demo server: sign in as operator1, executor1, inspector1, supervisor1 or admin; the password is &quot;demo&quot;.</source>
        <translation>Демо-сервер: operator1, executor1, inspector1, supervisor1 немесе admin ретінде кіріңіз; құпиясөз — «demo».</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://reception.example.kz</source>
        <translation>Сервер мекенжайын енгізіңіз, мысалы: https://reception.example.kz</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Логиніңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Жүйеге кіру…</translation>
    </message>
</context>
<context>
    <name>tyndau::MainWindow</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Өтініштер</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Білім қоры</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Жүйеден шығу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Бағдарламадан шығу</translation>
    </message>
    <message>
        <source>About Tyndau</source>
        <translation>Tyndau туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tyndau %1&lt;/h3&gt;&lt;p&gt;The workstation of a city&apos;s public reception office: citizens&apos; requests, the knowledge base of life situations, deadlines and quality control.&lt;/p&gt;&lt;p&gt;Signed in as %2 (%3) on %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tyndau %1&lt;/h3&gt;&lt;p&gt;Қаланың қоғамдық қабылдау бөлмесінің жұмыс орны: азаматтардың өтініштері, өмірлік жағдайлар бойынша білім қоры, мерзімдер мен сапаны бақылау.&lt;/p&gt;&lt;p&gt;Жүйеге кірген: %2 (%3), сервер: %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About Tyndau</source>
        <translation>Tyndau &amp;туралы</translation>
    </message>
    <message>
        <source>The session has ended: sign out and sign in again to sync. Your work is kept.</source>
        <translation>Сеанс аяқталды: синхрондау үшін жүйеден шығып, қайта кіріңіз. Жұмысыңыз сақталған.</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Сервер өзгерісті қабылдамады: %1</translation>
    </message>
    <message>
        <source>Tyndau — %1 (%2)</source>
        <translation>Tyndau — %1 (%2)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Жұмыс аймақтары</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Кезек</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>Ә&amp;кімшілік</translation>
    </message>
    <message>
        <source>The new deadlines could not be read: %1</source>
        <translation>Жаңа мерзімдерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>Қатысу &amp;бюджеті</translation>
    </message>
</context>
<context>
    <name>tyndau::OrganizationListModel</name>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>City department</source>
        <translation>Қала басқармасы</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Коммуналдық кәсіпорын</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>the whole city</source>
        <translation>бүкіл қала</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n санат</numerusform>
            <numerusform>%n санат</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Қызмет көрсетеді</translation>
    </message>
</context>
<context>
    <name>tyndau::OrganizationsPanel</name>
    <message>
        <source>Saved. The other workstations get it with their next sync.</source>
        <translation>Сақталды. Басқа жұмыс орындары оны келесі синхрондау кезінде алады.</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>Бүкіл қала</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Т&amp;үрі:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;Ағылшынша атауы:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефоны:</translation>
    </message>
    <message>
        <source>Ca&amp;tegories served:</source>
        <translation>Қызмет көрсететін &amp;санаттары:</translation>
    </message>
    <message>
        <source>&amp;Districts served:</source>
        <translation>Қызмет көрсететін &amp;аудандары:</translation>
    </message>
    <message>
        <source>Latin letters, e.g. almaty-su</source>
        <translation>Латын әріптері, мысалы almaty-su</translation>
    </message>
    <message>
        <source>Empty: as in Russian</source>
        <translation>Бос болса — орысшадағыдай</translation>
    </message>
    <message>
        <source>New &amp;organization</source>
        <translation>Жаңа &amp;ұйым</translation>
    </message>
    <message>
        <source>&amp;Save the organization</source>
        <translation>Ұйымды &amp;сақтау</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>This organization was changed at another workstation meanwhile. What you typed is kept, and saving it replaces their change.</source>
        <translation>Осы уақытта бұл ұйым басқа жұмыс орнында өзгертілді. Сіз енгізген мәліметтер формада сақталды; сақтаған кезде олар басқа өзгерісті ауыстырады.</translation>
    </message>
</context>
<context>
    <name>tyndau::PeriodBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Алдыңғы</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Келесі ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>Show the &amp;period</source>
        <translation>&amp;Кезеңді көрсету</translation>
    </message>
    <message>
        <source>The period before, of the same length</source>
        <translation>Ұзақтығы бірдей алдыңғы кезең</translation>
    </message>
    <message>
        <source>The period after, of the same length</source>
        <translation>Ұзақтығы бірдей келесі кезең</translation>
    </message>
</context>
<context>
    <name>tyndau::PhotoDialog</name>
    <message>
        <source>Save the photo</source>
        <translation>Фотосуретті сақтау</translation>
    </message>
    <message>
        <source>The photo could not be saved as “%1”: %2</source>
        <translation>Фотосуретті «%1» ретінде сақтау мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>tyndau::PolicyEditor</name>
    <message>
        <source>Public holiday</source>
        <translation>Мереке күні</translation>
    </message>
    <message>
        <source>Day off (transferred)</source>
        <translation>Демалыс күні (ауыстыру)</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Жұмыс күні (ауыстыру)</translation>
    </message>
    <message>
        <source>Deadlines in working days</source>
        <translation>Қарау мерзімдері, жұмыс күнімен</translation>
    </message>
    <message>
        <source>Save the deadlines</source>
        <translation>Мерзімдерді сақтау</translation>
    </message>
    <message>
        <source>Calendar: holidays and transferred days</source>
        <translation>Күнтізбе: мерекелер мен ауыстырылған күндер</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>What the day is</source>
        <translation>Күннің түрі</translation>
    </message>
    <message>
        <source>Name, e.g. Kurban Ait</source>
        <translation>Атауы, мысалы Құрбан айт</translation>
    </message>
    <message>
        <source>Name of the day</source>
        <translation>Күннің атауы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove the chosen day</source>
        <translation>Таңдалған күнді жою</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Saved. Requests registered from now on get the new deadlines, on every workstation after its sync.</source>
        <translation>Сақталды. Осы сәттен бастап тіркелген өтініштер жаңа мерзімдерді алады — әр жұмыс орнында синхрондаудан кейін.</translation>
    </message>
    <message>
        <source>Saved: deadlines that cross %1 now count it.</source>
        <translation>Сақталды: %1 күні арқылы өтетін мерзімдер енді оны ескереді.</translation>
    </message>
    <message>
        <source>Choose the day to remove.</source>
        <translation>Жойылатын күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Жойылды.</translation>
    </message>
</context>
<context>
    <name>tyndau::ProblemMap</name>
    <message numerus="yes">
        <source>%n request(s) with coordinates; the densest cell holds %1.</source>
        <translation>
            <numerusform>Координаттары бар %n өтініш; ең тығыз ұяшықта — %1.</numerusform>
            <numerusform>Координаттары бар %n өтініш; ең тығыз ұяшықта — %1.</numerusform>
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
        <translation>%1: әлі жүктелмеген (%2)</translation>
    </message>
</context>
<context>
    <name>tyndau::ProposalPhotosView</name>
    <message>
        <source>Add a photo of the implementation</source>
        <translation>Іске асыру фотосуретін қосу</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Фотосуреттер (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Photos of the implementation</source>
        <translation>Іске асыру фотосуреттері</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>Фото &amp;қосу…</translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterForm</name>
    <message>
        <source>Suggested: %1</source>
        <translation>Ұсынылады: %1</translation>
    </message>
    <message>
        <source>Deadline if registered now: %1</source>
        <translation>Қазір тіркелсе, мерзімі: %1</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>А&amp;рна:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Citizen&apos;s lan&amp;guage:</source>
        <translation>А&amp;заматтың тілі:</translation>
    </message>
    <message>
        <source>Anon&amp;ymous:</source>
        <translation>А&amp;нонимді:</translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;name:</source>
        <translation>Азаматт&amp;ың аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>Ау&amp;дан:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Санат:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>С&amp;ипаттама:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>the citizen does not give a name</source>
        <translation>азамат атын айтпайды</translation>
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
        <translation>Көше, үй (теру кезінде ұсынылады)</translation>
    </message>
    <message>
        <source>What happened, where and since when. Enter saves; Shift+Enter starts a new line.</source>
        <translation>Не болды, қай жерде және қашаннан бері. Enter — сақтау; Shift+Enter — жаңа жол.</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>Фотосуреттерді немесе құжаттарды тіркеу</translation>
    </message>
    <message>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Фотосуреттер мен PDF (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Қос&amp;ымшалар:</translation>
    </message>
    <message>
        <source>Attach… (Ctrl+O)</source>
        <translation>Тіркеу… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Тіркелген файлдар</translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterSidePanel</name>
    <message>
        <source>Look-alike requests and incidents (%1)</source>
        <translation>Ұқсас өтініштер мен оқиғалар (%1)</translation>
    </message>
    <message>
        <source>Knowledge base: answer on the spot (%1)</source>
        <translation>Білім қоры: орнында жауап беру (%1)</translation>
    </message>
    <message>
        <source>Look-alike requests and open incidents</source>
        <translation>Ұқсас өтініштер мен ашық оқиғалар</translation>
    </message>
    <message>
        <source>Knowledge-base articles matching the description</source>
        <translation>Сипаттамаға сәйкес білім қоры мақалалары</translation>
    </message>
    <message>
        <source>Link the call to it (F8)</source>
        <translation>Қоңырауды соған байланыстыру (F8)</translation>
    </message>
    <message>
        <source>Answer with this article and close (F9)</source>
        <translation>Осы мақала бойынша жауап беріп, жабу (F9)</translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterWorkspace</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>The server refused request %1: %2</source>
        <translation>Сервер %1 өтінішін қабылдамады: %2</translation>
    </message>
    <message>
        <source>Saved as %1. The official number comes with the next sync.</source>
        <translation>%1 нөмірімен сақталды. Тіркеу нөмірі келесі синхрондау кезінде беріледі.</translation>
    </message>
    <message>
        <source>Saved and registered as %1 (%2).</source>
        <translation>Сақталды және %1 нөмірімен тіркелді (%2).</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>Форманы тазарту керек пе?</translation>
    </message>
    <message>
        <source>What you typed in this request will be lost.</source>
        <translation>Осы өтінішке енгізілген деректер жоғалады.</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>Сақта&amp;у (Enter)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Тазарту (Esc)</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Өтінішті сақтау</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Форманы тазарту</translation>
    </message>
    <message>
        <source>The request you were typing when the workstation closed is back. Save it or clear it.</source>
        <translation>Бағдарлама жабылған кезде толтырып жатқан өтінішіңіз қалпына келтірілді. Оны сақтаңыз немесе тазартыңыз.</translation>
    </message>
</context>
<context>
    <name>tyndau::RegistrationDraft</name>
    <message>
        <source>The article is no longer in the knowledge base.</source>
        <translation>Бұл мақала білім қорында енді жоқ.</translation>
    </message>
</context>
<context>
    <name>tyndau::RequestCard</name>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>Өтініш тарихы</translation>
    </message>
    <message>
        <source>Choose a request in the list.</source>
        <translation>Тізімнен өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation>Сервер соңғы өзгерісті қабылдамады: %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Арна:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Тіркелген уақыты:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Original deadline:</source>
        <translation>Бастапқы мерзімі:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Азамат:</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонимді</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Ауданы:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Орындаушы:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Сипаттамасы:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Жауабы:</translation>
    </message>
    <message>
        <source>Mass incident:</source>
        <translation>Жаппай оқиға:</translation>
    </message>
    <message>
        <source>yes: other calls are linked to it</source>
        <translation>иә: оған басқа қоңыраулар байланыстырылған</translation>
    </message>
    <message>
        <source>Returned for rework:</source>
        <translation>Пысықтауға қайтару саны:</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction:</source>
        <translation>Азаматтың қанағаттануы:</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5 баллдан %1</translation>
    </message>
    <message>
        <source>Downloading “%1” from the server…</source>
        <translation>«%1» серверден жүктелуде…</translation>
    </message>
    <message>
        <source>No program here opens %1.</source>
        <translation>Бұл компьютерде %1 файлын ашатын бағдарлама жоқ.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>«%1» ашылмады: %2</translation>
    </message>
    <message>
        <source>Files cannot be opened here.</source>
        <translation>Мұнда файлдарды ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>Attachments (double-click to open):</source>
        <translation>Тіркемелер (ашу үшін екі рет басыңыз):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
</context>
<context>
    <name>tyndau::RequestFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Барлық аудандар</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>All executors</source>
        <translation>Барлық орындаушылар</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Барлық арналар</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлер</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі таяу</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Search: a number (2026-000123) or words from the citizen, address, text (Ctrl+F)</source>
        <translation>Іздеу: нөмір (2026-000123) немесе азамат деректерінен, мекенжайдан, мәтіннен сөздер (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Өтініштерді іздеу</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;Менің өтініштерім</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сүзгілерді тазарту</translation>
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
        <translation>анонимді</translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation>Сервер соңғы өзгерісті қабылдамады: %1</translation>
    </message>
    <message>
        <source>Provisional number: the official one comes with the next sync.</source>
        <translation>Уақытша нөмір: тіркеу нөмірі келесі синхрондау кезінде беріледі.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген уақыты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Азамат</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
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
        <translation>Жаппай оқиға: %1</translation>
    </message>
</context>
<context>
    <name>tyndau::RequestsWorkspace</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Тізімді оқу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — from the statistics: %2</source>
        <translation>%1 — статистикадан: %2</translation>
    </message>
    <message>
        <source>Counting requests…</source>
        <translation>Өтініштер саналуда…</translation>
    </message>
</context>
<context>
    <name>tyndau::SignIn</name>
    <message>
        <source>The keychain did not keep the session (%1): you will be asked for the password next time.</source>
        <translation>Сеанс кілттер қоймасында сақталмады (%1): келесі жолы құпиясөз сұралады.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the password does not match the one last used on this computer.</source>
        <translation>Серверге қосылу мүмкін емес, ал құпиясөз осы компьютерде соңғы рет қолданылған құпиясөзге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and %1 has not signed in on this computer before, so there is no session to work offline with.</source>
        <translation>Серверге қосылу мүмкін емес, ал %1 бұрын осы компьютерде жүйеге кірмеген, сондықтан желісіз жұмыс істеуге арналған сеанс жоқ.</translation>
    </message>
</context>
<context>
    <name>tyndau::StatisticsWorkspace</name>
    <message>
        <source>Double-click or Enter: the requests behind the row</source>
        <translation>Екі рет шерту немесе Enter: осы жол бойынша өтініштер</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Көрсеткіштерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Requests per day by channel</source>
        <translation>Күндер мен арналар бойынша өтініштер</translation>
    </message>
    <message>
        <source>Top 10 categories, against the week before</source>
        <translation>Негізгі 10 санат, алдыңғы аптамен салыстырғанда</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <source>On time, %</source>
        <translation>Мерзімінде, %</translation>
    </message>
    <message>
        <source>Overdue and open</source>
        <translation>Мерзімі өткен, жабылмаған</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Hours to answer</source>
        <translation>Жауап беру уақыты, сағ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <source>Acute issue</source>
        <translation>Өзекті мәселе</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the figures as CSV</source>
        <translation>Көрсеткіштерді CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV ретінде сақтау…</translation>
    </message>
    <message>
        <source>Top 10 categories</source>
        <translation>Негізгі 10 санат</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Map of problematic issues</source>
        <translation>Проблемалық мәселелер картасы</translation>
    </message>
    <message>
        <source>Districts and executors</source>
        <translation>Аудандар мен орындаушылар</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>%1 апта: %2</translation>
    </message>
    <message>
        <source>Requests per week by channel</source>
        <translation>Апталар мен арналар бойынша өтініштер</translation>
    </message>
    <message>
        <source>Top 10 categories, against the period before</source>
        <translation>Негізгі 10 санат, алдыңғы кезеңмен салыстырғанда</translation>
    </message>
    <message>
        <source>Quality, of 5</source>
        <translation>Сапасы, 5 ішінен</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Participation budget</source>
        <translation>Қатысу бюджеті</translation>
    </message>
    <message>
        <source>Requests: %1 (the period before: %2). Consultations on the spot: %3. Answered on time: %4 %. Returned for rework: %5 %. Overdue and open: %6. Citizen satisfaction: %7 of 5 (%8 call-backs). Quality of answers: %9 of 5 (%10 reviewed).</source>
        <translation>Өтініштер: %1 (алдыңғы кезеңде: %2). Орнында берілген кеңестер: %3. Мерзімінде жауап берілді: %4 %. Пысықтауға қайтарылды: %5 %. Мерзімі өткен, жабылмаған: %6. Азаматтардың қанағаттануы: 5 баллдан %7 (кері қоңыраулар: %8). Жауаптардың сапасы: 5 баллдан %9 (тексерілгені: %10).</translation>
    </message>
    <message>
        <source>Counting the requests of %1 – %2…</source>
        <translation>%1 – %2 аралығындағы өтініштер есептелуде…</translation>
    </message>
</context>
<context>
    <name>tyndau::SyncEngine</name>
    <message>
        <source>sending</source>
        <translation>деректерді жіберу</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>деректерді алу</translation>
    </message>
    <message>
        <source>The session has ended: log in again.</source>
        <translation>Сеанс аяқталды: қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The server refused %1 (%2): %3</source>
        <translation>Сервер %1 кезінде бас тартты (%2): %3</translation>
    </message>
    <message>
        <source>The attachment “%1” was not accepted: %2</source>
        <translation>«%1» қосымшасы қабылданбады: %2</translation>
    </message>
    <message>
        <source>sending an attachment</source>
        <translation>қосымшаны жіберу</translation>
    </message>
    <message>
        <source>The local cache refused a change: %1</source>
        <translation>Жергілікті кэш өзгерісті қабылдамады: %1</translation>
    </message>
    <message>
        <source>The photo “%1” was not accepted: %2</source>
        <translation>«%1» фотосуреті қабылданбады: %2</translation>
    </message>
    <message>
        <source>The server sent a page of changes that cannot be read.</source>
        <translation>Сервер оқылмайтын өзгерістер бетін жіберді.</translation>
    </message>
</context>
<context>
    <name>tyndau::SyncStatusBar</name>
    <message>
        <source>OFFLINE since %1</source>
        <translation>ЖЕЛІДЕН ТЫС (басталуы: %1)</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <translation>Синхрондалды</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Синхрондау: %1 / %2</translation>
    </message>
    <message>
        <source>Syncing: %1 received</source>
        <translation>Синхрондау: %1 алынды</translation>
    </message>
    <message>
        <source>Changes are kept here and sent when the server is back.</source>
        <translation>Өзгерістер осы компьютерде сақталады және сервер қолжетімді болғанда жіберіледі.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхрондау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Синхрондау барысы</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Жіберуді күтуде: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Соңғы синхрондау: %1</translation>
    </message>
    <message>
        <source>Not synchronized yet</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
</context>
<context>
    <name>tyndau::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>tyndau::UsersPanel</name>
    <message>
        <source>Saved: %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Кемінде %n таңба</numerusform>
            <numerusform>Кемінде %n таңба</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the password stays as it is</source>
        <translation>Бос болса — құпиясөз өзгермейді</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>Acti&amp;ve:</source>
        <translation>Бел&amp;сенді:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>the person may sign in</source>
        <translation>қызметкер жүйеге кіре алады</translation>
    </message>
    <message>
        <source>New &amp;account</source>
        <translation>Жаңа &amp;тіркелгі</translation>
    </message>
    <message>
        <source>&amp;Save the account</source>
        <translation>Тіркелгіні &amp;сақтау</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Пайдаланушылардың тіркелгілері</translation>
    </message>
</context>
</TS>

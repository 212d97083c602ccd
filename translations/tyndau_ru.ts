<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AlmatyTime</name>
    <message>
        <source>A week is written like 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Tyndau (schema %1; this program knows schema %2 at most). Install the newer version; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>The knowledge-base article is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalRequests</name>
    <message>
        <source>No such request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>The reference data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The IIN has 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first seven digits of the IIN do not make a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IIN&apos;s check digit does not match: a digit is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such phone number exists: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application cannot be anonymous: the law requires the applicant&apos;s name and IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s name, or mark the request anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application needs the applicant&apos;s IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number or an e-mail address for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the request in a few words more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is not a point on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1308 contact center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress, deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded: outside competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected as duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a mass incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take into work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward: outside competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject as duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to mass incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>“%1” must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an unknown value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“id” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension is 1 to 60 working days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The role “%1” may not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not possible for a request that is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request belongs to another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the request to link this one to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the executor organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The holiday calendar is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tyndau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved aside to %1 and a new one is being filled from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::ActionDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer (in %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full term again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction from the call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::HistoryModel</name>
    <message>
        <source>%1 — %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::KnowledgeBaseWorkspace</name>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words of the citizen&apos;s question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used in %n consultation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base in Kazakh or Russian (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other language (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::LoginDialog</name>
    <message>
        <source>Sign in — Tyndau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyndau — public reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://reception.example.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server: sign in as operator1, executor1, inspector1, supervisor1 or admin; the password is &quot;demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://reception.example.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::MainWindow</name>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tyndau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tyndau %1&lt;/h3&gt;&lt;p&gt;The workstation of a city&apos;s public reception office: citizens&apos; requests, the knowledge base of life situations, deadlines and quality control.&lt;/p&gt;&lt;p&gt;Signed in as %2 (%3) on %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tyndau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended: sign out and sign in again to sync. Your work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyndau — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterForm</name>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline if registered now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anon&amp;ymous:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizen does not give a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 7xx xxx xx xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, house (suggested as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, where and since when. Enter saves; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterSidePanel</name>
    <message>
        <source>Look-alike requests and incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: answer on the spot (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-alike requests and open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base articles matching the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the call to it (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with this article and close (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RegisterWorkspace</name>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. The official number comes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and registered as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this request will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request you were typing when the workstation closed is back. Save it or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RegistrationDraft</name>
    <message>
        <source>The article is no longer in the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RequestCard</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: other calls are linked to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for rework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RequestFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All executors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: a number (2026-000123) or words from the citizen, address, text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RequestListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional number: the official one comes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RequestSummaryModel</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::RequestsWorkspace</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::SessionClient</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::SignIn</name>
    <message>
        <source>The keychain did not keep the session (%1): you will be asked for the password next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and the password does not match the one last used on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and %1 has not signed in on this computer before, so there is no session to work offline with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::SyncEngine</name>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended: log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tyndau::SyncStatusBar</name>
    <message>
        <source>OFFLINE since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are kept here and sent when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synchronized yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BudgetProgressPdf</name>
    <message numerus="yes">
        <source>%n photo(s) not on this workstation yet: open the winner in the Budget workspace to fetch them.</source>
        <translation>
            <numerusform>%n photo not on this workstation yet: open the winner in the Budget workspace to fetch it.</numerusform>
            <numerusform>%n photos not on this workstation yet: open the winner in the Budget workspace to fetch them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) in a format this workstation cannot show.</source>
        <translation>
            <numerusform>%n photo in a format this workstation cannot show.</numerusform>
            <numerusform>%n photos in a format this workstation cannot show.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetRules</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A citizen may vote for at most %n proposals.</source>
        <translation>
            <numerusform>A citizen may vote for at most %n proposal.</numerusform>
            <numerusform>A citizen may vote for at most %n proposals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAccount</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetResultsPanel</name>
    <message numerus="yes">
        <source>Votes: the %n most voted proposal(s) of all districts</source>
        <translation>
            <numerusform>Votes: the most voted proposal of all districts</numerusform>
            <numerusform>Votes: the %n most voted proposals of all districts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetVotingPanel</name>
    <message numerus="yes">
        <source>A citizen may choose up to %n proposal(s); untick one first.</source>
        <translation>
            <numerusform>A citizen may choose up to %n proposal; untick one first.</numerusform>
            <numerusform>A citizen may choose up to %n proposals; untick one first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vote of %1 is recorded: %n proposal(s), waiting to be sent.</source>
        <translation>
            <numerusform>The vote of %1 is recorded: %n proposal, waiting to be sent.</numerusform>
            <numerusform>The vote of %1 is recorded: %n proposals, waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting in the %1 season: a citizen votes once, in one district, for up to %n proposal(s).</source>
        <translation>
            <numerusform>Voting in the %1 season: a citizen votes once, in one district, for up to %n proposal.</numerusform>
            <numerusform>Voting in the %1 season: a citizen votes once, in one district, for up to %n proposals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::BudgetWinnersView</name>
    <message numerus="yes">
        <source>People&apos;s Participation Budget %1: %n winners.</source>
        <translation>
            <numerusform>People&apos;s Participation Budget %1: %n winner.</numerusform>
            <numerusform>People&apos;s Participation Budget %1: %n winners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People&apos;s Participation Budget %1 (%2): %n proposals lead so far.</source>
        <translation>
            <numerusform>People&apos;s Participation Budget %1 (%2): %n proposal leads so far.</numerusform>
            <numerusform>People&apos;s Participation Budget %1 (%2): %n proposals lead so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::KnowledgeBaseWorkspace</name>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used in %n consultation(s).</source>
        <translation>
            <numerusform>Used in %n consultation.</numerusform>
            <numerusform>Used in %n consultations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::OrganizationListModel</name>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::ProblemMap</name>
    <message numerus="yes">
        <source>%n request(s) with coordinates; the densest cell holds %1.</source>
        <translation>
            <numerusform>%n request with coordinates; the densest cell holds %1.</numerusform>
            <numerusform>%n requests with coordinates; the densest cell holds %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::RequestsWorkspace</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tyndau::UsersPanel</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
</TS>

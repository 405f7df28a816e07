<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CandidatePanel</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) imported.</source>
        <translation>
            <numerusform>%n candidate imported.</numerusform>
            <numerusform>%n candidates imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChairDialog</name>
    <message numerus="yes">
        <source>{0} compete for %n seat(s). Put them in the order the chair decided, best first (drag, or use the buttons); the decision is recorded with who decided and why, and shown in every report.</source>
        <translation>
            <numerusform>{0} compete for %n seat. Put them in the order the chair decided, best first (drag, or use the buttons); the decision is recorded with who decided and why, and shown in every report.</numerusform>
            <numerusform>{0} compete for %n seats. Put them in the order the chair decided, best first (drag, or use the buttons); the decision is recorded with who decided and why, and shown in every report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message numerus="yes">
        <source>%n title row(s) above it are not imported.</source>
        <translation>
            <numerusform>%n title row above it is not imported.</numerusform>
            <numerusform>%n title rows above it are not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>%n expert</numerusform>
            <numerusform>%n experts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) imported.</source>
        <translation>
            <numerusform>%n expert imported.</numerusform>
            <numerusform>%n experts imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Import %n expert(s)</source>
        <translation>
            <numerusform>Import %n expert</numerusform>
            <numerusform>Import %n experts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n candidate(s)</source>
        <translation>
            <numerusform>Import %n candidate</numerusform>
            <numerusform>Import %n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {0}. Nothing is imported until the list is fixed: correct these rows in the file, save it, and import it again. The selection has not been changed.</source>
        <translation>
            <numerusform>%n problem in {0}. Nothing is imported until the list is fixed: correct this row in the file, save it, and import it again. The selection has not been changed.</numerusform>
            <numerusform>%n problems in {0}. Nothing is imported until the list is fixed: correct these rows in the file, save it, and import it again. The selection has not been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are ready to import from {0}. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>%n row is ready to import from {0}. Nothing is written until you press Import.</numerusform>
            <numerusform>%n rows are ready to import from {0}. Nothing is written until you press Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recusal(s) will be suggested where an expert&apos;s affiliation is a candidate&apos;s source; accept or reject them in the recusal matrix.</source>
        <translation>
            <numerusform>%n recusal will be suggested where an expert&apos;s affiliation is a candidate&apos;s source; accept or reject it in the recusal matrix.</numerusform>
            <numerusform>%n recusals will be suggested where an expert&apos;s affiliation is a candidate&apos;s source; accept or reject them in the recusal matrix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message numerus="yes">
        <source>✗ %n check(s) failed: see the details below.</source>
        <translation>
            <numerusform>✗ %n check failed: see the details below.</numerusform>
            <numerusform>✗ %n checks failed: see the details below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsWords</name>
    <message numerus="yes">
        <source>Open tie in {0}: {1} compete for %n seat(s).</source>
        <translation>
            <numerusform>Open tie in {0}: {1} compete for %n seat.</numerusform>
            <numerusform>Open tie in {0}: {1} compete for %n seats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open tie: {0} compete for %n seat(s).</source>
        <translation>
            <numerusform>Open tie: {0} compete for %n seat.</numerusform>
            <numerusform>Open tie: {0} compete for %n seats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message numerus="yes">
        <source>You are recused from %n candidate(s) ({0}) and cannot vote on them.</source>
        <translation>
            <numerusform>You are recused from %n candidate ({0}) and cannot vote on it.</numerusform>
            <numerusform>You are recused from %n candidates ({0}) and cannot vote on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunoffDialog</name>
    <message numerus="yes">
        <source>The experts vote again among {0} only, for %n seat(s). Type their runoff ballots into ballot matrices (the header line: {1}) and put them in one folder. The runoff is counted as its own stage; its order settles the tie, and if it ties again it can be settled in turn.</source>
        <translation>
            <numerusform>The experts vote again among {0} only, for %n seat. Type their runoff ballots into ballot matrices (the header line: {1}) and put them in one folder. The runoff is counted as its own stage; its order settles the tie, and if it ties again it can be settled in turn.</numerusform>
            <numerusform>The experts vote again among {0} only, for %n seats. Type their runoff ballots into ballot matrices (the header line: {1}) and put them in one folder. The runoff is counted as its own stage; its order settles the tie, and if it ties again it can be settled in turn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunoffIssueDialog</name>
    <message numerus="yes">
        <source>A runoff stage among {0} for %n seat(s): every expert gets a package with these candidates only, votes in the ballot window as before, and sends back the ballot file. Collect the ballots on the Collect page (the runoff has its own register), then count the runoff here.</source>
        <translation>
            <numerusform>A runoff stage among {0} for %n seat: every expert gets a package with these candidates only, votes in the ballot window as before, and sends back the ballot file. Collect the ballots on the Collect page (the runoff has its own register), then count the runoff here.</numerusform>
            <numerusform>A runoff stage among {0} for %n seats: every expert gets a package with these candidates only, votes in the ballot window as before, and sends back the ballot file. Collect the ballots on the Collect page (the runoff has its own register), then count the runoff here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunoffBar</name>
    <message numerus="yes">
        <source>Runoff {0} in progress among {1} for %n seat(s).</source>
        <translation>
            <numerusform>Runoff {0} in progress among {1} for %n seat.</numerusform>
            <numerusform>Runoff {0} in progress among {1} for %n seats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message numerus="yes">
        <source>Runoff vote (加投): {0} tied for the last seats, and compete for %n seat(s). Vote among them only; the earlier ballots are not counted again.</source>
        <translation>
            <numerusform>Runoff vote (加投): {0} tied for the last seat, and compete for %n seat. Vote among them only; the earlier ballots are not counted again.</numerusform>
            <numerusform>Runoff vote (加投): {0} tied for the last seats, and compete for %n seats. Vote among them only; the earlier ballots are not counted again.</numerusform>
        </translation>
    </message>
</context>
</TS>

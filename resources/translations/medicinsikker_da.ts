<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ChartFigure</name>
    <message>
        <source>PDSA cycles and changes</source>
        <translation>PDSA-cirkler og forandringer</translation>
    </message>
    <message>
        <source>Excluded points (hollow)</source>
        <translation>Udeladte punkter (hule)</translation>
    </message>
</context>
<context>
    <name>ChartNarrative</name>
    <message>
        <source>Latest part</source>
        <translation>Seneste del</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>Centre line of the part before</source>
        <translation>Centerlinje i delen før</translation>
    </message>
    <message>
        <source>Frozen baseline</source>
        <translation>Fastlåst baseline</translation>
    </message>
    <message>
        <source>Upper control limit</source>
        <translation>Øvre kontrolgrænse</translation>
    </message>
    <message>
        <source>Lower control limit</source>
        <translation>Nedre kontrolgrænse</translation>
    </message>
    <message>
        <source>Points outside the limits</source>
        <translation>Punkter uden for kontrolgrænserne</translation>
    </message>
    <message>
        <source>Useful observations</source>
        <translation>Brugbare observationer</translation>
    </message>
    <message>
        <source>Longest run</source>
        <translation>Længste serie</translation>
    </message>
    <message>
        <source>%1 (a signal above %2)</source>
        <translation>%1 (signal over %2)</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Krydsninger</translation>
    </message>
    <message>
        <source>%1 (a signal below %2)</source>
        <translation>%1 (signal under %2)</translation>
    </message>
    <message>
        <source>Longest shift</source>
        <translation>Længste skift</translation>
    </message>
    <message>
        <source>%1 (a signal from %2)</source>
        <translation>%1 (signal fra %2)</translation>
    </message>
    <message>
        <source>Longest trend</source>
        <translation>Længste trend</translation>
    </message>
    <message>
        <source>PDSA cycles and changes:</source>
        <translation>PDSA-cirkler og forandringer:</translation>
    </message>
    <message>
        <source>Excluded points:</source>
        <translation>Udeladte punkter:</translation>
    </message>
</context>
<context>
    <name>ChartPrinter</name>
    <message>
        <source>Print chart</source>
        <translation>Udskriv diagram</translation>
    </message>
</context>
<context>
    <name>ChartTypeNames</name>
    <message>
        <source>Run chart (median)</source>
        <translation>Seriediagram (median)</translation>
    </message>
    <message>
        <source>I chart (individual values)</source>
        <translation>I-kontroldiagram (enkeltværdier)</translation>
    </message>
    <message>
        <source>MR chart (moving range)</source>
        <translation>MR-kontroldiagram (glidende variationsbredde)</translation>
    </message>
    <message>
        <source>C chart (count)</source>
        <translation>C-kontroldiagram (antal)</translation>
    </message>
    <message>
        <source>U chart (rate)</source>
        <translation>U-kontroldiagram (rate)</translation>
    </message>
    <message>
        <source>P chart (proportion)</source>
        <translation>P-kontroldiagram (andel)</translation>
    </message>
    <message>
        <source>G chart (cases between events)</source>
        <translation>G-kontroldiagram (tilfælde mellem hændelser)</translation>
    </message>
    <message>
        <source>T chart (time between events)</source>
        <translation>T-kontroldiagram (tid mellem hændelser)</translation>
    </message>
    <message>
        <source>X-bar chart (average)</source>
        <translation>X-streg-kontroldiagram (gennemsnit)</translation>
    </message>
    <message>
        <source>P' chart (proportion, Laney)</source>
        <translation>P′-kontroldiagram (andel, Laney)</translation>
    </message>
    <message>
        <source>U' chart (rate, Laney)</source>
        <translation>U′-kontroldiagram (rate, Laney)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation>Centerlinje</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>The numbers behind it</source>
        <translation>Tallene bag</translation>
    </message>
    <message>
        <source>Excluded points (hollow)</source>
        <translation>Udeladte punkter (hule)</translation>
    </message>
    <message>
        <source>PDSA cycles and changes</source>
        <translation>PDSA-cirkler og forandringer</translation>
    </message>
</context>
<context>
    <name>CompetenceValidator</name>
    <message>
        <source>Choose the botilbud the topic belongs to.</source>
        <translation>Vælg det botilbud, emnet hører til.</translation>
    </message>
    <message>
        <source>Type the name of the topic.</source>
        <translation>Skriv emnets navn.</translation>
    </message>
    <message>
        <source>Choose the botilbud the survey belongs to.</source>
        <translation>Vælg det botilbud, afdækningen hører til.</translation>
    </message>
    <message>
        <source>Give the survey round a name, for example "Start".</source>
        <translation>Giv afdækningsrunden et navn, fx "Start".</translation>
    </message>
    <message>
        <source>Choose the date of the survey round.</source>
        <translation>Vælg datoen for afdækningsrunden.</translation>
    </message>
    <message>
        <source>An answer needs a survey round, a person and a topic.</source>
        <translation>Et svar skal have en afdækningsrunde, en person og et emne.</translation>
    </message>
    <message>
        <source>Choose a level from 1 to 4.</source>
        <translation>Vælg et niveau fra 1 til 4.</translation>
    </message>
    <message>
        <source>Choose the person who took the course.</source>
        <translation>Vælg den person, der har taget kurset.</translation>
    </message>
    <message>
        <source>Type the name of the course.</source>
        <translation>Skriv kursets navn.</translation>
    </message>
    <message>
        <source>Choose the date the course was completed.</source>
        <translation>Vælg datoen, hvor kurset blev gennemført.</translation>
    </message>
    <message>
        <source>The completion date cannot be in the future.</source>
        <translation>Datoen for gennemførelse kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>The refresher must be due after the course was completed.</source>
        <translation>Genopfriskningen skal ligge efter datoen, hvor kurset blev gennemført.</translation>
    </message>
</context>
<context>
    <name>CprDetector</name>
    <message>
        <source>The text seems to contain a CPR number. Remove it: the app must not store CPR numbers. Refer to the citizen without identifying them.</source>
        <translation>Teksten ser ud til at indeholde et CPR-nummer. Fjern det: programmet må ikke gemme CPR-numre. Omtal borgeren uden at kunne identificere vedkommende.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>Databasen %1 kunne ikke åbnes. Kontrollér, at mappen findes, og at du må skrive i den.</translation>
    </message>
    <message>
        <source>The database %1 could not be updated to this version of Medicinsikker. It has not been changed.</source>
        <translation>Databasen %1 kunne ikke opdateres til denne version af Medicinsikker. Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new file name for the backup.</source>
        <translation>Filen %1 findes allerede. Vælg et nyt filnavn til sikkerhedskopien.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileCheck</name>
    <message>
        <source>The file %1 is not a Medicinsikker database. Choose another file.</source>
        <translation>Filen %1 er ikke en Medicinsikker-database. Vælg en anden fil.</translation>
    </message>
    <message>
        <source>The file %1 is a database from another program. Medicinsikker has not changed it; choose another file.</source>
        <translation>Filen %1 er en database fra et andet program. Medicinsikker har ikke ændret den; vælg en anden fil.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Medicinsikker. Install the newest version to open it; the file has not been changed.</source>
        <translation>Databasen %1 er lavet med en nyere version af Medicinsikker. Installér den nyeste version for at åbne den; filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or incomplete. It has not been changed. Restore it from a backup, or ask for help.</source>
        <translation>Databasen %1 er beskadiget eller ufuldstændig. Den er ikke blevet ændret. Gendan den fra en sikkerhedskopi, eller bed om hjælp.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Check that it exists and that you may open it.</source>
        <translation>Filen %1 kunne ikke læses. Kontrollér, at den findes, og at du har adgang til at åbne den.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Tovholder</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Working group member</source>
        <translation>Medlem af arbejdsgruppen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>PS! consultant</source>
        <translation>PS!-konsulent</translation>
    </message>
    <message>
        <source>Pharmacy contact</source>
        <translation>Apotekskontakt</translation>
    </message>
    <message>
        <source>Preparation and start</source>
        <translation>Forberedelse og opstart</translation>
    </message>
    <message>
        <source>Testing and implementation</source>
        <translation>Afprøvning og implementering</translation>
    </message>
    <message>
        <source>Sustain and spread</source>
        <translation>Fastholdelse og spredning</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Learning session</source>
        <translation>Læringstræf</translation>
    </message>
    <message>
        <source>PS! visit</source>
        <translation>PS!-besøg</translation>
    </message>
    <message>
        <source>Pharmacy teaching</source>
        <translation>Undervisning ved apotek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Workflow analysis</source>
        <translation>Arbejdsgangsanalyse</translation>
    </message>
    <message>
        <source>Guidelines reviewed</source>
        <translation>Retningslinjer gennemgået</translation>
    </message>
    <message>
        <source>Competences reviewed</source>
        <translation>Kompetencer afdækket</translation>
    </message>
    <message>
        <source>Delegated rights reviewed</source>
        <translation>Delegerede rettigheder gennemgået</translation>
    </message>
    <message>
        <source>Baseline measurements done</source>
        <translation>Baselinemålinger gennemført</translation>
    </message>
    <message>
        <source>Primary driver</source>
        <translation>Primær driver</translation>
    </message>
    <message>
        <source>Secondary driver</source>
        <translation>Sekundær driver</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Proportion</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Days between events</source>
        <translation>Dage mellem hændelser</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Resultatmål</translation>
    </message>
    <message>
        <source>Process measure</source>
        <translation>Procesmål</translation>
    </message>
    <message>
        <source>Balancing measure</source>
        <translation>Balancemål</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Højere er bedre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Seriediagram</translation>
    </message>
    <message>
        <source>C chart</source>
        <translation>C-diagram</translation>
    </message>
    <message>
        <source>U chart</source>
        <translation>U-diagram</translation>
    </message>
    <message>
        <source>P chart</source>
        <translation>P-diagram</translation>
    </message>
    <message>
        <source>I chart</source>
        <translation>I-diagram</translation>
    </message>
    <message>
        <source>MR chart</source>
        <translation>MR-diagram</translation>
    </message>
    <message>
        <source>T chart</source>
        <translation>T-diagram</translation>
    </message>
    <message>
        <source>G chart</source>
        <translation>G-diagram</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Testing (Do)</source>
        <translation>Afprøves (Do)</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Studeres</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Implementér</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Tilpas</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Udvid</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <source>PS!</source>
        <translation>PS!</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Tilbagemelding modtaget</translation>
    </message>
</context>
<context>
    <name>ImprovementValidator</name>
    <message>
        <source>Choose the botilbud the aim belongs to.</source>
        <translation>Vælg det botilbud, målet hører til.</translation>
    </message>
    <message>
        <source>Write the aim: what, how much, by when.</source>
        <translation>Skriv målet: hvad, hvor meget og hvornår.</translation>
    </message>
    <message>
        <source>Choose the date by which the aim should be reached.</source>
        <translation>Vælg datoen, hvor målet skal være nået.</translation>
    </message>
    <message>
        <source>Choose the botilbud the driver belongs to.</source>
        <translation>Vælg det botilbud, driveren hører til.</translation>
    </message>
    <message>
        <source>Describe the driver.</source>
        <translation>Beskriv driveren.</translation>
    </message>
    <message>
        <source>Choose the primary driver this secondary driver belongs to.</source>
        <translation>Vælg den primære driver, som denne sekundære driver hører under.</translation>
    </message>
    <message>
        <source>A primary driver cannot sit under another driver.</source>
        <translation>En primær driver kan ikke ligge under en anden driver.</translation>
    </message>
    <message>
        <source>A driver cannot be its own parent.</source>
        <translation>En driver kan ikke ligge under sig selv.</translation>
    </message>
    <message>
        <source>Choose the botilbud the change idea belongs to.</source>
        <translation>Vælg det botilbud, forandringsidéen hører til.</translation>
    </message>
    <message>
        <source>Give the change idea a short title.</source>
        <translation>Giv forandringsidéen en kort titel.</translation>
    </message>
</context>
<context>
    <name>IncidentValidator</name>
    <message>
        <source>Choose the botilbud where the incident happened.</source>
        <translation>Vælg det botilbud, hvor hændelsen skete.</translation>
    </message>
    <message>
        <source>Choose the date the incident happened.</source>
        <translation>Vælg datoen, hvor hændelsen skete.</translation>
    </message>
    <message>
        <source>The incident date cannot be in the future.</source>
        <translation>Hændelsesdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>The report date cannot be before the incident date.</source>
        <translation>Rapporteringsdatoen kan ikke ligge før hændelsesdatoen.</translation>
    </message>
    <message>
        <source>The report date cannot be in the future.</source>
        <translation>Rapporteringsdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beskriv, hvad der skete.</translation>
    </message>
    <message>
        <source>NCC MERP A and B mean the error did not reach the citizen; C to I mean it did. Make the category and "reached the citizen" agree.</source>
        <translation>NCC MERP A og B betyder, at fejlen ikke nåede borgeren; C til I betyder, at den gjorde. Sørg for, at kategorien og "nåede borgeren" stemmer overens.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Botilbud:</source>
        <translation>&amp;Botilbud:</translation>
    </message>
    <message>
        <source>Choose the botilbud to work on</source>
        <translation>Vælg det botilbud, du vil arbejde med</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Medicinsikker</source>
        <translation>&amp;Om Medicinsikker</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>There is already a value for this month. Change that value instead of adding a new one.</source>
        <translation>Der er allerede en måling for denne måned. Ret den måling i stedet for at tilføje en ny.</translation>
    </message>
</context>
<context>
    <name>MeasureValidator</name>
    <message>
        <source>Choose the botilbud the measure belongs to.</source>
        <translation>Vælg det botilbud, målepunktet hører til.</translation>
    </message>
    <message>
        <source>Type the name of the measure.</source>
        <translation>Skriv målepunktets navn.</translation>
    </message>
    <message>
        <source>Describe what is counted in the denominator (for example: doses checked).</source>
        <translation>Beskriv, hvad der tælles i nævneren (fx kontrollerede doser).</translation>
    </message>
    <message>
        <source>The multiplier must be a number above 0, for example 1000.</source>
        <translation>Faktoren skal være et tal over 0, fx 1000.</translation>
    </message>
    <message>
        <source>Only counts, rates and days between events can be derived from incidents.</source>
        <translation>Kun antal, rater og dage mellem hændelser kan beregnes ud fra utilsigtede hændelser.</translation>
    </message>
    <message>
        <source>Type the target as a number, or leave it empty.</source>
        <translation>Skriv målværdien som et tal, eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <source>Split dates must be valid dates in increasing order.</source>
        <translation>Opdelingsdatoer skal være gyldige datoer i stigende rækkefølge.</translation>
    </message>
    <message>
        <source>Choose the period to leave out.</source>
        <translation>Vælg den periode, der skal udelades.</translation>
    </message>
    <message>
        <source>Write why the period is left out; readers of the chart will see it.</source>
        <translation>Skriv, hvorfor perioden udelades; begrundelsen vises for dem, der læser diagrammet.</translation>
    </message>
    <message>
        <source>Choose the measure the value belongs to.</source>
        <translation>Vælg det målepunkt, målingen hører til.</translation>
    </message>
    <message>
        <source>Choose the month the value belongs to.</source>
        <translation>Vælg den måned, målingen hører til.</translation>
    </message>
    <message>
        <source>A period is a month: use the first day of the month.</source>
        <translation>En periode er en måned: brug den første dag i måneden.</translation>
    </message>
    <message>
        <source>The month lies in the future; values can only be entered for past months and this month.</source>
        <translation>Måneden ligger i fremtiden; der kan kun indtastes målinger for tidligere måneder og denne måned.</translation>
    </message>
    <message>
        <source>The value must be 0 or more.</source>
        <translation>Værdien skal være 0 eller mere.</translation>
    </message>
    <message>
        <source>A count must be a whole number.</source>
        <translation>Et antal skal være et helt tal.</translation>
    </message>
    <message>
        <source>Type the denominator; it must be more than 0.</source>
        <translation>Skriv nævneren; den skal være større end 0.</translation>
    </message>
    <message>
        <source>The numerator cannot be larger than the denominator.</source>
        <translation>Tælleren kan ikke være større end nævneren.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportRepository</name>
    <message>
        <source>There is already a report for this month. Open that report instead.</source>
        <translation>Der er allerede en rapport for denne måned. Åbn den rapport i stedet.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportValidator</name>
    <message>
        <source>Choose the botilbud the report belongs to.</source>
        <translation>Vælg det botilbud, rapporten hører til.</translation>
    </message>
    <message>
        <source>Choose the month of the report (the first day of the month).</source>
        <translation>Vælg rapportens måned (den første dag i måneden).</translation>
    </message>
    <message>
        <source>Choose a progress score from 1 to 5.</source>
        <translation>Vælg en fremdriftsscore fra 1 til 5.</translation>
    </message>
    <message>
        <source>Choose the date the report was sent.</source>
        <translation>Vælg datoen, hvor rapporten blev sendt.</translation>
    </message>
    <message>
        <source>Type the consultant's feedback.</source>
        <translation>Skriv konsulentens tilbagemelding.</translation>
    </message>
    <message>
        <source>Choose the date the feedback was received.</source>
        <translation>Vælg datoen, hvor tilbagemeldingen blev modtaget.</translation>
    </message>
    <message>
        <source>Feedback cannot arrive before the report was sent.</source>
        <translation>Tilbagemeldingen kan ikke komme, før rapporten er sendt.</translation>
    </message>
</context>
<context>
    <name>OrganisationValidator</name>
    <message>
        <source>Type the name of the botilbud.</source>
        <translation>Skriv botilbuddets navn.</translation>
    </message>
    <message>
        <source>The number of residents cannot be negative.</source>
        <translation>Antallet af beboere kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Choose the date the botilbud was created.</source>
        <translation>Vælg datoen, hvor botilbuddet blev oprettet.</translation>
    </message>
    <message>
        <source>Choose the botilbud the person belongs to.</source>
        <translation>Vælg det botilbud, personen hører til.</translation>
    </message>
    <message>
        <source>Type the person's name.</source>
        <translation>Skriv personens navn.</translation>
    </message>
    <message>
        <source>Type an e-mail address like name@example.dk, or leave it empty.</source>
        <translation>Skriv en e-mailadresse som navn@eksempel.dk, eller lad feltet stå tomt.</translation>
    </message>
</context>
<context>
    <name>PdsaValidator</name>
    <message>
        <source>Choose the botilbud the PDSA cycle belongs to.</source>
        <translation>Vælg det botilbud, PDSA-cirklen hører til.</translation>
    </message>
    <message>
        <source>The cycle number must be 1 or more.</source>
        <translation>Cirklens nummer skal være 1 eller mere.</translation>
    </message>
    <message>
        <source>Give the PDSA cycle a short title.</source>
        <translation>Giv PDSA-cirklen en kort titel.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatoen kan ikke ligge før startdatoen.</translation>
    </message>
    <message>
        <source>A cycle cannot follow itself in a ramp.</source>
        <translation>En cirkel kan ikke følge efter sig selv i en rampe.</translation>
    </message>
    <message>
        <source>Write a prediction before the test starts (Do).</source>
        <translation>Skriv en forudsigelse, før afprøvningen begynder (Do).</translation>
    </message>
    <message>
        <source>Choose a decision (adopt, adapt, abandon or expand) to complete the cycle.</source>
        <translation>Vælg en beslutning (implementér, tilpas, forkast eller udvid) for at afslutte cirklen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeValidator</name>
    <message>
        <source>Choose the botilbud the programme belongs to.</source>
        <translation>Vælg det botilbud, forløbet hører til.</translation>
    </message>
    <message>
        <source>Choose the start date of the programme.</source>
        <translation>Vælg forløbets startdato.</translation>
    </message>
    <message>
        <source>The programme must have exactly four phases.</source>
        <translation>Forløbet skal have præcis fire faser.</translation>
    </message>
    <message>
        <source>The phases must be listed in the order 1, 2, 3, 4.</source>
        <translation>Faserne skal stå i rækkefølgen 1, 2, 3, 4.</translation>
    </message>
    <message>
        <source>Each phase must end on or after the day it starts.</source>
        <translation>Hver fase skal slutte samme dag eller efter, at den begynder.</translation>
    </message>
    <message>
        <source>A phase must start after the previous phase has ended.</source>
        <translation>En fase skal begynde, efter at den foregående fase er slut.</translation>
    </message>
    <message>
        <source>Choose the botilbud the event belongs to.</source>
        <translation>Vælg det botilbud, aktiviteten hører til.</translation>
    </message>
    <message>
        <source>Choose the date of the event.</source>
        <translation>Vælg datoen for aktiviteten.</translation>
    </message>
    <message>
        <source>Type a title for the event.</source>
        <translation>Skriv en titel til aktiviteten.</translation>
    </message>
    <message>
        <source>A læringstræf is numbered from 1 to 7.</source>
        <translation>Et læringstræf nummereres fra 1 til 7.</translation>
    </message>
    <message>
        <source>A PS! visit is numbered from 1 to 5.</source>
        <translation>Et PS!-besøg nummereres fra 1 til 5.</translation>
    </message>
    <message>
        <source>The number must be 1 or more.</source>
        <translation>Nummeret skal være 1 eller mere.</translation>
    </message>
    <message>
        <source>Choose the botilbud the checklist belongs to.</source>
        <translation>Vælg det botilbud, tjeklisten hører til.</translation>
    </message>
    <message>
        <source>The done date cannot be in the future.</source>
        <translation>Datoen for udført kan ikke ligge i fremtiden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Medicinsikker</source>
        <translation>Medicinsikker</translation>
    </message>
    <message>
        <source>The demo database could not be created:
%1</source>
        <translation>Demodatabasen kunne ikke oprettes:
%1</translation>
    </message>
    <message>
        <source>The database %1 could not be opened:
%2

The file has not been changed.</source>
        <translation>Databasen %1 kunne ikke åbnes:
%2

Filen er ikke blevet ændret.</translation>
    </message>
</context>
<context>
    <name>RunChartBuilder</name>
    <message>
        <source>Unit: %1</source>
        <translation>Enhed: %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mål %1</translation>
    </message>
</context>
<context>
    <name>SignalExplanation</name>
    <message>
        <source>Run chart, analysed with the IHI rules (shift and trend).</source>
        <translation>Seriediagram, analyseret med IHI-reglerne (forskydning og trend).</translation>
    </message>
    <message>
        <source>Run chart, analysed with the Anhøj rules.</source>
        <translation>Seriediagram, analyseret med Anhøj-reglerne.</translation>
    </message>
    <message>
        <source>Control chart (%1), analysed with the IHI rules (shift and trend) and the control limits.</source>
        <translation>Kontroldiagram (%1), analyseret med IHI-reglerne (forskydning og trend) og kontrolgrænserne.</translation>
    </message>
    <message>
        <source>Control chart (%1), analysed with the Anhøj rules and the control limits.</source>
        <translation>Kontroldiagram (%1), analyseret med Anhøj-reglerne og kontrolgrænserne.</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>Del %1: %2</translation>
    </message>
    <message>
        <source>Centre line (median): %1.</source>
        <translation>Centerlinje (median): %1.</translation>
    </message>
    <message>
        <source>Centre line (mean): %1.</source>
        <translation>Centerlinje (gennemsnit): %1.</translation>
    </message>
    <message>
        <source>No control limits could be computed (too few points or no variation).</source>
        <translation>Der kunne ikke beregnes kontrolgrænser (for få punkter eller ingen variation).</translation>
    </message>
    <message>
        <source>The runs rules are not applied to a moving-range chart.</source>
        <translation>Seriereglerne anvendes ikke på et MR-diagram (glidende variationsbredde).</translation>
    </message>
    <message>
        <source>Long-run signal: %n points in a row above the median (the limit is %1).</source>
        <translation>Serielængdesignal: %n punkt i træk over medianen (grænsen er %1).|Serielængdesignal: %n punkter i træk over medianen (grænsen er %1).</translation>
    </message>
    <message>
        <source>Long-run signal: %n points in a row below the median (the limit is %1).</source>
        <translation>Serielængdesignal: %n punkt i træk under medianen (grænsen er %1).|Serielængdesignal: %n punkter i træk under medianen (grænsen er %1).</translation>
    </message>
    <message>
        <source>Long-run signal: %n points in a row above the centre line (the limit is %1).</source>
        <translation>Serielængdesignal: %n punkt i træk over centerlinjen (grænsen er %1).|Serielængdesignal: %n punkter i træk over centerlinjen (grænsen er %1).</translation>
    </message>
    <message>
        <source>Long-run signal: %n points in a row below the centre line (the limit is %1).</source>
        <translation>Serielængdesignal: %n punkt i træk under centerlinjen (grænsen er %1).|Serielængdesignal: %n punkter i træk under centerlinjen (grænsen er %1).</translation>
    </message>
    <message>
        <source>Crossings signal: the curve crosses the median %n time(s); at least %1 crossings are expected.</source>
        <translation>Krydssignal: kurven krydser medianen %n gang; mindst %1 krydsninger forventes.|Krydssignal: kurven krydser medianen %n gange; mindst %1 krydsninger forventes.</translation>
    </message>
    <message>
        <source>Crossings signal: the curve crosses the centre line %n time(s); at least %1 crossings are expected.</source>
        <translation>Krydssignal: kurven krydser centerlinjen %n gang; mindst %1 krydsninger forventes.|Krydssignal: kurven krydser centerlinjen %n gange; mindst %1 krydsninger forventes.</translation>
    </message>
    <message>
        <source>Shift signal (IHI rules): %n points in a row on the same side of the median (the limit is %1 or more).</source>
        <translation>Forskydningssignal (IHI-regler): %n punkt i træk på samme side af medianen (grænsen er %1 eller flere).|Forskydningssignal (IHI-regler): %n punkter i træk på samme side af medianen (grænsen er %1 eller flere).</translation>
    </message>
    <message>
        <source>Shift signal (IHI rules): %n points in a row on the same side of the centre line (the limit is %1 or more).</source>
        <translation>Forskydningssignal (IHI-regler): %n punkt i træk på samme side af centerlinjen (grænsen er %1 eller flere).|Forskydningssignal (IHI-regler): %n punkter i træk på samme side af centerlinjen (grænsen er %1 eller flere).</translation>
    </message>
    <message>
        <source>Trend signal (IHI rules): %n points in a row steadily decreasing (the limit is %1 or more).</source>
        <translation>Trendsignal (IHI-regler): %n punkt i træk, der falder støt (grænsen er %1 eller flere).|Trendsignal (IHI-regler): %n punkter i træk, der falder støt (grænsen er %1 eller flere).</translation>
    </message>
    <message>
        <source>Trend signal (IHI rules): %n points in a row steadily increasing (the limit is %1 or more).</source>
        <translation>Trendsignal (IHI-regler): %n punkt i træk, der stiger støt (grænsen er %1 eller flere).|Trendsignal (IHI-regler): %n punkter i træk, der stiger støt (grænsen er %1 eller flere).</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>punkt %1</translation>
    </message>
    <message numerus="yes">
        <source>Point outside the control limits: %n point(s), at %1.</source>
        <translation><numerusform>Punkt uden for kontrolgrænserne: %n punkt, ved %1.</numerusform><numerusform>Punkt uden for kontrolgrænserne: %n punkter, ved %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too few useful points to judge: %n point(s) neither missing nor on the centre line; at least %1 are needed.</source>
        <translation><numerusform>For få brugbare punkter til en vurdering: %n punkt, der hverken mangler eller ligger på centerlinjen; der kræves mindst %1.</numerusform><numerusform>For få brugbare punkter til en vurdering: %n punkter, der hverken mangler eller ligger på centerlinjen; der kræves mindst %1.</numerusform></translation>
    </message>
    <message>
        <source>No signal: only random variation is seen.</source>
        <translation>Intet signal: kun tilfældig variation.</translation>
    </message>
</context>
<context>
    <name>SignalReading</name>
    <message>
        <source>point %1</source>
        <translation>punkt %1</translation>
    </message>
    <message>
        <source>For this measure higher values are better.</source>
        <translation>For dette målepunkt er højere værdier bedre.</translation>
    </message>
    <message>
        <source>For this measure lower values are better.</source>
        <translation>For dette målepunkt er lavere værdier bedre.</translation>
    </message>
</context>
<context>
    <name>SignalVerdict</name>
    <message>
        <source>Improvement</source>
        <translation>Forbedring</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Forværring</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>Intet signal</translation>
    </message>
    <message numerus="yes">
        <source>Long-run signal: %n points in a row above the centre line, more than chance explains.</source>
        <translation><numerusform>Serielængdesignal: %n punkt i træk over centerlinjen, flere end tilfældigheder forklarer.</numerusform><numerusform>Serielængdesignal: %n punkter i træk over centerlinjen, flere end tilfældigheder forklarer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Long-run signal: %n points in a row below the centre line, more than chance explains.</source>
        <translation><numerusform>Serielængdesignal: %n punkt i træk under centerlinjen, flere end tilfældigheder forklarer.</numerusform><numerusform>Serielængdesignal: %n punkter i træk under centerlinjen, flere end tilfældigheder forklarer.</numerusform></translation>
    </message>
    <message>
        <source>Crossings signal: the curve crosses the centre line fewer times than chance explains; the latest long run lies above it.</source>
        <translation>Krydssignal: kurven krydser centerlinjen færre gange, end tilfældigheder forklarer; den seneste lange serie ligger over den.</translation>
    </message>
    <message>
        <source>Crossings signal: the curve crosses the centre line fewer times than chance explains; the latest long run lies below it.</source>
        <translation>Krydssignal: kurven krydser centerlinjen færre gange, end tilfældigheder forklarer; den seneste lange serie ligger under den.</translation>
    </message>
    <message numerus="yes">
        <source>A shift: %n points in a row above the centre line.</source>
        <translation><numerusform>Et skift: %n punkt i træk over centerlinjen.</numerusform><numerusform>Et skift: %n punkter i træk over centerlinjen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A shift: %n points in a row below the centre line.</source>
        <translation><numerusform>Et skift: %n punkt i træk under centerlinjen.</numerusform><numerusform>Et skift: %n punkter i træk under centerlinjen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A trend: %n points in a row rising.</source>
        <translation><numerusform>En trend: %n punkt i træk stiger.</numerusform><numerusform>En trend: %n punkter i træk stiger.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A trend: %n points in a row falling.</source>
        <translation><numerusform>En trend: %n punkt i træk falder.</numerusform><numerusform>En trend: %n punkter i træk falder.</numerusform></translation>
    </message>
    <message>
        <source>The latest signal is a point outside the control limits, above the upper limit.</source>
        <translation>Det seneste signal er et punkt uden for kontrolgrænserne, over den øvre grænse.</translation>
    </message>
    <message>
        <source>The latest signal is a point outside the control limits, below the lower limit.</source>
        <translation>Det seneste signal er et punkt uden for kontrolgrænserne, under den nedre grænse.</translation>
    </message>
    <message>
        <source>No signal: the variation is what chance alone would give.</source>
        <translation>Intet signal: variationen er, hvad tilfældigheder alene ville give.</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Prescribing (ordination)</source>
        <translation>Ordination</translation>
    </message>
    <message>
        <source>Ordering / prescription</source>
        <translation>Bestilling/recept</translation>
    </message>
    <message>
        <source>Receipt / delivery</source>
        <translation>Modtagelse/levering</translation>
    </message>
    <message>
        <source>Medicine list / FMK</source>
        <translation>Medicinliste/FMK</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>Dispensering</translation>
    </message>
    <message>
        <source>Administration / handing out</source>
        <translation>Administration/udlevering</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Observation / monitoring</source>
        <translation>Observation/monitorering</translation>
    </message>
    <message>
        <source>Labelling / packaging</source>
        <translation>Mærkning/emballering</translation>
    </message>
    <message>
        <source>Transitions (hospital, holiday, leave)</source>
        <translation>Overgange (hospital, ferie, orlov)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Medicine not given</source>
        <translation>Medicin ikke givet</translation>
    </message>
    <message>
        <source>Not taken / refused</source>
        <translation>Ikke taget/afvist</translation>
    </message>
    <message>
        <source>Wrong dose (incl. double dose)</source>
        <translation>Forkert dosis (inkl. dobbeltdosis)</translation>
    </message>
    <message>
        <source>Wrong time / frequency</source>
        <translation>Forkert tidspunkt/hyppighed</translation>
    </message>
    <message>
        <source>Wrong citizen</source>
        <translation>Forkert borger</translation>
    </message>
    <message>
        <source>Wrong drug</source>
        <translation>Forkert præparat</translation>
    </message>
    <message>
        <source>Wrong strength / formulation</source>
        <translation>Forkert styrke/formulering</translation>
    </message>
    <message>
        <source>Wrong route of administration</source>
        <translation>Forkert administrationsvej</translation>
    </message>
    <message>
        <source>Side dose forgotten</source>
        <translation>Sidedosering glemt</translation>
    </message>
    <message>
        <source>Patch not changed / removed</source>
        <translation>Plaster ikke skiftet/fjernet</translation>
    </message>
    <message>
        <source>Changed / discontinued prescription not followed</source>
        <translation>Ændret/seponeret ordination ikke fulgt</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Mærkning</translation>
    </message>
    <message>
        <source>Storage / expired</source>
        <translation>Opbevaring/udløbet</translation>
    </message>
    <message>
        <source>Missing documentation</source>
        <translation>Manglende dokumentation</translation>
    </message>
    <message>
        <source>Medicine missing</source>
        <translation>Medicin mangler</translation>
    </message>
    <message>
        <source>Contraindication / allergy</source>
        <translation>Kontraindikation/allergi</translation>
    </message>
    <message>
        <source>None / unknown</source>
        <translation>Ingen/ukendt</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Dødelig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Severe / fatal</source>
        <translation>Alvorlig/dødelig</translation>
    </message>
    <message>
        <source>No consequence</source>
        <translation>Ingen konsekvens</translation>
    </message>
    <message>
        <source>Mild consequence</source>
        <translation>Lettere konsekvens</translation>
    </message>
    <message>
        <source>Serious patient-safety risk</source>
        <translation>Alvorlig patientsikkerhedsrisiko</translation>
    </message>
    <message>
        <source>Severe consequence</source>
        <translation>Alvorlig konsekvens</translation>
    </message>
    <message>
        <source>Fatal consequence</source>
        <translation>Dødelig konsekvens</translation>
    </message>
    <message>
        <source>A: circumstances that could cause an error</source>
        <translation>A: Forhold, der kan føre til fejl</translation>
    </message>
    <message>
        <source>B: error did not reach the citizen</source>
        <translation>B: Fejlen nåede ikke borgeren</translation>
    </message>
    <message>
        <source>C: reached the citizen, no harm</source>
        <translation>C: Nåede borgeren, ingen skade</translation>
    </message>
    <message>
        <source>D: reached the citizen, monitoring needed</source>
        <translation>D: Nåede borgeren, krævede overvågning</translation>
    </message>
    <message>
        <source>E: temporary harm, treatment needed</source>
        <translation>E: Midlertidig skade, krævede behandling</translation>
    </message>
    <message>
        <source>F: temporary harm, hospitalisation</source>
        <translation>F: Midlertidig skade, indlæggelse</translation>
    </message>
    <message>
        <source>G: permanent harm</source>
        <translation>G: Varig skade</translation>
    </message>
    <message>
        <source>H: life-sustaining treatment needed</source>
        <translation>H: Livreddende behandling nødvendig</translation>
    </message>
    <message>
        <source>I: death</source>
        <translation>I: Død</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analyseret</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
</context>
<context>
    <name>ViewCatalog</name>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Improvement work</source>
        <translation>Forbedringsarbejde</translation>
    </message>
    <message>
        <source>PDSA</source>
        <translation>PDSA</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Run charts</source>
        <translation>Seriediagrammer</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <source>Programme and competences</source>
        <translation>Forløb og kompetencer</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Månedsrapport</translation>
    </message>
    <message>
        <source>The botilbud, the programme phase, the start-up checklist and days since the last medication error.</source>
        <translation>Botilbuddet, forløbets fase, tjeklisten for opstart og dage siden sidste medicinfejl.</translation>
    </message>
    <message>
        <source>The aim with the three questions of the Model for Improvement, the driver diagram and the measures with their operational definitions.</source>
        <translation>Målet med Forbedringsmodellens tre spørgsmål, driverdiagrammet og målepunkterne med deres operationelle definitioner.</translation>
    </message>
    <message>
        <source>PDSA cycles grouped by change idea, with ramps, walked through Plan, Do, Study and Act.</source>
        <translation>PDSA-cirkler grupperet efter forandringsidé, med ramper, gennemført som Plan, Do, Study og Act.</translation>
    </message>
    <message>
        <source>Monthly measurements for every measure, with baseline marking.</source>
        <translation>Månedlige målinger for hvert målepunkt, med markering af baselinemålinger.</translation>
    </message>
    <message>
        <source>Run charts and control charts with median, signals and the changes tested.</source>
        <translation>Seriediagrammer og kontroldiagrammer med median, signaler og de afprøvede forandringer.</translation>
    </message>
    <message>
        <source>Medication-error incidents: registration, safety calendar, list and learning.</source>
        <translation>Utilsigtede hændelser med medicin: registrering, sikkerhedskalender, liste og læring.</translation>
    </message>
    <message>
        <source>Learning sessions, PS! visits, pharmacy teaching, the competence survey and the training log.</source>
        <translation>Læringstræf, besøg fra PS!, undervisning fra apoteket, kompetenceafdækning og undervisningslog.</translation>
    </message>
    <message>
        <source>The monthly report to PS! and the consultant's feedback.</source>
        <translation>Månedsrapporten til PS! og konsulentens tilbagemelding.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::MainWindow</name>
    <message>
        <source>%1 – Medicinsikker</source>
        <translation>%1 – Medicinsikker</translation>
    </message>
    <message>
        <source>Medicinsikker</source>
        <translation>Medicinsikker</translation>
    </message>
    <message>
        <source>The list of botilbud could not be read: %1</source>
        <translation>Listen over botilbud kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No botilbud in this database yet</source>
        <translation>Der er endnu ingen botilbud i denne database</translation>
    </message>
    <message>
        <source>No programme registered</source>
        <translation>Intet forløb registreret</translation>
    </message>
    <message>
        <source>Phase %1 of 4: %2 (%3 – %4)</source>
        <translation>Fase %1 af 4: %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>The programme starts %1</source>
        <translation>Forløbet starter %1</translation>
    </message>
    <message>
        <source>The programme ended %1</source>
        <translation>Forløbet sluttede %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Sidst gemt %1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Medicinsikker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Medicinsikker-databaser (*.db *.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file could not be opened:
%1

The file has not been changed.</source>
        <translation>Filen kunne ikke åbnes:
%1

Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer der ikke er gemt</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them now?</source>
        <translation>%1 har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The new language is used the next time Medicinsikker starts.</source>
        <translation>Det nye sprog bruges, næste gang Medicinsikker starter.</translation>
    </message>
    <message>
        <source>About Medicinsikker</source>
        <translation>Om Medicinsikker</translation>
    </message>
    <message>
        <source>Medicinsikker %1

Improvement work on medication safety in botilbud: aims, measures, PDSA cycles, run charts, incidents and monthly reports.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Medicinsikker %1

Forbedringsarbejde med medicinsikkerhed på botilbud: mål, målepunkter, PDSA-cirkler, seriediagrammer, utilsigtede hændelser og månedsrapporter.

Udgivet under GNU General Public License, version 3 eller senere.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ViewPlaceholder</name>
    <message>
        <source>This view is not available in this version of Medicinsikker yet.</source>
        <translation>Denne visning findes endnu ikke i denne version af Medicinsikker.</translation>
    </message>
</context>
</TS>
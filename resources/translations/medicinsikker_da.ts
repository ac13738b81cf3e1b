<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>the botilbud&apos;s staff</source>
        <translation>botilbuddets medarbejdere</translation>
    </message>
    <message>
        <source>the tovholder and the working group</source>
        <translation>tovholderen og arbejdsgruppen</translation>
    </message>
    <message>
        <source>the tovholder</source>
        <translation>tovholderen</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>lederen</translation>
    </message>
    <message>
        <source>the tovholder and the leader</source>
        <translation>tovholderen og lederen</translation>
    </message>
    <message>
        <source>the PS! consultant</source>
        <translation>PS!-konsulenten</translation>
    </message>
    <message>
        <source>the database&apos;s administrator</source>
        <translation>databasens administrator</translation>
    </message>
    <message>
        <source>Only %1 may do this. You are signed in as %2.</source>
        <translation>Kun %1 må gøre dette. Du er logget ind som %2.</translation>
    </message>
    <message>
        <source>You may change only your own botilbud&apos;s data.</source>
        <translation>Du må kun ændre data for dit eget botilbud.</translation>
    </message>
    <message>
        <source>the tovholder, the working group and the pharmacy&apos;s contact</source>
        <translation>tovholderen, arbejdsgruppen og apotekets kontaktperson</translation>
    </message>
    <message>
        <source>the botilbud&apos;s staff and the pharmacy&apos;s contact</source>
        <translation>botilbuddets medarbejdere og apotekets kontaktperson</translation>
    </message>
    <message>
        <source>the tovholder, the working group and the leader</source>
        <translation>tovholderen, arbejdsgruppen og lederen</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Brugernavnet eller adgangskoden er forkert.</translation>
    </message>
    <message>
        <source>This database already has accounts. Sign in, or ask the tovholder.</source>
        <translation>Databasen har allerede konti. Log ind, eller spørg tovholderen.</translation>
    </message>
    <message>
        <source>Write the tovholder&apos;s name.</source>
        <translation>Skriv tovholderens navn.</translation>
    </message>
    <message>
        <source>The account is locked after %1 wrong passwords. Try again at %2, or ask the tovholder to reset the password.</source>
        <translation>Kontoen er låst efter %1 forkerte adgangskoder. Prøv igen kl. %2, eller bed tovholderen om en ny adgangskode.</translation>
    </message>
    <message>
        <source>%1 has left the botilbud&apos;s work, so the account is closed.</source>
        <translation>%1 er fratrådt botilbuddets arbejde, så kontoen er lukket.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Den nuværende adgangskode er forkert.</translation>
    </message>
    <message>
        <source>Choose a new password, not the current one.</source>
        <translation>Vælg en ny adgangskode, ikke den nuværende.</translation>
    </message>
    <message>
        <source>The login %1 is taken. Choose another.</source>
        <translation>Brugernavnet %1 er optaget. Vælg et andet.</translation>
    </message>
    <message>
        <source>%1 already has an account.</source>
        <translation>%1 har allerede en konto.</translation>
    </message>
    <message>
        <source>The server refused to create the login %1. The kommune&apos;s database administrator must allow it (CREATEROLE) or create the login.</source>
        <translation>Serveren afviste at oprette brugernavnet %1. Kommunens databaseadministrator skal give lov (CREATEROLE) eller selv oprette det.</translation>
    </message>
    <message>
        <source>%1 has no account.</source>
        <translation>%1 har ingen konto.</translation>
    </message>
    <message>
        <source>You cannot close your own account.</source>
        <translation>Du kan ikke lukke din egen konto.</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>The database file (must exist).</source>
        <translation>Databasefilen (skal findes).</translation>
    </message>
    <message>
        <source>Give this login a new temporary password (printed once; the person chooses a new one at the next sign-in) and lift a lock-out.</source>
        <translation>Giv dette brugernavn en ny midlertidig adgangskode (vises én gang; personen vælger en ny ved næste login), og ophæv en lås.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>BRUGERNAVN</translation>
    </message>
    <message>
        <source>Example: medicinsikker-cli accounts --database home.db --reset tove</source>
        <translation>Eksempel: medicinsikker-cli accounts --database hjem.db --reset tove</translation>
    </message>
    <message>
        <source>there is no account with the login &apos;%1&apos;</source>
        <translation>der er ingen konto med brugernavnet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>New temporary password for %1: %2</source>
        <translation>Ny midlertidig adgangskode til %1: %2</translation>
    </message>
    <message>
        <source>Hand it over in person; it must be changed at the next sign-in.</source>
        <translation>Giv den videre personligt; den skal skiftes ved næste login.</translation>
    </message>
    <message>
        <source>No accounts yet: the app creates the tovholder&apos;s account at the next start.</source>
        <translation>Ingen konti endnu: programmet opretter tovholderens konto ved næste start.</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>låst til %1</translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation>skal vælge en ny adgangskode</translation>
    </message>
    <message>
        <source>left the botilbud</source>
        <translation>fratrådt</translation>
    </message>
    <message>
        <source>List the sign-in accounts, or give one a new temporary password</source>
        <translation>Vis kontiene til login, eller giv en af dem en ny midlertidig adgangskode</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>ikke gyldig JSON (%1 ved position %2)</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>en linje skal indeholde ét JSON-objekt</translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation>ingen datarækker</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series could not be analysed (see the lines with &quot;error&quot;)</source>
        <translation>
            <numerusform>%1 af %n serie kunne ikke analyseres (se linjerne med &quot;error&quot;)</numerusform>
            <numerusform>%1 af %n serier kunne ikke analyseres (se linjerne med &quot;error&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be a number</source>
        <translation>--%1 skal være et tal</translation>
    </message>
    <message>
        <source>--freeze must be a whole number</source>
        <translation>--freeze skal være et helt tal</translation>
    </message>
    <message>
        <source>--%1 must be comma-separated whole numbers</source>
        <translation>--%1 skal være hele tal adskilt med komma</translation>
    </message>
    <message>
        <source>Oracle case file (JSON with chart and inputs).</source>
        <translation>Orakel-case-fil (JSON med chart og inputs).</translation>
    </message>
    <message>
        <source>CSV file with columns x,y[,n].</source>
        <translation>CSV-fil med kolonnerne x,y[,n].</translation>
    </message>
    <message>
        <source>Many series: JSON Lines or a CSV file with columns series,x,y[,n[,chart]] (- = standard input).</source>
        <translation>Mange serier: JSON Lines eller en CSV-fil med kolonnerne series,x,y[,n[,chart]] (- = standardinput).</translation>
    </message>
    <message>
        <source>Chart type: run, i, mr, c, u, p, g, t, xbar, s, pp, up, ip, bchart (Bernoulli CUSUM) or pareto.</source>
        <translation>Diagramtype: run, i, mr, c, u, p, g, t, xbar, s, pp, up, ip, bchart (Bernoulli-CUSUM) eller pareto.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Baseline length: points 0..N-1 set centre line and limits.</source>
        <translation>Baselinens længde: punkterne 0..N-1 fastlægger centerlinje og kontrolgrænser.</translation>
    </message>
    <message>
        <source>0-based indexes where new parts start, comma separated.</source>
        <translation>0-baserede indeks, hvor nye dele begynder, adskilt med komma.</translation>
    </message>
    <message>
        <source>0-based indexes of points to exclude, comma separated.</source>
        <translation>0-baserede indeks for punkter, der skal udelades, adskilt med komma.</translation>
    </message>
    <message>
        <source>Scale values and lines, e.g. 100 for percent.</source>
        <translation>Gang værdier og linjer op, fx med 100 for procent.</translation>
    </message>
    <message>
        <source>Runs rules: anhoej (default) or ihi.</source>
        <translation>Serieregler: anhoej (standard) eller ihi.</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>SÆT</translation>
    </message>
    <message>
        <source>Anhøj runs test: anhoej (default), bestbox or cutbox.</source>
        <translation>Anhøjs serietest: anhoej (standard), bestbox eller cutbox.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODE</translation>
    </message>
    <message>
        <source>Several values in one period: mean (default), median, sum or sd.</source>
        <translation>Flere værdier i én periode: mean (gennemsnit, standard), median, sum eller sd (standardafvigelse).</translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <source>A given centre line instead of the computed one.</source>
        <translation>En given centerlinje i stedet for den beregnede.</translation>
    </message>
    <message>
        <source>A target line; for bchart the target risk (up to 1) or the number of baseline cases.</source>
        <translation>En mållinje; for bchart den forventede risiko (højst 1) eller antallet af baselinetilfælde.</translation>
    </message>
    <message>
        <source>false: lower limits below zero become zero (when no value is negative).</source>
        <translation>false: nedre grænser under nul sættes til nul (når ingen værdi er negativ).</translation>
    </message>
    <message>
        <source>bchart: the odds ratio to detect (default 2).</source>
        <translation>bchart: den odds ratio, der skal opdages (standard 2).</translation>
    </message>
    <message>
        <source>bchart: the control limit of the CUSUM (default 3.5).</source>
        <translation>bchart: CUSUM&apos;ens kontrolgrænse (standard 3,5).</translation>
    </message>
    <message>
        <source>pareto: true counts missing categories as a category of their own.</source>
        <translation>pareto: true tæller manglende kategorier som en kategori for sig.</translation>
    </message>
    <message>
        <source>Add plain-language sentences under &quot;explanation&quot;.</source>
        <translation>Tilføj sætninger i almindeligt sprog under &quot;explanation&quot;.</translation>
    </message>
    <message>
        <source>Reads a qicharts2-style case file, or a CSV file with columns x,y[,n] (header optional,
&apos;,&apos; or &apos;;&apos; separated, &apos;;&apos; files may use decimal commas, empty cell = missing value), and
prints centre line, limits, signals and per-part runs analysis as JSON.
Indexes are 0-based: --freeze N uses points 0..N-1 as baseline; --part 12,24 starts new
parts at points 12 and 24 (parts override --freeze); --exclude 3,4 leaves points out of
the calculations. Rows with the same x form one point (--agg-fun); for xbar and s, x is
the subgroup of each observation. bchart: y is 0 or 1 per case. pareto: x is the
category, y its count.
--batch reads one series per line as JSON ({&quot;id&quot;, &quot;chart&quot;, &quot;x&quot;, &quot;y&quot;, &quot;n&quot;, &quot;options&quot;},
options named as in the case files) or a CSV file with columns series,x,y[,n[,chart]], and
writes one JSON result per series and line; a series that fails gets a line with &quot;error&quot;
and exit code 1, the others are still analysed. The options above apply to every series.
</source>
        <translation>Læser en case-fil i qicharts2-stil eller en CSV-fil med kolonnerne x,y[,n] (overskrift valgfri,
adskilt med &apos;,&apos; eller &apos;;&apos;, &apos;;&apos;-filer må bruge decimalkomma, tom celle = manglende værdi), og
udskriver centerlinje, kontrolgrænser, signaler og serieanalyse for hver del som JSON.
Indeks er 0-baserede: --freeze N bruger punkterne 0..N-1 som baseline; --part 12,24 begynder nye
dele ved punkt 12 og 24 (dele går forud for --freeze); --exclude 3,4 udelader punkter fra
beregningerne. Rækker med samme x bliver ét punkt (--agg-fun); ved xbar og s er x
undergruppen for hver observation. bchart: y er 0 eller 1 for hvert tilfælde. pareto: x er
kategorien, y dens antal.
--batch læser én serie pr. linje som JSON ({&quot;id&quot;, &quot;chart&quot;, &quot;x&quot;, &quot;y&quot;, &quot;n&quot;, &quot;options&quot;},
tilvalg navngivet som i case-filerne) eller en CSV-fil med kolonnerne series,x,y[,n[,chart]], og
skriver ét JSON-resultat pr. serie og linje; en serie, der fejler, får en linje med &quot;error&quot;
og afslutningskode 1, de øvrige analyseres stadig. Tilvalgene ovenfor gælder alle serier.
</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --case (the case file sets it)</source>
        <translation>--%1 kan ikke bruges sammen med --case (case-filen angiver den)</translation>
    </message>
    <message>
        <source>&quot;chart&quot; must be one of %1</source>
        <translation>&quot;chart&quot; skal være en af %1</translation>
    </message>
    <message>
        <source>Run or control chart analysis of a case file or CSV file, as JSON</source>
        <translation>Serie- eller kontroldiagramanalyse af en case-fil eller CSV-fil, som JSON</translation>
    </message>
    <message>
        <source>bchart: y of case %1 (x = %2) must be 0 or 1</source>
        <translation>bchart: y for tilfælde %1 (x = %2) skal være 0 eller 1</translation>
    </message>
    <message>
        <source>bchart takes no denominator (n)</source>
        <translation>bchart tager ingen nævner (n)</translation>
    </message>
    <message>
        <source>bchart: target must be one number</source>
        <translation>bchart: target skal være ét tal</translation>
    </message>
    <message>
        <source>bchart: a target above 1 is a number of baseline cases and must be whole</source>
        <translation>bchart: et target over 1 er et antal baselinetilfælde og skal være et helt tal</translation>
    </message>
    <message>
        <source>pareto takes no denominator (n)</source>
        <translation>pareto tager ingen nævner (n)</translation>
    </message>
    <message>
        <source>pareto: the count of row %1 must be a whole number of at least 0</source>
        <translation>pareto: antallet i række %1 skal være et helt tal på mindst 0</translation>
    </message>
    <message>
        <source>pareto: category &apos;%1&apos; occurs more than once</source>
        <translation>pareto: kategorien &apos;%1&apos; forekommer mere end én gang</translation>
    </message>
    <message>
        <source>no chart type: give --chart or a &quot;chart&quot; for the series</source>
        <translation>ingen diagramtype: angiv --chart eller et &quot;chart&quot; for serien</translation>
    </message>
    <message>
        <source>option %1 does not apply to a %2 chart</source>
        <translation>tilvalget %1 gælder ikke for et %2-diagram</translation>
    </message>
    <message>
        <source>line %1: x is empty</source>
        <translation>linje %1: x er tom</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a number</source>
        <translation>linje %1: &apos;%2&apos; er ikke et tal</translation>
    </message>
    <message>
        <source>line %1: expected at least two columns (x, y), separated by &apos;%2&apos;</source>
        <translation>linje %1: der skal være mindst to kolonner (x, y), adskilt med &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: expected at least three columns (series, x, y), separated by &apos;%2&apos;</source>
        <translation>linje %1: der skal være mindst tre kolonner (serie, x, y), adskilt med &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a chart type (%3)</source>
        <translation>linje %1: &apos;%2&apos; er ikke en diagramtype (%3)</translation>
    </message>
    <message>
        <source>line %1: chart &apos;%2&apos; differs from the chart of the series&apos; earlier rows</source>
        <translation>linje %1: diagrammet &apos;%2&apos; er et andet end i seriens tidligere rækker</translation>
    </message>
    <message>
        <source>inputs.%1 must be an array</source>
        <translation>inputs.%1 skal være en liste (array)</translation>
    </message>
    <message>
        <source>inputs.%1[%2] must be a number or null</source>
        <translation>inputs.%1[%2] skal være et tal eller null</translation>
    </message>
    <message>
        <source>inputs.%1 must hold whole numbers</source>
        <translation>inputs.%1 må kun indeholde hele tal</translation>
    </message>
    <message>
        <source>inputs.%1 must be a number or an array of numbers</source>
        <translation>inputs.%1 skal være et tal eller en liste af tal</translation>
    </message>
    <message>
        <source>inputs.%1 must be a number</source>
        <translation>inputs.%1 skal være et tal</translation>
    </message>
    <message>
        <source>inputs.%1 must be true or false</source>
        <translation>inputs.%1 skal være true eller false</translation>
    </message>
    <message>
        <source>inputs.%1 must be one of %2</source>
        <translation>inputs.%1 skal være en af %2</translation>
    </message>
    <message>
        <source>inputs.x must hold numbers or date strings</source>
        <translation>inputs.x må kun indeholde tal eller datoer som tekst</translation>
    </message>
    <message>
        <source>inputs.freeze must be one whole number</source>
        <translation>inputs.freeze skal være ét helt tal</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>ukendt nøgle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>inputs.y is missing</source>
        <translation>inputs.y mangler</translation>
    </message>
    <message>
        <source>inputs.n must have one entry per y value</source>
        <translation>inputs.n skal have én værdi for hver y-værdi</translation>
    </message>
    <message>
        <source>inputs.x must have one entry per y value</source>
        <translation>inputs.x skal have én værdi for hver y-værdi</translation>
    </message>
    <message>
        <source>inputs.x is missing</source>
        <translation>inputs.x mangler</translation>
    </message>
</context>
<context>
    <name>AuditTrailService</name>
    <message>
        <source>(withheld)</source>
        <translation>(tilbageholdt)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>This database lives only in memory and cannot be backed up.</source>
        <translation>Denne database findes kun i hukommelsen og kan ikke sikkerhedskopieres.</translation>
    </message>
    <message>
        <source>Medicinsikker databases (*.db)</source>
        <translation>Medicinsikker-databaser (*.db)</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>Sikkerhedskopieringen mislykkedes:
%1</translation>
    </message>
    <message>
        <source>The backup has been saved and checked:
%1</source>
        <translation>Sikkerhedskopien er gemt og kontrolleret:
%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>This database lives only in memory; there is no file to restore.</source>
        <translation>Denne database findes kun i hukommelsen; der er ingen fil at gendanne.</translation>
    </message>
    <message>
        <source>Medicinsikker databases (*.db);;All files (*)</source>
        <translation>Medicinsikker-databaser (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>This file cannot be restored:
%1

Nothing has been changed.</source>
        <translation>Denne fil kan ikke gendannes:
%1

Intet er ændret.</translation>
    </message>
    <message>
        <source>Restore the backup from %1?

It holds %2 botilbud, %3 measurements, %4 incidents, %5 PDSA cycles and %6 monthly reports.

The database %7 is replaced by it. The current data is kept as a backup first.</source>
        <translation>Gendan sikkerhedskopien fra %1?

Den indeholder %2 botilbud, %3 målinger, %4 hændelser, %5 PDSA-cirkler og %6 månedsrapporter.

Databasen %7 erstattes af den. De nuværende data gemmes først som sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The database could not be opened again:
%1

Restart Medicinsikker.</source>
        <translation>Databasen kunne ikke åbnes igen:
%1

Genstart Medicinsikker.</translation>
    </message>
    <message>
        <source>The backup could not be restored:
%1

The database has not been changed.</source>
        <translation>Sikkerhedskopien kunne ikke gendannes:
%1

Databasen er ikke ændret.</translation>
    </message>
    <message>
        <source>The backup from %1 has been restored. The data from before is kept as:
%2</source>
        <translation>Sikkerhedskopien fra %1 er gendannet. De tidligere data er gemt som:
%2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The database file to back up.</source>
        <translation>Databasefilen, der skal sikkerhedskopieres.</translation>
    </message>
    <message>
        <source>Write the backup to this new file instead of the backups folder.</source>
        <translation>Skriv sikkerhedskopien til denne nye fil i stedet for mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Backup written to %1 (verified: integrity ok)</source>
        <translation>Sikkerhedskopien er skrevet til %1 (kontrolleret: integriteten er i orden)</translation>
    </message>
    <message>
        <source>Make a verified backup of a database</source>
        <translation>Tag en kontrolleret sikkerhedskopi af en database</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup could not be verified and has been deleted: %1</source>
        <translation>Sikkerhedskopien kunne ikke kontrolleres og er slettet: %1</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (the integrity check found problems).</source>
        <translation>Sikkerhedskopien %1 er beskadiget (integritetskontrollen fandt fejl).</translation>
    </message>
    <message>
        <source>The database must be updated to this version of Medicinsikker, but the backup made first failed, so it has not been changed: %1</source>
        <translation>Databasen skal opdateres til denne version af Medicinsikker, men sikkerhedskopien, der tages først, mislykkedes, så databasen er ikke ændret: %1</translation>
    </message>
    <message>
        <source>The backup is the database itself. Choose a backup file.</source>
        <translation>Sikkerhedskopien er selve databasen. Vælg en sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>ChangePackageCollector</name>
    <message>
        <source>The change idea was not found in &quot;%1&quot;.</source>
        <translation>Forandringsidéen blev ikke fundet i &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not been adopted yet: a change package is made from a change idea with a PDSA cycle decided &quot;Adopt&quot;.</source>
        <translation>&quot;%1&quot; er ikke implementeret endnu: en forandringspakke laves af en forandringsidé med en PDSA-cirkel, hvor beslutningen er &quot;Implementér&quot;.</translation>
    </message>
</context>
<context>
    <name>ChangePackageFormat</name>
    <message>
        <source>the text in %1 is longer than %2 characters.</source>
        <translation>teksten i %1 er længere end %2 tegn.</translation>
    </message>
    <message>
        <source>The package is refused: the text in %1 seems to name a resident. Names of residents and staff must never leave the botilbud.</source>
        <translation>Pakken afvises: teksten i %1 ser ud til at nævne en beboer ved navn. Navne på beboere og medarbejdere må aldrig forlade botilbuddet.</translation>
    </message>
    <message>
        <source>a description of the denominator (the measure is a proportion or a rate)</source>
        <translation>en beskrivelse af nævneren (målepunktet er en andel eller en rate)</translation>
    </message>
    <message>
        <source>The file is a Medicinsikker package, but not a change package (it holds &quot;%1&quot;).</source>
        <translation>Filen er en Medicinsikker-pakke, men ikke en forandringspakke (den indeholder &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>a spread key (a UUID)</source>
        <translation>en spredningsnøgle (et UUID)</translation>
    </message>
    <message>
        <source>content.cycles must hold between 1 and %1 PDSA cycles.</source>
        <translation>content.cycles skal indeholde mellem 1 og %1 PDSA-cirkler.</translation>
    </message>
    <message>
        <source>content.measures holds more than %1 measures.</source>
        <translation>content.measures indeholder mere end %1 målepunkter.</translation>
    </message>
    <message>
        <source>The package is refused: none of its PDSA cycles (content.cycles) was decided &quot;adopt&quot;, so it does not hold an adopted change.</source>
        <translation>Pakken afvises: ingen af dens PDSA-cirkler (content.cycles) har beslutningen &quot;implementér&quot;, så den indeholder ikke en implementeret forandring.</translation>
    </message>
</context>
<context>
    <name>ChangePackageImport</name>
    <message>
        <source>First test here: %1</source>
        <translation>Første afprøvning her: %1</translation>
    </message>
    <message>
        <source>Does &quot;%1&quot; work for us as it did at %2?</source>
        <translation>Virker &quot;%1&quot; hos os, som det gjorde på %2?</translation>
    </message>
    <message>
        <source>Start small: one resident, one staff member, one shift. The story from %1 is under Sustain and spread › Spread.</source>
        <translation>Start i det små: én borger, én medarbejder, én vagt. Historien fra %1 står under Fastholdelse og spredning › Spredning.</translation>
    </message>
</context>
<context>
    <name>ChangePackageService</name>
    <message>
        <source>&quot;%1&quot; came to this database in a package. A change package is made in the botilbud&apos;s own database.</source>
        <translation>&quot;%1&quot; kom til denne database i en datapakke. En forandringspakke laves i botilbuddets egen database.</translation>
    </message>
    <message>
        <source>The change package could not be saved as %1. Check that the folder exists and that you may write to it.</source>
        <translation>Forandringspakken kunne ikke gemmes som %1. Kontrollér, at mappen findes, og at du må skrive i den.</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Filen %1 kunne ikke læses.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; came to this database in a package. A change package is imported into the botilbud&apos;s own database.</source>
        <translation>&quot;%1&quot; kom til denne database i en datapakke. En forandringspakke indlæses i botilbuddets egen database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes from &quot;%2&quot; itself, so there is nothing to import here. Send the file to the botilbud that is to try the change.</source>
        <translation>&quot;%1&quot; kommer fra &quot;%2&quot; selv, så der er intet at indlæse her. Send filen til det botilbud, der skal afprøve forandringen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has the change &quot;%2&quot; (it was made or received here before). Nothing was imported.</source>
        <translation>&quot;%1&quot; har allerede forandringen &quot;%2&quot; (den er lavet eller modtaget her før). Intet blev indlæst.</translation>
    </message>
</context>
<context>
    <name>ChangeStoryHtml</name>
    <message>
        <source>From %1 (%2 Kommune), adopted %3, received %4</source>
        <translation>Fra %1 (%2 Kommune), implementeret %3, modtaget %4</translation>
    </message>
    <message>
        <source>Primary driver:</source>
        <translation>Primær driver:</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>Driver:</translation>
    </message>
    <message>
        <source>Secondary driver:</source>
        <translation>Sekundær driver:</translation>
    </message>
    <message>
        <source>The change:</source>
        <translation>Forandringen:</translation>
    </message>
    <message numerus="yes">
        <source>PDSA cycles (%n)</source>
        <translation>
            <numerusform>PDSA-cirkler (%n)</numerusform>
            <numerusform>PDSA-cirkler (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle %1: %2</source>
        <translation>Cirkel %1: %2</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Spørgsmål:</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>Forudsigelse:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Do — what happened:</source>
        <translation>Afprøv — hvad skete der:</translation>
    </message>
    <message>
        <source>Study — result:</source>
        <translation>Studér — resultat:</translation>
    </message>
    <message>
        <source>Learning:</source>
        <translation>Læring:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Næste skridt:</translation>
    </message>
    <message>
        <source>Measures that showed it worked</source>
        <translation>Målepunkter, der viste, at det virkede</translation>
    </message>
    <message>
        <source>The package names no measures.</source>
        <translation>Pakken nævner ingen målepunkter.</translation>
    </message>
    <message>
        <source>Operational definition:</source>
        <translation>Operationel definition:</translation>
    </message>
    <message>
        <source>Numerator:</source>
        <translation>Tæller:</translation>
    </message>
    <message>
        <source>Denominator:</source>
        <translation>Nævner:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>median %1 before adoption (%2 points), %3 after (%4 points)</source>
        <translation>median %1 før implementering (%2 punkter), %3 efter (%4 punkter)</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>The database file (read only).</source>
        <translation>Databasefilen (læses kun).</translation>
    </message>
    <message>
        <source>Name of the botilbud.</source>
        <translation>Botilbuddets navn.</translation>
    </message>
    <message>
        <source>Name of the measure.</source>
        <translation>Målepunktets navn.</translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>Filen, der skrives: .png, .svg eller .pdf.</translation>
    </message>
    <message>
        <source>Chart type: run, c, u, p, i, t or g (default: the measure&apos;s).</source>
        <translation>Diagramtype: run, c, u, p, i, t eller g (standard: målepunktets egen).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Width in points for PNG and SVG (default %1).</source>
        <translation>Bredde i punkter for PNG og SVG (standard %1).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Height in points for PNG and SVG (default %1).</source>
        <translation>Højde i punkter for PNG og SVG (standard %1).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Draws the chart of one measure of a botilbud as the application shows it: the chart type
chosen for the measure (or --chart), its frozen baseline, parts and excluded points, the
numbered PDSA cycles and adopted changes, and beside it the verdict and the plain-language
reading, which is also printed. The file type follows the suffix of --out: .png, .svg or .pdf
(PDF: one A4 landscape page; --width/--height apply to PNG and SVG).
The database is only read.
</source>
        <translation>Tegner diagrammet for ét af et botilbuds målepunkter, som programmet viser det: den diagramtype,
der er valgt for målepunktet (eller --chart), den fastlåste baseline, dele og udeladte punkter,
de nummererede PDSA-cirkler og implementerede forandringer, og ved siden af vurderingen og
aflæsningen i almindeligt sprog, som også udskrives. Filtypen følger endelsen på --out: .png,
.svg eller .pdf (PDF: én A4-side på tværs; --width/--height gælder PNG og SVG).
Databasen læses kun.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no measure named &apos;%2&apos; (see &apos;medicinsikker-cli list measures&apos;)</source>
        <translation>&apos;%1&apos; har intet målepunkt med navnet &apos;%2&apos; (se &apos;medicinsikker-cli list measures&apos;)</translation>
    </message>
    <message>
        <source>a %1 chart does not suit &apos;%2&apos;; choose %3</source>
        <translation>et %1-diagram passer ikke til &apos;%2&apos;; vælg %3</translation>
    </message>
    <message>
        <source>cannot draw &apos;%1&apos;: %2</source>
        <translation>kan ikke tegne &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <source>Draw a measure&apos;s chart to PNG, SVG or PDF</source>
        <translation>Tegn et målepunkts diagram som PNG, SVG eller PDF</translation>
    </message>
</context>
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
        <translation>Centerlinje i forrige del</translation>
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
        <translation>%1 (signal ved flere end %2)</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Krydsninger</translation>
    </message>
    <message>
        <source>%1 (a signal below %2)</source>
        <translation>%1 (signal ved færre end %2)</translation>
    </message>
    <message>
        <source>Longest shift</source>
        <translation>Længste forskydning</translation>
    </message>
    <message>
        <source>%1 (a signal from %2)</source>
        <translation>%1 (signal ved %2 eller flere)</translation>
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
    <name>ChartPage</name>
    <message>
        <source>← Leadership overview</source>
        <translation>← Ledelsesoverblik</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagram:</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Eksportér PNG</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Eksportér SVG</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Freeze baseline through</source>
        <translation>Fastlås baseline til og med</translation>
    </message>
    <message>
        <source>Freeze baseline</source>
        <translation>Fastlås baseline</translation>
    </message>
    <message>
        <source>New part from</source>
        <translation>Ny del fra</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Opdel</translation>
    </message>
    <message>
        <source>Undo a setting</source>
        <translation>Fortryd en indstilling</translation>
    </message>
    <message>
        <source>Exclude point</source>
        <translation>Udelad punkt</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Begrundelse (skal udfyldes):</translation>
    </message>
    <message>
        <source>Why does this point not belong to the process? e.g. &quot;Holiday relief counted the boxes&quot;</source>
        <translation>Hvorfor hører punktet ikke til processen? F.eks. &quot;Ferieafløsere talte æskerne&quot;</translation>
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
        <source>P&apos; chart (proportion, Laney)</source>
        <translation>P′-kontroldiagram (andel, Laney)</translation>
    </message>
    <message>
        <source>U&apos; chart (rate, Laney)</source>
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
    <message>
        <source>S chart (standard deviation)</source>
        <translation>S-kontroldiagram (standardafvigelse)</translation>
    </message>
    <message>
        <source>I&apos; chart (individual values, Laney)</source>
        <translation>I′-kontroldiagram (enkeltværdier, Laney)</translation>
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
    <name>CheckCommand</name>
    <message>
        <source>The database file to check.</source>
        <translation>Databasefilen, der skal kontrolleres.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Skemaversion:</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>Integritet:</translation>
    </message>
    <message>
        <source>%1 (opened read-only, nothing written)</source>
        <translation>%1 (åbnet skrivebeskyttet, intet skrevet)</translation>
    </message>
    <message>
        <source>%1, would be migrated to %2 when opened to work in (this build supports %2)</source>
        <translation>%1, ville blive opdateret til %2, når den åbnes for at arbejde i den (denne version understøtter %2)</translation>
    </message>
    <message>
        <source>%1 (this build supports %2)</source>
        <translation>%1 (denne version understøtter %2)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>i orden</translation>
    </message>
    <message>
        <source>problems found by PRAGMA integrity_check:</source>
        <translation>fejl fundet af PRAGMA integrity_check:</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Rækker pr. tabel:</translation>
    </message>
    <message>
        <source>the integrity check found problems in &apos;%1&apos;</source>
        <translation>integritetskontrollen fandt fejl i &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Check a database: schema version, integrity, row counts</source>
        <translation>Kontrollér en database: skemaversion, integritet, antal rækker</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Historik:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, the hash chain is intact</source>
        <translation>
            <numerusform>%n post, hashkæden er intakt</numerusform>
            <numerusform>%n poster, hashkæden er intakt</numerusform>
        </translation>
    </message>
    <message>
        <source> (last hash %1)</source>
        <translation> (sidste hash %1)</translation>
    </message>
    <message>
        <source>its contents do not match its hash (the entry was changed)</source>
        <translation>indholdet passer ikke med dens hash (posten er ændret)</translation>
    </message>
    <message>
        <source>the first entry names an entry before it (entries were removed)</source>
        <translation>den første post henviser til en post før sig (poster er fjernet)</translation>
    </message>
    <message>
        <source>it does not name the hash of entry %1 before it (an entry was removed or changed)</source>
        <translation>den henviser ikke til hashen af post %1 før sig (en post er fjernet eller ændret)</translation>
    </message>
    <message>
        <source>BROKEN at entry %1: %2</source>
        <translation>BRUDT ved post %1: %2</translation>
    </message>
    <message>
        <source>none yet (it begins with schema version %1)</source>
        <translation>ingen endnu (den begynder med skemaversion %1)</translation>
    </message>
    <message>
        <source>the audit trail of &apos;%1&apos; was changed after it was written</source>
        <translation>historikken i &apos;%1&apos; er ændret efter den blev skrevet</translation>
    </message>
    <message>
        <source>not checked: only the database&apos;s owner sees the whole history</source>
        <translation>ikke kontrolleret: kun databasens ejer ser hele historikken</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: medicinsikker-cli [--verbose] [--lang da|en] COMMAND [OPTIONS]</source>
        <translation>Brug: medicinsikker-cli [--verbose] [--lang da|en] KOMMANDO [TILVALG]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>&apos;medicinsikker-cli COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation>&apos;medicinsikker-cli KOMMANDO --help&apos; beskriver en kommandos tilvalg.</translation>
    </message>
    <message>
        <source>Texts are in Danish; --lang en before the command gives English. --verbose also shows the log on the screen.</source>
        <translation>Teksterne er på dansk; --lang en før kommandoen giver engelsk. --verbose viser også loggen på skærmen.</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Try &apos;medicinsikker-cli %1 --help&apos;.</source>
        <translation>Prøv &apos;medicinsikker-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>no database file at &apos;%1&apos;</source>
        <translation>databasefilen &apos;%1&apos; findes ikke</translation>
    </message>
    <message>
        <source>Create one with &apos;medicinsikker-cli init --out FILE&apos;.</source>
        <translation>Opret en med &apos;medicinsikker-cli init --out FIL&apos;.</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>kan ikke åbne &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>kan ikke læse &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>kan ikke skrive &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>kan ikke oprette mappen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no botilbud named &apos;%1&apos; (see &apos;medicinsikker-cli list botilbud&apos;)</source>
        <translation>der er intet botilbud med navnet &apos;%1&apos; (se &apos;medicinsikker-cli list botilbud&apos;)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>ukendt kommando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>ukendt tilvalg &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown options: %1</source>
        <translation>ukendte tilvalg: %1</translation>
    </message>
    <message>
        <source>missing required option --%1</source>
        <translation>det påkrævede tilvalg --%1 mangler</translation>
    </message>
    <message>
        <source>give either %1 or %2</source>
        <translation>angiv enten %1 eller %2</translation>
    </message>
    <message>
        <source>--%1 must be written as YYYY-MM, e.g. 2025-03, not &apos;%2&apos;</source>
        <translation>--%1 skal skrives som ÅÅÅÅ-MM, fx 2025-03, ikke &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2, not &apos;%3&apos;</source>
        <translation>--%1 skal være et helt tal på mindst %2, ikke &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &apos;%3&apos;</source>
        <translation>--%1 skal være %2, ikke &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1 must end in %2, not &apos;%3&apos;</source>
        <translation>--%1 skal ende på %2, ikke &apos;%3&apos;</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>STI</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>--%1 must be a date written as YYYY-MM-DD, e.g. 2026-12-06, or &apos;today&apos;, not &apos;%2&apos;</source>
        <translation>--%1 skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-12-06, eller &apos;today&apos;, ikke &apos;%2&apos;</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>CompetencePage</name>
    <message>
        <source>Survey &amp;round:</source>
        <translation>Afdæknings&amp;runde:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Sammenlign med:</translation>
    </message>
    <message>
        <source>Find staff member (Ctrl+F)</source>
        <translation>Find medarbejder (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Wants training</source>
        <translation>Ønsker &amp;undervisning</translation>
    </message>
    <message>
        <source>Mark that the staff member wants training in the chosen topic (⚑)</source>
        <translation>Markér, at medarbejderen ønsker undervisning i det valgte emne (⚑)</translation>
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
        <source>Give the survey round a name, for example &quot;Start&quot;.</source>
        <translation>Giv afdækningsrunden et navn, fx &quot;Start&quot;.</translation>
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
    <message>
        <source>A refresher interval is between 1 and 120 months.</source>
        <translation>Et interval for genopfriskning er mellem 1 og 120 måneder.</translation>
    </message>
</context>
<context>
    <name>ConflictDifferences</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Forudsigelse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Data plan</source>
        <translation>Dataplan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Uventede problemer</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Ændringer i planen</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Første observationer</translation>
    </message>
    <message>
        <source>Result against the prediction</source>
        <translation>Resultat i forhold til forudsigelsen</translation>
    </message>
    <message>
        <source>What we learnt</source>
        <translation>Hvad vi lærte</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Indberettet</translation>
    </message>
    <message>
        <source>Process stage</source>
        <translation>Procestrin</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Problemtype</translation>
    </message>
    <message>
        <source>What was done at once</source>
        <translation>Umiddelbar handling</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Læring og opfølgning</translation>
    </message>
    <message>
        <source>Reached the resident</source>
        <translation>Fejlen nåede borgeren</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Needed a doctor</source>
        <translation>Krævede lægekontakt</translation>
    </message>
</context>
<context>
    <name>ConsultantOverviewService</name>
    <message>
        <source>There is no report from %1 for this month.</source>
        <translation>Der er ingen rapport fra %1 for denne måned.</translation>
    </message>
    <message>
        <source>The report is still a draft: feedback can be written once it is sent.</source>
        <translation>Rapporten er stadig en kladde: der kan skrives tilbagemelding, når den er sendt.</translation>
    </message>
</context>
<context>
    <name>ConsultantPage</name>
    <message>
        <source>Read monthly-report packages from botilbud (several files at once).</source>
        <translation>Indlæs månedsrapporter fra botilbud som datapakker (flere filer ad gangen).</translation>
    </message>
    <message>
        <source>Load data packages…</source>
        <translation>Indlæs datapakker…</translation>
    </message>
    <message>
        <source>Search botilbud (Ctrl+F)</source>
        <translation>Søg botilbud (Ctrl+F)</translation>
    </message>
    <message>
        <source>— no report · Draft · Sent · Feedback</source>
        <translation>— ingen rapport · Kladde · Sendt · Tilbagemelding</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Small multiples</source>
        <translation>Små diagrammer</translation>
    </message>
    <message>
        <source>One measure as small run charts across every botilbud</source>
        <translation>Ét målepunkt som små seriediagrammer på tværs af alle botilbud</translation>
    </message>
    <message>
        <source>Each botilbud&apos;s latest monthly report as a PDF, all into one folder, on every core of this PC.</source>
        <translation>Hvert botilbuds seneste månedsrapport som PDF, alle i én mappe, på alle denne pc&apos;s kerner.</translation>
    </message>
    <message>
        <source>All reports as PDF…</source>
        <translation>Alle rapporter som PDF…</translation>
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
    <name>CsvReader</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>filen er større end %1 MB</translation>
    </message>
    <message>
        <source>the quotation mark that opens this field is never closed (add the closing &quot; or remove it)</source>
        <translation>anførselstegnet, der åbner dette felt, bliver aldrig lukket (tilføj det afsluttende &quot; eller fjern det)</translation>
    </message>
    <message>
        <source>the file has no header line (it is empty)</source>
        <translation>filen har ingen overskriftslinje (den er tom)</translation>
    </message>
</context>
<context>
    <name>CusumChartBuilder</name>
    <message>
        <source>Serious incidents, case by case (Bernoulli CUSUM)</source>
        <translation>Alvorlige hændelser, én ad gangen (Bernoulli-CUSUM)</translation>
    </message>
    <message>
        <source>More serious than expected (upper)</source>
        <translation>Flere alvorlige end forventet (øvre)</translation>
    </message>
    <message>
        <source>Fewer serious than expected (lower)</source>
        <translation>Færre alvorlige end forventet (nedre)</translation>
    </message>
    <message>
        <source>Signal (the CUSUM starts again from 0)</source>
        <translation>Signal (CUSUM&apos;en starter igen fra 0)</translation>
    </message>
    <message>
        <source>Limit ±%1</source>
        <translation>Grænse ±%1</translation>
    </message>
    <message>
        <source>End of the baseline</source>
        <translation>Baselinens slutning</translation>
    </message>
    <message>
        <source>Incident number (in date order)</source>
        <translation>Hændelse nr. (i datoorden)</translation>
    </message>
    <message>
        <source>CUSUM</source>
        <translation>CUSUM</translation>
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
    <message>
        <source>The database %1 could not be created. Check that the folder exists and that you may write to it.</source>
        <translation>Databasen %1 kunne ikke oprettes. Kontrollér, at mappen findes, og at du må skrive i den.</translation>
    </message>
</context>
<context>
    <name>DatabaseFileActions</name>
    <message>
        <source>Medicinsikker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Medicinsikker-databaser (*.db *.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
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
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>medicinsikker.db</source>
        <translation>medicinsikker.db</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; an existing file is never overwritten.</source>
        <translation>%1 findes allerede. Vælg et nyt filnavn; en eksisterende fil bliver aldrig overskrevet.</translation>
    </message>
    <message>
        <source>The database could not be created:
%1</source>
        <translation>Databasen kunne ikke oprettes:
%1</translation>
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
    <message>
        <source>There is no file %1. Choose an existing Medicinsikker database.</source>
        <translation>Filen %1 findes ikke. Vælg en eksisterende Medicinsikker-database.</translation>
    </message>
    <message>
        <source>The file %1 is empty and holds no Medicinsikker data. Medicinsikker has not changed it; choose another file, or create a new database.</source>
        <translation>Filen %1 er tom og indeholder ingen Medicinsikker-data. Medicinsikker har ikke ændret den; vælg en anden fil, eller opret en ny database.</translation>
    </message>
</context>
<context>
    <name>DefaultQaChecklist</name>
    <message>
        <source>Medicine is stored locked, separately for each resident</source>
        <translation>Medicin opbevares aflåst og adskilt for hver beboer</translation>
    </message>
    <message>
        <source>The refrigerator temperature is logged and between 2 and 8 °C</source>
        <translation>Køleskabets temperatur logges og ligger mellem 2 og 8 °C</translation>
    </message>
    <message>
        <source>No medicine past its expiry date; opened packages are dated</source>
        <translation>Ingen medicin over udløbsdato; åbnede pakninger er dateret</translation>
    </message>
    <message>
        <source>Dose boxes are dispensed from the current medicine list</source>
        <translation>Doseringsæsker dispenseres efter den aktuelle medicinliste</translation>
    </message>
    <message>
        <source>Dispensing is double-checked and signed by a second person</source>
        <translation>Dispenseringen dobbeltkontrolleres og kvitteres af en anden person</translation>
    </message>
    <message>
        <source>Dose boxes are labelled with date and time of day</source>
        <translation>Doseringsæsker er mærket med dato og tidspunkt</translation>
    </message>
    <message>
        <source>Administration is signed for at the time it is given</source>
        <translation>Der kvitteres for udlevering, når medicinen gives</translation>
    </message>
    <message>
        <source>The right resident is identified before medicine is given</source>
        <translation>Den rette beboer identificeres, før medicinen gives</translation>
    </message>
    <message>
        <source>The medicine list agrees with FMK</source>
        <translation>Medicinlisten stemmer med FMK</translation>
    </message>
    <message>
        <source>Changes of medication are documented the same day</source>
        <translation>Ændringer i medicineringen dokumenteres samme dag</translation>
    </message>
    <message>
        <source>Every PN medicine has an indication and a maximum dose</source>
        <translation>Al PN-medicin har indikation og maksimal døgndosis</translation>
    </message>
    <message>
        <source>The effect of PN medicine is followed up and documented</source>
        <translation>Virkningen af PN-medicin følges op og dokumenteres</translation>
    </message>
    <message>
        <source>Everyone who handles medicine holds a current delegation</source>
        <translation>Alle, der håndterer medicin, har en gyldig delegation</translation>
    </message>
    <message>
        <source>New staff are trained before they handle medicine</source>
        <translation>Nye medarbejdere oplæres, før de håndterer medicin</translation>
    </message>
    <message>
        <source>Discarded medicine is returned to the pharmacy and logged</source>
        <translation>Kasseret medicin returneres til apoteket og registreres</translation>
    </message>
</context>
<context>
    <name>DelegationService</name>
    <message>
        <source>Choose one of the botilbud&apos;s staff.</source>
        <translation>Vælg en af botilbuddets medarbejdere.</translation>
    </message>
    <message>
        <source>The delegation is not one of this botilbud&apos;s.</source>
        <translation>Delegationen hører ikke til dette botilbud.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The database file to create.</source>
        <translation>Databasefilen, der skal oprettes.</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Startværdi for tilfældighederne; samme værdi giver samme data.</translation>
    </message>
    <message>
        <source>Number of botilbud (default 1).</source>
        <translation>Antal botilbud (standard 1).</translation>
    </message>
    <message>
        <source>Programme months (default %1, at least %2).</source>
        <translation>Forløbets antal måneder (standard %1, mindst %2).</translation>
    </message>
    <message>
        <source>Incidents in total, spread over the botilbud (default 80 per botilbud).</source>
        <translation>Hændelser i alt, fordelt på botilbuddene (standard 80 pr. botilbud).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Erstat FIL, hvis den findes.</translation>
    </message>
    <message>
        <source>Also add N more botilbud as received data packages (their last 12 monthly reports, with PS!&apos;s feedback), as on a consultant&apos;s machine (default 0).</source>
        <translation>Tilføj også N botilbud mere som modtagne datapakker (deres seneste 12 månedsrapporter med PS!&apos;s tilbagemelding), som på en konsulents maskine (standard 0).</translation>
    </message>
    <message>
        <source>Example: medicinsikker-cli demo --out demo.db
Benchmark: --botilbud 100 --months 60 --incidents 100000</source>
        <translation>Eksempel: medicinsikker-cli demo --out demo.db
Til ydelsesmåling: --botilbud 100 --months 60 --incidents 100000</translation>
    </message>
    <message>
        <source>Wrote %1 botilbud and %2 incidents to &apos;%3&apos; (seed %4, %5 months) in %6 ms (generation %7 ms, writing %8 ms)</source>
        <translation>Skrev %1 botilbud og %2 hændelser til &apos;%3&apos; (startværdi %4, %5 måneder) på %6 ms (dannelse %7 ms, skrivning %8 ms)</translation>
    </message>
    <message>
        <source>Added %1 more botilbud as received data packages (a consultant&apos;s view)</source>
        <translation>Tilføjede %1 botilbud mere som modtagne datapakker (som konsulenten ser dem)</translation>
    </message>
    <message>
        <source>Create a demo database (or a large benchmark one)</source>
        <translation>Opret en demodatabase (eller en stor til ydelsesmåling)</translation>
    </message>
    <message>
        <source>A programme in progress on this date (YYYY-MM-DD or &apos;today&apos;), as the app&apos;s demo is: nothing after it has happened yet. Default: the finished programme of 2024-2025.</source>
        <translation>Et forløb, der er i gang på denne dato (ÅÅÅÅ-MM-DD eller &apos;today&apos;), som i programmets demo: intet efter datoen er sket endnu. Standard: det afsluttede forløb 2024-2025.</translation>
    </message>
    <message>
        <source>--as-of cannot be after today (%1)</source>
        <translation>--as-of kan ikke ligge efter i dag (%1)</translation>
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
    <name>DriverDiagramLayout</name>
    <message>
        <source>Aim</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Primary drivers</source>
        <translation>Primære drivere</translation>
    </message>
    <message>
        <source>Secondary drivers</source>
        <translation>Sekundære drivere</translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation>Forandringsidéer</translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s)</source>
        <translation>
            <numerusform>%n PDSA-cirkel</numerusform>
            <numerusform>%n PDSA-cirkler</numerusform>
        </translation>
    </message>
    <message>
        <source>No aim written yet</source>
        <translation>Intet mål skrevet endnu</translation>
    </message>
</context>
<context>
    <name>DriverDiagramPage</name>
    <message>
        <source>Chosen box</source>
        <translation>Valgt boks</translation>
    </message>
    <message>
        <source>Choose a box in the diagram</source>
        <translation>Vælg en boks i diagrammet</translation>
    </message>
    <message>
        <source>Text: *</source>
        <translation>Tekst: *</translation>
    </message>
    <message>
        <source>What the box says</source>
        <translation>Hvad boksen siger</translation>
    </message>
    <message>
        <source>Belongs under:</source>
        <translation>Hører under:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <source>What the change idea means in daily work</source>
        <translation>Hvad forandringsidéen betyder i hverdagen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the box (Ctrl+S)</source>
        <translation>Gem boksen (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Add to the diagram:</source>
        <translation>Tilføj til diagrammet:</translation>
    </message>
    <message>
        <source>New &amp;primary driver</source>
        <translation>Ny &amp;primær driver</translation>
    </message>
    <message>
        <source>New s&amp;econdary driver</source>
        <translation>Ny s&amp;ekundær driver</translation>
    </message>
    <message>
        <source>Under the chosen primary driver</source>
        <translation>Under den valgte primære driver</translation>
    </message>
    <message>
        <source>New &amp;change idea (Ctrl+N)</source>
        <translation>Ny &amp;forandringsidé (Ctrl+N)</translation>
    </message>
    <message>
        <source>Under the chosen secondary driver</source>
        <translation>Under den valgte sekundære driver</translation>
    </message>
    <message>
        <source>Click a box to edit it; right-click for more choices.</source>
        <translation>Klik på en boks for at redigere den; højreklik for flere valg.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Søg i aktiviteter (Ctrl+F)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Register a new event (Ctrl+N)</source>
        <translation>Registrér en ny aktivitet (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;No.:</source>
        <translation>&amp;Nr.:</translation>
    </message>
    <message>
        <source>&amp;Date: *</source>
        <translation>&amp;Dato: *</translation>
    </message>
    <message>
        <source>T&amp;itle: *</source>
        <translation>T&amp;itel: *</translation>
    </message>
    <message>
        <source>The event has been held</source>
        <translation>Aktiviteten er afholdt</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Deltagere:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the event (Ctrl+S)</source>
        <translation>Gem aktiviteten (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ExportChangeCommand</name>
    <message>
        <source>The botilbud&apos;s database file.</source>
        <translation>Botilbuddets databasefil.</translation>
    </message>
    <message>
        <source>Name of the botilbud.</source>
        <translation>Botilbuddets navn.</translation>
    </message>
    <message>
        <source>Title of the adopted change idea.</source>
        <translation>Titlen på den implementerede forandringsidé.</translation>
    </message>
    <message>
        <source>The change package file to write.</source>
        <translation>Forandringspakkens fil, der skal skrives.</translation>
    </message>
    <message>
        <source>Writes an adopted change (a change idea with a PDSA cycle decided &quot;adopt&quot;) as a change
package: the idea, its driver, its PDSA story with months only and no names, and the
measures with their definitions and medians before and after. Signed with the database&apos;s
key; the receiver compares the fingerprint once (&apos;medicinsikker-cli fingerprint&apos;).
</source>
        <translation>Skriver en implementeret forandring (en forandringsidé med en PDSA-cirkel, der besluttede
&quot;implementér&quot;) som en forandringspakke: idéen, dens driver, dens PDSA-historie med kun måneder og
uden navne, og målepunkterne med deres definitioner og medianer før og efter. Signeret med
databasens nøgle; modtageren sammenligner fingeraftrykket én gang (&apos;medicinsikker-cli fingerprint&apos;).
</translation>
    </message>
    <message>
        <source>Wrote the change package &quot;%1&quot; to &apos;%2&apos; (%3 bytes)</source>
        <translation>Skrev forandringspakken &quot;%1&quot; til &apos;%2&apos; (%3 byte)</translation>
    </message>
    <message>
        <source>%1 has no adopted change (a PDSA cycle decided &quot;adopt&quot;)</source>
        <translation>%1 har ingen implementeret forandring (en PDSA-cirkel, der besluttede &quot;implementér&quot;)</translation>
    </message>
    <message>
        <source>%1 has no adopted change called &apos;%2&apos;; the adopted ones are: %3</source>
        <translation>%1 har ingen implementeret forandring ved navn &apos;%2&apos;; de implementerede er: %3</translation>
    </message>
    <message>
        <source>Write an adopted change as a change package for other botilbud</source>
        <translation>Skriv en implementeret forandring som forandringspakke til andre botilbud</translation>
    </message>
</context>
<context>
    <name>ExportIncidentsCommand</name>
    <message>
        <source>The database file.</source>
        <translation>Databasefilen.</translation>
    </message>
    <message>
        <source>Only this botilbud (default: all).</source>
        <translation>Kun dette botilbud (standard: alle).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>CSV-filen, der skal skrives.</translation>
    </message>
    <message>
        <source>Plain comma CSV without BOM instead of Danish Excel&apos;s.</source>
        <translation>Almindelig CSV med komma og uden BOM i stedet for dansk Excels format.</translation>
    </message>
    <message>
        <source>Exported %1 incidents to %2</source>
        <translation>Eksporterede %1 hændelser til %2</translation>
    </message>
    <message>
        <source>Export incidents to CSV (Danish Excel or --comma)</source>
        <translation>Eksportér hændelser til CSV (dansk Excel eller --comma)</translation>
    </message>
</context>
<context>
    <name>ExportPackageCommand</name>
    <message>
        <source>no report of this botilbud has feedback yet</source>
        <translation>ingen af botilbuddets rapporter har fået tilbagemelding endnu</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasefilen.</translation>
    </message>
    <message>
        <source>Name of the botilbud.</source>
        <translation>Botilbuddets navn.</translation>
    </message>
    <message>
        <source>The report&apos;s month (default: the latest month with measurements).</source>
        <translation>Rapportens måned (standard: den seneste måned med målinger).</translation>
    </message>
    <message>
        <source>The package file to write (.json).</source>
        <translation>Pakkefilen, der skal skrives (.json).</translation>
    </message>
    <message>
        <source>Write PS!&apos;s feedback on the report instead (consultant&apos;s database).</source>
        <translation>Skriv i stedet PS!&apos;s tilbagemelding på rapporten (konsulentens database).</translation>
    </message>
    <message>
        <source>This writes to the database too: a draft report of that month is marked as sent (dated today), as the app does when it sends a report. With --feedback nothing in the database changes, except that the first export of either kind stores this database&apos;s own signing key (see &apos;medicinsikker-cli fingerprint&apos;); every package is signed with it.
Example: medicinsikker-cli export-package --database d.db --botilbud NAME --month 2021-09 --out sep.json</source>
        <translation>Dette skriver også i databasen: en kladde til månedens rapport markeres som sendt (med dags dato), som programmet gør, når det sender en rapport. Med --feedback ændres intet i databasen, bortset fra at den første eksport af begge slags gemmer databasens egen signeringsnøgle (se &apos;medicinsikker-cli fingerprint&apos;); hver pakke signeres med den.
Eksempel: medicinsikker-cli export-package --database d.db --botilbud NAVN --month 2021-09 --out sep.json</translation>
    </message>
    <message>
        <source>nothing written: %1</source>
        <translation>intet skrevet: %1</translation>
    </message>
    <message>
        <source>Wrote the feedback on the report of &apos;%1&apos; for %2 to &apos;%3&apos; (%4 bytes).</source>
        <translation>Skrev tilbagemeldingen på rapporten fra &apos;%1&apos; for %2 til &apos;%3&apos; (%4 byte).</translation>
    </message>
    <message>
        <source>Wrote the report of &apos;%1&apos; for %2 to &apos;%3&apos; (%4 bytes); marked the %2 report as sent in &apos;%5&apos;.</source>
        <translation>Skrev rapporten fra &apos;%1&apos; for %2 til &apos;%3&apos; (%4 byte); markerede rapporten for %2 som sendt i &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>Wrote the report of &apos;%1&apos; for %2 to &apos;%3&apos; (%4 bytes); the report was already marked sent, the database is unchanged.</source>
        <translation>Skrev rapporten fra &apos;%1&apos; for %2 til &apos;%3&apos; (%4 byte); rapporten var allerede markeret som sendt, databasen er uændret.</translation>
    </message>
    <message>
        <source>Write a month&apos;s report (or PS! feedback) as a data package; marks the report sent</source>
        <translation>Skriv en måneds rapport (eller PS!&apos;s tilbagemelding) som datapakke; markerer rapporten som sendt</translation>
    </message>
</context>
<context>
    <name>FeedbackCommand</name>
    <message>
        <source>The consultant&apos;s database file.</source>
        <translation>Konsulentens databasefil.</translation>
    </message>
    <message>
        <source>Name of the botilbud.</source>
        <translation>Botilbuddets navn.</translation>
    </message>
    <message>
        <source>The report&apos;s month, YYYY-MM.</source>
        <translation>Rapportens måned, ÅÅÅÅ-MM.</translation>
    </message>
    <message>
        <source>The feedback.</source>
        <translation>Tilbagemeldingen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the feedback.</source>
        <translation>En UTF-8-tekstfil med tilbagemeldingen.</translation>
    </message>
    <message>
        <source>Writes the consultant&apos;s feedback on one botilbud&apos;s monthly report in this database and marks
the report &quot;feedback received&quot; with today&apos;s date. The report must be there (imported from
the botilbud&apos;s data package, or the botilbud&apos;s own). The text is checked as in the app; a
CPR-shaped number is refused and nothing is written. Then send it back with
&apos;medicinsikker-cli export-package --feedback&apos;.
</source>
        <translation>Skriver konsulentens tilbagemelding på ét botilbuds månedsrapport i denne database og markerer
rapporten &quot;tilbagemelding modtaget&quot; med dags dato. Rapporten skal findes (importeret fra
botilbuddets datapakke, eller botilbuddets egen). Teksten kontrolleres som i programmet; et
tal, der ligner et CPR-nummer, afvises, og intet skrives.
Send den derefter tilbage med &apos;medicinsikker-cli export-package --feedback&apos;.
</translation>
    </message>
    <message>
        <source>the feedback is empty</source>
        <translation>tilbagemeldingen er tom</translation>
    </message>
    <message>
        <source>Wrote the feedback on %1&apos;s report for %2</source>
        <translation>Skrev tilbagemeldingen på rapporten fra %1 for %2</translation>
    </message>
    <message>
        <source>Write PS!&apos;s feedback on a monthly report</source>
        <translation>Skriv PS!&apos;s tilbagemelding på en månedsrapport</translation>
    </message>
</context>
<context>
    <name>FeedbackPackageReader</name>
    <message>
        <source>The package is not feedback on a monthly report.</source>
        <translation>Pakken er ikke en tilbagemelding på en månedsrapport.</translation>
    </message>
</context>
<context>
    <name>FinalEvaluationComposer</name>
    <message>
        <source>Final-evaluation_%1.pdf</source>
        <translation>Slutevaluering_%1.pdf</translation>
    </message>
    <message>
        <source>Final evaluation</source>
        <translation>Slutevaluering</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Learning sessions held</source>
        <translation>Afholdte læringstræf</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>PS! visits held</source>
        <translation>Afholdte PS!-besøg</translation>
    </message>
    <message>
        <source>PDSA cycles tested</source>
        <translation>Afprøvede PDSA-cirkler</translation>
    </message>
    <message>
        <source>Changes adopted</source>
        <translation>Implementerede forandringer</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>Månedsrapporter</translation>
    </message>
    <message>
        <source>%1, of which %2 with a self-assessment</source>
        <translation>%1, heraf %2 med selvvurdering</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>No aim was written down.</source>
        <translation>Der er ikke skrevet noget mål.</translation>
    </message>
    <message>
        <source>To be reached by %1</source>
        <translation>Skal nås senest %1</translation>
    </message>
    <message>
        <source>What are we trying to accomplish?</source>
        <translation>Hvad ønsker vi at opnå?</translation>
    </message>
    <message>
        <source>How will we know that a change is an improvement?</source>
        <translation>Hvordan ved vi, at en forandring er en forbedring?</translation>
    </message>
    <message>
        <source>What changes can we make that will result in improvement?</source>
        <translation>Hvilke forandringer kan vi iværksætte, som vil resultere i forbedring?</translation>
    </message>
    <message>
        <source>Measures: baseline and now</source>
        <translation>Målepunkter: baseline og nu</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Målepunkt</translation>
    </message>
    <message>
        <source>Baseline median</source>
        <translation>Median i baseline</translation>
    </message>
    <message>
        <source>Latest median</source>
        <translation>Seneste median</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Baseline: the baseline measurements (or the first part, or the first 6 points). Latest: the last part when the chart is split, otherwise the last 6 points. Excluded points do not count.</source>
        <translation>Baseline: baselinemålingerne (eller første del, eller de første 6 punkter). Seneste: sidste del, når diagrammet er opdelt, ellers de sidste 6 punkter. Udeladte punkter tæller ikke med.</translation>
    </message>
    <message>
        <source>No change has been adopted yet.</source>
        <translation>Ingen forandring er implementeret endnu.</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Forandringsidé</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Implementeret</translation>
    </message>
    <message>
        <source>Cycles tested</source>
        <translation>Afprøvede cirkler</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Det har vi lært</translation>
    </message>
    <message>
        <source>No lessons were written down.</source>
        <translation>Der er ikke skrevet nogen læring ned.</translation>
    </message>
    <message>
        <source>Cycle %1: %2</source>
        <translation>Cirkel %1: %2</translation>
    </message>
    <message>
        <source>Self-assessment month by month</source>
        <translation>Selvvurdering måned for måned</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Medication incidents</source>
        <translation>Utilsigtede hændelser</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message>
        <source>Medication incidents per phase</source>
        <translation>Utilsigtede hændelser pr. fase</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &quot;&lt;5&quot;.</source>
        <translation>Antal fra 1 til 4 vises som &quot;&lt;5&quot;.</translation>
    </message>
    <message>
        <source>Final evaluation – %1</source>
        <translation>Slutevaluering – %1</translation>
    </message>
    <message>
        <source>Medicinsikker · Final evaluation</source>
        <translation>Medicinsikker · Slutevaluering</translation>
    </message>
    <message>
        <source>The measures over the whole programme</source>
        <translation>Målepunkterne over hele forløbet</translation>
    </message>
    <message>
        <source>Too few values for a chart.</source>
        <translation>For få værdier til et diagram.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pr. måned</translation>
    </message>
</context>
<context>
    <name>FingerprintCommand</name>
    <message>
        <source>The database file (must exist).</source>
        <translation>Databasefilen (skal findes).</translation>
    </message>
    <message>
        <source>Read the fingerprint to the other party by phone; they compare it before &apos;medicinsikker-cli trust&apos;. The first call makes the key pair (stored in the database).
Example: medicinsikker-cli fingerprint --database home.db</source>
        <translation>Læs fingeraftrykket op for modparten i telefonen; de sammenligner det før &apos;medicinsikker-cli trust&apos;. Første kald danner nøgleparret (gemt i databasen).
Eksempel: medicinsikker-cli fingerprint --database home.db</translation>
    </message>
    <message>
        <source>This database signs packages with fingerprint %1</source>
        <translation>Denne database signerer datapakker med fingeraftrykket %1</translation>
    </message>
    <message>
        <source>It trusts no other key yet.</source>
        <translation>Den stoler endnu ikke på nogen anden nøgle.</translation>
    </message>
    <message>
        <source>Trusted keys:</source>
        <translation>Godkendte nøgler:</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (siden %2)</translation>
    </message>
    <message>
        <source>Show this database&apos;s package-signing fingerprint and the keys it trusts</source>
        <translation>Vis fingeraftrykket for databasens signeringsnøgle til datapakker og de nøgler, den stoler på</translation>
    </message>
</context>
<context>
    <name>FrozenChart</name>
    <message>
        <source>Limits frozen from %1 to %2</source>
        <translation>Grænser fastfrosset fra %1 til %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more measurement(s) after the adoption are needed before the control limits can be frozen.</source>
        <translation>
            <numerusform>Der mangler %n måling efter implementeringen, før kontrolgrænserne kan fastfryses.</numerusform>
            <numerusform>Der mangler %n målinger efter implementeringen, før kontrolgrænserne kan fastfryses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s) of measurements after the adoption are needed before the control limits can be frozen.</source>
        <translation>
            <numerusform>Der mangler %n måned med målinger efter implementeringen, før kontrolgrænserne kan fastfryses.</numerusform>
            <numerusform>Der mangler %n måneder med målinger efter implementeringen, før kontrolgrænserne kan fastfryses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidelineService</name>
    <message>
        <source>The guideline is not one of this botilbud&apos;s.</source>
        <translation>Retningslinjen hører ikke til dette botilbud.</translation>
    </message>
</context>
<context>
    <name>HistoryLabels</name>
    <message>
        <source>People and accounts</source>
        <translation>Personer og konti</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Aim, drivers and measures</source>
        <translation>Mål, drivere og målinger</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Måleværdier</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>PDSA-cyklusser</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Monthly reports and packages</source>
        <translation>Månedsrapporter og datapakker</translation>
    </message>
    <message>
        <source>Package keys</source>
        <translation>Pakkenøgler</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation>Straks-handling</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Læring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Indberetter</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Hændelsesdato</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase i medicinprocessen</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Fejltype</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tæller</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nævner</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>Forkerte adgangskoder i træk</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Låst til</translation>
    </message>
    <message>
        <source>Must choose a new password</source>
        <translation>Skal vælge ny adgangskode</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Forudsigelse</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Det gik godt</translation>
    </message>
    <message>
        <source>PS!&apos;s feedback</source>
        <translation>PS!&apos;s feedback</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Botilbud</source>
        <translation>Botilbud</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role of person</source>
        <translation>Rolle for person</translation>
    </message>
    <message>
        <source>Account of person</source>
        <translation>Konto for person</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Tjeklistepunkt</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Forandringsidé</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>Chart split</source>
        <translation>Opdeling af diagram</translation>
    </message>
    <message>
        <source>Excluded month</source>
        <translation>Udeladt måned</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Måleværdi</translation>
    </message>
    <message>
        <source>PDSA cycle</source>
        <translation>PDSA-cyklus</translation>
    </message>
    <message>
        <source>PDSA measure</source>
        <translation>PDSA-måling</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Competence topic</source>
        <translation>Kompetenceemne</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Afdækningsrunde</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Svar i afdækning</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Månedsrapport</translation>
    </message>
    <message>
        <source>Received package</source>
        <translation>Modtaget datapakke</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signeringsnøgle</translation>
    </message>
    <message>
        <source>Trusted key</source>
        <translation>Betroet nøgle</translation>
    </message>
    <message>
        <source>Anonymous report</source>
        <translation>Anonym indberetning</translation>
    </message>
    <message>
        <source>%1 (without sign-in)</source>
        <translation>%1 (uden login)</translation>
    </message>
    <message>
        <source>The demo&apos;s invented history</source>
        <translation>Demoens opdigtede historik</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barrierer</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Behov for støtte</translation>
    </message>
    <message>
        <source>Plan for next month</source>
        <translation>Plan for næste måned</translation>
    </message>
    <message>
        <source>Report month</source>
        <translation>Rapportmåned</translation>
    </message>
    <message>
        <source>Own score</source>
        <translation>Egen vurdering</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Feedback modtaget</translation>
    </message>
    <message>
        <source>Handles medicine</source>
        <translation>Håndterer medicin</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Det lærte vi</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>The pharmacy&apos;s part</source>
        <translation>Apotekets del</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Visits a year</source>
        <translation>Besøg om året</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Dato for besøget</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Farmaceut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Spurgt den</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Besvaret den</translation>
    </message>
    <message>
        <source>Changed a procedure</source>
        <translation>Ændrede en procedure</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Godt at vide</translation>
    </message>
    <message>
        <source>Refresher every (months)</source>
        <translation>Genopfriskning hver (måneder)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Pharmacy agreement</source>
        <translation>Apoteksaftale</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>Version af tjeklisten</translation>
    </message>
    <message>
        <source>Quality-assurance visit</source>
        <translation>Kvalitetssikringsbesøg</translation>
    </message>
    <message>
        <source>Answer at a visit</source>
        <translation>Svar ved et besøg</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Question to the pharmacy</source>
        <translation>Spørgsmål til apoteket</translation>
    </message>
    <message>
        <source>Workflow analysis, guidelines and delegations</source>
        <translation>Arbejdsgangsanalyse, retningslinjer og delegationer</translation>
    </message>
    <message>
        <source>Sustain and spread</source>
        <translation>Fastholdelse og spredning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Analysed on</source>
        <translation>Analyseret den</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Hvem gør det</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Kendte risici</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dateret</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste revision</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Gennemgået den</translation>
    </message>
    <message>
        <source>Delegated right</source>
        <translation>Delegeret rettighed</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Hvad tjekkes</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hvor ofte</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Sidst tjekket</translation>
    </message>
    <message>
        <source>Change package key</source>
        <translation>Forandringspakkens nøgle</translation>
    </message>
    <message>
        <source>From botilbud</source>
        <translation>Fra botilbud</translation>
    </message>
    <message>
        <source>From kommune</source>
        <translation>Fra kommune</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Modtaget den</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Planned month</source>
        <translation>Planlagt måned</translation>
    </message>
    <message>
        <source>Workflow analysis</source>
        <translation>Arbejdsgangsanalyse</translation>
    </message>
    <message>
        <source>Step of the workflow</source>
        <translation>Trin i arbejdsgangen</translation>
    </message>
    <message>
        <source>Finding of the workflow analysis</source>
        <translation>Fund i arbejdsgangsanalysen</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Retningslinje</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Sustain plan</source>
        <translation>Fastholdelsesplan</translation>
    </message>
    <message>
        <source>Received change package</source>
        <translation>Modtaget forandringspakke</translation>
    </message>
    <message>
        <source>Spread plan</source>
        <translation>Spredningsplan</translation>
    </message>
</context>
<context>
    <name>ImportChangeCommand</name>
    <message>
        <source>The receiving botilbud&apos;s database file.</source>
        <translation>Det modtagende botilbuds databasefil.</translation>
    </message>
    <message>
        <source>Name of the receiving botilbud.</source>
        <translation>Det modtagende botilbuds navn.</translation>
    </message>
    <message>
        <source>The change package.</source>
        <translation>Forandringspakken.</translation>
    </message>
    <message>
        <source>Takes a change package from another botilbud into this botilbud, all or nothing: the change
idea under the driver with the same text (made if missing), the measures matched by name
(typed ones that are missing are made from the package&apos;s definitions), a planned first
PDSA cycle, and the origin and story kept. The whole file is checked first; a bad package
is refused with the reason and nothing is written. The same change again changes nothing.
Trust the sender&apos;s key first: &apos;medicinsikker-cli trust --package FILE&apos;.
</source>
        <translation>Indlæser en forandringspakke fra et andet botilbud i dette botilbud, alt eller intet:
forandringsidéen under driveren med samme tekst (oprettes, hvis den mangler), målepunkterne
fundet efter navn (manglende indtastede oprettes ud fra pakkens definitioner), en planlagt første
PDSA-cirkel, og oprindelsen og historien gemmes. Hele filen kontrolleres først; en dårlig pakke
afvises med begrundelsen, og intet skrives. Den samme forandring igen ændrer intet.
Godkend først afsenderens nøgle: &apos;medicinsikker-cli trust --package FIL&apos;.
</translation>
    </message>
    <message>
        <source>name exactly one change package file</source>
        <translation>angiv præcis én forandringspakke</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 was already received %3; nothing was changed</source>
        <translation>&quot;%1&quot; fra %2 er allerede modtaget %3; intet er ændret</translation>
    </message>
    <message>
        <source>Took &quot;%1&quot; from %2 into %3 as a change idea with a planned first PDSA cycle</source>
        <translation>Indlæste &quot;%1&quot; fra %2 i %3 som forandringsidé med en planlagt første PDSA-cirkel</translation>
    </message>
    <message>
        <source>Measures made from the package: %1</source>
        <translation>Målepunkter oprettet ud fra pakken: %1</translation>
    </message>
    <message>
        <source>Measures not made here (counted from incidents): %1</source>
        <translation>Målepunkter, der ikke er oprettet her (tælles ud fra hændelser): %1</translation>
    </message>
    <message>
        <source>Take a change package from another botilbud into a botilbud</source>
        <translation>Indlæs en forandringspakke fra et andet botilbud i et botilbud</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already a change idea in %2; it now carries the story from %3%4</source>
        <translation>&quot;%1&quot; var allerede en forandringsidé i %2; den har nu historien fra %3%4</translation>
    </message>
    <message>
        <source>, with a planned first PDSA cycle</source>
        <translation>, med en planlagt første PDSA-cirkel</translation>
    </message>
</context>
<context>
    <name>ImportIncidentsCommand</name>
    <message>
        <source>The database file.</source>
        <translation>Databasefilen.</translation>
    </message>
    <message>
        <source>Name of the botilbud the incidents belong to.</source>
        <translation>Navnet på det botilbud, hændelserne hører til.</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8, &apos;;&apos; or &apos;,&apos;).</source>
        <translation>CSV-filen (UTF-8, &apos;;&apos; eller &apos;,&apos;).</translation>
    </message>
    <message>
        <source>nothing imported: %1 of %2 rows have errors</source>
        <translation>intet importeret: %1 af %2 rækker har fejl</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>intet importeret: %1</translation>
    </message>
    <message>
        <source>Imported %1 incidents; skipped %2 already in the database.</source>
        <translation>Importerede %1 hændelser; sprang %2 over, som allerede er i databasen.</translation>
    </message>
    <message>
        <source>Import incidents from CSV, all or nothing</source>
        <translation>Importér hændelser fra CSV, alle eller ingen</translation>
    </message>
</context>
<context>
    <name>ImportPackageCommand</name>
    <message>
        <source>already imported, nothing changed: feedback for &apos;%1&apos;, %2</source>
        <translation>allerede importeret, intet ændret: tilbagemelding til &apos;%1&apos;, %2</translation>
    </message>
    <message>
        <source>already imported, nothing changed: report of &apos;%1&apos;, %2</source>
        <translation>allerede importeret, intet ændret: rapport fra &apos;%1&apos;, %2</translation>
    </message>
    <message>
        <source>imported: feedback for &apos;%1&apos;, %2</source>
        <translation>importeret: tilbagemelding til &apos;%1&apos;, %2</translation>
    </message>
    <message>
        <source>imported: report of &apos;%1&apos;, %2</source>
        <translation>importeret: rapport fra &apos;%1&apos;, %2</translation>
    </message>
    <message>
        <source>new botilbud</source>
        <translation>nyt botilbud</translation>
    </message>
    <message>
        <source>replaced the earlier one</source>
        <translation>erstattede den tidligere</translation>
    </message>
    <message>
        <source>The database file (must exist).</source>
        <translation>Databasefilen (skal findes).</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAKKE</translation>
    </message>
    <message>
        <source>Package files (.json).</source>
        <translation>Pakkefiler (.json).</translation>
    </message>
    <message>
        <source>PACKAGE...</source>
        <translation>PAKKE...</translation>
    </message>
    <message>
        <source>Example: medicinsikker-cli import-package --database consultant.db *.json</source>
        <translation>Eksempel: medicinsikker-cli import-package --database konsulent.db *.json</translation>
    </message>
    <message>
        <source>name at least one package file</source>
        <translation>angiv mindst én pakkefil</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>afvist: %1</translation>
    </message>
    <message>
        <source>Imported %1, already imported %2, refused %3 (of %4 packages; a refused package changes nothing).</source>
        <translation>Importeret %1, allerede importeret %2, afvist %3 (af %4 pakker; en afvist pakke ændrer intet).</translation>
    </message>
    <message>
        <source>Import data packages (reports or feedback)</source>
        <translation>Importér datapakker (rapporter eller tilbagemeldinger)</translation>
    </message>
</context>
<context>
    <name>ImprovementMeasuresPage</name>
    <message>
        <source>Search measures (Ctrl+F)</source>
        <translation>Søg i målepunkter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Operational definition of the chosen measure</source>
        <translation>Operationel definition af det valgte målepunkt</translation>
    </message>
    <message>
        <source>Exactly what is counted, how and when – so two people count the same</source>
        <translation>Præcis hvad der tælles, hvordan og hvornår – så to personer tæller det samme</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Empty, or a number such as 95 or 2,5</source>
        <translation>Tomt, eller et tal som 95 eller 2,5</translation>
    </message>
    <message>
        <source>Save &amp;definition</source>
        <translation>Gem &amp;definition</translation>
    </message>
    <message>
        <source>Save the definition (Ctrl+S)</source>
        <translation>Gem definitionen (Ctrl+S)</translation>
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
    <name>ImprovementView</name>
    <message>
        <source>Aim and the three questions</source>
        <translation>Mål og de tre spørgsmål</translation>
    </message>
    <message>
        <source>The Model for Improvement asks three questions. Answer them together with the working group; the aim is specific and has a date.</source>
        <translation>Forbedringsmodellen stiller tre spørgsmål. Besvar dem sammen med arbejdsgruppen; målet er konkret og har en dato.</translation>
    </message>
    <message>
        <source>Aim: *</source>
        <translation>Mål: *</translation>
    </message>
    <message>
        <source>What, how much, by when – for example: By 1 June 2026 the number of medication errors is halved</source>
        <translation>Hvad, hvor meget, hvornår – for eksempel: Senest 1. juni 2026 er antallet af medicinfejl halveret</translation>
    </message>
    <message>
        <source>Reached by: *</source>
        <translation>Nås senest: *</translation>
    </message>
    <message>
        <source>1. What are we trying to accomplish?</source>
        <translation>1. Hvad ønsker vi at opnå?</translation>
    </message>
    <message>
        <source>The aim in your own words</source>
        <translation>Målet med jeres egne ord</translation>
    </message>
    <message>
        <source>2. How will we know that a change is an improvement?</source>
        <translation>2. Hvordan ved vi, at en forandring er en forbedring?</translation>
    </message>
    <message>
        <source>The measures you follow (outcome, process and balancing measures)</source>
        <translation>De målepunkter, I følger (resultatmål, procesmål og balancemål)</translation>
    </message>
    <message>
        <source>3. What changes can we make that will result in improvement?</source>
        <translation>3. Hvilke forandringer kan vi iværksætte, der vil føre til en forbedring?</translation>
    </message>
    <message>
        <source>The change ideas you will test in PDSA cycles</source>
        <translation>De forandringsidéer, I vil afprøve i PDSA-cirkler</translation>
    </message>
    <message>
        <source>&amp;Save aim</source>
        <translation>&amp;Gem mål</translation>
    </message>
    <message>
        <source>Save the aim and the answers (Ctrl+S)</source>
        <translation>Gem målet og svarene (Ctrl+S)</translation>
    </message>
    <message>
        <source>Driver diagram</source>
        <translation>Driverdiagram</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Målepunkter</translation>
    </message>
</context>
<context>
    <name>IncidentCsvFormat</name>
    <message>
        <source>The column &quot;%1&quot; is missing from the header line.</source>
        <translation>Kolonnen &quot;%1&quot; mangler i overskriftslinjen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2023-03-31 or 31-03-2023.</source>
        <translation>&quot;%1&quot; er ikke en dato. Skriv den som 2023-03-31 eller 31-03-2023.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as 08:30, or leave it empty.</source>
        <translation>&quot;%1&quot; er ikke et klokkeslæt. Skriv det som 08:30, eller lad feltet være tomt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2023-03-31, or leave it empty.</source>
        <translation>&quot;%1&quot; er ikke en dato. Skriv den som 2023-03-31, eller lad feltet være tomt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value. Write for example &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; er ikke en kendt værdi. Skriv fx &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no. Write &quot;Ja&quot; or &quot;Nej&quot;.</source>
        <translation>&quot;%1&quot; er hverken ja eller nej. Skriv &quot;Ja&quot; eller &quot;Nej&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an NCC MERP category. Write a letter from A to I, or leave it empty.</source>
        <translation>&quot;%1&quot; er ikke en NCC MERP-kategori. Skriv et bogstav fra A til I, eller lad feltet være tomt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not follow from the actual and possible consequence (it should be &quot;%2&quot;). Correct the consequences or clear this cell.</source>
        <translation>&quot;%1&quot; passer ikke med den faktiske og mulige konsekvens (den skulle være &quot;%2&quot;). Ret konsekvenserne, eller tøm cellen.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>New incident</source>
        <translation>Ny hændelse</translation>
    </message>
    <message>
        <source>Fields marked * must be filled in. Never write CPR numbers or names of residents or staff.</source>
        <translation>Felter med * skal udfyldes. Skriv aldrig CPR-numre eller navne på borgere eller medarbejdere.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hændelsen</translation>
    </message>
    <message>
        <source>Date and time *</source>
        <translation>Dato og tidspunkt *</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Indberettet</translation>
    </message>
    <message>
        <source>Process stage *</source>
        <translation>Procestrin *</translation>
    </message>
    <message>
        <source>Error type *</source>
        <translation>Problemtype *</translation>
    </message>
    <message>
        <source>Actual consequence *</source>
        <translation>Faktisk konsekvens *</translation>
    </message>
    <message>
        <source>Possible consequence *</source>
        <translation>Mulig konsekvens *</translation>
    </message>
    <message>
        <source>Overall category</source>
        <translation>Samlet alvorlighed</translation>
    </message>
    <message>
        <source>The error reached the citizen</source>
        <translation>Fejlen nåede borgeren</translation>
    </message>
    <message>
        <source>Required a doctor&apos;s contact</source>
        <translation>Krævede lægekontakt</translation>
    </message>
    <message>
        <source>NCC MERP (optional)</source>
        <translation>NCC MERP (valgfri)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description and learning</source>
        <translation>Beskrivelse og læring</translation>
    </message>
    <message>
        <source>Description: what happened? *</source>
        <translation>Beskrivelse: hvad skete der? *</translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation>Umiddelbar handling</translation>
    </message>
    <message>
        <source>Learning and follow-up</source>
        <translation>Læring og opfølgning</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>IncidentImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV (%1).</source>
        <translation>Filen kan ikke læses som CSV (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows with errors first.</source>
        <translation>Intet blev importeret: ret først rækkerne med fejl.</translation>
    </message>
    <message>
        <source>Line %1, field %2: %3</source>
        <translation>Linje %1, felt %2: %3</translation>
    </message>
</context>
<context>
    <name>IncidentPareto</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Process stage</source>
        <translation>Procestrin</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Problemtype</translation>
    </message>
    <message>
        <source>Actual consequence</source>
        <translation>Faktisk konsekvens</translation>
    </message>
    <message>
        <source>Possible consequence</source>
        <translation>Mulig konsekvens</translation>
    </message>
    <message>
        <source>Overall severity</source>
        <translation>Samlet alvorlighed</translation>
    </message>
    <message>
        <source>NCC MERP category</source>
        <translation>NCC MERP-kategori</translation>
    </message>
    <message>
        <source>Reached the citizen</source>
        <translation>Nåede borgeren</translation>
    </message>
    <message>
        <source>Required doctor contact</source>
        <translation>Krævede lægekontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vagt</translation>
    </message>
    <message>
        <source>Day (07–15)</source>
        <translation>Dag (07–15)</translation>
    </message>
    <message>
        <source>Evening (15–23)</source>
        <translation>Aften (15–23)</translation>
    </message>
    <message>
        <source>Night (23–07)</source>
        <translation>Nat (23–07)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
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
        <source>NCC MERP A and B mean the error did not reach the citizen; C to I mean it did. Make the category and &quot;reached the citizen&quot; agree.</source>
        <translation>NCC MERP A og B betyder, at fejlen ikke nåede borgeren; C til I betyder, at den gjorde. Sørg for, at kategorien og &quot;nåede borgeren&quot; stemmer overens.</translation>
    </message>
    <message>
        <source>The text looks like a CPR number (ddmmyy-xxxx). Never write CPR numbers in an incident.</source>
        <translation>Teksten ligner et CPR-nummer (ddmmåå-xxxx). Skriv aldrig CPR-numre i en hændelse.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>The database file to create.</source>
        <translation>Databasefilen, der skal oprettes.</translation>
    </message>
    <message>
        <source>Example: medicinsikker-cli init --out consultant.db</source>
        <translation>Eksempel: medicinsikker-cli init --out konsulent.db</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; nothing was changed</source>
        <translation>&apos;%1&apos; findes allerede; intet er ændret</translation>
    </message>
    <message>
        <source>cannot create &apos;%1&apos;: %2</source>
        <translation>kan ikke oprette &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Created an empty database at &apos;%1&apos; (schema version %2).</source>
        <translation>Oprettede en tom database i &apos;%1&apos; (skemaversion %2).</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Opret en tom database</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>What to list.</source>
        <translation>Hvad der skal vises.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasefilen.</translation>
    </message>
    <message>
        <source>Name of the botilbud (for &apos;measures&apos;).</source>
        <translation>Botilbuddets navn (til &apos;measures&apos;).</translation>
    </message>
    <message>
        <source>say what to list: &apos;botilbud&apos; or &apos;measures&apos;</source>
        <translation>angiv, hvad der skal vises: &apos;botilbud&apos; eller &apos;measures&apos;</translation>
    </message>
    <message>
        <source>List botilbud or measures, one name a line</source>
        <translation>Vis botilbud eller målepunkter, ét navn pr. linje</translation>
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
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sikkerhedskopier…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Data &amp;package keys…</source>
        <translation>&amp;Nøgler til datapakker…</translation>
    </message>
    <message>
        <source>This database&apos;s fingerprint, to read out to the receiver of your packages, and the senders it trusts</source>
        <translation>Databasens fingeraftryk, som du læser op for modtageren af jeres datapakker, og de afsendere, databasen stoler på</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>Seneste &amp;databaser</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>Create an empty database file for a new programme</source>
        <translation>Opret en tom databasefil til et nyt forløb</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Start a new &amp;programme…</source>
        <translation>Start et nyt &amp;forløb…</translation>
    </message>
    <message>
        <source>A guided set-up of a new botilbud in this database: its programme, working group and first aim</source>
        <translation>En guidet opsætning af et nyt botilbud i denne database: forløbet, arbejdsgruppen og det første mål</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>&amp;Incidents as CSV…</source>
        <translation>&amp;Hændelser som CSV…</translation>
    </message>
    <message>
        <source>The &amp;monthly report as PDF…</source>
        <translation>&amp;Månedsrapporten som PDF…</translation>
    </message>
    <message>
        <source>The monthly report as a &amp;data package for PS!…</source>
        <translation>Månedsrapporten som &amp;datapakke til PS!…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Forbind til server…</translation>
    </message>
    <message>
        <source>Open the database on the kommune&apos;s PostgreSQL server, shared by the staff PCs</source>
        <translation>Åbn databasen på kommunens PostgreSQL-server, som medarbejdernes pc&apos;er deler</translation>
    </message>
    <message>
        <source>Copy the database to a &amp;server…</source>
        <translation>Kopiér databasen til en &amp;server…</translation>
    </message>
    <message>
        <source>Copy this database file into an empty database on a PostgreSQL server and continue there</source>
        <translation>Kopiér denne databasefil til en tom database på en PostgreSQL-server, og fortsæt dér</translation>
    </message>
    <message>
        <source>Make a local &amp;copy of the server database…</source>
        <translation>Lav en lokal &amp;kopi af serverdatabasen…</translation>
    </message>
    <message>
        <source>A database file with everything on the server, e.g. for a laptop on a PS! visit</source>
        <translation>En databasefil med alt fra serveren, fx til en bærbar ved et PS!-besøg</translation>
    </message>
</context>
<context>
    <name>MeasureChartRecipe</name>
    <message>
        <source>The chart appears when at least two months have values.</source>
        <translation>Diagrammet vises, når mindst to måneder har værdier.</translation>
    </message>
    <message>
        <source>The values cannot be drawn as a run chart yet.</source>
        <translation>Værdierne kan endnu ikke tegnes som seriediagram.</translation>
    </message>
</context>
<context>
    <name>MeasureChartSpec</name>
    <message>
        <source>per %1 resident-days</source>
        <translation>pr. %1 beboerdøgn</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>pr. %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>Incidents per %1 resident-days</source>
        <translation>Hændelser pr. %1 beboerdøgn</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Days since the incident before</source>
        <translation>Dage siden hændelsen før</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Incidents in the month</source>
        <translation>Hændelser i måneden</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>PDSA %1: %2 – %3</source>
        <translation>PDSA %1: %2 – %3</translation>
    </message>
    <message>
        <source>PDSA %1: %2</source>
        <translation>PDSA %1: %2</translation>
    </message>
    <message>
        <source>Change adopted: %1</source>
        <translation>Forandring implementeret: %1</translation>
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
        <source>The numerator (%1) cannot be larger than the denominator (%2).</source>
        <translation>Tælleren (%1) må ikke være større end nævneren (%2).</translation>
    </message>
    <message>
        <source>Type the numerator too (0 or more).</source>
        <translation>Skriv også tælleren (0 eller mere).</translation>
    </message>
    <message>
        <source>Type a whole number, for example 12.</source>
        <translation>Skriv et helt tal, fx 12.</translation>
    </message>
    <message>
        <source>Type a number, for example 12,5.</source>
        <translation>Skriv et tal, fx 12,5.</translation>
    </message>
</context>
<context>
    <name>MeasurementsView</name>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Find measure (Ctrl+F)</source>
        <translation>Find målepunkt (Ctrl+F)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Go to this month&apos;s row to type new values (Ctrl+N)</source>
        <translation>Gå til denne måneds række for at skrive nye værdier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Annullér fortryd</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save all changed values (Ctrl+S)</source>
        <translation>Gem alle ændrede værdier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Type the numerator and denominator of each month. Tick the baseline months. Grey columns are calculated from incidents.</source>
        <translation>Skriv tæller og nævner for hver måned. Sæt flueben ved baselinemånederne. Grå kolonner beregnes af hændelser og kan ikke redigeres.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportComposer</name>
    <message>
        <source>Monthly-report_%1_%2.pdf</source>
        <translation>Månedsrapport_%1_%2.pdf</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>Månedsrapport %1</translation>
    </message>
    <message>
        <source>(sent %1)</source>
        <translation>(sendt %1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selvvurdering</translation>
    </message>
    <message>
        <source>The measures at a glance</source>
        <translation>Målepunkterne i overblik</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Målepunkt</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Median / centre line</source>
        <translation>Median/centerlinje</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>PDSA cycles started: %1, finished: %2</source>
        <translation>PDSA-cirkler startet: %1, afsluttet: %2</translation>
    </message>
    <message>
        <source>Medication incidents this month: %1</source>
        <translation>Utilsigtede hændelser denne måned: %1</translation>
    </message>
    <message>
        <source>The working group&apos;s assessment</source>
        <translation>Arbejdsgruppens vurdering</translation>
    </message>
    <message>
        <source>Self-assessed progress (1–5)</source>
        <translation>Selvvurderet fremdrift (1–5)</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Hvad gik godt</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barrierer</translation>
    </message>
    <message>
        <source>Support needed from PS!</source>
        <translation>Behov for støtte fra PS!</translation>
    </message>
    <message>
        <source>Plan for next month</source>
        <translation>Plan for næste måned</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>PDSA-cirkler</translation>
    </message>
    <message>
        <source>Cycle %1: %2</source>
        <translation>Cirkel %1: %2</translation>
    </message>
    <message>
        <source>change idea: %1</source>
        <translation>forandringsidé: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Forudsigelse</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Det lærte vi</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Finished this month</source>
        <translation>Afsluttet denne måned</translation>
    </message>
    <message>
        <source>No cycle was finished this month.</source>
        <translation>Ingen cirkel blev afsluttet denne måned.</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) started earlier are still running.</source>
        <translation>
            <numerusform>%n cirkel startet tidligere er stadig i gang.</numerusform>
            <numerusform>%n cirkler startet tidligere er stadig i gang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Medication incidents</source>
        <translation>Utilsigtede hændelser (UTH) med medicin</translation>
    </message>
    <message>
        <source>Reported this month: %1</source>
        <translation>Rapporteret denne måned: %1</translation>
    </message>
    <message>
        <source>Reached the resident: %1</source>
        <translation>Nåede borgeren: %1</translation>
    </message>
    <message>
        <source>Days since the last medication error at the end of the month: %1</source>
        <translation>Dage siden sidste medicinfejl ved månedens udgang: %1</translation>
    </message>
    <message>
        <source>Stage of the medication process</source>
        <translation>Fase i medicinprocessen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Consequence (overall category)</source>
        <translation>Konsekvens (samlet kategori)</translation>
    </message>
    <message>
        <source>No incidents at: %1.</source>
        <translation>Ingen hændelser ved: %1.</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &quot;&lt;5&quot; so no resident or member of staff can be recognised; where one count would follow from the others, one more is hidden.</source>
        <translation>Antal fra 1 til 4 vises som &quot;&lt;5&quot;, så ingen borger eller medarbejder kan genkendes; hvor et antal kunne regnes ud fra de andre, skjules ét mere.</translation>
    </message>
    <message>
        <source>Programme and start-up</source>
        <translation>Forløb og opstart</translation>
    </message>
    <message>
        <source>Start-up task</source>
        <translation>Opstartsopgave</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>✗ not yet</source>
        <translation>✗ endnu ikke</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>not registered as held</source>
        <translation>ikke registreret som afholdt</translation>
    </message>
    <message>
        <source>Feedback from PS!</source>
        <translation>Tilbagemelding fra PS!</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Endnu ingen tilbagemelding.</translation>
    </message>
    <message>
        <source>Given %1</source>
        <translation>Givet %1</translation>
    </message>
    <message>
        <source>Monthly report %1 – %2</source>
        <translation>Månedsrapport %1 – %2</translation>
    </message>
    <message>
        <source>Medicinsikker · Monthly report to PS!</source>
        <translation>Medicinsikker · Månedsrapport til PS!</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Målepunkter</translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation>Ingen målepunkter endnu.</translation>
    </message>
    <message>
        <source>Too few values for a chart yet.</source>
        <translation>For få værdier til et diagram endnu.</translation>
    </message>
    <message>
        <source>Started this month and still running</source>
        <translation>Startet denne måned og stadig i gang</translation>
    </message>
    <message>
        <source>No cycle started this month is still running.</source>
        <translation>Ingen cirkel startet denne måned er stadig i gang.</translation>
    </message>
    <message>
        <source>Events this month and the next planned</source>
        <translation>Aktiviteter i måneden og de næste planlagte</translation>
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
        <source>Type the consultant&apos;s feedback.</source>
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
    <name>NextStepsService</name>
    <message>
        <source>The programme ended on %1: write the final evaluation (Månedsrapport › Slutevaluering).</source>
        <translation>Forløbet sluttede %1: skriv slutevalueringen (Månedsrapport › Slutevaluering…).</translation>
    </message>
    <message>
        <source>%1 on %2 is not marked as held: mark it, or move its date.</source>
        <translation>%1 den %2 er ikke markeret som afholdt: markér det, eller flyt datoen.</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Næste: %1, %2 (om %n dag).</numerusform>
            <numerusform>Næste: %1, %2 (om %n dage).</numerusform>
        </translation>
    </message>
    <message>
        <source>PDSA cycle %1 (%2) was planned to end on %3: study it and decide what to do next.</source>
        <translation>PDSA-cirkel %1 (%2) skulle være afsluttet %3: studér resultatet, og beslut, hvad der skal ske.</translation>
    </message>
    <message numerus="yes">
        <source>%n refresher training(s) are overdue (the oldest since %1).</source>
        <translation>
            <numerusform>%n genopfriskning af undervisning er forfalden (siden %1).</numerusform>
            <numerusform>%n genopfriskninger af undervisning er forfaldne (den ældste siden %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refresher training(s) are due within a month.</source>
        <translation>
            <numerusform>%n genopfriskning af undervisning forfalder inden for en måned.</numerusform>
            <numerusform>%n genopfriskninger af undervisning forfalder inden for en måned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurements for %1: %2 of %3 measures have no value yet.</source>
        <translation>Målinger for %1: %2 af %3 målepunkter mangler en værdi.</translation>
    </message>
    <message>
        <source>The monthly report for %1 has not been sent to PS! yet.</source>
        <translation>Månedsrapporten for %1 er endnu ikke sendt til PS!.</translation>
    </message>
    <message>
        <source>Start-up checklist: %1 still to do.</source>
        <translation>Opstartstjekliste: %1 mangler.</translation>
    </message>
    <message>
        <source>See Forløb og kompetencer › Organisation.</source>
        <translation>Se Forløb og kompetencer › Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) after the pharmacy&apos;s quality assurance are past their deadline (the oldest since %1).</source>
        <translation>
            <numerusform>%n handling efter apotekets kvalitetssikring er over fristen (siden %1).</numerusform>
            <numerusform>%n handlinger efter apotekets kvalitetssikring er over fristen (den ældste siden %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) expire within 30 days (the first on %1): renew them with the doctor.</source>
        <translation>
            <numerusform>%n delegation udløber inden for 30 dage (den første %1): forny den med lægen.</numerusform>
            <numerusform>%n delegationer udløber inden for 30 dage (den første %1): forny dem med lægen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) of active staff have expired (the latest on %1): renew them or end the task.</source>
        <translation>
            <numerusform>%n delegation for aktive medarbejdere er udløbet (senest %1): forny den, eller stop opgaven.</numerusform>
            <numerusform>%n delegationer for aktive medarbejdere er udløbet (senest %1): forny dem, eller stop opgaven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guideline(s) are past their review date (the oldest since %1).</source>
        <translation>
            <numerusform>%n retningslinje har overskredet sin revisionsdato (den ældste siden %1).</numerusform>
            <numerusform>%n retningslinjer har overskredet deres revisionsdato (den ældste siden %1).</numerusform>
        </translation>
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
        <source>Type the person&apos;s name.</source>
        <translation>Skriv personens navn.</translation>
    </message>
    <message>
        <source>Type an e-mail address like name@example.dk, or leave it empty.</source>
        <translation>Skriv en e-mailadresse som navn@eksempel.dk, eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <source>The end date cannot come before the start date.</source>
        <translation>Slutdatoen kan ikke ligge før startdatoen.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>The programme: phases, læringstræf and PS! visits</source>
        <translation>Forløbet: faser, læringstræf og PS!-besøg</translation>
    </message>
    <message>
        <source>Days since last medication error</source>
        <translation>Dage siden sidste medicinfejl</translation>
    </message>
    <message>
        <source>Start-up checklist (phase 1)</source>
        <translation>Opstartstjekliste (fase 1)</translation>
    </message>
    <message>
        <source>Tick a task when it is done; the date is saved at once.</source>
        <translation>Sæt flueben, når en opgave er udført; datoen gemmes med det samme.</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>PDSA-cirkler</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to go to where the step is done.</source>
        <translation>Dobbeltklik (eller Enter) for at gå derhen, hvor skridtet gøres.</translation>
    </message>
    <message>
        <source>The latest PDSA cycles, newest first. Double-click (or Enter) opens the cycle.</source>
        <translation>De seneste PDSA-cirkler, nyeste først. Dobbeltklik (eller Enter) åbner cirklen.</translation>
    </message>
</context>
<context>
    <name>PackageEnvelopeReader</name>
    <message>
        <source>The file is too large to be a Medicinsikker package (more than %1 MB).</source>
        <translation>Filen er for stor til at være en Medicinsikker-datapakke (mere end %1 MB).</translation>
    </message>
    <message>
        <source>The file is not a Medicinsikker package: it is not JSON text.</source>
        <translation>Filen er ikke en Medicinsikker-datapakke: den er ikke JSON-tekst.</translation>
    </message>
    <message>
        <source>The file is not a Medicinsikker package (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Filen er ikke en Medicinsikker-datapakke (dens &quot;format&quot; er ikke &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The package was made by a newer Medicinsikker (package version %1; this version reads version %2). Update Medicinsikker and import it again.</source>
        <translation>Pakken er lavet af en nyere Medicinsikker (pakkeversion %1; denne version læser version %2). Opdatér Medicinsikker, og importér den igen.</translation>
    </message>
    <message>
        <source>The package holds something this version of Medicinsikker does not know (&quot;%1&quot;).</source>
        <translation>Pakken indeholder noget, som denne version af Medicinsikker ikke kender (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The package has been altered or damaged after it was made: its checksum does not match its content. Ask for the file to be sent again.</source>
        <translation>Pakken er blevet ændret eller beskadiget, efter den blev lavet: dens kontrolsum passer ikke til indholdet. Bed om at få filen sendt igen.</translation>
    </message>
    <message>
        <source>a botilbud key (a UUID)</source>
        <translation>en botilbudsnøgle (et UUID)</translation>
    </message>
    <message>
        <source>The package is refused: the text in %1 looks like a CPR number. CPR numbers must never leave the botilbud.</source>
        <translation>Pakken afvises: teksten i %1 ligner et CPR-nummer. CPR-numre må aldrig forlade botilbuddet.</translation>
    </message>
    <message>
        <source>The package is refused: it is not signed (package version %1, made by an older Medicinsikker). Packages must now be signed so you can tell who made them. Ask the sender to update Medicinsikker and send the package again.</source>
        <translation>Pakken afvises: den er ikke signeret (pakkeversion %1, lavet af en ældre Medicinsikker). Pakker skal nu være signeret, så du kan se, hvem der har lavet dem. Bed afsenderen opdatere Medicinsikker og sende pakken igen.</translation>
    </message>
    <message>
        <source>The package is refused: it is not signed (its signature or the sender&apos;s key is missing or damaged). Ask for the file to be sent again.</source>
        <translation>Pakken afvises: den er ikke signeret (signaturen eller afsenderens nøgle mangler eller er beskadiget). Bed om at få filen sendt igen.</translation>
    </message>
    <message>
        <source>The package is refused: its signature does not match its content, so it was changed after it was signed. Ask for the file to be sent again.</source>
        <translation>Pakken afvises: signaturen passer ikke til indholdet, så den er ændret, efter at den blev signeret. Bed om at få filen sendt igen.</translation>
    </message>
    <message>
        <source>The file is not a Medicinsikker package: it is not JSON text (the problem is at line %1, column %2).</source>
        <translation>Filen er ikke en Medicinsikker-datapakke: den er ikke JSON-tekst (fejlen er i linje %1, kolonne %2).</translation>
    </message>
</context>
<context>
    <name>PackageExporter</name>
    <message>
        <source>The package could not be saved as %1. Check that the folder exists and that you may write to it.</source>
        <translation>Pakken kunne ikke gemmes som %1. Tjek, at mappen findes, og at du må skrive i den.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; came to this database in a package. A monthly report is sent from the botilbud&apos;s own database.</source>
        <translation>&quot;%1&quot; er kommet ind i denne database med en datapakke. En månedsrapport sendes fra botilbuddets egen database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no report for %2 yet. The tovholder writes the month&apos;s report first; then it can be sent as a package.</source>
        <translation>&quot;%1&quot; har endnu ingen rapport for %2. Tovholderen skriver først månedens rapport; derefter kan den sendes som datapakke.</translation>
    </message>
    <message>
        <source>Feedback is sent from the consultant&apos;s database, for a botilbud whose reports arrived in packages; &quot;%1&quot; is worked on in this database.</source>
        <translation>Tilbagemelding sendes fra konsulentens database, til et botilbud hvis rapporter er kommet som datapakker; der arbejdes med &quot;%1&quot; i denne database.</translation>
    </message>
    <message>
        <source>There is no feedback on the report of &quot;%1&quot; for %2 yet. Write the feedback first.</source>
        <translation>Der er endnu ingen tilbagemelding på rapporten fra &quot;%1&quot; for %2. Skriv tilbagemeldingen først.</translation>
    </message>
</context>
<context>
    <name>PackageImporter</name>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Filen %1 kunne ikke læses.</translation>
    </message>
    <message>
        <source>The package comes from this database&apos;s own botilbud &quot;%1&quot;. Import it into the consultant&apos;s database instead.</source>
        <translation>Pakken kommer fra denne databases eget botilbud &quot;%1&quot;. Importér den i konsulentens database i stedet.</translation>
    </message>
    <message>
        <source>The feedback is for a botilbud that is not in this database. Import it into the database of the botilbud that sent the report.</source>
        <translation>Tilbagemeldingen er til et botilbud, som ikke findes i denne database. Importér den i databasen hos det botilbud, der sendte rapporten.</translation>
    </message>
    <message>
        <source>The feedback is for &quot;%1&quot;, whose reports only arrive here in packages. Feedback is imported into the botilbud&apos;s own database.</source>
        <translation>Tilbagemeldingen er til &quot;%1&quot;, hvis rapporter kun kommer hertil som datapakker. Tilbagemelding importeres i botilbuddets egen database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no report for %2, so there is nothing to attach the feedback to.</source>
        <translation>&quot;%1&quot; har ingen rapport for %2, så der er intet at knytte tilbagemeldingen til.</translation>
    </message>
    <message>
        <source>The package is refused: %1 does not pass the checks typed text passes: %2</source>
        <translation>Pakken afvises: %1 består ikke de kontroller, som indtastet tekst skal bestå: %2</translation>
    </message>
    <message>
        <source>The file is a change package (forandringspakke), not a monthly report. Import it in Sustain and spread › Spread, in the database of the botilbud that is to try the change.</source>
        <translation>Filen er en forandringspakke, ikke en månedsrapport. Indlæs den under Fastholdelse og spredning › Spredning i databasen hos det botilbud, der skal afprøve forandringen.</translation>
    </message>
</context>
<context>
    <name>PackageJson</name>
    <message>
        <source>The package cannot be read: %1</source>
        <translation>Pakken kan ikke læses: %1</translation>
    </message>
    <message>
        <source>the field %1 is missing or is not %2.</source>
        <translation>feltet %1 mangler eller er ikke %2.</translation>
    </message>
    <message>
        <source>the field %1 has the unknown value &quot;%2&quot;. The package may come from a newer version of Medicinsikker.</source>
        <translation>feltet %1 har den ukendte værdi &quot;%2&quot;. Pakken kommer måske fra en nyere version af Medicinsikker.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>en tekst</translation>
    </message>
    <message>
        <source>a text that is not empty</source>
        <translation>en tekst, der ikke er tom</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et helt tal</translation>
    </message>
    <message>
        <source>the field %1 is %2, which is outside %3 to %4.</source>
        <translation>feltet %1 er %2, hvilket ligger uden for %3 til %4.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sand eller falsk (true/false)</translation>
    </message>
    <message>
        <source>a date written as YYYY-MM-DD</source>
        <translation>en dato skrevet som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>a month written as YYYY-MM</source>
        <translation>en måned skrevet som ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>a number above 0</source>
        <translation>et tal over 0</translation>
    </message>
</context>
<context>
    <name>PackageKeyActions</name>
    <message>
        <source>Data package keys</source>
        <translation>Nøgler til datapakker</translation>
    </message>
    <message>
        <source>The keys could not be read:
%1</source>
        <translation>Nøglerne kunne ikke læses:
%1</translation>
    </message>
    <message>
        <source>This database signs its data packages with the key whose fingerprint is:

    %1

When the receiver of your packages trusts them for the first time, read this fingerprint out to them on the phone.</source>
        <translation>Denne database underskriver sine datapakker med nøglen med fingeraftrykket:

    %1

Når modtageren af jeres datapakker skal stole på dem første gang, så læs dette fingeraftryk op for vedkommende i telefonen.</translation>
    </message>
    <message>
        <source>This database trusts no one&apos;s packages yet. The first package from a sender asks you to compare its fingerprint.</source>
        <translation>Databasen stoler endnu ikke på datapakker fra nogen. Første pakke fra en afsender beder dig sammenligne dens fingeraftryk.</translation>
    </message>
    <message>
        <source>Packages are trusted from:</source>
        <translation>Databasen stoler på datapakker fra:</translation>
    </message>
    <message>
        <source>%1: %2 (since %3)</source>
        <translation>%1: %2 (siden %3)</translation>
    </message>
</context>
<context>
    <name>PackageTrust</name>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Filen %1 kunne ikke læses.</translation>
    </message>
    <message>
        <source>The feedback is for a botilbud that is not worked on in this database. Trust it in the database of the botilbud that sent the report.</source>
        <translation>Tilbagemeldingen gælder et botilbud, der ikke arbejdes med i denne database. Godkend nøglen i databasen hos det botilbud, der sendte rapporten.</translation>
    </message>
    <message>
        <source>The package comes from this database&apos;s own botilbud &quot;%1&quot;; there is nothing to trust here. Trust it in the consultant&apos;s database.</source>
        <translation>Pakken kommer fra denne databases eget botilbud &quot;%1&quot;; her er intet at godkende. Godkend nøglen i konsulentens database.</translation>
    </message>
    <message>
        <source>This database already trusts another key (fingerprint %1) for %2; the package is signed by %3. Nothing was changed. If the sender really has a new key (compare the fingerprint by phone), trust it again with --replace.</source>
        <translation>Denne database stoler allerede på en anden nøgle (fingeraftryk %1) for %2; pakken er signeret med %3. Intet er ændret. Hvis afsenderen virkelig har fået en ny nøgle (sammenlign fingeraftrykket i telefonen), så godkend den igen med --replace.</translation>
    </message>
    <message>
        <source>the PS! consultant of &quot;%1&quot;</source>
        <translation>PS!-konsulenten for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The package is refused: it is signed by a key this database does not trust yet for %1 (fingerprint %2). Ask the sender to read you their fingerprint over the phone (medicinsikker-cli fingerprint --database THEIR-FILE); if it is the same, trust the key once with: medicinsikker-cli trust --database THIS-FILE --package PACKAGE, and import again.</source>
        <translation>Pakken afvises: den er signeret med en nøgle, som denne database endnu ikke stoler på for %1 (fingeraftryk %2). Bed afsenderen læse sit fingeraftryk op i telefonen (medicinsikker-cli fingerprint --database DERES-FIL); er det det samme, så godkend nøglen én gang med: medicinsikker-cli trust --database DENNE-FIL --package PAKKE, og importér igen.</translation>
    </message>
    <message>
        <source>The package is refused: it is signed by another key (fingerprint %1) than the one you trust for %2 (fingerprint %3). Contact your PS! consultant.</source>
        <translation>Pakken afvises: den er signeret med en anden nøgle (fingeraftryk %1) end den, du stoler på for %2 (fingeraftryk %3). Kontakt din PS!-konsulent.</translation>
    </message>
    <message>
        <source>The package is refused: it is signed by another key (fingerprint %1) than the one you trust for %2 (fingerprint %3). Contact the botilbud.</source>
        <translation>Pakken afvises: den er signeret med en anden nøgle (fingeraftryk %1) end den, du stoler på for %2 (fingeraftryk %3). Kontakt botilbuddet.</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Adgangskoden skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation>Adgangskoden må ikke indeholde brugernavnet.</translation>
    </message>
    <message>
        <source>The password must not contain your name.</source>
        <translation>Adgangskoden må ikke indeholde dit navn.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation>Adgangskoden har for få forskellige tegn.</translation>
    </message>
    <message>
        <source>A login has 2 to 32 small letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter.</source>
        <translation>Et brugernavn har 2 til 32 små bogstaver a–z, tal, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos; og begynder med et bogstav.</translation>
    </message>
</context>
<context>
    <name>PdsaEditor</name>
    <message>
        <source>New PDSA cycle</source>
        <translation>Ny PDSA-cirkel</translation>
    </message>
    <message>
        <source>The cycle</source>
        <translation>Cirklen</translation>
    </message>
    <message>
        <source>Title: *</source>
        <translation>Titel: *</translation>
    </message>
    <message>
        <source>A short title, for example: Double check of dosage boxes, 1 staff member</source>
        <translation>En kort titel, for eksempel: Dobbeltkontrol af doseringsæsker, 1 medarbejder</translation>
    </message>
    <message>
        <source>Change idea:</source>
        <translation>Forandringsidé:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <source>Cycle number: *</source>
        <translation>Cirkelnummer: *</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Slut:</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Målepunkter:</translation>
    </message>
    <message>
        <source>Plan: what will you test, and what do you expect to happen? Write the prediction before the test starts.</source>
        <translation>Planlæg: Hvad vil I afprøve, og hvad forventer I, der sker? Skriv forudsigelsen, før afprøvningen begynder.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Spørgsmål:</translation>
    </message>
    <message>
        <source>What do we want to learn from this test?</source>
        <translation>Hvad vil vi lære af denne afprøvning?</translation>
    </message>
    <message>
        <source>Prediction: *</source>
        <translation>Forudsigelse: *</translation>
    </message>
    <message>
        <source>What do we expect to happen? (required before Do)</source>
        <translation>Hvad forventer vi, der sker? (skal udfyldes før Do)</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Hvad:</translation>
    </message>
    <message>
        <source>What exactly is tested?</source>
        <translation>Hvad præcis afprøves?</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Hvem:</translation>
    </message>
    <message>
        <source>Who takes part? For example: 1 staff member, 1 citizen</source>
        <translation>Hvem deltager? For eksempel: 1 medarbejder, 1 borger</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Hvor:</translation>
    </message>
    <message>
        <source>Where? For example: the medicine room in house B</source>
        <translation>Hvor? For eksempel: medicinrummet i hus B</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Hvornår:</translation>
    </message>
    <message>
        <source>When? For example: the morning round on Tuesday</source>
        <translation>Hvornår? For eksempel: morgenrunden tirsdag</translation>
    </message>
    <message>
        <source>Data plan:</source>
        <translation>Dataplan:</translation>
    </message>
    <message>
        <source>What is collected, by whom, when, and how is it analysed?</source>
        <translation>Hvad indsamles, af hvem, hvornår, og hvordan analyseres det?</translation>
    </message>
    <message>
        <source>Do: carry out the test and write down what happened.</source>
        <translation>Afprøv: Gennemfør afprøvningen, og skriv ned, hvad der skete.</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Hvad skete der:</translation>
    </message>
    <message>
        <source>Describe how the test went</source>
        <translation>Beskriv, hvordan afprøvningen gik</translation>
    </message>
    <message>
        <source>Unexpected problems:</source>
        <translation>Uventede problemer:</translation>
    </message>
    <message>
        <source>What did not go as planned?</source>
        <translation>Hvad gik ikke som planlagt?</translation>
    </message>
    <message>
        <source>Changes to the plan:</source>
        <translation>Ændringer i planen:</translation>
    </message>
    <message>
        <source>Did you change anything along the way?</source>
        <translation>Ændrede I noget undervejs?</translation>
    </message>
    <message>
        <source>First observations:</source>
        <translation>Første observationer:</translation>
    </message>
    <message>
        <source>What did you see? Data collected</source>
        <translation>Hvad så I? Indsamlede data</translation>
    </message>
    <message>
        <source>Study: compare the result with the prediction.</source>
        <translation>Studér: Sammenlign resultatet med forudsigelsen.</translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation>Jeres forudsigelse:</translation>
    </message>
    <message>
        <source>Result against the prediction:</source>
        <translation>Resultat i forhold til forudsigelsen:</translation>
    </message>
    <message>
        <source>Did it turn out as predicted? What was different?</source>
        <translation>Gik det som forudsagt? Hvad var anderledes?</translation>
    </message>
    <message>
        <source>What we learned:</source>
        <translation>Hvad vi lærte:</translation>
    </message>
    <message>
        <source>What did you learn?</source>
        <translation>Hvad lærte I?</translation>
    </message>
    <message>
        <source>Act: decide what happens with the change idea.</source>
        <translation>Handl: Beslut, hvad der skal ske med forandringsidéen.</translation>
    </message>
    <message>
        <source>Decision: *</source>
        <translation>Beslutning: *</translation>
    </message>
    <message>
        <source>&amp;Adopt – the change works; make it part of daily work</source>
        <translation>&amp;Implementér – forandringen virker; gør den til en del af hverdagen</translation>
    </message>
    <message>
        <source>A&amp;dapt – change the idea and test it again</source>
        <translation>&amp;Tilpas – justér idéen, og afprøv den igen</translation>
    </message>
    <message>
        <source>A&amp;bandon – the idea does not work; stop testing it</source>
        <translation>&amp;Forkast – idéen virker ikke; stop afprøvningen</translation>
    </message>
    <message>
        <source>E&amp;xpand – test on a larger scale (more citizens, staff or shifts)</source>
        <translation>&amp;Udvid – afprøv i større skala (flere borgere, medarbejdere eller vagter)</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Næste skridt:</translation>
    </message>
    <message>
        <source>What happens next? For example: the next cycle in the ramp</source>
        <translation>Hvad sker der nu? For eksempel: næste cirkel i rampen</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* skal udfyldes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the cycle (Ctrl+S)</source>
        <translation>Gem cirklen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Videre</translation>
    </message>
    <message>
        <source>Plan
plan the test</source>
        <translation>Plan
Planlæg</translation>
    </message>
    <message>
        <source>Do
carry it out</source>
        <translation>Do
Afprøv</translation>
    </message>
    <message>
        <source>Study
study the result</source>
        <translation>Study
Studér</translation>
    </message>
    <message>
        <source>Act
decide</source>
        <translation>Act
Handl</translation>
    </message>
</context>
<context>
    <name>PdsaFormBinding</name>
    <message>
        <source>(no change idea)</source>
        <translation>(ingen forandringsidé)</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(ingen valgt)</translation>
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
    <name>PdsaView</name>
    <message>
        <source>PDSA cycles by change idea</source>
        <translation>PDSA-cirkler efter forandringsidé</translation>
    </message>
    <message>
        <source>Search title, status or person (Ctrl+F)</source>
        <translation>Søg i titel, status eller person (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New PDSA cycle</source>
        <translation>&amp;Ny PDSA-cirkel</translation>
    </message>
    <message>
        <source>Create a new PDSA cycle (Ctrl+N)</source>
        <translation>Opret en ny PDSA-cirkel (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose a PDSA cycle in the list, or create a new one with Ctrl+N.</source>
        <translation>Vælg en PDSA-cirkel i listen, eller opret en ny med Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>PharmacyFigures</name>
    <message>
        <source>Share of checklist points complied with: %1</source>
        <translation>Andel overholdte punkter: %1</translation>
    </message>
    <message>
        <source>Share of checklist points complied with at quality assurance</source>
        <translation>Andel overholdte punkter ved kvalitetssikring</translation>
    </message>
    <message>
        <source>Per pharmacy visit: items answered compliant divided by the items that applied (compliant or not).</source>
        <translation>Pr. besøg fra apoteket: punkter besvaret &quot;overholdt&quot; divideret med de punkter, der var relevante (overholdt eller ikke overholdt).</translation>
    </message>
    <message>
        <source>Items complied with</source>
        <translation>Overholdte punkter</translation>
    </message>
    <message>
        <source>Items that applied</source>
        <translation>Relevante punkter</translation>
    </message>
    <message>
        <source>Questions to the pharmacy per month: %1</source>
        <translation>Spørgsmål til apoteket pr. måned: %1</translation>
    </message>
    <message>
        <source>Questions to the pharmacy per month</source>
        <translation>Spørgsmål til apoteket pr. måned</translation>
    </message>
    <message>
        <source>Questions logged in the question log, counted by the month they were asked.</source>
        <translation>Spørgsmål i spørgsmålsloggen, talt i den måned, de blev stillet.</translation>
    </message>
</context>
<context>
    <name>PharmacyLabels</name>
    <message>
        <source>Storage</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>Dispensering</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>PN medicine</source>
        <translation>PN-medicin</translation>
    </message>
    <message>
        <source>Delegation and competences</source>
        <translation>Delegation og kompetencer</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Kassation</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Overholdt</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Ikke overholdt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Bivirkning</translation>
    </message>
    <message>
        <source>Dosing</source>
        <translation>Dosering</translation>
    </message>
    <message>
        <source>Crushing or splitting</source>
        <translation>Knusning/deling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>PharmacyPackageSection</name>
    <message>
        <source>the date in %1 is after the end of the report&apos;s month.</source>
        <translation>datoen i %1 ligger efter udgangen af rapportens måned.</translation>
    </message>
    <message>
        <source>the list %1 names &quot;%2&quot; more than once.</source>
        <translation>listen %1 nævner &quot;%2&quot; mere end én gang.</translation>
    </message>
    <message>
        <source>the counts in %1 do not add up to those in %2.</source>
        <translation>tallene i %1 summerer ikke til tallene i %2.</translation>
    </message>
    <message>
        <source>the deadline in %1 is before the visit.</source>
        <translation>fristen i %1 ligger før besøget.</translation>
    </message>
    <message>
        <source>the finding in %1 is closed, but the list holds only open findings.</source>
        <translation>fundet i %1 er lukket, men listen rummer kun åbne fund.</translation>
    </message>
    <message>
        <source>the list %1 must name every question category once.</source>
        <translation>listen %1 skal nævne hver spørgsmålskategori præcis én gang.</translation>
    </message>
    <message>
        <source>the field %1 is %2, more than the %3 questions in %4.</source>
        <translation>feltet %1 er %2, flere end de %3 spørgsmål i %4.</translation>
    </message>
    <message>
        <source>the field %1 does not agree with the date in %2.</source>
        <translation>feltet %1 stemmer ikke med datoen i %2.</translation>
    </message>
</context>
<context>
    <name>PharmacyReportSection</name>
    <message>
        <source>Pharmacy agreement: %1</source>
        <translation>Apoteksaftale: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pharmacy agreement: %1 (%n quality-assurance visit(s) a year)</source>
        <translation>
            <numerusform>Apoteksaftale: %1 (%n kvalitetssikringsbesøg om året)</numerusform>
            <numerusform>Apoteksaftale: %1 (%n kvalitetssikringsbesøg om året)</numerusform>
        </translation>
    </message>
    <message>
        <source>No quality-assurance visit by the end of the month.</source>
        <translation>Endnu intet kvalitetssikringsbesøg ved månedens udgang.</translation>
    </message>
    <message>
        <source>Latest visit: %1</source>
        <translation>Seneste besøg: %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Points that applied</source>
        <translation>Relevante punkter</translation>
    </message>
    <message>
        <source>Not complied with</source>
        <translation>Ikke overholdt</translation>
    </message>
    <message>
        <source>Share of points complied with</source>
        <translation>Andel overholdte punkter</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) not complied with at the latest visit. Points not answered or not applicable are left out of the share.</source>
        <translation>
            <numerusform>%n punkt blev ikke overholdt ved seneste besøg. Punkter, der ikke er besvaret eller ikke er relevante, tæller ikke med i andelen.</numerusform>
            <numerusform>%n punkter blev ikke overholdt ved seneste besøg. Punkter, der ikke er besvaret eller ikke er relevante, tæller ikke med i andelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Åbne fund</translation>
    </message>
    <message>
        <source>No open findings at the end of the month.</source>
        <translation>Ingen åbne fund ved månedens udgang.</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s) at the end of the month, %1 past the deadline.</source>
        <translation>
            <numerusform>%n åbent fund ved månedens udgang, %1 over fristen.</numerusform>
            <numerusform>%n åbne fund ved månedens udgang, %1 over fristen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punkt på tjeklisten</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, past the deadline</source>
        <translation>%1, over fristen</translation>
    </message>
    <message>
        <source>Questions to the pharmacy</source>
        <translation>Spørgsmål til apoteket</translation>
    </message>
    <message>
        <source>No questions to the pharmacy are logged yet.</source>
        <translation>Der er endnu ikke registreret spørgsmål til apoteket.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>The programme so far</source>
        <translation>Forløbet indtil nu</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle spørgsmål</translation>
    </message>
    <message>
        <source>Led to a changed procedure: %1 this month, %2 so far.</source>
        <translation>Førte til en ændret procedure: %1 i måneden, %2 i alt indtil nu.</translation>
    </message>
    <message>
        <source>The pharmacy&apos;s work</source>
        <translation>Apotekets arbejde</translation>
    </message>
    <message>
        <source>No pharmacy agreement, quality-assurance visits or questions to the pharmacy are registered.</source>
        <translation>Der er ikke registreret nogen apoteksaftale, kvalitetssikringsbesøg eller spørgsmål til apoteket.</translation>
    </message>
    <message>
        <source>No pharmacy agreement in force this month.</source>
        <translation>Ingen apoteksaftale i kraft i måneden.</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Kvalitetssikring</translation>
    </message>
    <message>
        <source>Quality-assurance visits this month: %1</source>
        <translation>Kvalitetssikringsbesøg i måneden: %1</translation>
    </message>
    <message>
        <source>Quality-assurance visits</source>
        <translation>Kvalitetssikringsbesøg</translation>
    </message>
    <message>
        <source>No quality-assurance visit was registered during the programme.</source>
        <translation>Der blev ikke registreret kvalitetssikringsbesøg i forløbet.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Findings: %1 opened, %2 closed, %3 still open at the end (%4 past the deadline).</source>
        <translation>Fund: %1 oprettet, %2 lukket, %3 stadig åbne ved forløbets slutning (%4 over fristen).</translation>
    </message>
    <message>
        <source>No pharmacy agreement, quality-assurance visits or questions to the pharmacy were registered during the programme.</source>
        <translation>Der blev ikke registreret nogen apoteksaftale, kvalitetssikringsbesøg eller spørgsmål til apoteket i forløbet.</translation>
    </message>
    <message>
        <source>No pharmacy agreement was in force during the programme.</source>
        <translation>Der var ingen apoteksaftale i kraft i forløbet.</translation>
    </message>
    <message>
        <source>No questions to the pharmacy were logged during the programme.</source>
        <translation>Der blev ikke registreret spørgsmål til apoteket i forløbet.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Led to a changed procedure: %1.</source>
        <translation>Førte til en ændret procedure: %1.</translation>
    </message>
</context>
<context>
    <name>PharmacyValidator</name>
    <message>
        <source>Choose the botilbud the agreement is for.</source>
        <translation>Vælg det botilbud, aftalen gælder.</translation>
    </message>
    <message>
        <source>Write the name of the pharmacy.</source>
        <translation>Skriv apotekets navn.</translation>
    </message>
    <message>
        <source>Choose the day the agreement starts.</source>
        <translation>Vælg den dag, aftalen begynder.</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>Aftalen kan ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>Tick what the pharmacy does: teaching, quality assurance or both.</source>
        <translation>Sæt kryds ved, hvad apoteket gør: undervisning, kvalitetssikring eller begge dele.</translation>
    </message>
    <message>
        <source>Visits per year must be between 0 and %1.</source>
        <translation>Besøg pr. år skal være mellem 0 og %1.</translation>
    </message>
    <message>
        <source>Teaching sessions per year must be between 0 and %1.</source>
        <translation>Undervisningsgange pr. år skal være mellem 0 og %1.</translation>
    </message>
    <message>
        <source>Quality assurance is agreed: write how many visits a year.</source>
        <translation>Der er aftalt kvalitetssikring: skriv, hvor mange besøg om året.</translation>
    </message>
    <message>
        <source>Choose the botilbud the checklist is for.</source>
        <translation>Vælg det botilbud, tjeklisten gælder.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>En tjekliste skal have mindst ét punkt.</translation>
    </message>
    <message>
        <source>Every checklist item needs a text.</source>
        <translation>Hvert punkt på tjeklisten skal have en tekst.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; is in the same area twice.</source>
        <translation>Punktet &quot;%1&quot; står to gange i samme område.</translation>
    </message>
    <message>
        <source>Choose the botilbud that was visited.</source>
        <translation>Vælg det botilbud, der fik besøg.</translation>
    </message>
    <message>
        <source>Choose the day of the visit.</source>
        <translation>Vælg dagen for besøget.</translation>
    </message>
    <message>
        <source>The visit cannot be in the future.</source>
        <translation>Besøget kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>Write who from the pharmacy did the audit.</source>
        <translation>Skriv, hvem fra apoteket der gennemførte kvalitetssikringen.</translation>
    </message>
    <message>
        <source>The visit must use one of the botilbud&apos;s checklists.</source>
        <translation>Besøget skal bruge en af botilbuddets tjeklister.</translation>
    </message>
    <message>
        <source>An answer names an item that is not on the checklist.</source>
        <translation>Et svar hører til et punkt, der ikke står på tjeklisten.</translation>
    </message>
    <message>
        <source>An item is answered twice.</source>
        <translation>Et punkt er besvaret to gange.</translation>
    </message>
    <message>
        <source>A finding belongs to an item of a visit.</source>
        <translation>Et fund hører til et punkt ved et besøg.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the visit.</source>
        <translation>Fristen kan ikke ligge før besøget.</translation>
    </message>
    <message>
        <source>Choose the day the action was completed.</source>
        <translation>Vælg den dag, handlingen blev gennemført.</translation>
    </message>
    <message>
        <source>The action cannot be completed in the future.</source>
        <translation>Handlingen kan ikke være gennemført i fremtiden.</translation>
    </message>
    <message>
        <source>The action cannot be completed before the visit.</source>
        <translation>Handlingen kan ikke være gennemført før besøget.</translation>
    </message>
    <message>
        <source>Describe the action before closing the finding.</source>
        <translation>Beskriv handlingen, før fundet lukkes.</translation>
    </message>
    <message>
        <source>Choose who is responsible for the action.</source>
        <translation>Vælg, hvem der er ansvarlig for handlingen.</translation>
    </message>
    <message>
        <source>Choose the botilbud that asked.</source>
        <translation>Vælg det botilbud, der spurgte.</translation>
    </message>
    <message>
        <source>Choose the day the question was asked.</source>
        <translation>Vælg den dag, spørgsmålet blev stillet.</translation>
    </message>
    <message>
        <source>The question cannot be asked in the future.</source>
        <translation>Spørgsmålet kan ikke være stillet i fremtiden.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Skriv spørgsmålet.</translation>
    </message>
    <message>
        <source>Write the pharmacy&apos;s answer, or clear the answer date.</source>
        <translation>Skriv apotekets svar, eller fjern svardatoen.</translation>
    </message>
    <message>
        <source>The answer cannot come before the question.</source>
        <translation>Svaret kan ikke komme før spørgsmålet.</translation>
    </message>
    <message>
        <source>The answer cannot be dated in the future.</source>
        <translation>Svaret kan ikke være dateret i fremtiden.</translation>
    </message>
    <message>
        <source>Choose the day the pharmacy answered.</source>
        <translation>Vælg den dag, apoteket svarede.</translation>
    </message>
    <message>
        <source>Only an answered question can be marked good to know.</source>
        <translation>Kun et besvaret spørgsmål kan markeres som &quot;godt at vide&quot;.</translation>
    </message>
</context>
<context>
    <name>PhaseReportSection</name>
    <message>
        <source>Workflow analysis before and after</source>
        <translation>Arbejdsgangsanalyse før og efter</translation>
    </message>
    <message>
        <source>No workflow analysis was written down.</source>
        <translation>Der er ikke skrevet nogen arbejdsgangsanalyse.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Risk before (%1)</source>
        <translation>Risiko før (%1)</translation>
    </message>
    <message>
        <source>Risk after (%1)</source>
        <translation>Risiko efter (%1)</translation>
    </message>
    <message>
        <source>Incidents before</source>
        <translation>Hændelser før</translation>
    </message>
    <message>
        <source>Incidents after</source>
        <translation>Hændelser efter</translation>
    </message>
    <message>
        <source>The analysis is repeated in phase 3 to show what changed.</source>
        <translation>Analysen gentages i fase 3 for at vise, hvad der har ændret sig.</translation>
    </message>
    <message>
        <source>Sustained measures</source>
        <translation>Fastholdte målepunkter</translation>
    </message>
    <message>
        <source>No change has been adopted yet.</source>
        <translation>Der er endnu ikke implementeret nogen ændring.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Målepunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Frozen centre line</source>
        <translation>Fastfrosset centerlinje</translation>
    </message>
    <message>
        <source>Frozen limits</source>
        <translation>Fastfrosne kontrolgrænser</translation>
    </message>
    <message>
        <source>adopted %1</source>
        <translation>implementeret %1</translation>
    </message>
    <message>
        <source>After a change is adopted, its measures get control limits from the first (at most 12) months after adoption; a later month beyond a limit or a run on the wrong side of the centre line means the change slips back.</source>
        <translation>Når en ændring er implementeret, får dens målepunkter kontrolgrænser beregnet på de første (højst 12) måneder efter implementeringen; en senere måned uden for en grænse eller et forløb på den forkerte side af centerlinjen betyder, at ændringen glider tilbage.</translation>
    </message>
    <message>
        <source>Spread of changes</source>
        <translation>Spredning af ændringer</translation>
    </message>
    <message>
        <source>No change was sent to or received from another botilbud as a change package.</source>
        <translation>Ingen ændring er sendt til eller modtaget fra et andet botilbud som forandringspakke.</translation>
    </message>
    <message>
        <source>Change sent as a change package</source>
        <translation>Ændring sendt som forandringspakke</translation>
    </message>
    <message>
        <source>Status here</source>
        <translation>Status her</translation>
    </message>
    <message>
        <source>Change received</source>
        <translation>Modtaget ændring</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Changes across the botilbud</source>
        <translation>Ændringer på tværs af botilbud</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planlagt %1</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 pr. måned</translation>
    </message>
    <message>
        <source>Incidents of the step&apos;s stage in the 12 months up to each analysis (from the programme&apos;s start when it began later), and per month so that periods of different length compare. Counts from 1 to 4 are shown as &quot;&lt;5&quot;.</source>
        <translation>Hændelser i trinnets procestrin i de 12 måneder op til hver analyse (fra forløbets start, hvis det begyndte senere), og pr. måned, så perioder af forskellig længde kan sammenlignes. Antal fra 1 til 4 vises som &quot;&lt;5&quot;.</translation>
    </message>
</context>
<context>
    <name>ProgrammeSetupService</name>
    <message>
        <source>Type the name of the botilbud.</source>
        <translation>Skriv botilbuddets navn.</translation>
    </message>
    <message>
        <source>This database already has a botilbud called %1. Choose another name.</source>
        <translation>Databasen har allerede et botilbud, der hedder %1. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>Type the number of residents, from 1 to 500.</source>
        <translation>Skriv antallet af beboere, fra 1 til 500.</translation>
    </message>
    <message>
        <source>Choose the month the programme starts.</source>
        <translation>Vælg den måned, forløbet starter.</translation>
    </message>
    <message>
        <source>The programme must start within two years back or one year ahead.</source>
        <translation>Forløbet skal starte inden for to år tilbage eller et år frem.</translation>
    </message>
    <message>
        <source>Type the name of the tovholder.</source>
        <translation>Skriv tovholderens navn.</translation>
    </message>
    <message>
        <source>Type the name of the leader.</source>
        <translation>Skriv lederens navn.</translation>
    </message>
    <message>
        <source>A working group of more than %1 people is not a working group: name the core group.</source>
        <translation>En arbejdsgruppe på mere end %1 personer er ikke en arbejdsgruppe: skriv kernegruppen.</translation>
    </message>
    <message numerus="yes">
        <source>The programme asks for a working group of %1–%2 people; with %n so far, add the rest when you know them (Forløb og kompetencer).</source>
        <translation>
            <numerusform>Forløbet beder om en arbejdsgruppe på %1–%2 personer; med %n indtil nu kan I tilføje resten, når I kender dem (Forløb og kompetencer).</numerusform>
            <numerusform>Forløbet beder om en arbejdsgruppe på %1–%2 personer; med %n indtil nu kan I tilføje resten, når I kender dem (Forløb og kompetencer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The programme asks for a working group of %1–%2 people; %n is more than that.</source>
        <translation>
            <numerusform>Forløbet beder om en arbejdsgruppe på %1–%2 personer; %n er flere end det.</numerusform>
            <numerusform>Forløbet beder om en arbejdsgruppe på %1–%2 personer; %n er flere end det.</numerusform>
        </translation>
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
    <name>ProgrammeView</name>
    <message>
        <source>Programme and competences</source>
        <translation>Forløb og kompetencer</translation>
    </message>
</context>
<context>
    <name>PullFromServerCommand</name>
    <message>
        <source>The new database file (must not exist).</source>
        <translation>Den nye databasefil (må ikke findes i forvejen).</translation>
    </message>
    <message>
        <source>Example: medicinsikker-cli pull-from-server --server &quot;host=db.kommune.dk dbname=medicinsikker user=tovholder&quot; --out besoeg.db</source>
        <translation>Eksempel: medicinsikker-cli pull-from-server --server &quot;host=db.kommune.dk dbname=medicinsikker user=tovholder&quot; --out besoeg.db</translation>
    </message>
    <message>
        <source>Make a local database file from a database on a PostgreSQL server</source>
        <translation>Lav en lokal databasefil ud fra en database på en PostgreSQL-server</translation>
    </message>
</context>
<context>
    <name>PushToServerCommand</name>
    <message>
        <source>The server database as a connection string, e.g. &quot;host=db.kommune.dk port=5432 dbname=medicinsikker user=tovholder&quot;. The password is asked for when it is needed (or taken from PGPASSWORD or ~/.pgpass).</source>
        <translation>Serverdatabasen som forbindelsesstreng, fx &quot;host=db.kommune.dk port=5432 dbname=medicinsikker user=tovholder&quot;. Adgangskoden spørges der om, når den skal bruges (eller den tages fra PGPASSWORD eller ~/.pgpass).</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables copied and compared in %3 ms</source>
        <translation>%1 rækker i %2 tabeller kopieret og sammenlignet på %3 ms</translation>
    </message>
    <message>
        <source>The database file to copy.</source>
        <translation>Databasefilen, der skal kopieres.</translation>
    </message>
    <message>
        <source>Example: medicinsikker-cli push-to-server --database botilbud.db --server &quot;host=db.kommune.dk dbname=medicinsikker user=tovholder&quot;</source>
        <translation>Eksempel: medicinsikker-cli push-to-server --database botilbud.db --server &quot;host=db.kommune.dk dbname=medicinsikker user=tovholder&quot;</translation>
    </message>
    <message>
        <source>Copy a database file into an empty database on a PostgreSQL server</source>
        <translation>Kopiér en databasefil til en tom database på en PostgreSQL-server</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Brug: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tilvalg]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tilvalg:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Der mangler en værdi efter &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet værdi efter &apos;%1&apos;.</translation>
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
    <name>QaVisitService</name>
    <message>
        <source>The finding is not one of this botilbud&apos;s.</source>
        <translation>Fundet hører ikke til dette botilbud.</translation>
    </message>
    <message>
        <source>This finding is already a change idea.</source>
        <translation>Dette fund er allerede en forandringsidé.</translation>
    </message>
    <message>
        <source>From the pharmacy&apos;s quality assurance on %1: &quot;%2&quot; was not compliant.</source>
        <translation>Fra apotekets kvalitetssikring %1: &quot;%2&quot; var ikke overholdt.</translation>
    </message>
</context>
<context>
    <name>ReportAnonymiser</name>
    <message>
        <source>[name]</source>
        <translation>[navn]</translation>
    </message>
    <message>
        <source>[CPR number]</source>
        <translation>[CPR-nummer]</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: the final evaluation is made from the botilbud&apos;s own database; this database only holds its monthly packages</source>
        <translation>%1: slutevalueringen laves fra botilbuddets egen database; denne database har kun dets månedlige datapakker</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, final evaluation)</source>
        <translation>Skrev %1 (%2, slutevaluering)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3)</source>
        <translation>Skrev %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The database file (read only).</source>
        <translation>Databasefilen (læses kun).</translation>
    </message>
    <message>
        <source>Name of the botilbud.</source>
        <translation>Botilbuddets navn.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: the latest month with measurements).</source>
        <translation>Måneden, ÅÅÅÅ-MM (standard: den seneste måned med målinger).</translation>
    </message>
    <message>
        <source>One report per botilbud; --out is then a folder.</source>
        <translation>Én rapport pr. botilbud; --out er så en mappe.</translation>
    </message>
    <message>
        <source>The final evaluation over the whole programme instead of a month.</source>
        <translation>Slutevalueringen for hele forløbet i stedet for en måned.</translation>
    </message>
    <message>
        <source>The PDF file (or, with --all, the folder).</source>
        <translation>PDF-filen (eller, med --all, mappen).</translation>
    </message>
    <message>
        <source>Writes the monthly report to PS! (månedsrapport) as an A4 PDF: the month&apos;s measures with
their run charts and readings, the PDSA cycles started and finished, the month&apos;s medication
incidents by stage and consequence (counts of 1-4 shown as &quot;&lt;5&quot;), the programme phase and
start-up status, the working group&apos;s own assessment and PS!&apos;s feedback.
--month defaults to the latest month with measurements. With --all, one PDF per botilbud
is written into the folder given by --out (created if missing).
With --final, the final evaluation over the whole programme is written instead: the aims,
every measure&apos;s baseline and latest median and chart, the changes adopted, the lessons
learned and the monthly self-assessments (--month is then not used).
The database is only read.
</source>
        <translation>Skriver månedsrapporten til PS! som A4-PDF: månedens målepunkter med seriediagrammer og
aflæsninger, de PDSA-cirkler, der er startet og afsluttet, månedens utilsigtede hændelser med
medicin fordelt på fase og konsekvens (antal fra 1 til 4 vises som &quot;&lt;5&quot;), forløbets fase og
opstartsstatus, arbejdsgruppens egen vurdering og PS!&apos;s tilbagemelding.
--month er som standard den seneste måned med målinger. Med --all skrives én PDF pr. botilbud
i mappen, som --out angiver (oprettes, hvis den mangler).
Med --final skrives i stedet slutevalueringen for hele forløbet: målene, hvert målepunkts
baseline, seneste median og diagram, de implementerede forandringer, læringen og de
månedlige selvvurderinger (--month bruges så ikke).
Databasen læses kun.
</translation>
    </message>
    <message>
        <source>--final covers the whole programme; leave out --month</source>
        <translation>--final dækker hele forløbet; udelad --month</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 reports in %3 ms</source>
        <translation>Skrev %1 af %2 rapporter på %3 ms</translation>
    </message>
    <message>
        <source>Write the monthly report (or final evaluation) as PDF</source>
        <translation>Skriv månedsrapporten (eller slutevalueringen) som PDF</translation>
    </message>
    <message>
        <source>With --all: processes working at once (default: one per core, %1 here).</source>
        <translation>Med --all: antal processer, der arbejder samtidig (standard: én pr. kerne, her %1).</translation>
    </message>
</context>
<context>
    <name>ReportComposerPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <source>Save the report as PS! receives it (anonymised) as a PDF file.</source>
        <translation>Gem rapporten, som PS! modtager den (anonymiseret), som PDF-fil.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportér PDF…</translation>
    </message>
    <message>
        <source>Print the report as PS! receives it.</source>
        <translation>Udskriv rapporten, som PS! modtager den.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save the month&apos;s report as a data package file for the PS! consultant and mark it as sent.</source>
        <translation>Gem månedens rapport som en datapakke til PS!-konsulenten og markér den som sendt.</translation>
    </message>
    <message>
        <source>Send data package…</source>
        <translation>Send datapakke…</translation>
    </message>
    <message>
        <source>Read a feedback package from the PS! consultant.</source>
        <translation>Indlæs en tilbagemelding fra PS!-konsulenten.</translation>
    </message>
    <message>
        <source>Load feedback…</source>
        <translation>Indlæs tilbagemelding…</translation>
    </message>
    <message>
        <source>Save the final evaluation over the whole programme as a PDF (phase 4).</source>
        <translation>Gem slutevalueringen over hele forløbet som PDF (fase 4).</translation>
    </message>
    <message>
        <source>Final evaluation…</source>
        <translation>Slutevaluering…</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+S)</source>
        <translation>Gem rapporten (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save and mark the report as sent to PS! today (when it went by e-mail or post).</source>
        <translation>Gem og markér rapporten som sendt til PS! i dag (når den er sendt med e-mail eller post).</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markér som sendt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feedback from PS!&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tilbagemelding fra PS!&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — the report as PS! receives it: counts under 5 shown as &quot;&amp;lt;5&quot;, no names.</source>
        <translation>&lt;b&gt;Forhåndsvisning&lt;/b&gt; — rapporten, som PS! modtager den: antal under 5 vises som &quot;&amp;lt;5&quot;, ingen navne.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Made with Medicinsikker on %1</source>
        <translation>Dannet med Medicinsikker %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>No programme registered</source>
        <translation>Intet forløb registreret</translation>
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
        <source>Phase %1 of 4: %2 · month %3 of %4</source>
        <translation>Fase %1 af 4: %2 · måned %3 af %4</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(ikke udfyldt)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>endnu ingen fremskridt</translation>
    </message>
    <message>
        <source>a little progress</source>
        <translation>lidt fremskridt</translation>
    </message>
    <message>
        <source>some progress</source>
        <translation>nogen fremskridt</translation>
    </message>
    <message>
        <source>good progress</source>
        <translation>gode fremskridt</translation>
    </message>
    <message>
        <source>excellent progress</source>
        <translation>fremragende fremskridt</translation>
    </message>
    <message>
        <source>%1 of 5 — %2</source>
        <translation>%1 af 5 — %2</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF&apos;en kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Månedsrapport</translation>
    </message>
    <message>
        <source>Final evaluation</source>
        <translation>Slutevaluering</translation>
    </message>
    <message>
        <source>The final evaluation could not be put together: %1</source>
        <translation>Slutevalueringen kunne ikke sættes sammen: %1</translation>
    </message>
</context>
<context>
    <name>ReportPackageActions</name>
    <message>
        <source>imported</source>
        <translation>indlæst</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>allerede indlæst</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>Send data package</source>
        <translation>Send datapakke</translation>
    </message>
    <message>
        <source>Load feedback</source>
        <translation>Indlæs tilbagemelding</translation>
    </message>
    <message>
        <source>Export feedback</source>
        <translation>Eksportér tilbagemelding</translation>
    </message>
    <message>
        <source>Data-package_%1_%2.json</source>
        <translation>Datapakke_%1_%2.json</translation>
    </message>
    <message>
        <source>Send data package to PS!</source>
        <translation>Send datapakke til PS!</translation>
    </message>
    <message>
        <source>Medicinsikker data packages (*.json)</source>
        <translation>Medicinsikker-datapakker (*.json)</translation>
    </message>
    <message>
        <source>The data package was not written:
%1</source>
        <translation>Datapakken blev ikke skrevet:
%1</translation>
    </message>
    <message>
        <source>The report of %1 for %2 was saved as a data package (%3):
%4

Send the file to your PS! consultant, e.g. by secure e-mail. It holds no names and no incident descriptions.</source>
        <translation>Rapporten for %1 for %2 er gemt som datapakke (%3):
%4

Send filen til jeres PS!-konsulent, fx med sikker e-mail. Den indeholder ingen navne og ingen beskrivelser af hændelser.</translation>
    </message>
    <message>
        <source>The report is now marked as sent.</source>
        <translation>Rapporten er nu markeret som sendt.</translation>
    </message>
    <message>
        <source>Load feedback from PS!</source>
        <translation>Indlæs tilbagemelding fra PS!</translation>
    </message>
    <message>
        <source>Medicinsikker data packages (*.json);;All files (*)</source>
        <translation>Medicinsikker-datapakker (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file was not loaded:
%1</source>
        <translation>Filen blev ikke indlæst:
%1</translation>
    </message>
    <message>
        <source>The file was a monthly report from %1 for %2, not feedback.</source>
        <translation>Filen var en månedsrapport fra %1 for %2, ikke en tilbagemelding.</translation>
    </message>
    <message>
        <source>This feedback for %1, %2 was loaded before; nothing changed.</source>
        <translation>Denne tilbagemelding til %1, %2 er indlæst før; intet er ændret.</translation>
    </message>
    <message>
        <source>The feedback from PS! on the report of %1 for %2 is loaded.</source>
        <translation>Tilbagemeldingen fra PS! på rapporten for %1 for %2 er indlæst.</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>tilbagemelding</translation>
    </message>
    <message>
        <source>new botilbud</source>
        <translation>nyt botilbud</translation>
    </message>
    <message>
        <source>replaces the earlier package</source>
        <translation>erstatter den tidligere pakke</translation>
    </message>
    <message>
        <source>Feedback_%1_%2.json</source>
        <translation>Tilbagemelding_%1_%2.json</translation>
    </message>
    <message>
        <source>Export feedback to the botilbud</source>
        <translation>Eksportér tilbagemelding til botilbuddet</translation>
    </message>
    <message>
        <source>The feedback package was not written:
%1</source>
        <translation>Tilbagemeldingen blev ikke skrevet:
%1</translation>
    </message>
    <message>
        <source>The feedback for %1, %2 was saved as %3. Send the file to the botilbud&apos;s tovholder.</source>
        <translation>Tilbagemeldingen til %1, %2 er gemt som %3. Send filen til botilbuddets tovholder.</translation>
    </message>
    <message>
        <source>Trust the sender</source>
        <translation>Stol på afsenderen</translation>
    </message>
    <message>
        <source>The key was not trusted:
%1</source>
        <translation>Nøglen blev ikke godkendt:
%1</translation>
    </message>
</context>
<context>
    <name>ReportPackageReader</name>
    <message>
        <source>the count in %1 is %2, but counts from 1 to 4 must be shown as &quot;&lt;5&quot; in a package.</source>
        <translation>antallet i %1 er %2, men antal fra 1 til 4 skal vises som &quot;&lt;5&quot; i en datapakke.</translation>
    </message>
    <message>
        <source>The package is not a monthly report.</source>
        <translation>Pakken er ikke en månedsrapport.</translation>
    </message>
    <message>
        <source>a spread key (a UUID) or &quot;&quot;</source>
        <translation>en spredningsnøgle (et UUID) eller &quot;&quot;</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Print report</source>
        <translation>Udskriv rapporten</translation>
    </message>
</context>
<context>
    <name>ReportWorkers</name>
    <message>
        <source>Wrote %1 of %2 reports in %3 ms (%4 processes)</source>
        <translation>Skrev %1 af %2 rapporter på %3 ms (%4 processer)</translation>
    </message>
</context>
<context>
    <name>RepositorySupport</name>
    <message>
        <source>Someone else saved this record while you were editing it. Nothing was saved.</source>
        <translation>En anden gemte dette, mens du redigerede det. Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>ResidentTextGuard</name>
    <message>
        <source>The text looks like a CPR number (ddmmyy-xxxx). Never write CPR numbers here.</source>
        <translation>Teksten ligner et CPR-nummer (ddmmåå-xxxx). Skriv aldrig CPR-numre her.</translation>
    </message>
    <message>
        <source>The text seems to name a resident. Write &quot;a resident&quot; instead of the name: questions and notes are about the medicine and the routine, not about who.</source>
        <translation>Teksten ser ud til at nævne en beboer ved navn. Skriv &quot;en beboer&quot; i stedet for navnet: spørgsmål og noter handler om medicinen og rutinen, ikke om hvem.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>The database file to replace.</source>
        <translation>Databasefilen, der skal erstattes.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Sikkerhedskopien, der skal gendannes.</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SIKKERHEDSKOPI</translation>
    </message>
    <message>
        <source>refused &apos;%1&apos;, nothing changed: %2</source>
        <translation>afviste &apos;%1&apos;, intet ændret: %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (taken %3, schema %4)</source>
        <translation>Gendannede %1 fra %2 (taget %3, skema %4)</translation>
    </message>
    <message>
        <source>The previous file is kept as %1</source>
        <translation>Den tidligere fil er gemt som %1</translation>
    </message>
    <message>
        <source>Replace a database with a backup (the current file is kept as a backup)</source>
        <translation>Erstat en database med en sikkerhedskopi (den nuværende fil gemmes som sikkerhedskopi)</translation>
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
    <name>RunChartSpecs</name>
    <message>
        <source>Too few values for a chart yet.</source>
        <translation>Endnu for få værdier til et diagram.</translation>
    </message>
    <message>
        <source>The chart could not be computed from these values.</source>
        <translation>Diagrammet kan ikke beregnes ud fra disse værdier.</translation>
    </message>
    <message>
        <source>%1 · latest %2 (%3)</source>
        <translation>%1 · seneste %2 (%3)</translation>
    </message>
    <message>
        <source>latest %1: %2</source>
        <translation>seneste %1: %2</translation>
    </message>
</context>
<context>
    <name>SeriousIncidentCusum</name>
    <message>
        <source>No incidents registered yet.</source>
        <translation>Der er endnu ikke registreret hændelser.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n incidents was serious; there is nothing to watch yet.</source>
        <translation>
            <numerusform>Hændelsen var ikke alvorlig; der er endnu intet at følge.</numerusform>
            <numerusform>Ingen af de %n hændelser var alvorlige; der er endnu intet at følge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every incident so far was serious; a CUSUM needs some that were not.</source>
        <translation>Alle hændelser indtil nu var alvorlige; en CUSUM kræver nogle, der ikke var.</translation>
    </message>
    <message>
        <source>The CUSUM could not be computed: %1</source>
        <translation>CUSUM&apos;en kunne ikke beregnes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Expected share of serious incidents: %1 % (the %n incidents of phase 1).</source>
        <translation>
            <numerusform>Forventet andel alvorlige hændelser: %1 % (den ene hændelse i fase 1).</numerusform>
            <numerusform>Forventet andel alvorlige hændelser: %1 % (de %n hændelser i fase 1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected share of serious incidents: %1 % (the first %n incidents).</source>
        <translation>
            <numerusform>Forventet andel alvorlige hændelser: %1 % (den første hændelse).</numerusform>
            <numerusform>Forventet andel alvorlige hændelser: %1 % (de første %n hændelser).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected share of serious incidents: %1 % (all %n incidents; too few for a baseline of their own).</source>
        <translation>
            <numerusform>Forventet andel alvorlige hændelser: %1 % (den ene hændelse; for få til en egen baseline).</numerusform>
            <numerusform>Forventet andel alvorlige hændelser: %1 % (alle %n hændelser; for få til en egen baseline).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>Connect to server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty. Set it up for Medicinsikker now?</source>
        <translation>Databasen %1 på serveren er tom. Skal den gøres klar til Medicinsikker nu?</translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>Kopierer %1 til %2…</translation>
    </message>
    <message>
        <source>Copy the database to a server</source>
        <translation>Kopiér databasen til en server</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables were copied to %3, and every table matches the file.

Continue working on the server now? The file stays as it is.</source>
        <translation>%1 rækker i %2 tabeller blev kopieret til %3, og alle tabeller stemmer med filen.

Vil du fortsætte på serveren nu? Filen forbliver, som den er.</translation>
    </message>
    <message>
        <source>Local copy of the server database</source>
        <translation>Lokal kopi af serverdatabasen</translation>
    </message>
    <message>
        <source>Medicinsikker databases (*.db)</source>
        <translation>Medicinsikker-databaser (*.db)</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables were copied to %3, and every table matches the server.</source>
        <translation>%1 rækker i %2 tabeller blev kopieret til %3, og alle tabeller stemmer med serveren.</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner (the kommune&apos;s IT) can copy the whole server database, with its history and accounts. You are signed in as %1.</source>
        <translation>Kun databasens ejer (kommunens IT) kan kopiere hele serverdatabasen med historik og konti. Du er logget ind som %1.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address could not be read (%1). Write it as host=NAME port=5432 dbname=DATABASE user=USER.</source>
        <translation>Serveradressen kunne ikke læses (%1). Skriv den som host=NAVN port=5432 dbname=DATABASE user=BRUGER.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>den er tom</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>&apos;%1&apos; har ingen værdi</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>et anførselstegn er ikke lukket</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>porten &apos;%1&apos; er ikke et tal fra 1 til 65535</translation>
    </message>
    <message>
        <source>dbname is missing</source>
        <translation>dbname mangler</translation>
    </message>
</context>
<context>
    <name>ServerConnectionErrors</name>
    <message>
        <source>The server %1 does not answer. Check the address and the network, or ask the person who runs the server.</source>
        <translation>Serveren %1 svarer ikke. Kontrollér adressen og netværket, eller spørg den, der driver serveren.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Try again.</source>
        <translation>Serveren %1 godkendte ikke brugernavnet eller adgangskoden. Prøv igen.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server. Check the name, or ask the person who runs the server to create it.</source>
        <translation>Databasen %1 findes ikke på serveren. Kontrollér navnet, eller bed den, der driver serveren, om at oprette den.</translation>
    </message>
    <message>
        <source>Could not connect to %1. The server said: %2</source>
        <translation>Kunne ikke forbinde til %1. Serveren svarede: %2</translation>
    </message>
    <message>
        <source>The database %1 on the server belongs to another program. Nothing was changed; choose another database.</source>
        <translation>Databasen %1 på serveren tilhører et andet program. Intet er ændret; vælg en anden database.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty. Copy a database to it with &quot;push-to-server&quot;, or start a new one there.</source>
        <translation>Databasen %1 på serveren er tom. Kopiér en database til den med &quot;push-to-server&quot;, eller start en ny der.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: the package libqt6sql6-psql is missing.</source>
        <translation>Denne installation kan ikke nå en PostgreSQL-server: pakken libqt6sql6-psql mangler.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Password for %1: </source>
        <translation>Adgangskode til %1: </translation>
    </message>
</context>
<context>
    <name>ServerTransferService</name>
    <message>
        <source>Copying %1 to %2 failed, and nothing was copied: %3</source>
        <translation>Kopieringen af %1 til %2 mislykkedes, og intet blev kopieret: %3</translation>
    </message>
    <message>
        <source>The copy of %1 in %2 does not match the original in these tables: %3.</source>
        <translation>Kopien af %1 i %2 stemmer ikke med originalen i disse tabeller: %3.</translation>
    </message>
    <message>
        <source>%1 already holds data. Copy only into an empty database.</source>
        <translation>%1 indeholder allerede data. Kopiér kun til en tom database.</translation>
    </message>
    <message>
        <source>%1 and %2 come from different versions of Medicinsikker. Open the older one in the newest version first.</source>
        <translation>%1 og %2 kommer fra forskellige versioner af Medicinsikker. Åbn den ældste i den nyeste version først.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new file name for the copy.</source>
        <translation>Filen %1 findes allerede. Vælg et nyt filnavn til kopien.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1.</source>
        <translation>Kopien kunne ikke gemmes som %1.</translation>
    </message>
</context>
<context>
    <name>SetGridValueCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Ændring i %1</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Demo: sign in as %1, all with the password &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Demo: log ind som %1, alle med adgangskoden &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
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
    <message numerus="yes">
        <source>Long-run signal: %n points in a row above the median (the limit is %1).</source>
        <translation>
            <numerusform>Serielængdesignal: %n punkt i træk over medianen (grænsen er %1).</numerusform>
            <numerusform>Serielængdesignal: %n punkter i træk over medianen (grænsen er %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long-run signal: %n points in a row below the median (the limit is %1).</source>
        <translation>
            <numerusform>Serielængdesignal: %n punkt i træk under medianen (grænsen er %1).</numerusform>
            <numerusform>Serielængdesignal: %n punkter i træk under medianen (grænsen er %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long-run signal: %n points in a row above the centre line (the limit is %1).</source>
        <translation>
            <numerusform>Serielængdesignal: %n punkt i træk over centerlinjen (grænsen er %1).</numerusform>
            <numerusform>Serielængdesignal: %n punkter i træk over centerlinjen (grænsen er %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long-run signal: %n points in a row below the centre line (the limit is %1).</source>
        <translation>
            <numerusform>Serielængdesignal: %n punkt i træk under centerlinjen (grænsen er %1).</numerusform>
            <numerusform>Serielængdesignal: %n punkter i træk under centerlinjen (grænsen er %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Crossings signal: the curve crosses the median %n time(s); at least %1 crossings are expected.</source>
        <translation>
            <numerusform>Krydssignal: kurven krydser medianen %n gang; mindst %1 krydsninger forventes.</numerusform>
            <numerusform>Krydssignal: kurven krydser medianen %n gange; mindst %1 krydsninger forventes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Crossings signal: the curve crosses the centre line %n time(s); at least %1 crossings are expected.</source>
        <translation>
            <numerusform>Krydssignal: kurven krydser centerlinjen %n gang; mindst %1 krydsninger forventes.</numerusform>
            <numerusform>Krydssignal: kurven krydser centerlinjen %n gange; mindst %1 krydsninger forventes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift signal (IHI rules): %n points in a row on the same side of the median (the limit is %1 or more).</source>
        <translation>
            <numerusform>Forskydningssignal (IHI-regler): %n punkt i træk på samme side af medianen (signal ved %1 eller flere).</numerusform>
            <numerusform>Forskydningssignal (IHI-regler): %n punkter i træk på samme side af medianen (signal ved %1 eller flere).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift signal (IHI rules): %n points in a row on the same side of the centre line (the limit is %1 or more).</source>
        <translation>
            <numerusform>Forskydningssignal (IHI-regler): %n punkt i træk på samme side af centerlinjen (signal ved %1 eller flere).</numerusform>
            <numerusform>Forskydningssignal (IHI-regler): %n punkter i træk på samme side af centerlinjen (signal ved %1 eller flere).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trend signal (IHI rules): %n points in a row steadily decreasing (the limit is %1 or more).</source>
        <translation>
            <numerusform>Trendsignal (IHI-regler): %n punkt i træk, der falder støt (signal ved %1 eller flere).</numerusform>
            <numerusform>Trendsignal (IHI-regler): %n punkter i træk, der falder støt (signal ved %1 eller flere).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trend signal (IHI rules): %n points in a row steadily increasing (the limit is %1 or more).</source>
        <translation>
            <numerusform>Trendsignal (IHI-regler): %n punkt i træk, der stiger støt (signal ved %1 eller flere).</numerusform>
            <numerusform>Trendsignal (IHI-regler): %n punkter i træk, der stiger støt (signal ved %1 eller flere).</numerusform>
        </translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>punkt %1</translation>
    </message>
    <message numerus="yes">
        <source>Point outside the control limits: %n point(s), at %1.</source>
        <translation>
            <numerusform>Uden for kontrolgrænserne: %n punkt (%1).</numerusform>
            <numerusform>Uden for kontrolgrænserne: %n punkter (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few useful points to judge: %n point(s) neither missing nor on the centre line; at least %1 are needed.</source>
        <translation>
            <numerusform>For få brugbare punkter til en vurdering: %n punkt, der hverken mangler eller ligger på centerlinjen; der kræves mindst %1.</numerusform>
            <numerusform>For få brugbare punkter til en vurdering: %n punkter, der hverken mangler eller ligger på centerlinjen; der kræves mindst %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signal: only random variation is seen.</source>
        <translation>Intet signal: der ses kun tilfældig variation.</translation>
    </message>
    <message>
        <source>Laney I′ chart, analysed with the IHI rules (shift and trend) and the control limits.</source>
        <translation>I′-kontroldiagram (Laney), analyseret med IHI-reglerne (forskydning og trend) og kontrolgrænserne.</translation>
    </message>
    <message>
        <source>Laney I′ chart, analysed with the Anhøj rules and the control limits.</source>
        <translation>I′-kontroldiagram (Laney), analyseret med Anhøj-reglerne og kontrolgrænserne.</translation>
    </message>
    <message>
        <source>The limits of each point are adjusted for its size (Laney), so large periods get narrow limits and small periods wide ones.</source>
        <translation>Grænserne for hvert punkt er justeret efter dets størrelse (Laney), så store perioder får smalle grænser og små perioder brede.</translation>
    </message>
    <message>
        <source>The S chart shows the spread (standard deviation) within each subgroup; a point above the upper limit is a subgroup with unusually large variation.</source>
        <translation>S-diagrammet viser spredningen (standardafvigelsen) inden for hver undergruppe; et punkt over den øvre kontrolgrænse er en undergruppe med usædvanligt stor variation.</translation>
    </message>
    <message>
        <source>The runs are judged with the best-box method (Anhøj and Wentzel-Larsen) for 10 to 100 useful points.</source>
        <translation>Serierne vurderes med best-box-metoden (Anhøj og Wentzel-Larsen) ved 10 til 100 brugbare punkter.</translation>
    </message>
    <message>
        <source>The runs are judged with the cut-box method (Anhøj and Wentzel-Larsen) for 10 to 100 useful points.</source>
        <translation>Serierne vurderes med cut-box-metoden (Anhøj og Wentzel-Larsen) ved 10 til 100 brugbare punkter.</translation>
    </message>
    <message numerus="yes">
        <source>Runs signal (box method): a longest run of %n point(s) together with %1 crossing(s) of the median is more than random variation gives for %2 useful points.</source>
        <translation>
            <numerusform>Seriesignal (boksmetoden): den længste serie (%n punkt) og antallet af krydsninger af medianen (%1) er tilsammen mere, end tilfældig variation kan forklare ved %2 brugbare punkter.</numerusform>
            <numerusform>Seriesignal (boksmetoden): den længste serie (%n punkter) og antallet af krydsninger af medianen (%1) er tilsammen mere, end tilfældig variation kan forklare ved %2 brugbare punkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs signal (box method): a longest run of %n point(s) together with %1 crossing(s) of the centre line is more than random variation gives for %2 useful points.</source>
        <translation>
            <numerusform>Seriesignal (boksmetoden): den længste serie (%n punkt) og antallet af krydsninger af centerlinjen (%1) er tilsammen mere, end tilfældig variation kan forklare ved %2 brugbare punkter.</numerusform>
            <numerusform>Seriesignal (boksmetoden): den længste serie (%n punkter) og antallet af krydsninger af centerlinjen (%1) er tilsammen mere, end tilfældig variation kan forklare ved %2 brugbare punkter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bernoulli CUSUM of %n case(s), each with or without an event.</source>
        <translation>
            <numerusform>Bernoulli-CUSUM over %n tilfælde, hvert med eller uden en hændelse.</numerusform>
            <numerusform>Bernoulli-CUSUM over %n tilfælde, hvert med eller uden en hændelse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected risk of an event: %1, the rate of the first %n case(s).</source>
        <translation>
            <numerusform>Forventet risiko for en hændelse: %1, andelen i det første tilfælde.</numerusform>
            <numerusform>Forventet risiko for en hændelse: %1, andelen i de første %n tilfælde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected risk of an event: %1.</source>
        <translation>Forventet risiko for en hændelse: %1.</translation>
    </message>
    <message>
        <source>The chart watches for the odds of an event rising or falling by a factor %1 (a risk of %2 or %3); the limits are ±%4.</source>
        <translation>Diagrammet holder øje med, om odds for en hændelse stiger eller falder med en faktor %1 (en risiko på %2 eller %3); grænserne er ±%4.</translation>
    </message>
    <message numerus="yes">
        <source>Events seen: %n of %1 case(s).</source>
        <translation>
            <numerusform>Hændelser: %n af %1 tilfælde.</numerusform>
            <numerusform>Hændelser: %n af %1 tilfælde.</numerusform>
        </translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>tilfælde %1</translation>
    </message>
    <message numerus="yes">
        <source>Signal: the risk has risen; the upper CUSUM reached the limit %n time(s), at %1.</source>
        <translation>
            <numerusform>Signal: risikoen er steget; den øvre CUSUM nåede grænsen %n gang, ved %1.</numerusform>
            <numerusform>Signal: risikoen er steget; den øvre CUSUM nåede grænsen %n gange, ved %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signal: the risk has fallen; the lower CUSUM reached the limit %n time(s), at %1.</source>
        <translation>
            <numerusform>Signal: risikoen er faldet; den nedre CUSUM nåede grænsen %n gang, ved %1.</numerusform>
            <numerusform>Signal: risikoen er faldet; den nedre CUSUM nåede grænsen %n gange, ved %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signal: the events agree with the expected risk.</source>
        <translation>Intet signal: hændelserne svarer til den forventede risiko.</translation>
    </message>
    <message>
        <source>No observations to count.</source>
        <translation>Ingen observationer at tælle.</translation>
    </message>
    <message numerus="yes">
        <source>Pareto chart of %n observation(s), largest category first.</source>
        <translation>
            <numerusform>Paretodiagram over %n observation, største kategori først.</numerusform>
            <numerusform>Paretodiagram over %n observationer, største kategori først.</numerusform>
        </translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(mangler)</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest category(ies) make up %1 of the observations: %2.</source>
        <translation>
            <numerusform>Den største kategori udgør %1 af observationerne: %2.</numerusform>
            <numerusform>De %n største kategorier udgør %1 af observationerne: %2.</numerusform>
        </translation>
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
        <translation>
            <numerusform>Serielængdesignal: %n punkt i træk over centerlinjen er mere, end tilfældig variation kan forklare.</numerusform>
            <numerusform>Serielængdesignal: %n punkter i træk over centerlinjen er mere, end tilfældig variation kan forklare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long-run signal: %n points in a row below the centre line, more than chance explains.</source>
        <translation>
            <numerusform>Serielængdesignal: %n punkt i træk under centerlinjen er mere, end tilfældig variation kan forklare.</numerusform>
            <numerusform>Serielængdesignal: %n punkter i træk under centerlinjen er mere, end tilfældig variation kan forklare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossings signal: the curve crosses the centre line fewer times than chance explains; the latest long run lies above it.</source>
        <translation>Krydssignal: kurven krydser centerlinjen færre gange, end tilfældig variation kan forklare; den seneste lange serie ligger over centerlinjen.</translation>
    </message>
    <message>
        <source>Crossings signal: the curve crosses the centre line fewer times than chance explains; the latest long run lies below it.</source>
        <translation>Krydssignal: kurven krydser centerlinjen færre gange, end tilfældig variation kan forklare; den seneste lange serie ligger under centerlinjen.</translation>
    </message>
    <message numerus="yes">
        <source>A shift: %n points in a row above the centre line.</source>
        <translation>
            <numerusform>Forskydningssignal: %n punkt i træk over centerlinjen.</numerusform>
            <numerusform>Forskydningssignal: %n punkter i træk over centerlinjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A shift: %n points in a row below the centre line.</source>
        <translation>
            <numerusform>Forskydningssignal: %n punkt i træk under centerlinjen.</numerusform>
            <numerusform>Forskydningssignal: %n punkter i træk under centerlinjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A trend: %n points in a row rising.</source>
        <translation>
            <numerusform>Trendsignal: %n punkt i træk, der stiger.</numerusform>
            <numerusform>Trendsignal: %n punkter i træk, der stiger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A trend: %n points in a row falling.</source>
        <translation>
            <numerusform>Trendsignal: %n punkt i træk, der falder.</numerusform>
            <numerusform>Trendsignal: %n punkter i træk, der falder.</numerusform>
        </translation>
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
        <translation>Intet signal: tilfældig variation alene kan forklare udsvingene.</translation>
    </message>
</context>
<context>
    <name>SlipBack</name>
    <message>
        <source>Slipping back: since »%1« was adopted in %2, %3 lies above the upper control limit.</source>
        <translation>Glider tilbage: efter at »%1« blev implementeret i %2, ligger %3 over den øvre kontrolgrænse.</translation>
    </message>
    <message>
        <source>Slipping back: since »%1« was adopted in %2, %3 lies below the lower control limit.</source>
        <translation>Glider tilbage: efter at »%1« blev implementeret i %2, ligger %3 under den nedre kontrolgrænse.</translation>
    </message>
    <message numerus="yes">
        <source>Slipping back: since »%1« was adopted in %2, the latest %n measurement(s) lie above the new level.</source>
        <translation>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, ligger den seneste måling over det nye niveau.</numerusform>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, ligger de seneste %n målinger over det nye niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping back: since »%1« was adopted in %2, the latest %n measurement(s) lie below the new level.</source>
        <translation>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, ligger den seneste måling under det nye niveau.</numerusform>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, ligger de seneste %n målinger under det nye niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping back: since »%1« was adopted in %2, the latest %n month(s) lie above the new level.</source>
        <translation>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, ligger den seneste måned over det nye niveau.</numerusform>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, ligger de seneste %n måneder over det nye niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping back: since »%1« was adopted in %2, the latest %n month(s) lie below the new level.</source>
        <translation>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, ligger den seneste måned under det nye niveau.</numerusform>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, ligger de seneste %n måneder under det nye niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping back: since »%1« was adopted in %2, %n month(s) in a row from %3 to %4 lay above the new level.</source>
        <translation>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, lå %n måned fra %3 til %4 over det nye niveau.</numerusform>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, lå %n måneder i træk fra %3 til %4 over det nye niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping back: since »%1« was adopted in %2, %n month(s) in a row from %3 to %4 lay below the new level.</source>
        <translation>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, lå %n måned fra %3 til %4 under det nye niveau.</numerusform>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, lå %n måneder i træk fra %3 til %4 under det nye niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping back: since »%1« was adopted in %2, %n measurement(s) in a row from %3 to %4 lay above the new level.</source>
        <translation>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, lå %n måling i træk fra %3 til %4 over det nye niveau.</numerusform>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, lå %n målinger i træk fra %3 til %4 over det nye niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipping back: since »%1« was adopted in %2, %n measurement(s) in a row from %3 to %4 lay below the new level.</source>
        <translation>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, lå %n måling i træk fra %3 til %4 under det nye niveau.</numerusform>
            <numerusform>Glider tilbage: efter at »%1« blev implementeret i %2, lå %n målinger i træk fra %3 til %4 under det nye niveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadPlanService</name>
    <message>
        <source>Choose the botilbud that is to take up the change.</source>
        <translation>Vælg det botilbud, der skal tage forandringen op.</translation>
    </message>
    <message>
        <source>Choose the change the plan is for.</source>
        <translation>Vælg den forandring, planen gælder.</translation>
    </message>
    <message>
        <source>The change needs a title.</source>
        <translation>Forandringen skal have en titel.</translation>
    </message>
    <message>
        <source>Shorten the title to at most %1 characters.</source>
        <translation>Gør titlen kortere, højst %1 tegn.</translation>
    </message>
    <message>
        <source>Choose the month the botilbud is to start, for example March 2027.</source>
        <translation>Vælg den måned, botilbuddet skal starte, fx marts 2027.</translation>
    </message>
    <message>
        <source>The planned month is more than %1 years ahead. Choose a month before %2.</source>
        <translation>Den planlagte måned ligger mere end %1 år ude i fremtiden. Vælg en måned før %2.</translation>
    </message>
    <message>
        <source>Choose a month from the year 2000 on.</source>
        <translation>Vælg en måned fra år 2000 og frem.</translation>
    </message>
    <message>
        <source>Shorten the note to at most %1 characters.</source>
        <translation>Gør noten kortere, højst %1 tegn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a planned month for &quot;%2&quot;. Change that one instead.</source>
        <translation>&quot;%1&quot; har allerede en planlagt måned for &quot;%2&quot;. Ret den i stedet.</translation>
    </message>
</context>
<context>
    <name>SpreadStatusRule</name>
    <message>
        <source>adopted</source>
        <translation>implementeret</translation>
    </message>
    <message>
        <source>being tested</source>
        <translation>afprøves</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>opgivet</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
</context>
<context>
    <name>StartupChecklist</name>
    <message numerus="yes">
        <source>the &quot;before&quot; workflow analysis describes who does each of the %n step(s) and how</source>
        <translation>
            <numerusform>arbejdsgangsanalysen »før« beskriver, hvem der udfører det %n trin, og hvordan</numerusform>
            <numerusform>arbejdsgangsanalysen »før« beskriver, hvem der udfører hvert af de %n trin, og hvordan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n guideline(s) in use have been reviewed</source>
        <translation>
            <numerusform>den %n gældende retningslinje er gennemgået</numerusform>
            <numerusform>alle %n retningslinjer i brug er gennemgået</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n staff member(s) who handle medicine hold a current delegation</source>
        <translation>
            <numerusform>den %n medarbejder, der håndterer medicin, har en gældende delegation</numerusform>
            <numerusform>alle %n medarbejdere, der håndterer medicin, har en gældende delegation</numerusform>
        </translation>
    </message>
    <message>
        <source>the competence survey &quot;%1&quot; has answers</source>
        <translation>kompetenceafdækningen »%1« har svar</translation>
    </message>
</context>
<context>
    <name>StartupLabels</name>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gældende</translation>
    </message>
    <message>
        <source>needs revision</source>
        <translation>skal revideres</translation>
    </message>
    <message>
        <source>under revision</source>
        <translation>under revision</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>udgået</translation>
    </message>
    <message>
        <source>Prescribing</source>
        <translation>Ordination</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Modtagelse</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>Dispensering</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Administration of medicine</source>
        <translation>Administration af medicin</translation>
    </message>
    <message>
        <source>PRN medicine</source>
        <translation>PN-medicin</translation>
    </message>
    <message>
        <source>Insulin / injection</source>
        <translation>Insulin / injektion</translation>
    </message>
    <message>
        <source>Tube feeding / medicine by tube</source>
        <translation>Sondemad / sondemedicin</translation>
    </message>
    <message>
        <source>Eye drops</source>
        <translation>Øjendråber</translation>
    </message>
    <message>
        <source>Inhalation</source>
        <translation>Inhalation</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Plaster</translation>
    </message>
    <message>
        <source>Suppositories / rectal medicine</source>
        <translation>Stikpiller / rektal medicin</translation>
    </message>
    <message>
        <source>Blood glucose measurement</source>
        <translation>Blodsukkermåling</translation>
    </message>
</context>
<context>
    <name>StartupValidator</name>
    <message>
        <source>Choose the botilbud the analysis is for.</source>
        <translation>Vælg det botilbud, analysen gælder.</translation>
    </message>
    <message>
        <source>Choose the day the analysis was made.</source>
        <translation>Vælg den dag, analysen blev lavet.</translation>
    </message>
    <message>
        <source>The analysis cannot be dated in the future.</source>
        <translation>Analysen kan ikke dateres ud i fremtiden.</translation>
    </message>
    <message>
        <source>A step of the process is in the analysis twice.</source>
        <translation>Et trin i processen står to gange i analysen.</translation>
    </message>
    <message>
        <source>Describe the known risks of the step, or set the risk level to &quot;not assessed&quot;.</source>
        <translation>Beskriv de kendte risici ved trinnet, eller sæt risikoniveauet til »ikke vurderet«.</translation>
    </message>
    <message>
        <source>A finding belongs to a step of the analysis.</source>
        <translation>Et fund hører til et trin i analysen.</translation>
    </message>
    <message>
        <source>Write what was found.</source>
        <translation>Skriv, hvad der blev fundet.</translation>
    </message>
    <message>
        <source>Choose the botilbud the guideline belongs to.</source>
        <translation>Vælg det botilbud, retningslinjen hører til.</translation>
    </message>
    <message>
        <source>Write the guideline&apos;s title.</source>
        <translation>Skriv retningslinjens titel.</translation>
    </message>
    <message>
        <source>The guideline cannot be dated in the future.</source>
        <translation>Retningslinjen kan ikke dateres ud i fremtiden.</translation>
    </message>
    <message>
        <source>The review cannot be dated in the future.</source>
        <translation>Gennemgangen kan ikke dateres ud i fremtiden.</translation>
    </message>
    <message>
        <source>The review cannot be before the guideline was dated.</source>
        <translation>Gennemgangen kan ikke ligge før retningslinjens dato.</translation>
    </message>
    <message>
        <source>Choose the day of the review the note is about.</source>
        <translation>Vælg dagen for den gennemgang, noten handler om.</translation>
    </message>
    <message>
        <source>The next review cannot be before the guideline was dated.</source>
        <translation>Næste revision kan ikke ligge før retningslinjens dato.</translation>
    </message>
    <message>
        <source>The next review cannot be before the last one.</source>
        <translation>Næste revision kan ikke ligge før den seneste gennemgang.</translation>
    </message>
    <message>
        <source>Choose when the guideline is to be reviewed next (a retired one needs no date).</source>
        <translation>Vælg, hvornår retningslinjen skal revideres næste gang (en udgået retningslinje behøver ingen dato).</translation>
    </message>
    <message>
        <source>Choose the botilbud the delegation belongs to.</source>
        <translation>Vælg det botilbud, delegationen hører til.</translation>
    </message>
    <message>
        <source>Choose the staff member who holds the right.</source>
        <translation>Vælg den medarbejder, der har delegationen.</translation>
    </message>
    <message>
        <source>Write which right is delegated.</source>
        <translation>Skriv, hvilken rettighed der er delegeret.</translation>
    </message>
    <message>
        <source>Write which doctor delegated the right.</source>
        <translation>Skriv, hvilken læge der har delegeret rettigheden.</translation>
    </message>
    <message>
        <source>Choose the day the delegation starts.</source>
        <translation>Vælg den dag, delegationen begynder.</translation>
    </message>
    <message>
        <source>The delegation cannot end before it starts.</source>
        <translation>Delegationen kan ikke ophøre, før den begynder.</translation>
    </message>
</context>
<context>
    <name>SustainPlanValidator</name>
    <message>
        <source>Choose the botilbud the plan is for.</source>
        <translation>Vælg det botilbud, planen gælder.</translation>
    </message>
    <message>
        <source>Choose the adopted change the check belongs to.</source>
        <translation>Vælg den implementerede ændring, kontrollen hører til.</translation>
    </message>
    <message>
        <source>Write what is checked.</source>
        <translation>Skriv, hvad der kontrolleres.</translation>
    </message>
    <message>
        <source>Say what is checked in at most %1 characters.</source>
        <translation>Beskriv det, der kontrolleres, med højst %1 tegn.</translation>
    </message>
    <message>
        <source>Choose who makes the check.</source>
        <translation>Vælg, hvem der udfører kontrollen.</translation>
    </message>
    <message>
        <source>The last check cannot be in the future.</source>
        <translation>Den seneste kontrol kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>Keep the note to at most %1 characters.</source>
        <translation>Hold noten på højst %1 tegn.</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>ugentligt</translation>
    </message>
    <message>
        <source>every 14 days</source>
        <translation>hver 14. dag</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>månedligt</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>kvartalsvis</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>halvårligt</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>årligt</translation>
    </message>
</context>
<context>
    <name>SustainService</name>
    <message>
        <source>The change is not one of this botilbud&apos;s.</source>
        <translation>Ændringen hører ikke til dette botilbud.</translation>
    </message>
    <message>
        <source>Choose someone from this botilbud to make the check.</source>
        <translation>Vælg en person fra dette botilbud til at udføre kontrollen.</translation>
    </message>
    <message>
        <source>Choose one of this botilbud&apos;s measures.</source>
        <translation>Vælg et af dette botilbuds målepunkter.</translation>
    </message>
    <message>
        <source>The check belongs to another botilbud.</source>
        <translation>Kontrollen hører til et andet botilbud.</translation>
    </message>
</context>
<context>
    <name>SustainedChanges</name>
    <message>
        <source>Holding the level</source>
        <translation>Holder niveauet</translation>
    </message>
    <message>
        <source>Slipping back</source>
        <translation>Glider tilbage</translation>
    </message>
    <message>
        <source>Too few measurements yet</source>
        <translation>For få målinger endnu</translation>
    </message>
    <message>
        <source>No measures linked</source>
        <translation>Ingen målepunkter tilknyttet</translation>
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
    <name>TrainingPage</name>
    <message>
        <source>Search person or course (Ctrl+F)</source>
        <translation>Søg medarbejder eller kursus (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Kun forfaldne</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nyt kursus</translation>
    </message>
    <message>
        <source>Register a completed course (Ctrl+N)</source>
        <translation>Registrér et gennemført kursus (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>&amp;Staff member: *</source>
        <translation>&amp;Medarbejder: *</translation>
    </message>
    <message>
        <source>&amp;Course: *</source>
        <translation>&amp;Kursus: *</translation>
    </message>
    <message>
        <source>e.g. Medicine handling, basic</source>
        <translation>fx Medicinhåndtering, grundkursus</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Udbyder:</translation>
    </message>
    <message>
        <source>C&amp;ompleted: *</source>
        <translation>&amp;Gennemført: *</translation>
    </message>
    <message>
        <source>&amp;Refresher due:</source>
        <translation>Genopf&amp;riskning senest:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the course (Ctrl+S)</source>
        <translation>Gem kurset (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>The competence topic the course trains. Its refresher interval plans the next course.</source>
        <translation>Det kompetenceemne, kurset træner. Emnets interval for genopfriskning planlægger næste kursus.</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Aftale:</translation>
    </message>
    <message>
        <source>The pharmacy agreement a pharmacy course was given under.</source>
        <translation>Den aftale med apoteket, et kursus fra apoteket er givet under.</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>The database file (must exist).</source>
        <translation>Databasefilen (skal findes).</translation>
    </message>
    <message>
        <source>A package signed by the key to trust.</source>
        <translation>En datapakke signeret med den nøgle, der skal godkendes.</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAKKE</translation>
    </message>
    <message>
        <source>The fingerprint the sender read to you; the key is trusted only if it matches.</source>
        <translation>Fingeraftrykket, som afsenderen læste op for dig; nøglen godkendes kun, hvis det passer.</translation>
    </message>
    <message>
        <source>Replace another key already trusted for this botilbud.</source>
        <translation>Erstat en anden nøgle, der allerede er godkendt for dette botilbud.</translation>
    </message>
    <message>
        <source>Ask the sender for their fingerprint (medicinsikker-cli fingerprint) by phone and compare it with the one shown here.
Example: medicinsikker-cli trust --database consultant.db --package sep.json</source>
        <translation>Bed afsenderen om deres fingeraftryk (medicinsikker-cli fingerprint) i telefonen, og sammenlign det med det, der vises her.
Eksempel: medicinsikker-cli trust --database konsulent.db --package sep.json</translation>
    </message>
    <message>
        <source>nothing trusted: %1</source>
        <translation>intet godkendt: %1</translation>
    </message>
    <message>
        <source>Package signed for %1</source>
        <translation>Datapakken er signeret for %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingeraftryk: %1</translation>
    </message>
    <message>
        <source>nothing trusted: the package&apos;s fingerprint %1 is not the one you were given (%2) — contact the sender</source>
        <translation>intet godkendt: datapakkens fingeraftryk %1 er ikke det, du fik oplyst (%2) — kontakt afsenderen</translation>
    </message>
    <message>
        <source>This key is already trusted for %1; nothing changed.</source>
        <translation>Nøglen er allerede godkendt for %1; intet er ændret.</translation>
    </message>
    <message>
        <source>Trusted: packages signed by %1 for %2 are imported into &apos;%3&apos; from now on.</source>
        <translation>Godkendt: datapakker signeret med %1 for %2 importeres fra nu af i &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Trust the key that signed a package (after comparing its fingerprint)</source>
        <translation>Godkend nøglen, der har signeret en datapakke (efter at have sammenlignet fingeraftrykket)</translation>
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
        <source>The monthly report to PS! and the consultant&apos;s feedback.</source>
        <translation>Månedsrapporten til PS! og konsulentens tilbagemelding.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Who changed what and when: every change, kept in a chain that shows if it was altered.</source>
        <translation>Hvem ændrede hvad og hvornår: hver ændring, gemt i en kæde der viser, om den er ændret bagefter.</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <source>The pharmacy agreement, quality-assurance visits with findings and follow-up, questions to the pharmacy and refresher training.</source>
        <translation>Aftalen med apoteket, kvalitetssikringsbesøg med fund og opfølgning, spørgsmål til apoteket og genopfriskning.</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Opstart</translation>
    </message>
    <message>
        <source>Sustain and spread</source>
        <translation>Fastholdelse og spredning</translation>
    </message>
    <message>
        <source>Phase 1: the workflow analysis of the medication process, the review of the local guidelines and the register of delegated rights.</source>
        <translation>Fase 1: arbejdsgangsanalysen af medicinprocessen, gennemgangen af de lokale retningslinjer og registeret over delegerede rettigheder.</translation>
    </message>
    <message>
        <source>Phase 3: adopted changes with frozen control limits and their sustain plans, and change packages to and from other botilbud.</source>
        <translation>Fase 3: implementerede ændringer med fastfrosne kontrolgrænser og deres fastholdelsesplaner samt forandringspakker til og fra andre botilbud.</translation>
    </message>
</context>
<context>
    <name>VisitMarkers</name>
    <message>
        <source>The pharmacy&apos;s quality assurance (%1 complied with)</source>
        <translation>Apotekets kvalitetssikring (%1 overholdt)</translation>
    </message>
    <message>
        <source>The pharmacy&apos;s quality assurance</source>
        <translation>Apotekets kvalitetssikring</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>The workflow analysis is not one of this botilbud&apos;s.</source>
        <translation>Arbejdsgangsanalysen hører ikke til dette botilbud.</translation>
    </message>
    <message>
        <source>The botilbud already has a &quot;%1&quot; analysis: open it instead.</source>
        <translation>Botilbuddet har allerede en »%1«-analyse: åbn den i stedet.</translation>
    </message>
    <message>
        <source>This finding is already a change idea.</source>
        <translation>Dette fund er allerede en forandringsidé.</translation>
    </message>
    <message>
        <source>From the workflow analysis on %1, step &quot;%2&quot;: %3</source>
        <translation>Fra arbejdsgangsanalysen %1, trinnet »%2«: %3</translation>
    </message>
</context>
<context>
    <name>WorkingGroupCheck</name>
    <message>
        <source>The botilbud has no tovholder.</source>
        <translation>Botilbuddet har ingen tovholder.</translation>
    </message>
    <message>
        <source>The botilbud has no leader in the programme.</source>
        <translation>Botilbuddet har ingen leder med i forløbet.</translation>
    </message>
    <message numerus="yes">
        <source>The working group has %n member(s) besides the tovholder and the leader; the programme asks for 3 to 5.</source>
        <translation>
            <numerusform>Arbejdsgruppen har %n medlem ud over tovholder og leder; forløbet lægger op til 3 til 5.</numerusform>
            <numerusform>Arbejdsgruppen har %n medlemmer ud over tovholder og leder; forløbet lægger op til 3 til 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The working group has %n members besides the tovholder and the leader; the programme asks for 3 to 5.</source>
        <translation>
            <numerusform>Arbejdsgruppen har %n medlem ud over tovholder og leder; forløbet lægger op til 3 til 5.</numerusform>
            <numerusform>Arbejdsgruppen har %n medlemmer ud over tovholder og leder; forløbet lægger op til 3 til 5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsafe::app::AccountDialog</name>
    <message>
        <source>Account for %1</source>
        <translation>Konto til %1</translation>
    </message>
    <message>
        <source>New temporary password for %1</source>
        <translation>Ny midlertidig adgangskode til %1</translation>
    </message>
    <message>
        <source>Give %1 the temporary password in person. %1 chooses a new password at the first sign-in.</source>
        <translation>Giv %1 den midlertidige adgangskode personligt. %1 vælger en ny adgangskode ved første login.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindst %1 tegn</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Midlertidig adgangskode:</translation>
    </message>
</context>
<context>
    <name>medsafe::app::AgreementPage</name>
    <message>
        <source>Search agreements</source>
        <translation>Søg i aftaler</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Telefon eller e-mail</translation>
    </message>
    <message>
        <source>Teaching of the staff</source>
        <translation>Undervisning af medarbejderne</translation>
    </message>
    <message>
        <source>Quality assurance of medication handling</source>
        <translation>Kvalitetssikring af medicinhåndteringen</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <source>Quality-assurance visits a year</source>
        <translation>Kvalitetssikringsbesøg om året</translation>
    </message>
    <message>
        <source>Teaching sessions a year</source>
        <translation>Undervisningsgange om året</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>The pharmacy agreements could not be read: %1</source>
        <translation>Aftalerne med apoteket kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Visits a year</source>
        <translation>Besøg om året</translation>
    </message>
    <message>
        <source>The agreement was not saved:
%1</source>
        <translation>Aftalen blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Slet aftale</translation>
    </message>
    <message>
        <source>Delete the agreement with %1? Visits and courses keep their dates but lose the link to it.</source>
        <translation>Slet aftalen med %1? Besøg og kurser beholder deres datoer, men mister koblingen til aftalen.</translation>
    </message>
    <message>
        <source>The agreement was not deleted:
%1</source>
        <translation>Aftalen blev ikke slettet:
%1</translation>
    </message>
    <message>
        <source>The agreement has changes that are not saved. Save them now?</source>
        <translation>Aftalen har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n aftale</numerusform>
            <numerusform>%n aftaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsafe::app::BotilbudChartTile</name>
    <message>
        <source>– Not measured</source>
        <translation>– Måles ikke</translation>
    </message>
    <message>
        <source>The botilbud has no measure of this name.</source>
        <translation>Botilbuddet har intet målepunkt med dette navn.</translation>
    </message>
    <message>
        <source>– No chart</source>
        <translation>– Intet diagram</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password now.</source>
        <translation>Du er logget ind med en midlertidig adgangskode. Vælg din egen adgangskode nu.</translation>
    </message>
    <message>
        <source>Choose a new password of at least %1 characters.</source>
        <translation>Vælg en ny adgangskode på mindst %1 tegn.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuværende adgangskode:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Gentag den nye adgangskode:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De to nye adgangskoder er forskellige.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ChartPage</name>
    <message>
        <source>Run charts</source>
        <translation>Seriediagrammer</translation>
    </message>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>Diagrammet kunne ikke læses: %1</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (udeladt)</translation>
    </message>
    <message>
        <source>Remove the frozen baseline (through %1)</source>
        <translation>Fjern den fastlåste baseline (til og med %1)</translation>
    </message>
    <message>
        <source>baseline frozen through %1</source>
        <translation>baseline fastlåst til og med %1</translation>
    </message>
    <message>
        <source>Remove the split from %1</source>
        <translation>Fjern opdelingen fra %1</translation>
    </message>
    <message>
        <source>new part from %1</source>
        <translation>ny del fra %1</translation>
    </message>
    <message>
        <source>Include %1 again</source>
        <translation>Medtag %1 igen</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 udeladt</translation>
    </message>
    <message>
        <source>Computed from all points; nothing frozen, split or excluded.</source>
        <translation>Beregnet af alle punkter; intet er fastlåst, opdelt eller udeladt.</translation>
    </message>
    <message>
        <source>Saved with the measure: %1.</source>
        <translation>Gemt med målepunktet: %1.</translation>
    </message>
    <message>
        <source>The chart settings could not be saved: %1</source>
        <translation>Diagrammets indstillinger kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Write why the point is excluded. The reason is shown beside the chart, so whoever reads it knows why the point does not count.</source>
        <translation>Skriv, hvorfor punktet udelades. Begrundelsen vises ved diagrammet, så den, der læser det, ved, hvorfor punktet ikke tæller med.</translation>
    </message>
    <message>
        <source>The chart type could not be saved: %1</source>
        <translation>Diagramtypen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-filer (*.%2)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksportér diagram</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Diagrammet kunne ikke skrives til %1.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ChecklistEditorDialog</name>
    <message>
        <source>Checklist for quality assurance</source>
        <translation>Tjekliste til kvalitetssikring</translation>
    </message>
    <message>
        <source>The items the pharmacy checks, by area. Saving makes a new version of the checklist: visits already made keep the version they used.</source>
        <translation>De punkter, apoteket gennemgår, ordnet efter område. Når du gemmer, bliver det en ny version af tjeklisten: besøg, der allerede er gennemført, beholder den version, de brugte.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Gem som ny version</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ChecklistGrid</name>
    <message>
        <source>Checklist item</source>
        <translation>Punkt på tjeklisten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
</context>
<context>
    <name>medsafe::app::CompetenceLevelDelegate</name>
    <message>
        <source>1 – new to it</source>
        <translation>1 – ny i emnet</translation>
    </message>
    <message>
        <source>2 – knows a little</source>
        <translation>2 – kender lidt til det</translation>
    </message>
    <message>
        <source>3 – can do it alone</source>
        <translation>3 – kan selv</translation>
    </message>
    <message>
        <source>4 – can teach others</source>
        <translation>4 – kan lære andre</translation>
    </message>
</context>
<context>
    <name>medsafe::app::CompetencePage</name>
    <message>
        <source>Level: %1 &amp;nbsp; %2 = wants training. Double-click a cell (or type 1–4) to change the answer; it is saved at once.</source>
        <translation>Niveau: %1 &amp;nbsp; %2 = ønsker undervisning. Dobbeltklik på en celle (eller skriv 1–4) for at ændre svaret; det gemmes med det samme.</translation>
    </message>
    <message>
        <source>Competence survey</source>
        <translation>Kompetenceafdækning</translation>
    </message>
    <message>
        <source>The survey could not be read: %1</source>
        <translation>Afdækningen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The answers could not be read: %1</source>
        <translation>Svarene kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>No survey round has been registered for this botilbud yet.</source>
        <translation>Der er endnu ikke registreret en afdækningsrunde for botilbuddet.</translation>
    </message>
    <message>
        <source>The answer was not saved:
%1</source>
        <translation>Svaret blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>No staff member who handles medicine is registered.</source>
        <translation>Der er ikke registreret medarbejdere, der håndterer medicin.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 staff members at level 1–2</source>
        <translation>%1: %2 af %3 medarbejdere på niveau 1–2</translation>
    </message>
    <message>
        <source>No staff member rates themselves at level 1–2 in any topic.</source>
        <translation>Ingen medarbejdere vurderer sig selv på niveau 1–2 i noget emne.</translation>
    </message>
    <message>
        <source>Largest gaps – %1.</source>
        <translation>Største huller – %1.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ConsultantGridModel</name>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbagemelding</translation>
    </message>
    <message>
        <source>%1, %2 — from data packages</source>
        <translation>%1, %2 — fra datapakker</translation>
    </message>
    <message>
        <source>%1, %2 — in this database</source>
        <translation>%1, %2 — i denne database</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: no report</source>
        <translation>%1, %2: ingen rapport</translation>
    </message>
    <message>
        <source>Received as a data package</source>
        <translation>Modtaget som datapakke</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ConsultantPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The feedback has changes that are not saved. Save them now?</source>
        <translation>Tilbagemeldingen har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>Choose a report in the grid to read it and write feedback.</source>
        <translation>Vælg en rapport i oversigten for at læse den og skrive en tilbagemelding.</translation>
    </message>
    <message>
        <source>Consultant&apos;s overview</source>
        <translation>Konsulentens overblik</translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>Rapporterne kunne ikke læses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n botilbud</source>
        <translation>
            <numerusform>%n botilbud</numerusform>
            <numerusform>%n botilbud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the grid</source>
        <translation>
            <numerusform>%n rapport i oversigten</numerusform>
            <numerusform>%n rapporter i oversigten</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a month in the botilbud&apos;s row to read its report.</source>
        <translation>Vælg en måned i botilbuddets række for at læse rapporten.</translation>
    </message>
    <message>
        <source>%1 has no report for %2.</source>
        <translation>%1 har ingen rapport for %2.</translation>
    </message>
    <message>
        <source>Load data packages</source>
        <translation>Indlæs datapakker</translation>
    </message>
    <message>
        <source>Medicinsikker data packages (*.json);;All files (*)</source>
        <translation>Medicinsikker-datapakker (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Folder for all reports</source>
        <translation>Mappe til alle rapporter</translation>
    </message>
    <message>
        <source>All reports as PDF</source>
        <translation>Alle rapporter som PDF</translation>
    </message>
    <message>
        <source>The report program medicinsikker-cli was not found beside Medicinsikker.</source>
        <translation>Rapportprogrammet medicinsikker-cli blev ikke fundet ved siden af Medicinsikker.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s)…</source>
        <translation>
            <numerusform>Skriver %n rapport…</numerusform>
            <numerusform>Skriver %n rapporter…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>%1 of %2 reports were written to %3.</source>
        <translation>%1 af %2 rapporter blev skrevet til %3.</translation>
    </message>
    <message>
        <source>%1 of %2 reports were written to %3 before it stopped.
%4</source>
        <translation>%1 af %2 rapporter blev skrevet til %3, før det stoppede.
%4</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ConsultantReportPanel</name>
    <message>
        <source>&lt;b&gt;&amp;Feedback to the botilbud&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Tilbagemelding til botilbuddet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the team does well, questions about the charts, suggestions for the next PDSA cycles.</source>
        <translation>Hvad teamet gør godt, spørgsmål til diagrammerne, forslag til de næste PDSA-cirkler.</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Gem tilbagemelding</translation>
    </message>
    <message>
        <source>Save the feedback; the report&apos;s status becomes feedback received (Ctrl+S)</source>
        <translation>Gem tilbagemeldingen; rapportens status bliver &quot;Tilbagemelding modtaget&quot; (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export feedback…</source>
        <translation>Eksportér tilbagemelding…</translation>
    </message>
    <message>
        <source>Save the feedback as a package file to send back to the botilbud.</source>
        <translation>Gem tilbagemeldingen som en datapakke, der sendes tilbage til botilbuddet.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportér PDF…</translation>
    </message>
    <message>
        <source>Choose a report in the grid to read it and write feedback.</source>
        <translation>Vælg en rapport i oversigten for at læse den og skrive en tilbagemelding.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Rapporten kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Feedback saved %1.</source>
        <translation>Tilbagemelding gemt %1.</translation>
    </message>
    <message>
        <source>No feedback written yet.</source>
        <translation>Ingen tilbagemelding skrevet endnu.</translation>
    </message>
    <message>
        <source>The feedback was not saved: %1</source>
        <translation>Tilbagemeldingen blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <source>This botilbud works in this database and reads the feedback here.</source>
        <translation>Dette botilbud arbejder i denne database og læser tilbagemeldingen her.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
</context>
<context>
    <name>medsafe::app::DashboardPage</name>
    <message>
        <source>No programme registered</source>
        <translation>Intet forløb registreret</translation>
    </message>
    <message>
        <source>The programme starts %1</source>
        <translation>Forløbet starter %1</translation>
    </message>
    <message>
        <source>Phase %1 of 4 — month %2 of %3</source>
        <translation>Fase %1 af 4 — måned %2 af %3</translation>
    </message>
    <message>
        <source>The programme ended %1 (all %2 months)</source>
        <translation>Forløbet sluttede %1 (alle %2 måneder)</translation>
    </message>
    <message>
        <source>Leadership overview</source>
        <translation>Ledelsesoverblik</translation>
    </message>
    <message>
        <source>Days since the last medication error</source>
        <translation>Dage siden sidste medicinfejl</translation>
    </message>
    <message>
        <source>Leadership overview — %1</source>
        <translation>Ledelsesoverblik — %1</translation>
    </message>
    <message>
        <source>Days since the last medication error (%1)</source>
        <translation>Dage siden sidste medicinfejl (%1)</translation>
    </message>
    <message>
        <source>Days since the last medication error (none registered)</source>
        <translation>Dage siden sidste medicinfejl (ingen registreret)</translation>
    </message>
    <message>
        <source>%1 measures: %2 ▲ improvement, %3 ▼ worsening, %4 ● no signal. Click a chart to open it.</source>
        <translation>%1 målepunkter: %2 ▲ forbedring, %3 ▼ forværring, %4 ● intet signal. Klik på et diagram for at åbne det.</translation>
    </message>
    <message>
        <source>%1 has no active measures yet.</source>
        <translation>%1 har endnu ingen aktive målepunkter.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n measure(s) slipping back after an adopted change: see the tiles below.</source>
        <translation>
            <numerusform>⚠ %n målepunkt glider tilbage efter en implementeret ændring: se feltet nedenfor.</numerusform>
            <numerusform>⚠ %n målepunkter glider tilbage efter implementerede ændringer: se felterne nedenfor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsafe::app::DelegationsPage</name>
    <message>
        <source>Search the delegations</source>
        <translation>Søg i delegationerne</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Ny delegation</translation>
    </message>
    <message>
        <source>e.g. the botilbud&apos;s doctor, clinic</source>
        <translation>fx botilbuddets læge, klinik</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ophører</translation>
    </message>
    <message>
        <source>Clear: valid until further notice</source>
        <translation>Uden flueben: gælder indtil videre</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Staff member *</source>
        <translation>Medarbejder *</translation>
    </message>
    <message>
        <source>Delegated right *</source>
        <translation>Delegeret rettighed *</translation>
    </message>
    <message>
        <source>From doctor *</source>
        <translation>Fra læge *</translation>
    </message>
    <message>
        <source>Valid from *</source>
        <translation>Gælder fra *</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gælder til</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationer</translation>
    </message>
    <message>
        <source>The delegations could not be read: %1</source>
        <translation>Delegationerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>Handle medicine without a current delegation: %1</source>
        <translation>Håndterer medicin uden gældende delegation: %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>udløbet</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke begyndt</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>udløber om %n dag</numerusform>
            <numerusform>udløber om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>gældende</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Delegated right</source>
        <translation>Delegeret rettighed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n delegation</numerusform>
            <numerusform>%n delegationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end(s) within 30 days</source>
        <translation>
            <numerusform>%n udløber inden for 30 dage</numerusform>
            <numerusform>%n udløber inden for 30 dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n udløbet</numerusform>
            <numerusform>%n udløbet</numerusform>
        </translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>The delegation was not saved:
%1</source>
        <translation>Delegationen blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The delegation has changes that are not saved. Save them now?</source>
        <translation>Delegationen har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>Remove delegation</source>
        <translation>Fjern delegation</translation>
    </message>
    <message>
        <source>Remove the delegation &quot;%1&quot;? An ended delegation can instead be kept with its end date, so the register shows it.</source>
        <translation>Vil du fjerne delegationen »%1«? En ophørt delegation kan i stedet beholdes med sin slutdato, så registret viser den.</translation>
    </message>
    <message>
        <source>The delegation was not removed:
%1</source>
        <translation>Delegationen blev ikke fjernet:
%1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::DriverDiagramPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The box you are editing has changes that are not saved. Save them now?</source>
        <translation>Boksen, du redigerer, har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>Driver diagram</source>
        <translation>Driverdiagram</translation>
    </message>
    <message>
        <source>The driver diagram could not be read: %1</source>
        <translation>Driverdiagrammet kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>(no driver)</source>
        <translation>(ingen driver)</translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s) test this change idea.</source>
        <translation>
            <numerusform>%n PDSA-cirkel afprøver denne forandringsidé.</numerusform>
            <numerusform>%n PDSA-cirkler afprøver denne forandringsidé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a box in the diagram, or add a new one below.</source>
        <translation>Vælg en boks i diagrammet, eller tilføj en ny nedenfor.</translation>
    </message>
    <message>
        <source>New primary driver</source>
        <translation>Ny primær driver</translation>
    </message>
    <message>
        <source>New secondary driver</source>
        <translation>Ny sekundær driver</translation>
    </message>
    <message>
        <source>New change idea</source>
        <translation>Ny forandringsidé</translation>
    </message>
    <message>
        <source>The aim (edit it on the tab &quot;Aim and the three questions&quot;)</source>
        <translation>Målet (redigeres under fanen &quot;Mål og de tre spørgsmål&quot;)</translation>
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
        <source>Change idea</source>
        <translation>Forandringsidé</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Delete change idea</source>
        <translation>Slet forandringsidé</translation>
    </message>
    <message numerus="yes">
        <source>Delete the change idea &quot;%1&quot;? Its %n PDSA cycle(s) are kept, without a change idea.</source>
        <translation>
            <numerusform>Vil du slette forandringsidéen &quot;%1&quot;? Dens %n PDSA-cirkel bevares uden forandringsidé.</numerusform>
            <numerusform>Vil du slette forandringsidéen &quot;%1&quot;? Dens %n PDSA-cirkler bevares uden forandringsidé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete driver</source>
        <translation>Slet driver</translation>
    </message>
    <message>
        <source>Delete the driver &quot;%1&quot;? Secondary drivers under it are deleted too; change ideas are kept.</source>
        <translation>Vil du slette driveren &quot;%1&quot;? Sekundære drivere under den slettes også; forandringsidéer bevares.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Ikke slettet: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigér</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>medsafe::app::EventsPage</name>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>Aktiviteterne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The event has changes that are not saved. Save them now?</source>
        <translation>Aktiviteten har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>&amp;Participants (%1):</source>
        <translation>&amp;Deltagere (%1):</translation>
    </message>
    <message>
        <source>The event was not saved:
%1</source>
        <translation>Aktiviteten blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Slet aktivitet</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2)? This cannot be undone.</source>
        <translation>Slet &quot;%1&quot; (%2)? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The event was not deleted:
%1</source>
        <translation>Aktiviteten blev ikke slettet:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsafe::app::FindingsPage</name>
    <message>
        <source>Show closed findings</source>
        <translation>Vis lukkede fund</translation>
    </message>
    <message>
        <source>What the botilbud does about it</source>
        <translation>Hvad botilbuddet gør ved det</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Make a change idea</source>
        <translation>Gør til forandringsidé</translation>
    </message>
    <message>
        <source>Take the finding into the driver diagram as a change idea, to test in PDSA cycles.</source>
        <translation>Tag fundet med i driverdiagrammet som en forandringsidé, der kan afprøves i PDSA-cirkler.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>The findings could not be read: %1</source>
        <translation>Fundene kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>(not placed yet)</source>
        <translation>(ikke placeret endnu)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Forandringsidé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Over fristen</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n åbent fund</numerusform>
            <numerusform>%n åbne fund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n over fristen</numerusform>
            <numerusform>%n over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding chosen</source>
        <translation>Intet fund valgt</translation>
    </message>
    <message>
        <source>No findings yet. Items answered &quot;not compliant&quot; at a visit become findings here.</source>
        <translation>Ingen fund endnu. Punkter, der besvares &quot;ikke overholdt&quot; ved et besøg, bliver til fund her.</translation>
    </message>
    <message>
        <source>Finding from the visit on %1</source>
        <translation>Fund fra besøget %1</translation>
    </message>
    <message>
        <source>Taken into the driver diagram as the change idea &quot;%1&quot;.</source>
        <translation>Taget med i driverdiagrammet som forandringsidéen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The finding was not saved:
%1</source>
        <translation>Fundet blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The finding has changes that are not saved. Save them now?</source>
        <translation>Fundet har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>The change idea was not made:
%1</source>
        <translation>Forandringsidéen blev ikke oprettet:
%1</translation>
    </message>
    <message>
        <source>The finding is now a change idea in the driver diagram (Improvement). Test it in a PDSA cycle from there.</source>
        <translation>Fundet er nu en forandringsidé i driverdiagrammet (Forbedringsarbejde). Afprøv den derfra i en PDSA-cirkel.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::FirstAccountDialog</name>
    <message>
        <source>Create the tovholder&apos;s account</source>
        <translation>Opret tovholderens konto</translation>
    </message>
    <message>
        <source>Everyone signs in to Medicinsikker, so the audit trail can show who changed what. Start with the tovholder&apos;s account; she then gives the others theirs in Forløb og kompetencer › Organisation.</source>
        <translation>Alle logger ind i Medicinsikker, så historikken kan vise, hvem der ændrede hvad. Begynd med tovholderens konto; tovholderen giver derefter de andre deres under Forløb og kompetencer › Organisation.</translation>
    </message>
    <message>
        <source>for example tove</source>
        <translation>for eksempel tove</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindst %1 tegn</translation>
    </message>
    <message>
        <source>&amp;Botilbud:</source>
        <translation>&amp;Botilbud:</translation>
    </message>
    <message>
        <source>&amp;Tovholder:</source>
        <translation>&amp;Tovholder:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>B&amp;rugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Gentag adgangskoden:</translation>
    </message>
    <message>
        <source>A new person…</source>
        <translation>En ny person…</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::FirstStartDialog</name>
    <message>
        <source>Welcome to Medicinsikker</source>
        <translation>Velkommen til Medicinsikker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Medicinsikker keeps the improvement work on medication safety in one place: the programme, the aim, PDSA cycles, measurements, incidents and the monthly report to PS!. How do you want to begin?</source>
        <translation>&lt;b&gt;Velkommen.&lt;/b&gt; Medicinsikker samler forbedringsarbejdet med medicinsikkerhed ét sted: forløbet, målet, PDSA-cirkler, målinger, hændelser og månedsrapporten til PS!. Hvordan vil du begynde?</translation>
    </message>
    <message>
        <source>Start a new programme</source>
        <translation>Start et nyt forløb</translation>
    </message>
    <message>
        <source>A guided set-up: the botilbud, the programme&apos;s dates, the working group and the first aim.</source>
        <translation>En guidet opsætning: botilbuddet, forløbets datoer, arbejdsgruppen og det første mål.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Åbn demoen</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Åbn en database…</translation>
    </message>
    <message>
        <source>A database file made on another PC or by a colleague.</source>
        <translation>En databasefil lavet på en anden pc eller af en kollega.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>A made-up botilbud in the middle of its programme, to look around first. Your own programme can be started later (File › Start a new programme).</source>
        <translation>Et opdigtet botilbud midt i sit forløb, så du kan se dig omkring først. Jeres eget forløb kan startes senere (Filer › Start et nyt forløb).</translation>
    </message>
    <message>
        <source>Connect to the kommune&apos;s server…</source>
        <translation>Forbind til kommunens server…</translation>
    </message>
    <message>
        <source>The database the botilbud&apos;s PCs share on a PostgreSQL server. Ask the person who runs it for the address.</source>
        <translation>Den database, botilbuddets pc&apos;er deler på en PostgreSQL-server. Spørg den, der driver serveren, om adressen.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::GuidelinesPage</name>
    <message>
        <source>Search the guidelines</source>
        <translation>Søg i retningslinjerne</translation>
    </message>
    <message>
        <source>New guideline</source>
        <translation>Ny retningslinje</translation>
    </message>
    <message>
        <source>e.g. Guideline for PRN medicine</source>
        <translation>fx Instruks for PN-medicin</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dateret</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <source>What the review found, and what was changed</source>
        <translation>Hvad gennemgangen fandt, og hvad der blev ændret</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Next review *</source>
        <translation>Næste revision *</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Seneste gennemgang</translation>
    </message>
    <message>
        <source>Review found</source>
        <translation>Gennemgangen fandt</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <source>The guidelines could not be read: %1</source>
        <translation>Retningslinjerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste revision</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Past its review date</source>
        <translation>Revisionsdatoen er overskredet</translation>
    </message>
    <message numerus="yes">
        <source>%n guideline(s)</source>
        <translation>
            <numerusform>%n retningslinje</numerusform>
            <numerusform>%n retningslinjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the review date</source>
        <translation>
            <numerusform>%n over revisionsdatoen</numerusform>
            <numerusform>%n over revisionsdatoen</numerusform>
        </translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Retningslinje</translation>
    </message>
    <message>
        <source>The guideline was not saved:
%1</source>
        <translation>Retningslinjen blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The guideline has changes that are not saved. Save them now?</source>
        <translation>Retningslinjen har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>Remove guideline</source>
        <translation>Fjern retningslinje</translation>
    </message>
    <message>
        <source>Remove the guideline &quot;%1&quot;? A guideline no longer in use can instead be marked retired.</source>
        <translation>Vil du fjerne retningslinjen »%1«? En retningslinje, der ikke bruges mere, kan i stedet markeres som udgået.</translation>
    </message>
    <message>
        <source>The guideline was not removed:
%1</source>
        <translation>Retningslinjen blev ikke fjernet:
%1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::HelpDialog</name>
    <message>
        <source>User guide – Medicinsikker</source>
        <translation>Brugervejledning – Medicinsikker</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Brugervejledningen mangler i denne installation.</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Søg i vejledningen (Enter: næste, Skift+Enter: forrige)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Forrige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
</context>
<context>
    <name>medsafe::app::HistoryPanel</name>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>No change chosen.</source>
        <translation>Ingen ændring valgt.</translation>
    </message>
    <message>
        <source>%1 · %2 by %3</source>
        <translation>%1 · %2 af %3</translation>
    </message>
    <message>
        <source>The incident&apos;s text and reporter belong to its own botilbud and are withheld.</source>
        <translation>Hændelsens tekst og indberetter hører til dens eget botilbud og vises ikke.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felter</translation>
    </message>
</context>
<context>
    <name>medsafe::app::HistoryView</name>
    <message>
        <source>any day</source>
        <translation>alle dage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Slags:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Check the history</source>
        <translation>Kontrollér historikken</translation>
    </message>
    <message>
        <source>Checks that no change in the history was altered or removed afterwards: every entry carries a hash of the one before it.</source>
        <translation>Kontrollerer, at ingen ændring i historikken er rettet eller fjernet bagefter: hver post bærer en hash af posten før.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historikken kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The newest %1 changes</source>
        <translation>De nyeste %1 ændringer</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ændring</numerusform>
            <numerusform>%n ændringer</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation>Historikken kunne ikke kontrolleres: %1</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n change(s), none altered or removed.</source>
        <translation>
            <numerusform>Historikken er intakt: %n ændring, ingen rettet eller fjernet.</numerusform>
            <numerusform>Historikken er intakt: %n ændringer, ingen rettet eller fjernet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history was altered after it was written, first at entry %1. Tell the kommune&apos;s IT department.</source>
        <translation>Historikken er ændret efter den blev skrevet, første gang ved post %1. Giv kommunens IT-afdeling besked.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ImprovementMeasuresPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The definition you are editing is not saved. Save it now?</source>
        <translation>Definitionen, du redigerer, er ikke gemt. Vil du gemme den nu?</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Målepunkter</translation>
    </message>
    <message>
        <source>The measures could not be read: %1</source>
        <translation>Målepunkterne kunne ikke læses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n målepunkt</numerusform>
            <numerusform>%n målepunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s)</source>
        <translation>
            <numerusform>%1 af %n målepunkt</numerusform>
            <numerusform>%1 af %n målepunkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a measure in the list to edit its definition.</source>
        <translation>Vælg et målepunkt i listen for at redigere dets definition.</translation>
    </message>
    <message>
        <source>Type the target as a number, for example 95 or 2,5 – or leave it empty.</source>
        <translation>Skriv målet som et tal, for eksempel 95 eller 2,5 – eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ImprovementView</name>
    <message>
        <source>New change idea</source>
        <translation>Ny forandringsidé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Search measures</source>
        <translation>Søg i målepunkter</translation>
    </message>
    <message>
        <source>Improvement work</source>
        <translation>Forbedringsarbejde</translation>
    </message>
    <message>
        <source>The aim could not be read: %1</source>
        <translation>Målet kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::IncidentAnalysisPage</name>
    <message>
        <source>Incidents per month, last 12 months</source>
        <translation>Hændelser pr. måned, seneste 12 måneder</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>Kumuleret andel (%)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Days between medication errors</source>
        <translation>Dage mellem medicinfejl</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>Days since the previous error</source>
        <translation>Dage siden forrige fejl</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n categories)</source>
        <translation>
            <numerusform>Øvrige (%n kategori)</numerusform>
            <numerusform>Øvrige (%n kategorier)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pareto by:</source>
        <translation>Pareto efter:</translation>
    </message>
    <message>
        <source>Incidents by %1</source>
        <translation>Hændelser fordelt på %1</translation>
    </message>
    <message>
        <source>Serious incidents case by case (Bernoulli CUSUM): %1</source>
        <translation>Alvorlige hændelser én ad gangen (Bernoulli-CUSUM): %1</translation>
    </message>
    <message numerus="yes">
        <source>The upper curve reached the limit %n time(s): serious incidents came more often than expected.</source>
        <translation>
            <numerusform>Den øvre kurve nåede grænsen %n gang: alvorlige hændelser kom oftere end forventet.</numerusform>
            <numerusform>Den øvre kurve nåede grænsen %n gange: alvorlige hændelser kom oftere end forventet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lower curve reached the limit %n time(s): serious incidents came less often than expected.</source>
        <translation>
            <numerusform>Den nedre kurve nåede grænsen %n gang: alvorlige hændelser kom sjældnere end forventet.</numerusform>
            <numerusform>Den nedre kurve nåede grænsen %n gange: alvorlige hændelser kom sjældnere end forventet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither curve has reached its limit: no change in the share of serious incidents.</source>
        <translation>Ingen af kurverne har nået sin grænse: ingen ændring i andelen af alvorlige hændelser.</translation>
    </message>
    <message>
        <source>%1 of %2 incidents were serious (serious patient-safety risk, severe or fatal). %3 Each incident moves the curves: a serious one lifts the upper curve, one that was not lowers the lower curve towards its limit. %4</source>
        <translation>%1 af %2 hændelser var alvorlige (alvorlig patientsikkerhedsrisiko, alvorlig eller dødelig konsekvens). %3 Hver hændelse flytter kurverne: en alvorlig løfter den øvre kurve, en ikke-alvorlig sænker den nedre kurve mod dens grænse. %4</translation>
    </message>
</context>
<context>
    <name>medsafe::app::IncidentForm</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Gem (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not categorised</source>
        <translation>Ikke kategoriseret</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Ny hændelse</translation>
    </message>
    <message>
        <source>Incident of %1</source>
        <translation>Hændelse den %1</translation>
    </message>
    <message>
        <source>The text may name a member of staff (%1). Describe what happened, not who.</source>
        <translation>Teksten nævner måske en medarbejder (%1). Beskriv hvad der skete, ikke hvem.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Ikke gemt: ret felterne markeret med rødt.</translation>
    </message>
    <message>
        <source>Names in the incident</source>
        <translation>Navne i hændelsen</translation>
    </message>
    <message>
        <source>The text may name %1. Incidents are about what happened, not who. Save anyway?</source>
        <translation>Teksten nævner måske %1. En hændelse handler om hvad der skete, ikke hvem. Gem alligevel?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Slet hændelse</translation>
    </message>
    <message>
        <source>Delete this incident? Counts and charts derived from it change too.</source>
        <translation>Slet denne hændelse? Optællinger og diagrammer, der bygger på den, ændres også.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>The incident was changed by someone else</source>
        <translation>Hændelsen er ændret af en anden</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this incident meanwhile. Save again to choose.</source>
        <translation>Ikke gemt: en anden har gemt hændelsen imens. Gem igen for at vælge.</translation>
    </message>
    <message>
        <source>Report without my name</source>
        <translation>Indberet uden mit navn</translation>
    </message>
    <message>
        <source>The report is stored without who reported it, and the history shows it as an anonymous report.</source>
        <translation>Indberetningen gemmes uden, hvem der indberettede, og historikken viser den som anonym.</translation>
    </message>
    <message>
        <source>Who registered and changed this incident, and what</source>
        <translation>Hvem registrerede og ændrede hændelsen, og hvad</translation>
    </message>
</context>
<context>
    <name>medsafe::app::IncidentImportDialog</name>
    <message>
        <source>Import incidents – %1</source>
        <translation>Importér hændelser – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file: </source>
        <translation>
            <numerusform>%n række i filen: </numerusform>
            <numerusform>%n rækker i filen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered (skipped)</source>
        <translation>
            <numerusform>%n allerede registreret (springes over)</numerusform>
            <numerusform>%n allerede registreret (springes over)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n med fejl</numerusform>
            <numerusform>%n med fejl</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until every error is corrected in the file.</source>
        <translation>Intet kan importeres, før alle fejl er rettet i filen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Problemtype</translation>
    </message>
    <message>
        <source>Description or error</source>
        <translation>Beskrivelse eller fejl</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Allerede registreret</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message numerus="yes">
        <source>Import %n incidents</source>
        <translation>
            <numerusform>Importér %n hændelse</numerusform>
            <numerusform>Importér %n hændelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsafe::app::IncidentListPage</name>
    <message>
        <source>All periods</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Seneste 3 måneder</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle procestrin</translation>
    </message>
    <message>
        <source>All error types</source>
        <translation>Alle problemtyper</translation>
    </message>
    <message>
        <source>All consequences</source>
        <translation>Alle alvorligheder</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Search the text (Ctrl+F)</source>
        <translation>Søg i teksten (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n hændelse</numerusform>
            <numerusform>%n hændelser</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>af %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::IncidentsView</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Safety calendar</source>
        <translation>Sikkerhedskalender</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Ny hændelse</translation>
    </message>
    <message>
        <source>Register a new incident (Ctrl+N)</source>
        <translation>Registrér en ny hændelse (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importér CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>Save the incident you are editing first?</source>
        <translation>Gem først den hændelse, du er ved at redigere?</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Importér hændelser</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke læses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents imported.</source>
        <translation>
            <numerusform>%n hændelse importeret.</numerusform>
            <numerusform>%n hændelser importeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered and skipped.</source>
        <translation>
            <numerusform>%n var allerede registreret og blev sprunget over.</numerusform>
            <numerusform>%n var allerede registreret og blev sprunget over.</numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>hændelser</translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation>Eksportér hændelser</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Filen kan ikke skrives: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents exported. The file says nothing about who reported them.</source>
        <translation>
            <numerusform>%n hændelse eksporteret. Filen siger intet om, hvem der indberettede.</numerusform>
            <numerusform>%n hændelser eksporteret. Filen siger intet om, hvem der indberettede dem.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Consultant&apos;s database: %n botilbud from data packages (see Monthly report)</source>
        <translation>
            <numerusform>Konsulentdatabase: %n botilbud fra datapakker (se Månedsrapport)</numerusform>
            <numerusform>Konsulentdatabase: %n botilbud fra datapakker (se Månedsrapport)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Annullér fortryd</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>A server database is backed up on the server. Make a local copy with File › Make a local copy of the server database….</source>
        <translation>En serverdatabase sikkerhedskopieres på serveren. Lav en lokal kopi med Filer › Lav en lokal kopi af serverdatabasen….</translation>
    </message>
    <message>
        <source>Someone else changed data at %1; the views are read again when you have saved.</source>
        <translation>En anden ændrede data kl. %1; visningerne læses igen, når du har gemt.</translation>
    </message>
    <message>
        <source>Updated with changes from another PC at %1</source>
        <translation>Opdateret med ændringer fra en anden pc kl. %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::MeasureTile</name>
    <message>
        <source>Open the full chart of %1</source>
        <translation>Åbn hele diagrammet for %1</translation>
    </message>
    <message>
        <source>– No chart</source>
        <translation>– Intet diagram</translation>
    </message>
</context>
<context>
    <name>medsafe::app::MeasurementsView</name>
    <message>
        <source>Discard changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <source>Discard the values that are not saved?</source>
        <translation>Kassér de værdier, der ikke er gemt?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Annullér fortryd</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Fortryd den seneste ændring (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Annullér fortryd (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>The measurements could not be read: %1</source>
        <translation>Målingerne kunne ikke læses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) shown</source>
        <translation>
            <numerusform>%n målepunkt vist</numerusform>
            <numerusform>%n målepunkter vist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n value(s) cannot be saved.&lt;/b&gt; Correct the cells marked in red; click a line to go to the cell.</source>
        <translation>
            <numerusform>&lt;b&gt;%n værdi kan ikke gemmes.&lt;/b&gt; Ret cellen markeret med rødt; klik på linjen for at gå til cellen.</numerusform>
            <numerusform>&lt;b&gt;%n værdier kan ikke gemmes.&lt;/b&gt; Ret cellerne markeret med rødt; klik på en linje for at gå til cellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet – Gem (Ctrl+S) saves them.</source>
        <translation>
            <numerusform>%n ændring er ikke gemt endnu – Gem (Ctrl+S) gemmer den.</numerusform>
            <numerusform>%n ændringer er ikke gemt endnu – Gem (Ctrl+S) gemmer dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>This botilbud has no measures yet. Add them under Forbedringsarbejde.</source>
        <translation>Botilbuddet har endnu ingen målepunkter. Tilføj dem under Forbedringsarbejde.</translation>
    </message>
    <message>
        <source>All values are saved.</source>
        <translation>Alle værdier er gemt.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n målepunkt</numerusform>
            <numerusform>%n målepunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n måned</numerusform>
            <numerusform>%n måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Days between incidents are calculated from the incidents; see the chart under Seriediagrammer.</source>
        <translation>Dage mellem hændelser beregnes af hændelserne; se diagrammet under Seriediagrammer.</translation>
    </message>
    <message>
        <source>Run chart of the saved values. %1</source>
        <translation>Seriediagram over de gemte værdier. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be saved yet. Correct the cells marked in red (the reasons are listed beside the table), or clear them.</source>
        <translation>
            <numerusform>%n værdi kan ikke gemmes endnu. Ret cellen markeret med rødt (grunden står ved siden af tabellen), eller ryd den.</numerusform>
            <numerusform>%n værdier kan ikke gemmes endnu. Ret cellerne markeret med rødt (grundene står ved siden af tabellen), eller ryd dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The values were not saved; nothing was changed:
%1</source>
        <translation>Værdierne blev ikke gemt; intet er ændret:
%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <source>Someone else saved measurements meanwhile</source>
        <translation>En anden har gemt målinger imens</translation>
    </message>
</context>
<context>
    <name>medsafe::app::MonthlyReportView</name>
    <message>
        <source>Report for the month</source>
        <translation>Rapport for måneden</translation>
    </message>
    <message>
        <source>Consultant&apos;s overview</source>
        <translation>Konsulentens overblik</translation>
    </message>
    <message>
        <source>The tovholder writes the month&apos;s report to PS!</source>
        <translation>Tovholderen skriver månedens rapport til PS!</translation>
    </message>
    <message>
        <source>The PS! consultant reads the reports of many botilbud side by side</source>
        <translation>PS!-konsulenten læser rapporterne fra mange botilbud side om side</translation>
    </message>
</context>
<context>
    <name>medsafe::app::NewProgrammeWizard</name>
    <message>
        <source>Start a new programme</source>
        <translation>Start et nyt forløb</translation>
    </message>
    <message>
        <source>Start the programme</source>
        <translation>Start forløbet</translation>
    </message>
    <message>
        <source>The botilbud</source>
        <translation>Botilbuddet</translation>
    </message>
    <message>
        <source>Which botilbud joins the programme?</source>
        <translation>Hvilket botilbud deltager i forløbet?</translation>
    </message>
    <message>
        <source>for example Fjordby Kommune</source>
        <translation>fx Fjordby Kommune</translation>
    </message>
    <message>
        <source>Name: *</source>
        <translation>Navn: *</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <source>Residents: *</source>
        <translation>Beboere: *</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Forløbet</translation>
    </message>
    <message>
        <source>The programme runs for two years in four phases, from the first of the month it starts in.</source>
        <translation>Forløbet varer to år i fire faser, fra den første i den måned, det starter.</translation>
    </message>
    <message>
        <source>Starts: *</source>
        <translation>Starter: *</translation>
    </message>
    <message>
        <source>The working group</source>
        <translation>Arbejdsgruppen</translation>
    </message>
    <message>
        <source>The tovholder, the leader and the 3–5 staff of the working group. Names of staff only, never of residents.</source>
        <translation>Tovholderen, lederen og arbejdsgruppens 3–5 medarbejdere. Kun medarbejdernes navne, aldrig beboernes.</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>Ét navn pr. linje</translation>
    </message>
    <message>
        <source>Tovholder: *</source>
        <translation>Tovholder: *</translation>
    </message>
    <message>
        <source>Leader: *</source>
        <translation>Leder: *</translation>
    </message>
    <message>
        <source>Other members:</source>
        <translation>Øvrige medlemmer:</translation>
    </message>
    <message>
        <source>The first aim</source>
        <translation>Det første mål</translation>
    </message>
    <message>
        <source>What do you want to achieve, how much, and by when? You can also write it later (Forbedringsarbejde).</source>
        <translation>Hvad vil I opnå, hvor meget, og hvornår? I kan også skrive det senere (Forbedringsarbejde).</translation>
    </message>
    <message>
        <source>For example: by the end of the programme, half as many medication errors as in the baseline, and no doses forgotten in the evening round.</source>
        <translation>Fx: ved forløbets slutning halvt så mange medicinfejl som i baselinen, og ingen glemte doser i aftenrunden.</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>The programme could not be created: %1</source>
        <translation>Forløbet kunne ikke oprettes: %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Choose a botilbud at the top, or open a database with botilbud in it.</source>
        <translation>Vælg et botilbud øverst, eller åbn en database med botilbud.</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n beboer</numerusform>
            <numerusform>%n beboere</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme could not be read: %1</source>
        <translation>Forløbet kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Programme %1 – %2</source>
        <translation>Forløb %1 – %2</translation>
    </message>
    <message>
        <source>The incidents could not be read.</source>
        <translation>Hændelserne kunne ikke læses.</translation>
    </message>
    <message>
        <source>No medication errors registered.</source>
        <translation>Ingen medicinfejl registreret.</translation>
    </message>
    <message>
        <source>Last medication error: %1</source>
        <translation>Sidste medicinfejl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Longest stretch without errors: %n day(s)</source>
        <translation>
            <numerusform>Længste periode uden fejl: %n dag</numerusform>
            <numerusform>Længste periode uden fejl: %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDSA cycles could not be read.</source>
        <translation>PDSA-cirklerne kunne ikke læses.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s) in all</source>
        <translation>
            <numerusform>%n PDSA-cirkel i alt</numerusform>
            <numerusform>%n PDSA-cirkler i alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with a small test: PDSA, Ctrl+N.</source>
        <translation>Begynd med en lille afprøvning: PDSA, Ctrl+N.</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Senest:</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 af %2 udført</translation>
    </message>
    <message>
        <source>Start-up checklist</source>
        <translation>Opstartstjekliste</translation>
    </message>
    <message>
        <source>The checklist could not be saved: %1</source>
        <translation>Tjeklisten kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>%1 · %2. %3</source>
        <translation>%1 · %2. %3</translation>
    </message>
    <message>
        <source>PDSA cycle %1: %2 (%3). Double-click to open it.</source>
        <translation>PDSA-cirkel %1: %2 (%3). Dobbeltklik for at åbne den.</translation>
    </message>
    <message>
        <source>tovholder %1</source>
        <translation>tovholder %1</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>leder %1</translation>
    </message>
    <message numerus="yes">
        <source>Working group of %n</source>
        <translation>
            <numerusform>Arbejdsgruppe på %n</numerusform>
            <numerusform>Arbejdsgruppe på %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Tovholder: %1
Leader: %2
Working group: %3</source>
        <translation>Tovholder: %1
Leder: %2
Arbejdsgruppe: %3</translation>
    </message>
</context>
<context>
    <name>medsafe::app::PdsaEditor</name>
    <message>
        <source>The PDSA cycle could not be saved: %1</source>
        <translation>PDSA-cirklen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Next cycle in the ramp</source>
        <translation>Næste cirkel i rampen</translation>
    </message>
    <message>
        <source>You chose &quot;%1&quot;. Create PDSA cycle %2 as the next cycle in the ramp? It gets the same change idea, measures and plan, so you only change what is new.</source>
        <translation>Du valgte &quot;%1&quot;. Vil du oprette PDSA-cirkel %2 som næste cirkel i rampen? Den får samme forandringsidé, målepunkter og plan, så du kun skal ændre det, der er nyt.</translation>
    </message>
    <message>
        <source>The next cycle could not be created: %1</source>
        <translation>Den næste cirkel kunne ikke oprettes: %1</translation>
    </message>
    <message>
        <source>(no prediction written)</source>
        <translation>(ingen forudsigelse skrevet)</translation>
    </message>
    <message>
        <source>Go on to Do: carry out the test →</source>
        <translation>Videre til Do: Afprøv →</translation>
    </message>
    <message>
        <source>Go on to Study →</source>
        <translation>Videre til Study: Studér →</translation>
    </message>
    <message>
        <source>Go on to Act →</source>
        <translation>Videre til Act: Handl →</translation>
    </message>
    <message>
        <source>Complete the cycle</source>
        <translation>Afslut cirklen</translation>
    </message>
    <message>
        <source>New PDSA cycle</source>
        <translation>Ny PDSA-cirkel</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (ikke gemt)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>PDSA cycle %1</source>
        <translation>PDSA-cirkel %1</translation>
    </message>
    <message>
        <source>PDSA cycle</source>
        <translation>PDSA-cirkel</translation>
    </message>
    <message>
        <source>PDSA cycle %1 was changed by someone else</source>
        <translation>PDSA-cirkel %1 er ændret af en anden</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this cycle meanwhile. Save again to choose.</source>
        <translation>Ikke gemt: en anden har gemt cirklen imens. Gem igen for at vælge.</translation>
    </message>
    <message>
        <source>Who changed this cycle, when, and what</source>
        <translation>Hvem ændrede cyklussen, hvornår og hvad</translation>
    </message>
</context>
<context>
    <name>medsafe::app::PdsaView</name>
    <message>
        <source>New PDSA cycle</source>
        <translation>Ny PDSA-cirkel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>PDSA</source>
        <translation>PDSA</translation>
    </message>
    <message>
        <source>The PDSA cycles could not be read: %1</source>
        <translation>PDSA-cirklerne kunne ikke læses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s)</source>
        <translation>
            <numerusform>%n PDSA-cirkel</numerusform>
            <numerusform>%n PDSA-cirkler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n PDSA cycle(s)</source>
        <translation>
            <numerusform>%1 af %n PDSA-cirkel</numerusform>
            <numerusform>%1 af %n PDSA-cirkler</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The PDSA cycle you are editing has changes that are not saved. Save them now?</source>
        <translation>PDSA-cirklen, du redigerer, har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
</context>
<context>
    <name>medsafe::app::PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Søg i personer (Ctrl+F)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <source>Name: *</source>
        <translation>Navn: *</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>Handles residents&apos; medicine</source>
        <translation>Håndterer borgernes medicin</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Startede:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Stoppede:</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Fratræd…</translation>
    </message>
    <message>
        <source>The person has left: kept in the history, no longer offered in the forms</source>
        <translation>Personen er stoppet: bliver i historikken, men tilbydes ikke længere i formularerne</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The people could not be read: %1</source>
        <translation>Personerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Stoppet %1</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>The person has changes that are not saved. Save them now?</source>
        <translation>Personen har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>still here</source>
        <translation>stadig med</translation>
    </message>
    <message>
        <source>The person was not saved:
%1</source>
        <translation>Personen blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Fratræd</translation>
    </message>
    <message>
        <source>%1 has left the botilbud&apos;s work? The name stays in the history (PDSA cycles, events, training) but is no longer offered in the forms.</source>
        <translation>Er %1 stoppet i botilbuddet? Navnet bliver i historikken (PDSA-cirkler, aktiviteter, undervisning), men tilbydes ikke længere i formularerne.</translation>
    </message>
    <message>
        <source>The person was not retired:
%1</source>
        <translation>Personen blev ikke fratrådt:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>working group: %n besides tovholder and leader</source>
        <translation>
            <numerusform>arbejdsgruppe: %n ud over tovholder og leder</numerusform>
            <numerusform>arbejdsgruppe: %n ud over tovholder og leder</numerusform>
        </translation>
    </message>
    <message>
        <source>Give an account…</source>
        <translation>Giv en konto…</translation>
    </message>
    <message>
        <source>A login and a temporary password; the person chooses a new password at the first sign-in.</source>
        <translation>Et brugernavn og en midlertidig adgangskode; personen vælger en ny ved første login.</translation>
    </message>
    <message>
        <source>New temporary password…</source>
        <translation>Ny midlertidig adgangskode…</translation>
    </message>
    <message>
        <source>For a forgotten password or a locked account.</source>
        <translation>Ved glemt adgangskode eller låst konto.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Save the person first.</source>
        <translation>Gem personen først.</translation>
    </message>
    <message>
        <source>No account: cannot sign in.</source>
        <translation>Ingen konto: kan ikke logge ind.</translation>
    </message>
    <message>
        <source>%1 — locked until %2 after wrong passwords</source>
        <translation>%1 — låst til kl. %2 efter forkerte adgangskoder</translation>
    </message>
    <message>
        <source>%1 — must choose a new password</source>
        <translation>%1 — skal vælge en ny adgangskode</translation>
    </message>
</context>
<context>
    <name>medsafe::app::PharmacyChartsPage</name>
    <message>
        <source>Measure</source>
        <translation>Målepunkt</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>The pharmacy&apos;s figures could not be read: %1</source>
        <translation>Tallene fra apotekets arbejde kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The chart appears when two visits have answered items.</source>
        <translation>Diagrammet vises, når to besøg har besvarede punkter.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>%1 of %2 items that applied</source>
        <translation>%1 af %2 relevante punkter</translation>
    </message>
</context>
<context>
    <name>medsafe::app::PharmacyView</name>
    <message>
        <source>The pharmacy&apos;s part</source>
        <translation>Apotekets del</translation>
    </message>
    <message>
        <source>Quality assurance of medication handling, the follow-up of what it finds, everyday questions to the pharmacy and the refreshers the staff need.</source>
        <translation>Kvalitetssikring af medicinhåndteringen, opfølgning på fundene, hverdagens spørgsmål til apoteket og den genopfriskning, medarbejderne har brug for.</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Kvalitetssikring</translation>
    </message>
    <message>
        <source>Findings and follow-up</source>
        <translation>Fund og opfølgning</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Refreshers</source>
        <translation>Genopfriskning</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ProgrammeTimelineWidget</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No programme is registered for this botilbud.</source>
        <translation>Der er ikke registreret et forløb for dette botilbud.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Learning sessions</source>
        <translation>Læringstræf</translation>
    </message>
    <message>
        <source>PS! visits</source>
        <translation>PS!-besøg</translation>
    </message>
    <message>
        <source>Phase %1 (now)</source>
        <translation>Fase %1 (nu)</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Næste: %1, %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ProgrammeView</name>
    <message>
        <source>Programme events</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Competence survey</source>
        <translation>Kompetenceafdækning</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>medsafe::app::QuestionsPage</name>
    <message>
        <source>Search questions and answers</source>
        <translation>Søg i spørgsmål og svar</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Godt at vide</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Ubesvarede</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nyt spørgsmål</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>About the medicine, never who: write &quot;a resident&quot;, not a name.</source>
        <translation>Om medicinen, aldrig om hvem: skriv &quot;en beboer&quot;, ikke et navn.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Besvaret den</translation>
    </message>
    <message>
        <source>The answer led to a change in a procedure</source>
        <translation>Svaret førte til en ændring i en procedure</translation>
    </message>
    <message>
        <source>Good to know: share the answer with all staff</source>
        <translation>Godt at vide: del svaret med alle medarbejdere</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Spurgt den</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Spurgt af</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>The question log could not be read: %1</source>
        <translation>Spørgsmålsloggen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Spurgt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Question of %1</source>
        <translation>Spørgsmål fra %1</translation>
    </message>
    <message>
        <source>The question was not saved:
%1</source>
        <translation>Spørgsmålet blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Slet spørgsmål</translation>
    </message>
    <message>
        <source>Delete the question of %1? This cannot be undone.</source>
        <translation>Slet spørgsmålet fra %1? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The question was not deleted:
%1</source>
        <translation>Spørgsmålet blev ikke slettet:
%1</translation>
    </message>
    <message>
        <source>The question has changes that are not saved. Save them now?</source>
        <translation>Spørgsmålet har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) shown</source>
        <translation>
            <numerusform>%n spørgsmål vist</numerusform>
            <numerusform>%n spørgsmål vist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n ubesvaret</numerusform>
            <numerusform>%n ubesvarede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsafe::app::RecordHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historik for %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historikken kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
</context>
<context>
    <name>medsafe::app::RecordListPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer der ikke er gemt</translation>
    </message>
</context>
<context>
    <name>medsafe::app::RefreshersPage</name>
    <message>
        <source>&lt;b&gt;Refresher interval per topic&lt;/b&gt; (0 = no refresher)</source>
        <translation>&lt;b&gt;Interval for genopfriskning pr. emne&lt;/b&gt; (0 = ingen genopfriskning)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>Hver (måneder)</translation>
    </message>
    <message>
        <source>Save intervals</source>
        <translation>Gem intervaller</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staff due a refresher&lt;/b&gt;</source>
        <translation>&lt;b&gt;Medarbejdere, der skal genopfriskes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Topic and staff member</source>
        <translation>Emne og medarbejder</translation>
    </message>
    <message>
        <source>Last course</source>
        <translation>Seneste kursus</translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation>Genopfriskning senest</translation>
    </message>
    <message>
        <source>Refreshers</source>
        <translation>Genopfriskning</translation>
    </message>
    <message>
        <source>The refreshers could not be read: %1</source>
        <translation>Genopfriskningerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>No agreement with a pharmacy is recorded yet (tab Agreement).</source>
        <translation>Der er endnu ikke registreret en aftale med et apotek (fanen Aftale).</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) in the training log were given by %1 under the agreement.</source>
        <translation>
            <numerusform>%n kursus i kursusloggen er givet af %1 under aftalen.</numerusform>
            <numerusform>%n kurser i kursusloggen er givet af %1 under aftalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic has a refresher interval yet.</source>
        <translation>Intet emne har et interval for genopfriskning endnu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n due</source>
        <translation>
            <numerusform>%1 — %n skal genopfriskes</numerusform>
            <numerusform>%1 — %n skal genopfriskes</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The interval was not saved:
%1</source>
        <translation>Intervallet blev ikke gemt:
%1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ReportComposerPage</name>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Choose a botilbud at the top of the window to write its monthly report.</source>
        <translation>Vælg et botilbud øverst i vinduet for at skrive dets månedsrapport.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The report for %1 has changes that are not saved. Save them now?</source>
        <translation>Rapporten for %1 har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Månedsrapport</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Rapporten kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 (not saved yet)</source>
        <translation>Status: %1 (ikke gemt endnu)</translation>
    </message>
    <message>
        <source>No feedback from PS! yet.</source>
        <translation>Ingen tilbagemelding fra PS! endnu.</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Modtaget %1</translation>
    </message>
    <message>
        <source>The report could not be put together: %1</source>
        <translation>Rapporten kunne ikke sættes sammen: %1</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Rapporten blev ikke gemt: %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ReportNarrativeForm</name>
    <message>
        <source>1 — no progress yet</source>
        <translation>1 — ingen fremskridt endnu</translation>
    </message>
    <message>
        <source>2 — a little progress</source>
        <translation>2 — lidt fremskridt</translation>
    </message>
    <message>
        <source>3 — some progress</source>
        <translation>3 — nogen fremskridt</translation>
    </message>
    <message>
        <source>4 — good progress</source>
        <translation>4 — gode fremskridt</translation>
    </message>
    <message>
        <source>5 — excellent progress</source>
        <translation>5 — fremragende fremskridt</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress this month&lt;/b&gt; (self-score)</source>
        <translation>&lt;b&gt;Fremskridt i måneden&lt;/b&gt; (selvvurdering)</translation>
    </message>
    <message>
        <source>How far the team came towards its aim this month, as the team judges it.</source>
        <translation>Hvor langt teamet kom mod sit mål i måneden, som teamet selv vurderer det.</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Hvad gik godt</translation>
    </message>
    <message>
        <source>Successes, changes that worked, what the team is proud of.</source>
        <translation>Succeser, forandringer der virkede, hvad teamet er stolt af.</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barrierer</translation>
    </message>
    <message>
        <source>What made the work hard this month.</source>
        <translation>Hvad gjorde arbejdet svært i måneden.</translation>
    </message>
    <message>
        <source>Support needed from PS!</source>
        <translation>Behov for støtte fra PS!</translation>
    </message>
    <message>
        <source>What the consultant can help with.</source>
        <translation>Hvad konsulenten kan hjælpe med.</translation>
    </message>
    <message>
        <source>Plan for next month</source>
        <translation>Plan for næste måned</translation>
    </message>
    <message>
        <source>The next PDSA cycles, measurements and meetings.</source>
        <translation>De næste PDSA-cirkler, målinger og møder.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::RunChartsView</name>
    <message>
        <source>Choose a botilbud at the top of the window to see its run charts.</source>
        <translation>Vælg et botilbud øverst i vinduet for at se dets seriediagrammer.</translation>
    </message>
    <message>
        <source>The run charts could not be read: %1</source>
        <translation>Seriediagrammerne kunne ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SafetyCalendarPage</name>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Forrige måned</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Næste måned ▶</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Days since the last medication error: %1</source>
        <translation>Dage siden sidste medicinfejl: %1</translation>
    </message>
    <message>
        <source>No medication errors registered</source>
        <translation>Ingen medicinfejl registreret</translation>
    </message>
    <message>
        <source>Last medication error: %1</source>
        <translation>Sidste medicinfejl: %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SaveConflictDialog</name>
    <message>
        <source>Someone else saved this while you were editing it, on another PC. Nothing of yours is saved yet. These fields differ:</source>
        <translation>En anden gemte dette på en anden pc, mens du redigerede det. Intet af dit er gemt endnu. Disse felter er forskellige:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Dit</translation>
    </message>
    <message>
        <source>Saved by the other</source>
        <translation>Gemt af den anden</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behold mit</translation>
    </message>
    <message>
        <source>Save your version over the one the other person saved</source>
        <translation>Gem din udgave oven i den, den anden gemte</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Brug den andens</translation>
    </message>
    <message>
        <source>Show the saved version; your changes are dropped</source>
        <translation>Vis den gemte udgave; dine ændringer forkastes</translation>
    </message>
    <message>
        <source>Back to &amp;editing</source>
        <translation>Tilbage til &amp;redigering</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>A database on the kommune&apos;s PostgreSQL server, shared by the staff PCs. Ask the person who runs the server for these details. The password is not saved.</source>
        <translation>En database på kommunens PostgreSQL-server, som medarbejdernes pc&apos;er deler. Spørg den, der driver serveren, om oplysningerne. Adgangskoden gemmes ikke.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>Open a &amp;local file instead…</source>
        <translation>Åbn en &amp;lokal fil i stedet…</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>serveren</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>databasen</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>brugernavnet</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>Udfyld %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Forbinder til %1…</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SessionActions</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Skift &amp;adgangskode…</translation>
    </message>
    <message>
        <source>Sign &amp;out and switch user…</source>
        <translation>Log &amp;ud og skift bruger…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Logget ind: %1 (%2)</translation>
    </message>
    <message>
        <source>Login: %1. Every change is recorded in the history with this name.</source>
        <translation>Brugernavn: %1. Hver ændring skrives i historikken med dette navn.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <source>This database has no accounts yet, or you work as the database&apos;s owner.</source>
        <translation>Databasen har endnu ingen konti, eller du arbejder som databasens ejer.</translation>
    </message>
    <message>
        <source>On a server, connect again with another login (File › Connect to server…).</source>
        <translation>På en server forbinder du igen med et andet brugernavn (Filer › Forbind til server…).</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Din adgangskode er skiftet.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SignInDialog</name>
    <message>
        <source>Sign in — Medicinsikker</source>
        <translation>Log ind — Medicinsikker</translation>
    </message>
    <message>
        <source>Sign in to work in %1. The app records who changes what.</source>
        <translation>Log ind for at arbejde i %1. Programmet skriver, hvem der ændrer hvad.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SmallMultiplesPage</name>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Målepunkt:</translation>
    </message>
    <message numerus="yes">
        <source>%n botilbud: %1 ▲ improvement, %2 ▼ worsening, %3 ● no signal, %4 without a chart</source>
        <translation>
            <numerusform>%n botilbud: %1 ▲ forbedring, %2 ▼ forværring, %3 ● intet signal, %4 uden diagram</numerusform>
            <numerusform>%n botilbud: %1 ▲ forbedring, %2 ▼ forværring, %3 ● intet signal, %4 uden diagram</numerusform>
        </translation>
    </message>
    <message>
        <source>reading %1 of %2 botilbud…</source>
        <translation>læser %1 af %2 botilbud…</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SpreadMatrixPage</name>
    <message>
        <source>planned %1</source>
        <translation>planlagt %1</translation>
    </message>
    <message>
        <source>Search changes…</source>
        <translation>Søg forandringer…</translation>
    </message>
    <message>
        <source>From each botilbud&apos;s latest monthly report package (or its own data in this database).</source>
        <translation>Fra hvert botilbuds seneste månedsrapport-pakke (eller dets egne data i denne database).</translation>
    </message>
    <message>
        <source>Spread plan agreed with PS!</source>
        <translation>Spredningsplan aftalt med PS!</translation>
    </message>
    <message>
        <source>Choose a cell: a change and a botilbud.</source>
        <translation>Vælg en celle: en forandring og et botilbud.</translation>
    </message>
    <message>
        <source>Planned month:</source>
        <translation>Planlagt måned:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>For example: agreed at learning session 3</source>
        <translation>Fx: aftalt på læringstræf 3</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Gem plan</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Fjern plan</translation>
    </message>
    <message>
        <source>%1 (%2), report of %3</source>
        <translation>%1 (%2), rapport for %3</translation>
    </message>
    <message>
        <source>%1 (%2), this database</source>
        <translation>%1 (%2), denne database</translation>
    </message>
    <message>
        <source>%1: adopted in %2, being tested in %3</source>
        <translation>%1: implementeret i %2, afprøves i %3</translation>
    </message>
    <message>
        <source>The botilbud does not have the change idea.</source>
        <translation>Botilbuddet har ikke forandringsidéen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n forandring</numerusform>
            <numerusform>%n forandringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n botilbud</source>
        <translation>
            <numerusform>%n botilbud</numerusform>
            <numerusform>%n botilbud</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2: %3</source>
        <translation>&quot;%1&quot; på %2: %3</translation>
    </message>
    <message>
        <source>Spread plan</source>
        <translation>Spredningsplan</translation>
    </message>
    <message>
        <source>Someone else changed this plan meanwhile. It is shown again as it is now.</source>
        <translation>En anden har ændret planen imens. Den vises igen, som den er nu.</translation>
    </message>
    <message>
        <source>Remove the planned month for &quot;%1&quot; at %2?</source>
        <translation>Fjern den planlagte måned for &quot;%1&quot; på %2?</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SpreadPage</name>
    <message>
        <source>Spread what works: export an adopted change as a change package for another botilbud, and import the packages you receive. A received change arrives as a change idea with a planned first PDSA cycle; the story of where it comes from is kept.</source>
        <translation>Spred det, der virker: eksportér en implementeret forandring som en forandringspakke til et andet botilbud, og indlæs de pakker, I modtager. En modtaget forandring bliver en forandringsidé med en planlagt første PDSA-cirkel; historien om, hvor den kommer fra, gemmes.</translation>
    </message>
    <message>
        <source>Search changes…</source>
        <translation>Søg forandringer…</translation>
    </message>
    <message>
        <source>Adopted changes here</source>
        <translation>Implementerede forandringer her</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Forandringsidé</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Implementeret</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
    <message>
        <source>Export change package…</source>
        <translation>Eksportér forandringspakke…</translation>
    </message>
    <message>
        <source>Received change packages</source>
        <translation>Modtagne forandringspakker</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Her</translation>
    </message>
    <message>
        <source>Import change package…</source>
        <translation>Importér forandringspakke…</translation>
    </message>
    <message>
        <source>The story from the origin</source>
        <translation>Historien fra oprindelsesstedet</translation>
    </message>
    <message>
        <source>Choose a received change package to read how it was tested where it comes from.</source>
        <translation>Vælg en modtaget forandringspakke for at læse, hvordan den blev afprøvet der, hvor den kommer fra.</translation>
    </message>
    <message>
        <source>received here</source>
        <translation>modtaget her</translation>
    </message>
    <message>
        <source>not exported yet</source>
        <translation>ikke eksporteret endnu</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>eksporteret</translation>
    </message>
    <message>
        <source>(unreadable package)</source>
        <translation>(pakken kan ikke læses)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n adopted change(s)</source>
        <translation>
            <numerusform>%n implementeret forandring</numerusform>
            <numerusform>%n implementerede forandringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received package(s)</source>
        <translation>
            <numerusform>%n modtaget pakke</numerusform>
            <numerusform>%n modtagne pakker</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an adopted change in the list first.</source>
        <translation>Vælg først en implementeret forandring på listen.</translation>
    </message>
    <message>
        <source>The stored package could not be read.</source>
        <translation>Den gemte pakke kunne ikke læses.</translation>
    </message>
    <message>
        <source>Export change package</source>
        <translation>Eksportér forandringspakke</translation>
    </message>
    <message>
        <source>Change packages (*.json)</source>
        <translation>Forandringspakker (*.json)</translation>
    </message>
    <message>
        <source>The change package was not saved:
%1</source>
        <translation>Forandringspakken blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>The change package for &quot;%1&quot; was saved as %2.

Send the file to the botilbud that is to try the change; they import it under Sustain and spread › Spread. It holds no names of staff or residents.</source>
        <translation>Forandringspakken for &quot;%1&quot; er gemt som %2.

Send filen til det botilbud, der skal afprøve forandringen; de indlæser den under Fastholdelse og spredning › Spredning. Den indeholder ingen navne på medarbejdere eller beboere.</translation>
    </message>
    <message>
        <source>Import change package</source>
        <translation>Importér forandringspakke</translation>
    </message>
    <message>
        <source>Change packages (*.json);;All files (*)</source>
        <translation>Forandringspakker (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The change package was not imported; nothing was changed.
%1</source>
        <translation>Forandringspakken blev ikke indlæst; intet er ændret.
%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 was already received %3. Nothing was changed.</source>
        <translation>&quot;%1&quot; fra %2 er allerede modtaget %3. Intet er ændret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2 (%3) is now a change idea here, with a planned first PDSA cycle ready to be filled in under PDSA.</source>
        <translation>&quot;%1&quot; fra %2 (%3) er nu en forandringsidé her, med en planlagt første PDSA-cirkel, klar til at blive udfyldt under PDSA.</translation>
    </message>
    <message>
        <source>Measures found here: %1.</source>
        <translation>Målepunkter fundet her: %1.</translation>
    </message>
    <message>
        <source>New measures from the package: %1.</source>
        <translation>Nye målepunkter fra pakken: %1.</translation>
    </message>
    <message>
        <source>Not made here (they are counted from incidents; choose a measure of your own in the cycle): %1.</source>
        <translation>Ikke oprettet her (de tælles ud fra hændelser; vælg et af jeres egne målepunkter i cirklen): %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already a change idea here; it now carries the story from %2 (%3) and has a planned first PDSA cycle ready to be filled in under PDSA.</source>
        <translation>&quot;%1&quot; var allerede en forandringsidé her; den har nu historien fra %2 (%3) og en planlagt første PDSA-cirkel, der kan udfyldes under PDSA.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already a change idea here and is being tested; it now carries the story from %2 (%3). No new cycle was planned.</source>
        <translation>&quot;%1&quot; var allerede en forandringsidé her og afprøves; den har nu historien fra %2 (%3). Der er ikke planlagt en ny cirkel.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::StartupView</name>
    <message>
        <source>Start-up</source>
        <translation>Opstart</translation>
    </message>
    <message>
        <source>Phase 1&apos;s groundwork: how medicine is handled today step by step, the local guidelines and who holds which delegated right.</source>
        <translation>Fase 1&apos;s grundarbejde: hvordan medicinen håndteres i dag trin for trin, de lokale retningslinjer, og hvem der har hvilke delegerede rettigheder.</translation>
    </message>
    <message>
        <source>Workflow analysis</source>
        <translation>Arbejdsgangsanalyse</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationer</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SustainChartsPanel</name>
    <message>
        <source>End of the frozen baseline</source>
        <translation>Slut på den fastfrosne baseline</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Målepunkt:</translation>
    </message>
    <message>
        <source>%1 — driver: %2</source>
        <translation>%1 — drivkraft: %2</translation>
    </message>
    <message>
        <source>Choose an adopted change on the left.</source>
        <translation>Vælg en implementeret ændring til venstre.</translation>
    </message>
    <message>
        <source>No measure is linked to the PDSA cycles of this change. Link a measure to a cycle to follow whether the change holds.</source>
        <translation>Ingen målepunkter er knyttet til ændringens PDSA-cyklusser. Knyt et målepunkt til en cyklus for at følge, om ændringen holder.</translation>
    </message>
    <message>
        <source>Run chart, all months</source>
        <translation>Seriediagram, alle måneder</translation>
    </message>
    <message>
        <source>Control chart after adoption</source>
        <translation>Kontroldiagram efter implementering</translation>
    </message>
    <message>
        <source>centre line %1</source>
        <translation>centerlinje %1</translation>
    </message>
    <message>
        <source>, control limits %1 to %2</source>
        <translation>, kontrolgrænser %1 til %2</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) after adoption</source>
        <translation>
            <numerusform>%n måling efter implementeringen</numerusform>
            <numerusform>%n målinger efter implementeringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after adoption</source>
        <translation>
            <numerusform>%n måned efter implementeringen</numerusform>
            <numerusform>%n måneder efter implementeringen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 chart, %3): %4.</source>
        <translation>%1 (%2-kontroldiagram, %3): %4.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SustainPage</name>
    <message>
        <source>Adopted changes</source>
        <translation>Implementerede ændringer</translation>
    </message>
    <message>
        <source>No change idea has been adopted yet. A change idea is adopted when a PDSA cycle about it ends with the decision »Adopt«.</source>
        <translation>Ingen forandringsidé er implementeret endnu. En forandringsidé er implementeret, når en PDSA-cyklus om den afsluttes med beslutningen »Implementér«.</translation>
    </message>
    <message>
        <source>Measures after adoption</source>
        <translation>Målepunkter efter implementering</translation>
    </message>
    <message>
        <source>Sustain plan</source>
        <translation>Fastholdelsesplan</translation>
    </message>
    <message>
        <source>%1
%2 · adopted %3</source>
        <translation>%1
%2 · implementeret %3</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Drivkraft: %1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SustainPlanPanel</name>
    <message>
        <source>What is checked</source>
        <translation>Hvad kontrolleres</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hvor ofte</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Målepunkt</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Sidst kontrolleret</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Næste kontrol</translation>
    </message>
    <message>
        <source>e.g. a sample of ten dose boxes: is the double check signed?</source>
        <translation>fx stikprøve af ti doseringsæsker: er dobbeltkontrollen kvitteret?</translation>
    </message>
    <message>
        <source>What is checked:</source>
        <translation>Hvad kontrolleres:</translation>
    </message>
    <message>
        <source>Who checks:</source>
        <translation>Hvem kontrollerer:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Hvor ofte:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Målepunkt:</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ikke kontrolleret endnu</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Sidst kontrolleret:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Ny kontrol</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>Kontrolleret i dag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Now — not checked yet</source>
        <translation>Nu — ikke kontrolleret endnu</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overskredet</translation>
    </message>
    <message>
        <source>Who keeps »%1« going: what is checked, by whom and how often.</source>
        <translation>Hvem holder »%1« i gang: hvad kontrolleres, af hvem og hvor ofte.</translation>
    </message>
    <message>
        <source>Choose an adopted change on the left to see its sustain plan.</source>
        <translation>Vælg en implementeret ændring til venstre for at se dens fastholdelsesplan.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Gemt af en anden</translation>
    </message>
    <message>
        <source>Someone else changed this check after you opened it. It has been read again; make your change once more.

%1</source>
        <translation>En anden har ændret kontrollen, efter du åbnede den. Den er læst igen; foretag din ændring en gang til.

%1</translation>
    </message>
    <message>
        <source>Delete the check</source>
        <translation>Slet kontrollen</translation>
    </message>
    <message>
        <source>Delete »%1« from the sustain plan?</source>
        <translation>Slet »%1« fra fastholdelsesplanen?</translation>
    </message>
</context>
<context>
    <name>medsafe::app::SustainView</name>
    <message>
        <source>Sustain and spread</source>
        <translation>Fastholdelse og spredning</translation>
    </message>
    <message>
        <source>A change that is adopted must keep working when nobody tests it any more. Its measures are judged against control limits frozen after adoption, and a plan says who checks what, and how often.</source>
        <translation>En implementeret ændring skal blive ved med at virke, også når ingen længere afprøver den. Dens målepunkter vurderes mod kontrolgrænser, der fastfryses efter implementeringen, og en plan siger, hvem der kontrollerer hvad, og hvor ofte.</translation>
    </message>
    <message>
        <source>Sustain</source>
        <translation>Fastholdelse</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spredning</translation>
    </message>
</context>
<context>
    <name>medsafe::app::TrainingPage</name>
    <message>
        <source>All providers</source>
        <translation>Alle udbydere</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>The training log could not be read: %1</source>
        <translation>Undervisningsoversigten kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The course has changes that are not saved. Save them now?</source>
        <translation>Kurset har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nyt kursus</translation>
    </message>
    <message>
        <source>The course was not saved:
%1</source>
        <translation>Kurset blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Slet kursus</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation>Slet &quot;%1&quot;? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The course was not deleted:
%1</source>
        <translation>Kurset blev ikke slettet:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n kursus</numerusform>
            <numerusform>%n kurser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forfalden</numerusform>
            <numerusform>%n forfaldne</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
</context>
<context>
    <name>medsafe::app::TrustSenderDialog</name>
    <message>
        <source>Trust the sender of this data package?</source>
        <translation>Stol på afsenderen af datapakken?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; packages about %1 are signed with a different key than the one this database trusts (%2). A new key is right only when the sender has moved to a new database or PC. If you did not expect that, cancel and call the sender.</source>
        <translation>&lt;b&gt;Advarsel:&lt;/b&gt; Datapakker om %1 er underskrevet med en anden nøgle end den, databasen stoler på (%2). En ny nøgle er kun rigtig, når afsenderen er flyttet til en ny database eller pc. Havde du ikke ventet det, så tryk Annuller og ring til afsenderen.</translation>
    </message>
    <message>
        <source>This data package is signed by &lt;b&gt;%1&lt;/b&gt; with a key this database does not know yet.</source>
        <translation>Datapakken er underskrevet af &lt;b&gt;%1&lt;/b&gt; med en nøgle, som databasen ikke kender endnu.</translation>
    </message>
    <message>
        <source>Call the sender and ask them to read out the fingerprint Medicinsikker shows them (&lt;i&gt;File › Data package keys…&lt;/i&gt;). Type what you hear below; you can trust the key only when it matches the fingerprint of this package.</source>
        <translation>Ring til afsenderen, og bed vedkommende læse det fingeraftryk op, som Medicinsikker viser dem (&lt;i&gt;Filer › Nøgler til datapakker…&lt;/i&gt;). Skriv det, du hører, herunder; du kan først stole på nøglen, når det passer med pakkens fingeraftryk.</translation>
    </message>
    <message>
        <source>Fingerprint of this package:</source>
        <translation>Pakkens fingeraftryk:</translation>
    </message>
    <message>
        <source>Fingerprint the sender read out:</source>
        <translation>Fingeraftryk, som afsenderen læste op:</translation>
    </message>
    <message>
        <source>Replace the key and import</source>
        <translation>Udskift nøglen og indlæs</translation>
    </message>
    <message>
        <source>Trust the sender and import</source>
        <translation>Stol på afsenderen og indlæs</translation>
    </message>
    <message>
        <source>The fingerprints match.</source>
        <translation>Fingeraftrykkene passer.</translation>
    </message>
    <message>
        <source>Keep typing: the fingerprint has %1 characters.</source>
        <translation>Skriv videre: fingeraftrykket har %1 tegn.</translation>
    </message>
    <message>
        <source>The fingerprints do not match. Do not trust this package; call the sender.</source>
        <translation>Fingeraftrykkene passer ikke. Stol ikke på pakken; ring til afsenderen.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::ViewPlaceholder</name>
    <message>
        <source>This view is not available in this version of Medicinsikker yet.</source>
        <translation>Denne visning findes endnu ikke i denne version af Medicinsikker.</translation>
    </message>
</context>
<context>
    <name>medsafe::app::VisitsPage</name>
    <message>
        <source>Search visits</source>
        <translation>Søg i besøg</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nyt besøg</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Gem besøg</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Checklist…</source>
        <translation>Tjekliste…</translation>
    </message>
    <message>
        <source>Edit the botilbud&apos;s checklist. Visits already made keep the version they used.</source>
        <translation>Redigér botilbuddets tjekliste. Besøg, der allerede er gennemført, beholder den version, de brugte.</translation>
    </message>
    <message>
        <source>The pharmacist who did the audit</source>
        <translation>Farmaceuten, der gennemførte kvalitetssikringen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Farmaceut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Kvalitetssikring</translation>
    </message>
    <message>
        <source>The pharmacy&apos;s visits could not be read: %1</source>
        <translation>Apotekets besøg kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Complied</source>
        <translation>Overholdt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Visit on %1</source>
        <translation>Besøg %1</translation>
    </message>
    <message>
        <source>Checklist version %1 of %2</source>
        <translation>Tjekliste version %1 af %2</translation>
    </message>
    <message>
        <source>The checklist shipped with the app</source>
        <translation>Tjeklisten, der følger med programmet</translation>
    </message>
    <message numerus="yes">
        <source>Complied with: %1 of %2 items that applied (%3) · %n not complied</source>
        <translation>
            <numerusform>Overholdt: %1 af %2 relevante punkter (%3) · %n ikke overholdt</numerusform>
            <numerusform>Overholdt: %1 af %2 relevante punkter (%3) · %n ikke overholdt</numerusform>
        </translation>
    </message>
    <message>
        <source>No items answered yet.</source>
        <translation>Ingen punkter er besvaret endnu.</translation>
    </message>
    <message>
        <source>The visit was not saved:
%1</source>
        <translation>Besøget blev ikke gemt:
%1</translation>
    </message>
    <message numerus="yes">
        <source>The visit is saved. %n item(s) not complied with are now findings to follow up under &quot;Findings and follow-up&quot;.</source>
        <translation>
            <numerusform>Besøget er gemt. %n punkt, der ikke var overholdt, er nu et fund, der skal følges op under &quot;Fund og opfølgning&quot;.</numerusform>
            <numerusform>Besøget er gemt. %n punkter, der ikke var overholdt, er nu fund, der skal følges op under &quot;Fund og opfølgning&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Slet besøg</translation>
    </message>
    <message>
        <source>Delete the visit on %1 with its answers and findings? Change ideas made from its findings stay.</source>
        <translation>Slet besøget %1 med svar og fund? Forandringsidéer, der er lavet ud fra fundene, bliver.</translation>
    </message>
    <message>
        <source>The visit was not deleted:
%1</source>
        <translation>Besøget blev ikke slettet:
%1</translation>
    </message>
    <message>
        <source>The visit has changes that are not saved. Save them now?</source>
        <translation>Besøget har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>The checklist was not saved:
%1</source>
        <translation>Tjeklisten blev ikke gemt:
%1</translation>
    </message>
</context>
<context>
    <name>medsafe::app::WorkflowPage</name>
    <message>
        <source>Before (phase 1)</source>
        <translation>Før (fase 1)</translation>
    </message>
    <message>
        <source>After (phase 3)</source>
        <translation>Efter (fase 3)</translation>
    </message>
    <message>
        <source>Who took part, e.g. tovholder, leader, two staff</source>
        <translation>Hvem deltog, fx tovholder, leder, to medarbejdere</translation>
    </message>
    <message>
        <source>How the analysis was made, what stood out</source>
        <translation>Hvordan analysen blev lavet, hvad der stod frem</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Tilføj trin</translation>
    </message>
    <message>
        <source>Add one of the incident taxonomy&apos;s other stages as a step</source>
        <translation>Tilføj et af hændelsestaksonomiens andre procestrin som trin</translation>
    </message>
    <message>
        <source>e.g. the staff member on the day shift</source>
        <translation>fx medarbejderen i dagvagt</translation>
    </message>
    <message>
        <source>How it is done today</source>
        <translation>Hvordan det gøres i dag</translation>
    </message>
    <message>
        <source>What can go wrong here</source>
        <translation>Hvad der kan gå galt her</translation>
    </message>
    <message>
        <source>A finding about this step</source>
        <translation>Et fund om dette trin</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ret</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Make a change idea</source>
        <translation>Gør til forandringsidé</translation>
    </message>
    <message>
        <source>Take the chosen finding into the driver diagram as a change idea, to test in PDSA cycles.</source>
        <translation>Tag det valgte fund med i driverdiagrammet som forandringsidé, så det kan afprøves i PDSA-cirkler.</translation>
    </message>
    <message>
        <source>Who *</source>
        <translation>Hvem *</translation>
    </message>
    <message>
        <source>How *</source>
        <translation>Hvordan *</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Kendte risici</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation>Gem analyse</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Fortryd ændringer</translation>
    </message>
    <message>
        <source>Workflow analysis</source>
        <translation>Arbejdsgangsanalyse</translation>
    </message>
    <message>
        <source>The workflow analysis could not be read: %1</source>
        <translation>Arbejdsgangsanalysen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>(not placed yet)</source>
        <translation>(ikke placeret endnu)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n hændelse</numerusform>
            <numerusform>%n hændelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <source>Incidents of the step&apos;s stage in the 12 months up to the analysis&apos; date</source>
        <translation>Hændelser i trinnets procestrin i de 12 måneder op til analysens dato</translation>
    </message>
    <message>
        <source>Saved analysis.</source>
        <translation>Gemt analyse.</translation>
    </message>
    <message>
        <source>Not made yet: describe the steps and save.</source>
        <translation>Ikke lavet endnu: beskriv trinnene, og gem.</translation>
    </message>
    <message>
        <source>Incidents are counted in the 12 months up to the analysis&apos; date (%1 – %2).</source>
        <translation>Hændelserne tælles i de 12 måneder op til analysens dato (%1 – %2).</translation>
    </message>
    <message>
        <source>Not described yet: who and how</source>
        <translation>Ikke beskrevet endnu: hvem og hvordan</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Intet trin valgt</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Trin %1: %2</translation>
    </message>
    <message>
        <source>Incidents of the stage &quot;%1&quot; in the 12 months up to the analysis&apos; date</source>
        <translation>Hændelser i procestrinnet »%1« i de 12 måneder op til analysens dato</translation>
    </message>
    <message>
        <source>change idea &quot;%1&quot;</source>
        <translation>forandringsidé »%1«</translation>
    </message>
    <message>
        <source>Save the analysis first; then add the step&apos;s findings.</source>
        <translation>Gem analysen først; tilføj derefter trinnets fund.</translation>
    </message>
    <message>
        <source>The workflow analysis was not saved:
%1</source>
        <translation>Arbejdsgangsanalysen blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The workflow analysis has changes that are not saved. Save them now?</source>
        <translation>Arbejdsgangsanalysen har ændringer, der ikke er gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
        <source>The finding was not saved:
%1</source>
        <translation>Fundet blev ikke gemt:
%1</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Fjern fund</translation>
    </message>
    <message>
        <source>Remove the finding &quot;%1&quot;? A change idea made from it stays.</source>
        <translation>Vil du fjerne fundet »%1«? En forandringsidé lavet ud fra det bliver.</translation>
    </message>
    <message>
        <source>The finding was not removed:
%1</source>
        <translation>Fundet blev ikke fjernet:
%1</translation>
    </message>
    <message>
        <source>The change idea was not made:
%1</source>
        <translation>Forandringsidéen blev ikke lavet:
%1</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Forandringsidé</translation>
    </message>
    <message>
        <source>The finding is now a change idea in the driver diagram (Improvement). Test it in a PDSA cycle from there.</source>
        <translation>Fundet er nu en forandringsidé i driverdiagrammet (Forbedringsarbejde). Afprøv den i en PDSA-cirkel derfra.</translation>
    </message>
</context>
<context>
    <name>medsafe::models::ChecklistModel</name>
    <message>
        <source>%1 — done %2</source>
        <translation>%1 — udført %2</translation>
    </message>
    <message>
        <source>%1 — done %2 (automatically)</source>
        <translation>%1 — udført %2 (automatisk)</translation>
    </message>
    <message>
        <source>Ticked automatically: %1.</source>
        <translation>Afkrydset automatisk: %1.</translation>
    </message>
    <message>
        <source>Double-click to open where this is done.</source>
        <translation>Dobbeltklik for at åbne, hvor det gøres.</translation>
    </message>
</context>
<context>
    <name>medsafe::models::CompetenceMatrixModel</name>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <source>%1 – %2: level %3 of 4</source>
        <translation>%1 – %2: niveau %3 af 4</translation>
    </message>
    <message>
        <source>Earlier round: level %1</source>
        <translation>Tidligere runde: niveau %1</translation>
    </message>
    <message>
        <source>Has asked for training in this topic</source>
        <translation>Ønsker undervisning i emnet</translation>
    </message>
    <message>
        <source>Average level of the staff who answered</source>
        <translation>Gennemsnitligt niveau for de medarbejdere, der har svaret</translation>
    </message>
    <message>
        <source>%1 of %2 staff members rate themselves at level 1–2 in %3</source>
        <translation>%1 af %2 medarbejdere vurderer sig selv på niveau 1–2 i %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>At level 1–2</source>
        <translation>På niveau 1–2</translation>
    </message>
</context>
<context>
    <name>medsafe::models::IncidentTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Process stage</source>
        <translation>Procestrin</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Problemtype</translation>
    </message>
    <message>
        <source>Overall category</source>
        <translation>Samlet alvorlighed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reached the citizen</source>
        <translation>Nåede borgeren</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Required a doctor&apos;s contact</source>
        <translation>Krævede lægekontakt</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Læge</translation>
    </message>
</context>
<context>
    <name>medsafe::models::MeasureTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Målepunkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Operational definition</source>
        <translation>Operationel definition</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>medsafe::models::MeasurementGridModel</name>
    <message>
        <source>Tick the months that make up the baseline (baselinemålinger).</source>
        <translation>Sæt flueben ved de måneder, der udgør baseline (baselinemålinger).</translation>
    </message>
    <message>
        <source>Changed – not saved yet (Ctrl+S saves)</source>
        <translation>Ændret – ikke gemt endnu (Ctrl+S gemmer)</translation>
    </message>
    <message>
        <source>calculated from incidents</source>
        <translation>beregnes af hændelser</translation>
    </message>
    <message>
        <source>Calculated from the registered incidents – it cannot be typed here. Register incidents under Utilsigtede hændelser.</source>
        <translation>Beregnes af de registrerede hændelser – kan ikke skrives her. Registrér hændelser under Hændelser.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tæller</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nævner</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation>Beregnet</translation>
    </message>
    <message>
        <source>Baseline months</source>
        <translation>Baselinemåneder</translation>
    </message>
    <message>
        <source>%1
Calculated from incidents; not typed here.</source>
        <translation>%1
Beregnes af hændelser; skrives ikke her.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>medsafe::models::PdsaTreeModel</name>
    <message>
        <source>Without a change idea</source>
        <translation>Uden forandringsidé</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n PDSA cycle(s))</source>
        <translation>
            <numerusform>%1 (%n PDSA-cirkel)</numerusform>
            <numerusform>%1 (%n PDSA-cirkler)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>PDSA cycle</source>
        <translation>PDSA-cirkel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
</context>
<context>
    <name>medsafe::models::ProgrammeEventModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>medsafe::models::SafetyCalendarModel</name>
    <message>
        <source>No medication error</source>
        <translation>Ingen medicinfejl</translation>
    </message>
    <message>
        <source>Medication error without harm</source>
        <translation>Medicinfejl uden skade</translation>
    </message>
    <message>
        <source>Medication error with harm</source>
        <translation>Medicinfejl med skade</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Endnu ikke</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n incidents)</source>
        <translation>
            <numerusform>%1: %2 (%n hændelse)</numerusform>
            <numerusform>%1: %2 (%n hændelser)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medsafe::models::TrainingRecordModel</name>
    <message>
        <source>None planned</source>
        <translation>Ingen planlagt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalden</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Snart</translation>
    </message>
    <message numerus="yes">
        <source>The refresher was due %1 (%n days ago).</source>
        <translation>
            <numerusform>Genopfriskningen forfaldt %1 (for %n dag siden).</numerusform>
            <numerusform>Genopfriskningen forfaldt %1 (for %n dage siden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation>Genopfriskning senest</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
</TS>

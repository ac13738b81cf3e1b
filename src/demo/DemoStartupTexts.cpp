#include "demo/DemoStartupTexts.h"

namespace medsafe::demo {

using domain::ProcessStage;
using domain::RiskLevel;

QList<DemoStartupTexts::StepText> DemoStartupTexts::stepsBefore() {
    return {
        {ProcessStage::Ordination, QStringLiteral("Egen læge, psykiater og sygehuslæger"),
         QStringLiteral(
             "Lægen ordinerer i FMK. Ændringer fra sygehuset kommer ofte telefonisk eller på papir med "
             "hjem, og medicinlisten rettes af den medarbejder, der tager imod."),
         QStringLiteral("Mundtlige ændringer når ikke frem til medicinlisten; forsinkelse fra FMK til den "
                        "lokale liste."),
         RiskLevel::Medium},
        {ProcessStage::Prescription, QStringLiteral("Medicinansvarlig medarbejder"),
         QStringLiteral("Bestiller hos apoteket hver mandag ud fra en optælling af lageret."),
         QStringLiteral("Optællingen glemmes i ferier, så medicin mangler; ingen stedfortræder."),
         RiskLevel::Medium},
        {ProcessStage::Receipt, QStringLiteral("Den medarbejder, der er på vagt"),
         QStringLiteral("Leverancen tjekkes mod følgesedlen og lægges i medicinskabene."),
         QStringLiteral("Leverancen tjekkes ikke mod ordinationen; poser står fremme i personalestuen."),
         RiskLevel::Low},
        {ProcessStage::Storage, QStringLiteral("Alle medicinhåndterende medarbejdere"),
         QStringLiteral("Aflåst skab i hver lejlighed; køleskabsmedicin i personalestuens køleskab."),
         QStringLiteral("Køleskabets temperatur logges ikke; udløbsdatoer tjekkes sjældent."),
         RiskLevel::Medium},
        {ProcessStage::Dispensing, QStringLiteral("To faste medarbejdere med delegation"),
         QStringLiteral(
             "Doseringsæsker fyldes fredag eftermiddag for en uge ad gangen ved bordet i fællesrummet."),
         QStringLiteral("Mange afbrydelser under dispenseringen; ingen dobbeltkontrol ved ændringer."),
         RiskLevel::High},
        {ProcessStage::Administration, QStringLiteral("Medarbejderen på vagt"),
         QStringLiteral(
             "Medicinen gives fra doseringsæsken efter medicinlisten; PN-medicin efter medarbejderens skøn."),
         QStringLiteral("Forkert tidspunkt ved travlhed og vagtskifte; PN-indikationen er uklar."),
         RiskLevel::High},
        {ProcessStage::Documentation, QStringLiteral("Medarbejderen, der giver medicinen"),
         QStringLiteral("Kvittering i det elektroniske medicinmodul efter hver udlevering."),
         QStringLiteral("Kvitteringen glemmes eller sker samlet sidst på vagten."), RiskLevel::Medium},
        {ProcessStage::Observation, QStringLiteral("Kontaktperson og sygeplejerske"),
         QStringLiteral("Virkning og bivirkninger af ny medicin drøftes på teammødet."),
         QStringLiteral(
             "Ingen fast plan for, hvad der observeres, og hvor længe; PN-virkning noteres sjældent."),
         RiskLevel::Medium},
    };
}

QList<DemoStartupTexts::StepText> DemoStartupTexts::stepsAfter() {
    return {
        {ProcessStage::Ordination, QStringLiteral("Egen læge, psykiater og sygehuslæger"),
         QStringLiteral(
             "Alle ændringer skal stå i FMK, før medicinlisten rettes; mundtlige beskeder skrives i "
             "ændringsloggen og bekræftes af lægen samme dag."),
         QStringLiteral("Enkelte ændringer fra vagtlæge kommer stadig mundtligt."), RiskLevel::Low},
        {ProcessStage::Prescription, QStringLiteral("Medicinansvarlig med fast stedfortræder"),
         QStringLiteral("Bestilling efter tjekliste hver mandag; stedfortræderen overtager i ferier."),
         QStringLiteral("Restordrer fra apoteket opdages sent."), RiskLevel::Low},
        {ProcessStage::Receipt, QStringLiteral("Den medarbejder, der er på vagt"),
         QStringLiteral("Leverancen tjekkes mod medicinlisten og sættes straks på plads."),
         QStringLiteral("Få kendte risici."), RiskLevel::Low},
        {ProcessStage::Storage, QStringLiteral("Alle medicinhåndterende medarbejdere"),
         QStringLiteral(
             "Aflåste skabe; temperaturlog ved køleskabet; udløbsdatoer tjekkes den første i måneden."),
         QStringLiteral("Loggen springes over i weekender."), RiskLevel::Low},
        {ProcessStage::Dispensing, QStringLiteral("To faste medarbejdere med delegation"),
         QStringLiteral(
             "Dispensering i medicinrummet med rød vest og lukket dør; dobbeltkontrol ved ændringer."),
         QStringLiteral("Enkelte afbrydelser ved akutte hændelser."), RiskLevel::Low},
        {ProcessStage::Administration, QStringLiteral("Medarbejderen på vagt"),
         QStringLiteral("Faste medicinrunder kl. 8, 12, 17 og 21; PN efter indikation på medicinlisten."),
         QStringLiteral("Runden forsinkes ved vagtskifte."), RiskLevel::Medium},
        {ProcessStage::Documentation, QStringLiteral("Medarbejderen, der giver medicinen"),
         QStringLiteral("Kvittering med det samme på tablet i lejligheden."),
         QStringLiteral("Tabletten er ikke altid opladet."), RiskLevel::Low},
        {ProcessStage::Observation, QStringLiteral("Kontaktperson og sygeplejerske"),
         QStringLiteral("Observationsskema i to uger ved ny medicin; PN-virkning noteres efter en time."),
         QStringLiteral("Skemaet glemmes ved medicin startet af vagtlæge."), RiskLevel::Medium},
    };
}

QList<DemoStartupTexts::FindingText> DemoStartupTexts::findingsBefore() {
    return {
        {ProcessStage::Dispensing,
         QStringLiteral("Forstyrrelsesfri dispensering med rød vest og lukket dør")},
        {ProcessStage::Documentation,
         QStringLiteral("Kvittering sker ofte samlet sidst på vagten i stedet for ved "
                        "udleveringen")},
        {ProcessStage::Storage, QStringLiteral("Ingen temperaturlog for køleskabsmedicin")},
        {ProcessStage::Administration,
         QStringLiteral("PN-medicin gives uden fast indikation på medicinlisten")},
        {ProcessStage::Ordination,
         QStringLiteral("Ændringer fra sygehuset skrives ind uden at blive tjekket mod FMK")},
    };
}

QList<DemoStartupTexts::FindingText> DemoStartupTexts::findingsAfter() {
    return {
        {ProcessStage::Administration, QStringLiteral("Medicinrunden ved vagtskifte forsinkes stadig")},
        {ProcessStage::Observation,
         QStringLiteral("Observationsskemaet bruges ikke, når vagtlægen starter medicin")},
    };
}

QList<DemoStartupTexts::GuidelineText> DemoStartupTexts::guidelines() {
    return {
        {QStringLiteral("Instruks for medicinhåndtering"), QStringLiteral("3.0")},
        {QStringLiteral("Instruks for PN-medicin"), QStringLiteral("2.1")},
        {QStringLiteral("Dispensering og dobbeltkontrol"), QStringLiteral("1.2")},
        {QStringLiteral("Opbevaring og temperaturkontrol af medicin"), QStringLiteral("1.0")},
        {QStringLiteral("Medicin ved ferie, orlov og udflugter"), QStringLiteral("1.1")},
        {QStringLiteral("Utilsigtede hændelser: rapportering og læring"), QStringLiteral("2.0")},
        {QStringLiteral("Insulin og injektioner"), QStringLiteral("1.0")},
        {QStringLiteral("Papirbaseret medicinskema"), QStringLiteral("4.2")},
    };
}

QList<QString> DemoStartupTexts::guidelineFindings() {
    return {
        QStringLiteral("Gennemgået uden ændringer."),
        QStringLiteral("Maks. døgndosis og indikation manglede for PN; skabelonen er rettet."),
        QStringLiteral("Dobbeltkontrol ved ændringer var ikke beskrevet; tilføjet."),
        QStringLiteral("Temperaturgrænser og hvem der logger er tilføjet."),
        QStringLiteral("Tjekliste til medicin med på ferie er lavet."),
        QStringLiteral("Henviser nu til det nationale rapporteringssystem og teammødets læringspunkt."),
        QStringLiteral("Skal samordnes med sygeplejerskens nye retningslinje."),
    };
}

QList<QString> DemoStartupTexts::rights() {
    return {QStringLiteral("Dispensering"), QStringLiteral("Administration af medicin"),
            QStringLiteral("PN-medicin"),   QStringLiteral("Insulin / injektion"),
            QStringLiteral("Øjendråber"),   QStringLiteral("Sondemad / sondemedicin")};
}

QList<QString> DemoStartupTexts::doctors() {
    return {QStringLiteral("Læge Jens Holm, Lægehuset Fjordby"),
            QStringLiteral("Læge Anne Bech, Bostedets læge"),
            QStringLiteral("Overlæge Peter Lund, Distriktspsykiatrien")};
}

} // namespace medsafe::demo

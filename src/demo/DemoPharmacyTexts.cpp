#include "demo/DemoPharmacyTexts.h"

namespace medsafe::demo {

using domain::QaArea;
using domain::QuestionCategory;

const QList<DemoPharmacyTexts::QuestionText>& DemoPharmacyTexts::questions() {
    static const QList<QuestionText> kQuestions{
        {QuestionCategory::Interaction, QStringLiteral("Kan Marevan gives sammen med Ibumetin mod smerter?"),
         QStringLiteral(
             "Nej. NSAID øger blødningsrisikoen ved Marevan. Kontakt lægen; Panodil er førstevalg.")},
        {QuestionCategory::Interaction,
         QStringLiteral("Må der drikkes grapefrugtjuice, når man får simvastatin?"),
         QStringLiteral("Nej, grapefrugt hæmmer nedbrydningen og øger risikoen for muskelsmerter.")},
        {QuestionCategory::Interaction,
         QStringLiteral("Skal der være afstand mellem kalktabletter og Levaxin?"),
         QStringLiteral("Ja, mindst 4 timer. Levaxin gives om morgenen på tom mave.")},
        {QuestionCategory::Interaction,
         QStringLiteral("Påvirker johannesurt virkningen af antidepressiv medicin?"),
         QStringLiteral("Ja, der er risiko for serotonergt syndrom. Johannesurt frarådes.")},
        {QuestionCategory::SideEffect, QStringLiteral("Er mundtørhed en kendt bivirkning ved Quetiapin?"),
         QStringLiteral(
             "Ja, meget almindelig. Sukkerfri tyggegummi og tandpleje hjælper; nævn det for lægen.")},
        {QuestionCategory::SideEffect, QStringLiteral("Kan Lyrica give hævede ankler?"),
         QStringLiteral("Ja, ødemer er en kendt bivirkning. Skal vurderes af lægen.")},
        {QuestionCategory::SideEffect,
         QStringLiteral("Hvad skal vi holde øje med, når Lithium-dosis er øget?"),
         QStringLiteral(
             "Rysten, diarré, opkast og forvirring kan være tegn på for høj koncentration. Ring til lægen.")},
        {QuestionCategory::SideEffect, QStringLiteral("Kan Metformin give maveproblemer i starten?"),
         QStringLiteral("Ja, det er almindeligt og aftager ofte. Tages med mad.")},
        {QuestionCategory::Dosing,
         QStringLiteral("Hvad er maksimal døgndosis af Panodil ved vægt under 50 kg?"),
         QStringLiteral(
             "3 g i døgnet, fordelt over døgnet med mindst 4 timer imellem. Følg lægens ordination.")},
        {QuestionCategory::Dosing,
         QStringLiteral("Hvad gør vi, hvis en morgendosis er glemt og opdaget til middag?"),
         QStringLiteral(
             "Det afhænger af præparatet. For de fleste: giv den, hvis der er over halvdelen af tiden til "
             "næste dosis. Spørg ved tvivl.")},
        {QuestionCategory::Dosing,
         QStringLiteral("Hvordan doseres Movicol ved forstoppelse, når der står 1-2 breve?"),
         QStringLiteral(
             "Start med 1 brev; lægen skal angive, hvornår der må gives 2. Få ordinationen præciseret.")},
        {QuestionCategory::Dosing, QStringLiteral("Må depottabletter deles, hvis der er delekærv?"),
         QStringLiteral(
             "Kun hvis produktresuméet siger det. Delekærven kan være pynt; tjek på pro.medicin.dk.")},
        {QuestionCategory::Storage, QStringLiteral("Hvor længe holder insulin efter åbning?"),
         QStringLiteral("4 uger ved stuetemperatur. Skriv åbningsdato på pennen.")},
        {QuestionCategory::Storage, QStringLiteral("Må øjendråber stå i køleskabet efter åbning?"),
         QStringLiteral(
             "Det afhænger af produktet; de fleste holder 4 uger efter åbning. Se indlægssedlen.")},
        {QuestionCategory::Storage,
         QStringLiteral("Køleskabet har været 11 grader i nat. Kan medicinen bruges?"),
         QStringLiteral(
             "Kortvarig stigning er ofte uden betydning, men ring med præparatnavne, så vurderer vi hvert.")},
        {QuestionCategory::Storage, QStringLiteral("Hvordan skal euforiserende stoffer opbevares?"),
         QStringLiteral("Aflåst og adskilt fra anden medicin, med regnskab over forbruget.")},
        {QuestionCategory::CrushingSplitting,
         QStringLiteral("Må Furix knuses, når tabletten er svær at sluge?"),
         QStringLiteral("Ja, Furix kan knuses og opslæmmes i vand.")},
        {QuestionCategory::CrushingSplitting, QStringLiteral("Må enterotabletter med pantoprazol knuses?"),
         QStringLiteral(
             "Nej. Enterocoatingen beskytter tabletten mod mavesyren. Spørg lægen om en anden form.")},
        {QuestionCategory::CrushingSplitting,
         QStringLiteral("Må et Durogesic-plaster klippes over for at give en mindre dosis?"),
         QStringLiteral("Nej, plastre må aldrig klippes. Kontakt lægen om en anden styrke.")},
        {QuestionCategory::CrushingSplitting,
         QStringLiteral("Kan Madopar-kapsler åbnes og blandes i yoghurt?"),
         QStringLiteral("Almindelige kapsler ja, depotkapsler nej. Tjek præparatet.")},
        {QuestionCategory::Other, QStringLiteral("Hvordan returnerer vi kasseret medicin?"),
         QStringLiteral(
             "I den blå spand, som vi henter ved næste levering. Husk at skrive det i kassationslisten.")},
        {QuestionCategory::Other,
         QStringLiteral("Kan apoteket levere dosisdispenseret medicin fra næste måned?"),
         QStringLiteral("Ja, lægen skal ordinere det i FMK. Vi sender en vejledning.")},
        {QuestionCategory::Other, QStringLiteral("Hvad betyder 'PN' og 'fast' på medicinlisten?"),
         QStringLiteral("PN: efter behov, med indikation og maksimal dosis. Fast: gives til faste tider.")},
    };
    return kQuestions;
}

QString DemoPharmacyTexts::actionFor(QaArea area, int variant) {
    static const QList<QList<QString>> kActions{
        {QStringLiteral("Nyt aflåst skab på hvert værelse"),
         QStringLiteral("Daglig temperaturlog hængt op ved køleskabet"),
         QStringLiteral("Månedlig gennemgang af udløbsdatoer")},
        {QStringLiteral("Dobbeltkontrol med kvittering indført ved dispensering"),
         QStringLiteral("Mærkning af doseringsæsker med dato og tidspunkt"),
         QStringLiteral("Dispensering i roligt rum uden forstyrrelser")},
        {QStringLiteral("Kvittering straks ved udlevering"),
         QStringLiteral("Foto på medicinskemaet til identifikation")},
        {QStringLiteral("Ugentlig afstemning af medicinliste mod FMK"),
         QStringLiteral("Ændringer noteres samme dag af den, der modtager dem")},
        {QStringLiteral("Skabelon for PN-ordination med indikation og maks. dosis"),
         QStringLiteral("Opfølgning på PN-medicin noteres efter en time")},
        {QStringLiteral("Oversigt over delegationer gennemgået med lægen"),
         QStringLiteral("Oplæringsplan for nye medarbejdere")},
        {QStringLiteral("Kassationsliste indført og blå spand ved medicinrummet")},
    };
    const QList<QString>& list = kActions.at(static_cast<int>(area));
    return list.at(variant % list.size());
}

QList<QString> DemoPharmacyTexts::pharmacies() {
    return {QStringLiteral("Apoteket Trøjborg"), QStringLiteral("Løve Apoteket"),
            QStringLiteral("Svane Apoteket"), QStringLiteral("Hjorte Apoteket"),
            QStringLiteral("Apoteket Frederiksberg")};
}

} // namespace medsafe::demo

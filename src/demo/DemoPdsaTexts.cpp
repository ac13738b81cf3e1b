#include "demo/DemoPdsaTexts.h"

namespace medsafe::demo {

using domain::ActDecision;

const std::vector<DemoPdsaTexts::Ramp>& DemoPdsaTexts::ramps()
{
    static const std::vector<Ramp> kRamps{
        {0, 6, 0, "Dobbeltkontrol ved dispensering",
         "Kan en kollega kontrollere doseringsæskerne efter dispensering, uden at det forsinker medicinrunden?",
         "Vi forudsiger, at kontrollen tager under to minutter pr. æske og finder de fleste afvigelser, før "
         "medicinen gives.",
         "En anden medarbejder tjekker hver doseringsæske mod medicinlisten og signerer på kontrolarket.",
         "Tovholderen tæller kontrollerede æsker og fundne afvigelser på et ark ved medicinskabet og lægger tallene "
         "ind ugentligt.",
         {5, 2},
         {
             {ActDecision::Adapt, "Kontrollen blev gennemført på alle planlagte æsker.",
              "Kontrolarket var svært at finde, og to gange var der ingen kollega ledig.",
              "Vi flyttede kontrollen til efter frokost, hvor der er to på arbejde.",
              "Kontrollen fandt én afvigelse: en manglende tablet.",
              "Forudsigelsen holdt delvist: kontrollen tog tre minutter, ikke to.",
              "Tidspunktet er afgørende; kontrollen skal ligge, hvor der er to medarbejdere.",
              "Test igen på afsnit A i en uge med fast tidspunkt efter frokost."},
             {ActDecision::Expand, "Dobbeltkontrollen kørte hver dag i en uge på afsnit A.",
              "Én vikar kendte ikke kontrolarket.",
              "Ingen ændringer i planen.",
              "Tre afvigelser fundet og rettet, før medicinen blev givet.",
              "Forudsigelsen holdt: under to minutter pr. æske og alle afvigelser fundet.",
              "Vikarer skal introduceres til kontrollen ved vagtens start.",
              "Udvid til hele botilbuddet i fire uger."},
             {ActDecision::Adopt, "Alle doseringsæsker blev dobbeltkontrolleret i fire uger.",
              "Enkelte weekender manglede kontrol, når der var få på vagt.",
              "Weekendvagten fik en fast makker til kontrollen.",
              "Andelen af korrekt dispenserede æsker steg tydeligt.",
              "Seriediagrammet viser en lang serie over baselinemedianen.",
              "Dobbeltkontrol virker, når den har et fast tidspunkt og en fast makker.",
              "Implementér: skrives ind i medicininstruksen og introduktionen af nye medarbejdere."},
         }},
        {1, 7, 1, "Fast tidspunkt og forstyrrelsesfri zone ved medicinrunden",
         "Kan vi give medicinen uden afbrydelser, hvis medicinrunden har et fast tidspunkt og en markeret zone?",
         "Vi forudsiger, at afbrydelserne halveres, og at ingen doser glemmes under testen.",
         "Medicinrunden starter kl. 8, 12 og 20, og gulvet foran medicinrummet markeres som forstyrrelsesfri zone.",
         "Medarbejderen tæller afbrydelser på en tælleliste under runden; glemte doser noteres.",
         {3, 6},
         {
             {ActDecision::Adapt, "Zonen blev markeret med tape, og runden startede til tiden.",
              "Telefonen ringede fortsat under runden.",
              "Telefonen overdrages til en kollega under runden.",
              "Fem afbrydelser mod normalt omkring ti.",
              "Afbrydelserne blev halveret som forudsagt.",
              "Telefonen er den største kilde til afbrydelser.",
              "Test igen med telefonen overdraget i en uge på afsnit A."},
             {ActDecision::Expand, "Runden kørte en uge med overdraget telefon.",
              "Borgere, der selv kom til medicinrummet, afbrød stadig.",
              "Et skilt til borgerne med piktogram blev hængt op.",
              "Gennemsnitligt to afbrydelser pr. runde og ingen glemte doser.",
              "Bedre end forudsagt.",
              "Borgerne respekterer skiltet, når personalet forklarer det.",
              "Udvid til alle runder i hele botilbuddet."},
             {ActDecision::Adopt, "Fast tidspunkt og zone blev brugt i alle runder i fire uger.",
              "Aftenrunden blev forsinket to gange af uro i fællesstuen.",
              "Ingen ændringer.",
              "Hændelser med medicin ikke givet faldt markant.",
              "Forudsigelsen holdt; antallet af \"medicin ikke givet\" ligger under medianen.",
              "Ro omkring medicinrunden er den vigtigste enkeltforandring.",
              "Implementér og følg op på tavlemødet hver uge."},
         }},
        {7, 6, 1, "Medicinvest under medicinrunden",
         "Bliver den medarbejder, der giver medicin, forstyrret mindre, når hun bærer en medicinvest?",
         "Vi forudsiger færre afbrydelser, uden at borgerne oplever det som stigmatiserende.",
         "Medarbejderen bærer en gul vest med teksten \"Forstyr mig ikke\" under morgenrunden.",
         "Afbrydelser tælles på tællelisten; borgernes og medarbejdernes reaktioner noteres.",
         {3},
         {
             {ActDecision::Abandon, "Vesten blev brugt ved tre morgenrunder.",
              "To borgere blev urolige og oplevede vesten som en uniform.",
              "Testen blev stoppet efter tre dage.",
              "Afbrydelserne faldt ikke; kolleger spurgte til vesten.",
              "Forudsigelsen holdt ikke.",
              "I et botilbud er hjemmet vigtigere end signalet; zonen virker bedre.",
              "Forkast vesten og sats på forstyrrelsesfri zone."},
         }},
        {3, 8, 1, "Afstemning af FMK ved hver ændring",
         "Kan vi holde FMK, den lokale medicinliste og beholdningen afstemt, hvis vi afstemmer ved hver ændring?",
         "Vi forudsiger, at andelen af borgere med afstemt medicinliste stiger til over 80 %.",
         "Ved hver ændring fra lægen afstemmer medarbejderen FMK, den lokale liste og beholdningen samme dag.",
         "Tovholderen gennemgår ved månedens udgang alle borgere og tæller, hvor de tre stemmer overens.",
         {7, 2},
         {
             {ActDecision::Adapt, "To ændringer blev afstemt samme dag.",
              "Adgangen til FMK krævede en kollega med rettigheder.",
              "Flere medarbejdere fik adgang til FMK.",
              "Afstemningen tog ca. ti minutter pr. ændring.",
              "Delvist: afstemningen lykkedes, men tog længere end ventet.",
              "Adgang til FMK er en forudsætning.",
              "Test igen, når adgangen er på plads."},
             {ActDecision::Expand, "Alle ændringer på afsnit A blev afstemt samme dag i en uge.",
              "Én ændring kom fredag aften og blev først afstemt mandag.",
              "Aftenvagten fik ansvaret for ændringer efter kl. 16.",
              "Ingen uoverensstemmelser ved ugens udgang.",
              "Forudsigelsen holdt.",
              "Ansvar for ændringer uden for dagtid skal være tydeligt.",
              "Udvid til hele botilbuddet."},
             {ActDecision::Adopt, "Afstemning ved hver ændring blev brugt i hele botilbuddet.",
              "Ingen større problemer.",
              "Ingen ændringer.",
              "Andelen af borgere med afstemt medicinliste steg til over 90 %.",
              "Bedre end forudsagt.",
              "Afstemning samme dag forebygger fejl ved dispensering.",
              "Implementér og tilføj til tjeklisten ved overgange."},
         }},
        {2, 9, 1, "Signeringstjek ved vagtskifte",
         "Fanger vi manglende kvitteringer og glemte doser, hvis vi tjekker signeringerne ved vagtskifte?",
         "Vi forudsiger, at manglende dokumentation opdages samme dag i stedet for dagen efter.",
         "Den afgående vagt gennemgår medicinmodulet for manglende kvitteringer sammen med den kommende vagt.",
         "Manglende kvitteringer og glemte doser noteres i overleveringsbogen og tælles ugentligt.",
         {6, 3},
         {
             {ActDecision::Expand, "Tjekket blev gennemført ved alle vagtskifter på afsnit B i en uge.",
              "Tjekket tog længere tid ved aftenvagtens afslutning.",
              "Ingen ændringer.",
              "To glemte kvitteringer og én glemt dosis blev opdaget samme dag.",
              "Forudsigelsen holdt.",
              "Tjekket er hurtigt, når medicinmodulet viser manglende kvitteringer.",
              "Udvid til hele botilbuddet."},
             {ActDecision::Adopt, "Signeringstjekket blev brugt ved alle vagtskifter i fire uger.",
              "Nattevagten sprang tjekket over to gange.",
              "Nattevagten fik tjekket med på sin huskeliste.",
              "Andelen af korrekt dokumenterede administrationer steg.",
              "Forudsigelsen holdt.",
              "Tjek ved vagtskifte er en enkel og robust barriere.",
              "Implementér."},
         }},
        {4, 13, 2, "Tjekliste ved hjemkomst fra hospital, ferie og orlov",
         "Undgår vi fejl ved overgange, hvis vi bruger en tjekliste, når en borger kommer hjem?",
         "Vi forudsiger, at alle ændringer fra hospitalet er overført til medicinlisten inden næste medicinrunde.",
         "En tjekliste med fem punkter bruges ved hjemkomst: udskrivningsbrev, FMK, medicin med hjem, aftaler, "
         "observationer.",
         "Hver tjekliste gemmes; tovholderen noterer afvigelser fundet ved hjemkomst.",
         {0, 1},
         {
             {ActDecision::Adapt, "Tjeklisten blev brugt ved én udskrivelse fra hospitalet.",
              "Udskrivningsbrevet kom først dagen efter.",
              "Tjeklisten fik et punkt om at ringe til afdelingen, hvis brevet mangler.",
              "Én ændret dosis blev fanget.",
              "Delvist: ændringen blev fanget, men sent.",
              "Vi skal selv hente oplysningerne, når de ikke kommer.",
              "Test den tilpassede tjekliste ved alle hjemkomster."},
             {ActDecision::Adopt, "Tjeklisten blev brugt ved alle hjemkomster i to måneder.",
              "Ingen væsentlige problemer.",
              "Ingen ændringer.",
              "Ingen hændelser ved overgange i perioden.",
              "Forudsigelsen holdt.",
              "Overgange er nu en fast del af arbejdsgangen.",
              "Implementér og spred til weekendbesøg hos pårørende."},
         }},
        {6, 16, 1, "Sikkerhedskalender og ugentligt tavlemøde om hændelser",
         "Øger en sikkerhedskalender og et kort tavlemøde opmærksomheden på medicinsikkerhed?",
         "Vi forudsiger, at alle medarbejdere kender antallet af dage siden sidste medicinfejl.",
         "Sikkerhedskalenderen hænger på personalekontoret; hændelser gennemgås på et tavlemøde på ti minutter "
         "hver mandag.",
         "Tovholderen spørger tre tilfældige medarbejdere hver uge om dage siden sidste fejl.",
         {1, 8},
         {
             {ActDecision::Adopt, "Kalenderen blev ført dagligt, og tavlemødet blev holdt hver mandag.",
              "Ét tavlemøde blev aflyst på grund af sygdom.",
              "Ingen ændringer.",
              "Alle adspurgte kendte antallet af dage siden sidste fejl.",
              "Forudsigelsen holdt.",
              "Synlige data motiverer og giver stolthed.",
              "Implementér og brug kalenderen i storyboardet."},
         }},
    };
    return kRamps;
}

const char* DemoPdsaTexts::who(int step)
{
    constexpr const char* kWho[] = {
        "Én medarbejder og én borger",
        "Medarbejderne på dagvagten på afsnittet",
        "Alle medicinhåndterende medarbejdere",
    };
    return kWho[step < 0 ? 0 : (step > 2 ? 2 : step)];
}

const char* DemoPdsaTexts::where(int step)
{
    constexpr const char* kWhere[] = {"Lejlighed 3", "Afsnit A", "Hele botilbuddet"};
    return kWhere[step < 0 ? 0 : (step > 2 ? 2 : step)];
}

const char* DemoPdsaTexts::when(int step)
{
    constexpr const char* kWhen[] = {"Tre dage", "Én uge", "Fire uger"};
    return kWhen[step < 0 ? 0 : (step > 2 ? 2 : step)];
}

} // namespace medsafe::demo

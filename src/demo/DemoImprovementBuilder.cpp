#include "demo/DemoImprovementBuilder.h"

#include "demo/DemoPdsaTexts.h"

#include <QLocale>

#include <algorithm>

namespace medsafe::demo {

using namespace medsafe::domain;

namespace {

struct DriverText {
    const char* primary;
    const char* secondary[2];
};

const DriverText kDrivers[] = {
    {"Sikre arbejdsgange ved dispensering og administration",
     {"Dobbeltkontrol og ro omkring medicinhåndteringen", "Tydelig dokumentation af givet medicin"}},
    {"Opdateret og afstemt medicinliste",
     {"Afstemning med FMK ved ændringer", "Sikre overgange ved hospital, ferie og orlov"}},
    {"Kompetente medarbejdere og en lærende kultur",
     {"Oplæring og genopfriskning i medicinhåndtering", "Åben rapportering og læring af utilsigtede hændelser"}},
};

struct IdeaText {
    int secondaryDriver; // 0..5, in the order of kDrivers
    const char* title;
    const char* description;
};

const IdeaText kIdeas[] = {
    {0, "Dobbeltkontrol ved dispensering",
     "En kollega kontrollerer doseringsæskerne mod medicinlisten efter dispensering og signerer."},
    {0, "Fast tidspunkt og forstyrrelsesfri zone ved medicinrunden",
     "Medicinrunden har faste tidspunkter, og området ved medicinrummet er markeret som forstyrrelsesfrit."},
    {1, "Signeringstjek ved vagtskifte",
     "Afgående og kommende vagt gennemgår manglende kvitteringer i medicinmodulet sammen."},
    {2, "Afstemning af FMK ved hver ændring",
     "FMK, lokal medicinliste og beholdning afstemmes samme dag, som lægen ændrer en ordination."},
    {3, "Tjekliste ved hjemkomst fra hospital, ferie og orlov",
     "Fem punkter gennemgås, når en borger kommer hjem, før næste medicinrunde."},
    {4, "Apotekets casebaserede undervisning om bivirkninger",
     "Apoteket underviser alle medicinhåndterende medarbejdere med cases fra botilbuddets egen hverdag."},
    {5, "Sikkerhedskalender og ugentligt tavlemøde om hændelser",
     "Dage siden sidste medicinfejl vises på kalenderen; hændelser gennemgås ti minutter hver mandag."},
    {0, "Medicinvest under medicinrunden",
     "Den medarbejder, der giver medicin, bærer en vest med teksten \"Forstyr mig ikke\"."},
};

} // namespace

void DemoImprovementBuilder::build(DemoContext& context, DemoBotilbud& target)
{
    buildAim(context, target);
    buildDrivers(context, target);
    buildPdsaCycles(context, target);
}

void DemoImprovementBuilder::buildAim(DemoContext& context, DemoBotilbud& target)
{
    const QDate end = context.timeline.end();
    Aim& aim = target.aim;
    aim.id = context.ids.next<AimId>();
    aim.botilbudId = target.botilbud.id;
    aim.targetDate = end;
    aim.statement = QStringLiteral(
        "Senest %1 er antallet af medicinfejl på %2 halveret i forhold til baseline, og mindst 95 % af "
        "doseringsæskerne er dispenseret korrekt.")
                        .arg(QLocale(QLocale::Danish).toString(end, QStringLiteral("d. MMMM yyyy")),
                             target.botilbud.name);
    aim.whatToAccomplish = QStringLiteral(
        "Vi vil have færre medicinfejl, så borgerne får den rigtige medicin til rette tid, og ingen kommer til "
        "skade. Konkret vil vi halvere antallet af medicinfejl og have flere end 300 dage mellem fejl, der "
        "kræver lægekontakt.");
    aim.howWillWeKnow = QStringLiteral(
        "Vi følger antal medicinfejl, dage mellem medicinfejl og andelen af korrekt dispenserede doseringsæsker "
        "i seriediagrammer med medianen fra seks måneders baseline. En lang serie under (eller over) medianen "
        "viser, at forandringen er en forbedring. Andelen af medarbejdere med oplæring er balancemål for "
        "arbejdsbyrden.");
    aim.whatChanges = QStringLiteral(
        "Dobbeltkontrol ved dispensering, fast tidspunkt og forstyrrelsesfri zone ved medicinrunden, "
        "signeringstjek ved vagtskifte, afstemning af FMK ved hver ændring, tjekliste ved overgange, "
        "apotekets undervisning og en synlig sikkerhedskalender.");
}

void DemoImprovementBuilder::buildDrivers(DemoContext& context, DemoBotilbud& target)
{
    QList<DriverId> primaries;
    QList<DriverId> secondaries;
    int order = 0;
    for (const DriverText& text : kDrivers) {
        Driver driver;
        driver.id = context.ids.next<DriverId>();
        driver.botilbudId = target.botilbud.id;
        driver.aimId = target.aim.id;
        driver.level = DriverLevel::Primary;
        driver.text = QString::fromUtf8(text.primary);
        driver.sortOrder = ++order;
        target.drivers << driver;
        primaries << driver.id;
    }
    // Secondary drivers after all primaries, so a writer can store parents first.
    for (int p = 0; p < primaries.size(); ++p) {
        for (const char* secondaryText : kDrivers[p].secondary) {
            Driver driver;
            driver.id = context.ids.next<DriverId>();
            driver.botilbudId = target.botilbud.id;
            driver.aimId = target.aim.id;
            driver.level = DriverLevel::Secondary;
            driver.parentId = primaries[p];
            driver.text = QString::fromUtf8(secondaryText);
            driver.sortOrder = ++order;
            target.drivers << driver;
            secondaries << driver.id;
        }
    }
    for (const IdeaText& text : kIdeas) {
        ChangeIdea idea;
        idea.id = context.ids.next<ChangeIdeaId>();
        idea.botilbudId = target.botilbud.id;
        idea.driverId = secondaries.at(text.secondaryDriver);
        idea.title = QString::fromUtf8(text.title);
        idea.description = QString::fromUtf8(text.description);
        target.changeIdeas << idea;
    }
}

void DemoImprovementBuilder::buildPdsaCycles(DemoContext& context, DemoBotilbud& target)
{
    DemoRandom& random = context.random;
    const DemoTimeline& timeline = context.timeline;
    QList<PersonId> responsible = target.peopleWith(PersonRole::WorkingGroupMember);
    responsible.removeOne(target.peopleWith(PersonRole::Leader).value(0));

    QList<PdsaCycle> cycles;
    for (const auto& ramp : DemoPdsaTexts::ramps()) {
        std::optional<PdsaCycleId> parent;
        const PersonId owner = random.pick(responsible);
        for (int step = 0; step < static_cast<int>(ramp.cycles.size()); ++step) {
            const auto& text = ramp.cycles[static_cast<size_t>(step)];
            // A single-cycle ramp that is adopted is tested at full scale; the others grow.
            const int scale = ramp.cycles.size() == 1 && text.decision == ActDecision::Adopt ? 2 : step;
            PdsaCycle cycle;
            cycle.id = context.ids.next<PdsaCycleId>();
            cycle.botilbudId = target.botilbud.id;
            cycle.title = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(ramp.title),
                                                         QString::fromUtf8(DemoPdsaTexts::where(scale)).toLower());
            cycle.aimId = target.aim.id;
            cycle.changeIdeaId = target.changeIdeas.at(ramp.changeIdea).id;
            for (int measure : ramp.measures) {
                if (measure < target.measures.size())
                    cycle.measureIds << target.measures.at(measure).id;
            }
            cycle.status = text.decision == ActDecision::Abandon ? PdsaStatus::Abandoned : PdsaStatus::Completed;
            const int month = timeline.clampMonth(ramp.startMonth + step * ramp.monthsPerCycle);
            // A back-to-back ramp (no months between cycles) starts each cycle a few days after
            // the previous one ended, as a quick ramp of 3 days, a week and four weeks runs.
            if (ramp.monthsPerCycle == 0 && step > 0)
                cycle.startDate = cycles.last().endDate.addDays(random.between(2, 5));
            else
                cycle.startDate = timeline.month(month).addDays(random.between(1, 8));
            constexpr int kDays[] = {3, 7, 28};
            cycle.endDate = cycle.startDate.addDays(kDays[scale] - 1);
            cycle.responsibleId = owner;
            cycle.parentId = parent;
            cycle.question = QString::fromUtf8(ramp.question);
            cycle.prediction = QString::fromUtf8(ramp.prediction);
            cycle.planWhat = QString::fromUtf8(ramp.planWhat);
            cycle.planWho = QString::fromUtf8(DemoPdsaTexts::who(scale));
            cycle.planWhere = QString::fromUtf8(DemoPdsaTexts::where(scale));
            cycle.planWhen = QStringLiteral("%1 fra %2").arg(QString::fromUtf8(DemoPdsaTexts::when(scale)),
                                                            cycle.startDate.toString(QStringLiteral("d/M yyyy")));
            cycle.dataPlan = QString::fromUtf8(ramp.dataPlan);
            cycle.doWhatHappened = QString::fromUtf8(text.doWhatHappened);
            cycle.doProblems = QString::fromUtf8(text.doProblems);
            cycle.doPlanChanges = QString::fromUtf8(text.doPlanChanges);
            cycle.doObservations = QString::fromUtf8(text.doObservations);
            cycle.studyResult = QString::fromUtf8(text.studyResult);
            cycle.studyLearning = QString::fromUtf8(text.studyLearning);
            cycle.decision = text.decision;
            cycle.nextStep = QString::fromUtf8(text.nextStep);
            parent = cycle.id;
            cycles << cycle;
        }
    }
    // Number the cycles in the order they started; a parent always starts before its child,
    // so sorting keeps parents first.
    std::stable_sort(cycles.begin(), cycles.end(),
                     [](const PdsaCycle& a, const PdsaCycle& b) { return a.startDate < b.startDate; });
    int number = 0;
    for (auto& cycle : cycles)
        cycle.number = ++number;
    target.pdsaCycles = cycles;
}

} // namespace medsafe::demo

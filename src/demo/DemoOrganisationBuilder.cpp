#include "demo/DemoOrganisationBuilder.h"

#include "demo/DemoNames.h"

#include <QSet>

namespace medsafe::demo {

using namespace medsafe::domain;

namespace {

constexpr int kResidents = 24;
constexpr int kWorkingGroupExtra = 4; // besides the tovholder
constexpr int kStaff = 20;            // including tovholder and working group
constexpr int kStaffWithoutMedicine = 2; // students and a new hire not yet delegated

struct PlannedEvent {
    EventKind kind;
    int number; // 0 = none
    int month;
    int day;
    const char* title;
    const char* notes;
};

// The programme plan of docs/domain.md: 7 læringstræf and 5 visits over the phases.
const PlannedEvent kEvents[] = {
    {EventKind::LearningSession, 1, 0, 16, "Læringstræf 1: Kick-off",
     "Introduktion til Medicinsikre Botilbud, forbedringsmodellen og de tre spørgsmål. Vi valgte tovholder og "
     "nedsatte arbejdsgruppen."},
    {EventKind::PsVisit, 1, 1, 13, "PS!-besøg 1: Opstart",
     "Konsulenten gennemgik arbejdsgangsanalysen med os og hjalp med at vælge målepunkter til baseline."},
    {EventKind::PharmacyTeaching, 0, 4, 10, "Apoteket: kvalitetssikring af medicinhåndtering",
     "Apoteket gennemgik medicinrummet og opbevaringen. Tre opmærksomhedspunkter om udløbsdatoer og mærkning."},
    {EventKind::LearningSession, 2, 7, 4, "Læringstræf 2: Fra idé til PDSA",
     "Vi delte baselinedata med de andre botilbud og planlagde de første små test af dobbeltkontrol."},
    {EventKind::PharmacyTeaching, 0, 7, 22, "Apoteket underviser: lægemiddelgrupper og bivirkninger (hold 1)",
     "Casebaseret undervisning om antipsykotika, antiepileptika og smertestillende. God dialog om bivirkninger."},
    {EventKind::PsVisit, 2, 8, 10, "PS!-besøg 2: Seriediagrammer",
     "Vi lærte at læse seriediagrammer. Konsulenten anbefalede at holde fast i medianen fra baseline."},
    {EventKind::PharmacyTeaching, 0, 9, 12, "Apoteket underviser: lægemiddelgrupper og bivirkninger (hold 2)",
     "Andet hold fra aften- og nattevagten. Fokus på PN-medicin og dokumentation."},
    {EventKind::LearningSession, 3, 10, 3, "Læringstræf 3: Ramper af PDSA-cirkler",
     "Vi præsenterede rampen for fast tidspunkt og forstyrrelsesfri zone. Inspiration fra et andet botilbud om "
     "afstemning med FMK."},
    {EventKind::PsVisit, 3, 11, 7, "PS!-besøg 3: Implementering",
     "Gennemgang af de implementerede forandringer og plan for at holde fast i dem i weekender og ferier."},
    {EventKind::PharmacyTeaching, 0, 12, 15, "Apoteket: opfølgende kvalitetssikring",
     "Opfølgning på apotekets gennemgang. Opbevaring og mærkning er nu i orden."},
    {EventKind::LearningSession, 4, 13, 5, "Læringstræf 4: Fastholdelse",
     "Temaet var fastholdelse. Vi delte vores sikkerhedskalender og tavlemøde."},
    {EventKind::PsVisit, 4, 14, 11, "PS!-besøg 4: Status og spredning",
     "Forbedringerne holder. Vi aftalte at sprede tjeklisten ved overgange til hele botilbuddet."},
    {EventKind::LearningSession, 5, 16, 9, "Læringstræf 5: Spredning",
     "Erfaringer med at sprede forandringer til nye medarbejdere og vikarer."},
    {EventKind::LearningSession, 6, 18, 17, "Læringstræf 6: Læring af hændelser",
     "Analyse af hændelser med fokus på overgange. Vi præsenterede 300 dage uden fejl med lægekontakt."},
    {EventKind::PsVisit, 5, 19, 8, "PS!-besøg 5: Forankring",
     "Konsulenten gennemgik vores plan for forankring i ledelsen og den årlige oplæring."},
    {EventKind::PharmacyTeaching, 0, 20, 14, "Apoteket: genopfriskning af medicinhåndtering",
     "Genopfriskning for medarbejdere, der blev uddannet for to år siden, og for nye medarbejdere."},
    {EventKind::LearningSession, 7, 21, 6, "Læringstræf 7: Afslutning",
     "Afsluttende læringstræf med posterpræsentation af storyboardet."},
    {EventKind::Other, 0, 23, 2, "Afsluttende evaluering",
     "Kort evaluering med ledelsen: målet for medicinfejl er nået, og arbejdsgangene er skrevet ind i "
     "instruksen."},
};

QDate weekday(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

} // namespace

void DemoOrganisationBuilder::build(DemoContext& context, DemoBotilbud& target)
{
    const DemoTimeline& timeline = context.timeline;
    target.botilbud.id = context.ids.next<BotilbudId>();
    target.botilbud.name = DemoNames::botilbudName(context.botilbudIndex);
    target.botilbud.municipality = DemoNames::municipality(context.botilbudIndex);
    target.botilbud.residentCount = context.botilbudIndex == 0 ? kResidents : context.random.between(12, 36);
    target.botilbud.createdDate = timeline.start().addDays(-14);

    target.programme = Programme::withDefaultPhases(target.botilbud.id, timeline.start());
    // Longer (benchmark) runs keep phases 1-2 and the short evaluation, and let phase 3 (sustain
    // and spread) absorb the extra months so the phases still cover every month without gaps.
    if (timeline.months() != Programme::kMonths && target.programme.phases.size() == 4) {
        auto& sustain = target.programme.phases[2];
        auto& evaluation = target.programme.phases[3];
        evaluation.endDate = timeline.end();
        evaluation.startDate = timeline.month(timeline.months() - 2);
        sustain.endDate = evaluation.startDate.addDays(-1);
        if (sustain.endDate < sustain.startDate)
            sustain.startDate = sustain.endDate.addDays(1 - sustain.endDate.day());
        target.programme.phases[1].endDate = sustain.startDate.addDays(-1);
    }

    buildPeople(context, target);
    buildEvents(context, target);
    buildChecklist(context, target);
}

void DemoOrganisationBuilder::buildPeople(DemoContext& context, DemoBotilbud& target)
{
    DemoRandom& random = context.random;
    QSet<QString> used;
    auto newName = [&]() {
        for (;;) {
            const QString name = random.pick(DemoNames::firstNames()) + u' ' + random.pick(DemoNames::surnames());
            if (!used.contains(name)) {
                used.insert(name);
                return name;
            }
        }
    };
    auto add = [&](PersonRoles roles, bool handlesMedicine, const QString& emailDomain) {
        Person person;
        person.id = context.ids.next<PersonId>();
        person.botilbudId = target.botilbud.id;
        person.name = newName();
        person.roles = roles;
        person.handlesMedicine = handlesMedicine;
        if (!emailDomain.isEmpty()) {
            // Invented domains (.invalid is reserved and never resolves).
            QString local = person.name.toLower();
            local.replace(u' ', u'.').replace(u'æ', QStringLiteral("ae")).replace(u'ø', QStringLiteral("oe"))
                .replace(u'å', QStringLiteral("aa"));
            person.email = local + u'@' + emailDomain;
        }
        target.people << person;
    };

    const QString home = QStringLiteral("botilbud%1.invalid").arg(context.botilbudIndex + 1);
    add(PersonRole::Tovholder | PersonRole::WorkingGroupMember | PersonRole::Staff, true, home);
    add(PersonRole::Leader | PersonRole::WorkingGroupMember, false, home);
    for (int i = 0; i < kWorkingGroupExtra; ++i)
        add(PersonRole::WorkingGroupMember | PersonRole::Staff, true, {});
    const int others = kStaff - 1 - kWorkingGroupExtra;
    for (int i = 0; i < others; ++i)
        add(PersonRoles(PersonRole::Staff), i >= kStaffWithoutMedicine, {});
    add(PersonRoles(PersonRole::PsConsultant), false, QStringLiteral("ps-konsulent.invalid"));
    add(PersonRoles(PersonRole::PharmacyContact), false, QStringLiteral("apoteket.invalid"));
    // When each joined: staff over the years before the programme (no random draws, so the rest
    // of the story stays as it was); the consultant and the pharmacy's contact at its start.
    const QDate start = context.timeline.start();
    for (int i = 0; i < target.people.size(); ++i) {
        Person& person = target.people[i];
        const bool external = person.roles.testFlag(PersonRole::PsConsultant) ||
                              person.roles.testFlag(PersonRole::PharmacyContact);
        person.startDate = external ? start : start.addMonths(-(4 + 7 * (i % 9))).addDays(i % 20);
    }
    // One staff member left during the programme: inactive people stay for history.
    Person& leaver = target.people[kWorkingGroupExtra + 2 + others - 1];
    leaver.active = false;
    leaver.endDate = context.timeline.month(context.timeline.clampMonth(11)).addDays(14);
}

void DemoOrganisationBuilder::buildEvents(DemoContext& context, DemoBotilbud& target)
{
    DemoRandom& random = context.random;
    const auto tovholder = target.peopleWith(PersonRole::Tovholder);
    const auto leader = target.peopleWith(PersonRole::Leader);
    const auto group = target.peopleWith(PersonRole::WorkingGroupMember);
    const auto staff = target.peopleWith(PersonRole::Staff);
    const auto consultant = target.peopleWith(PersonRole::PsConsultant);
    const auto pharmacy = target.peopleWith(PersonRole::PharmacyContact);

    for (const PlannedEvent& planned : kEvents) {
        ProgrammeEvent event;
        event.id = context.ids.next<ProgrammeEventId>();
        event.botilbudId = target.botilbud.id;
        event.kind = planned.kind;
        if (planned.number > 0)
            event.number = planned.number;
        const int month = context.timeline.clampMonth(planned.month);
        event.date = weekday(context.timeline.month(month).addDays(planned.day - 1));
        event.title = QString::fromUtf8(planned.title);
        event.notes = QString::fromUtf8(planned.notes);
        event.done = true;
        switch (planned.kind) {
        case EventKind::LearningSession:
            event.participants = tovholder + leader;
            event.participants << group.at(2 + random.between(0, static_cast<int>(group.size()) - 3));
            break;
        case EventKind::PsVisit:
            event.participants = group + consultant;
            break;
        case EventKind::PharmacyTeaching: {
            event.participants = pharmacy;
            QList<PersonId> pool = staff;
            random.shuffle(pool);
            event.participants += pool.mid(0, random.between(6, 10));
            break;
        }
        case EventKind::Other:
            event.participants = tovholder + leader + consultant;
            break;
        }
        target.events << event;
    }
}

void DemoOrganisationBuilder::buildChecklist(DemoContext& context, DemoBotilbud& target)
{
    const DemoTimeline& timeline = context.timeline;
    const std::pair<ChecklistKind, const char*> kItems[] = {
        {ChecklistKind::WorkflowAnalysis,
         "Arbejdsgangsanalyse af medicinrunden morgen, middag og aften; flaskehalse ved vagtskifte og frokost."},
        {ChecklistKind::GuidelinesReviewed, "Medicininstruksen gennemgået og opdateret med apotekets kommentarer."},
        {ChecklistKind::CompetencesReviewed, "Kompetenceafdækning gennemført for alle medicinhåndterende medarbejdere."},
        {ChecklistKind::DelegatedRightsReviewed, "Delegeringer fra lægen gennemgået; to fornyet."},
        {ChecklistKind::BaselineDone, "Seks måneders baselinemålinger afsluttet."},
    };
    const int kDoneMonth[] = {1, 2, 2, 3, DemoTimeline::kBaselineMonths - 1};
    int i = 0;
    for (const auto& [kind, note] : kItems) {
        ChecklistItem item;
        item.botilbudId = target.botilbud.id;
        item.kind = kind;
        const int month = kDoneMonth[i++];
        item.doneDate = kind == ChecklistKind::BaselineDone
            ? timeline.monthEnd(month)
            : weekday(timeline.month(month).addDays(context.random.between(2, 20)));
        item.note = QString::fromUtf8(note);
        target.checklist << item;
    }
}

} // namespace medsafe::demo

#include "demo/DemoCompetenceBuilder.h"

#include "domain/DefaultCompetenceTopics.h"

#include <algorithm>

namespace medsafe::demo {

using namespace medsafe::domain;

namespace {

const QString kIntroCourse = QStringLiteral("Introduktion til medicinhåndtering (intern oplæring)");
const QString kPharmacyCourse = QStringLiteral("Lægemiddelgrupper og bivirkninger (apoteket)");
const QString kRefresherCourse = QStringLiteral("Genopfriskning af medicinhåndtering (apoteket)");
const QString kPsCourse = QStringLiteral("Forbedringsmodellen og PDSA (PS!)");

constexpr int kPreTrainedShare = 45;     // percent of medicine handlers trained before the start
constexpr int kRefresherMonths = 24;     // pharmacies' suggested interval for refreshers
constexpr int kIntroRefresherMonths = 36;

} // namespace

bool DemoCompetenceBuilder::countsAsMedicineTraining(const TrainingRecord& record)
{
    return record.course == kIntroCourse || record.course == kPharmacyCourse || record.course == kRefresherCourse;
}

void DemoCompetenceBuilder::build(DemoContext& context, DemoBotilbud& target)
{
    buildSurveys(context, target);
    buildTraining(context, target);
}

void DemoCompetenceBuilder::buildSurveys(DemoContext& context, DemoBotilbud& target)
{
    DemoRandom& random = context.random;
    const DemoTimeline& timeline = context.timeline;
    for (CompetenceTopic topic : DefaultCompetenceTopics::forNewBotilbud()) {
        topic.id = context.ids.next<CompetenceTopicId>();
        topic.botilbudId = target.botilbud.id;
        target.topics << topic;
    }
    const std::pair<const char*, int> kRounds[] = {
        {"Kompetenceafdækning ved opstart", 1},
        {"Opfølgende kompetenceafdækning efter et år", 12},
    };
    for (const auto& [name, month] : kRounds) {
        SurveyRound round;
        round.id = context.ids.next<SurveyRoundId>();
        round.botilbudId = target.botilbud.id;
        round.name = QString::fromUtf8(name);
        round.date = timeline.month(timeline.clampMonth(month)).addDays(random.between(4, 20));
        target.surveyRounds << round;
    }
    const QList<PersonId> staff = target.peopleWith(PersonRole::Staff);
    for (const PersonId person : staff) {
        for (const CompetenceTopic& topic : target.topics) {
            // Start: mostly "some knowledge"; after a year with teaching most move up a level.
            const int start = 1 + random.weighted({3, 5, 2, 0.5});
            const int later = std::min(CompetenceAnswer::kMaxLevel,
                                       start + (random.chance(0.75) ? 1 : 0) + (random.chance(0.15) ? 1 : 0));
            const int levels[] = {start, later};
            for (int r = 0; r < 2; ++r) {
                CompetenceAnswer answer;
                answer.roundId = target.surveyRounds[r].id;
                answer.personId = person;
                answer.topicId = topic.id;
                answer.level = levels[r];
                answer.trainingNeed = levels[r] <= 2;
                target.answers << answer;
            }
        }
    }
}

void DemoCompetenceBuilder::buildTraining(DemoContext& context, DemoBotilbud& target)
{
    DemoRandom& random = context.random;
    const DemoTimeline& timeline = context.timeline;
    auto record = [&](PersonId person, const QString& course, TrainingProvider provider, const QDate& done,
                      int refresherMonths, const QString& note = {}) {
        TrainingRecord r;
        r.id = context.ids.next<TrainingRecordId>();
        r.personId = person;
        r.course = course;
        r.provider = provider;
        r.completedDate = done;
        if (refresherMonths > 0)
            r.refresherDue = done.addMonths(refresherMonths);
        r.note = note;
        target.trainingRecords << r;
    };

    QList<PersonId> handlers;
    for (const Person& person : target.people) {
        if (person.handlesMedicine)
            handlers << person.id;
    }
    QList<PersonId> shuffled = handlers;
    random.shuffle(shuffled);
    const auto preTrainedCount = shuffled.size() * kPreTrainedShare / 100;
    const QList<PersonId> preTrained = shuffled.mid(0, preTrainedCount);
    QList<PersonId> untrained = shuffled.mid(preTrainedCount);

    // Trained before the programme, some so long ago that the refresher falls due in it.
    for (qsizetype i = 0; i < preTrained.size(); ++i) {
        const PersonId person = preTrained[i];
        // The last two skip the refresher in month 20 (below): trained long enough ago that
        // their refresher is overdue when the programme ends.
        const int monthsBack = i >= preTrained.size() - 2 ? random.between(14, 30) : random.between(3, 40);
        const QDate done = timeline.start().addMonths(-monthsBack).addDays(random.between(0, 25));
        record(person, kIntroCourse, TrainingProvider::Internal, done, kIntroRefresherMonths);
    }
    // Two new colleagues get the internal introduction during the baseline.
    for (int i = 0; i < 2 && !untrained.isEmpty(); ++i) {
        record(untrained.takeFirst(), kIntroCourse, TrainingProvider::Internal,
               timeline.month(2 + 2 * i).addDays(random.between(3, 20)), kIntroRefresherMonths,
               QStringLiteral("Nyansat; oplært af tovholderen."));
    }
    // PS! teaches the tovholder and the working group at the kick-off.
    const QDate kickOff = target.events.isEmpty() ? timeline.start() : target.events.first().date;
    for (const PersonId person : target.peopleWith(PersonRole::WorkingGroupMember))
        record(person, kPsCourse, TrainingProvider::PatientSafety, kickOff, 0);

    // Pharmacy events in date order: quality review, team 1, team 2, follow-up, refresher.
    const PersonId pharmacyContact = target.peopleWith(PersonRole::PharmacyContact).value(0);
    const PersonId tovholder = target.peopleWith(PersonRole::Tovholder).value(0);
    const PersonId leader = target.peopleWith(PersonRole::Leader).value(0);
    int pharmacyEvent = 0;
    const auto half = (untrained.size() + 1) / 2;
    for (ProgrammeEvent& event : target.events) {
        if (event.kind != EventKind::PharmacyTeaching)
            continue;
        QList<PersonId> trainees;
        switch (pharmacyEvent++) {
        case 1:
            trainees = untrained.mid(0, half);
            break;
        case 2:
            trainees = untrained.mid(half);
            break;
        case 4:
            // Most of those trained before the start take the refresher; the rest are overdue.
            trainees = preTrained.mid(0, std::max<qsizetype>(0, preTrained.size() - 2));
            break;
        default:
            event.participants = {pharmacyContact, tovholder, leader};
            continue;
        }
        event.participants = QList<PersonId>{pharmacyContact} + trainees;
        const QString& course = pharmacyEvent == 5 ? kRefresherCourse : kPharmacyCourse;
        for (const PersonId person : trainees)
            record(person, course, TrainingProvider::Pharmacy, event.date, kRefresherMonths);
    }
}

} // namespace medsafe::demo

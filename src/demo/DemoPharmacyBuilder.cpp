#include "demo/DemoPharmacyBuilder.h"

#include "demo/DemoPharmacyTexts.h"
#include "domain/pharmacy/DefaultQaChecklist.h"

#include <algorithm>

namespace medsafe::demo {

using namespace medsafe::domain;

void DemoPharmacyBuilder::build(DemoContext& context, DemoBotilbud& target) {
    buildAgreement(context, target);
    buildVisits(context, target);
    buildQuestions(context, target);
    linkTraining(target);
}

void DemoPharmacyBuilder::buildAgreement(DemoContext& context, DemoBotilbud& target) {
    PharmacyAgreement agreement;
    agreement.id = context.ids.next<PharmacyAgreementId>();
    agreement.botilbudId = target.botilbud.id;
    const QList<QString> pharmacies = DemoPharmacyTexts::pharmacies();
    agreement.pharmacyName = pharmacies.at(context.botilbudIndex % pharmacies.size());
    agreement.contactPerson =
        QStringLiteral("Farmaceut ") +
        context.random.pick(QList<QString>{QStringLiteral("Lise Holm"), QStringLiteral("Mads Kjær"),
                                           QStringLiteral("Hanne Bak")});
    agreement.contactDetails = QStringLiteral("86 12 34 %1").arg(10 + context.botilbudIndex % 90);
    agreement.teaching = true;
    agreement.qualityAssurance = true;
    agreement.visitsPerYear = 2;
    agreement.teachingPerYear = 2;
    agreement.startsOn = context.timeline.start();
    agreement.note = QStringLiteral("Kvalitetssikring forår og efterår; undervisning af nye medarbejdere og "
                                    "genopfriskning hvert andet år.");
    target.pharmacyAgreements << agreement;

    target.qaChecklist.id = context.ids.next<QaChecklistId>();
    target.qaChecklist.botilbudId = target.botilbud.id;
    target.qaChecklist.versionNumber = 1;
    target.qaChecklist.createdOn = context.timeline.start();
    target.qaChecklist.items = DefaultQaChecklist::items();
    for (qsizetype i = 0; i < target.qaChecklist.items.size(); ++i)
        target.qaChecklist.items[i].id = QaChecklistItemId{i + 1}; // provisional: the position
}

void DemoPharmacyBuilder::buildVisits(DemoContext& context, DemoBotilbud& target) {
    const DemoTimeline& timeline = context.timeline;
    QList<PersonId> responsible = target.peopleWith(PersonRole::Tovholder);
    responsible << target.peopleWith(PersonRole::WorkingGroupMember);
    int variant = 0;
    bool ideaMade = false;
    for (int month = kFirstVisitMonth; month < timeline.months(); month += kVisitIntervalMonths) {
        QaVisit visit;
        visit.id = context.ids.next<QaVisitId>();
        visit.botilbudId = target.botilbud.id;
        visit.visitDate = timeline.month(month).addDays(context.random.between(5, 20));
        visit.auditor = target.pharmacyAgreements.first().contactPerson;
        visit.checklistId = target.qaChecklist.id;
        visit.agreementId = target.pharmacyAgreements.first().id;
        // Before the changes about a third of the points fail; adopted, few do.
        const double failing = 0.34 - 0.26 * timeline.adoption(month);
        for (const QaChecklistItem& item : target.qaChecklist.items) {
            QaAnswer answer{item.id, QaResult::Compliant, {}};
            if (context.random.chance(0.05))
                answer.result = QaResult::NotApplicable;
            else if (context.random.chance(failing))
                answer.result = QaResult::NotCompliant;
            visit.answers << answer;
        }
        // An audit nearly always finds something: at least two points to follow up.
        int failed = int(std::count_if(visit.answers.cbegin(), visit.answers.cend(),
                                       [](const QaAnswer& a) { return a.result == QaResult::NotCompliant; }));
        while (failed < kMinimumFindings) {
            QaAnswer& answer = visit.answers[context.random.between(0, int(visit.answers.size()) - 1)];
            if (answer.result != QaResult::Compliant) continue;
            answer.result = QaResult::NotCompliant;
            ++failed;
        }
        visit.summary =
            failed == 0
                ? QStringLiteral("Alle relevante punkter overholdt.")
                : QStringLiteral("%1 punkter skal følges op. Gennemgået med tovholderen.").arg(failed);
        target.qaVisits << visit;

        for (const QaAnswer& answer : std::as_const(visit.answers)) {
            if (answer.result != QaResult::NotCompliant) continue;
            const QaChecklistItem* item = target.qaChecklist.item(answer.itemId);
            QaFinding finding;
            finding.id = context.ids.next<QaFindingId>();
            finding.visitId = visit.id;
            finding.itemId = answer.itemId;
            finding.severity = static_cast<FindingSeverity>(context.random.weighted({0.3, 0.5, 0.2}));
            finding.action = DemoPharmacyTexts::actionFor(item->area, variant++);
            if (!responsible.isEmpty()) finding.responsible = context.random.pick(responsible);
            // The graver the finding, the shorter the deadline: two weeks, a month, two months.
            const int dueDays[] = {60, 30, 14};
            finding.dueDate = visit.visitDate.addDays(dueDays[static_cast<int>(finding.severity)]);
            // Most take three weeks to two months, some longer; DemoProgressCut reopens those
            // closed after today, so the last visit's actions are still being worked on.
            const int days =
                context.random.chance(0.8) ? context.random.between(20, 60) : context.random.between(70, 110);
            finding.status = FindingStatus::Closed;
            finding.closedOn = visit.visitDate.addDays(days);
            if (!ideaMade && item->area == QaArea::Dispensing && !target.changeIdeas.isEmpty()) {
                // One finding went into the driver diagram, under the driver of the first idea.
                ChangeIdea idea;
                idea.id = context.ids.next<ChangeIdeaId>();
                idea.botilbudId = target.botilbud.id;
                idea.driverId = target.changeIdeas.first().driverId;
                idea.title = finding.action;
                idea.description =
                    QStringLiteral("Fra apotekets kvalitetssikring: \"%1\" var ikke overholdt.")
                        .arg(item->text);
                target.changeIdeas << idea;
                finding.changeIdeaId = idea.id;
                ideaMade = true;
            }
            target.qaFindings << finding;
        }
    }
}

void DemoPharmacyBuilder::buildQuestions(DemoContext& context, DemoBotilbud& target) {
    const DemoTimeline& timeline = context.timeline;
    QList<PersonId> askers = target.peopleWith(PersonRole::Staff);
    askers << target.peopleWith(PersonRole::WorkingGroupMember);
    const auto& bank = DemoPharmacyTexts::questions();
    const QDate last = timeline.end();
    for (int month = 0; month < timeline.months(); ++month) {
        // 1 to 5 a month (one fewer every third month): about 2.4 a month, 58 in two years.
        const int count = 1 + context.random.weighted({0.15, 0.3, 0.3, 0.15, 0.1}) - (month % 3 == 0 ? 1 : 0);
        for (int i = 0; i < count; ++i) {
            const auto& text = context.random.pick(bank);
            PharmacyQuestion q;
            q.id = context.ids.next<PharmacyQuestionId>();
            q.botilbudId = target.botilbud.id;
            q.askedOn = std::min(timeline.month(month).addDays(context.random.between(0, 27)), last);
            if (!askers.isEmpty() && context.random.chance(0.8)) q.askedBy = context.random.pick(askers);
            q.category = text.category;
            q.question = text.question;
            q.answer = text.answer;
            q.answeredOn = q.askedOn.addDays(context.random.between(0, 3));
            q.ledToProcedureChange = context.random.chance(0.12);
            q.goodToKnow = context.random.chance(0.3);
            target.pharmacyQuestions << q;
        }
    }
    std::stable_sort(
        target.pharmacyQuestions.begin(), target.pharmacyQuestions.end(),
        [](const PharmacyQuestion& a, const PharmacyQuestion& b) { return a.askedOn < b.askedOn; });
}

void DemoPharmacyBuilder::linkTraining(DemoBotilbud& target) {
    std::optional<CompetenceTopicId> drugEffects;
    std::optional<CompetenceTopicId> handling;
    for (CompetenceTopic& topic : target.topics) {
        if (topic.code == QStringLiteral("drug_effects") || topic.code == QStringLiteral("handling_rules"))
            topic.refresherMonths = kRefresherMonths;
        if (topic.code == QStringLiteral("drug_effects")) drugEffects = topic.id;
        if (topic.code == QStringLiteral("handling_rules")) handling = topic.id;
    }
    for (TrainingRecord& record : target.trainingRecords) {
        if (record.provider == TrainingProvider::Pharmacy) {
            record.agreementId = target.pharmacyAgreements.first().id;
            record.topicId = record.course.contains(QStringLiteral("bivirkninger")) ? drugEffects : handling;
        } else if (record.course.contains(QStringLiteral("medicinhåndtering"))) {
            record.topicId = handling;
        }
    }
}

} // namespace medsafe::demo

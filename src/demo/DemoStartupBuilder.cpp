#include "demo/DemoStartupBuilder.h"

#include "demo/DemoRandom.h"
#include "demo/DemoStartupTexts.h"
#include "domain/Botilbud.h"
#include "domain/ChangeIdea.h"
#include "domain/Person.h"
#include "domain/Programme.h"
#include "domain/startup/Delegation.h"
#include "domain/startup/Guideline.h"
#include "storage/BotilbudRepository.h"
#include "storage/DelegationRepository.h"
#include "storage/GuidelineRepository.h"
#include "storage/ImprovementRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"
#include "storage/WorkflowRepository.h"

namespace medsafe::demo {

using namespace medsafe::domain;

namespace {

QDate phaseStart(const Programme& programme, Phase phase) {
    for (const ProgrammePhase& p : programme.phases)
        if (p.phase == phase) return p.startDate;
    return {};
}

Status addAnalysis(storage::Database& db, BotilbudId botilbud, AnalysisKind kind, const QDate& day,
                   const QList<DemoStartupTexts::StepText>& steps,
                   const QList<DemoStartupTexts::FindingText>& findings, std::optional<DriverId> driver) {
    storage::WorkflowRepository repository(db);
    WorkflowAnalysis analysis;
    analysis.botilbudId = botilbud;
    analysis.kind = kind;
    analysis.analysedOn = day;
    analysis.participants = QStringLiteral("Tovholder, daglig leder og arbejdsgruppen (fire medarbejdere)");
    analysis.note =
        kind == AnalysisKind::Before
            ? QStringLiteral("Gennemgået trin for trin på to arbejdsgruppemøder med hændelserne fra det "
                             "seneste år ved siden af.")
            : QStringLiteral("Gentaget med samme arbejdsgruppe for at se, hvad forandringerne har "
                             "flyttet.");
    for (const DemoStartupTexts::StepText& text : steps) {
        WorkflowStep step;
        step.stage = text.stage;
        step.performedBy = text.performedBy;
        step.how = text.how;
        step.risks = text.risks;
        step.riskLevel = text.risk;
        analysis.steps << step;
    }
    auto id = repository.addAnalysis(analysis);
    if (!id) return id.error();
    auto stored = repository.analyses(botilbud);
    if (!stored) return stored.error();
    const WorkflowAnalysis* made = nullptr;
    for (const WorkflowAnalysis& a : *stored)
        if (a.id == *id) made = &a;
    if (!made) return storage::detail::notFound(QStringLiteral("workflow analysis"), id->value);
    bool first = kind == AnalysisKind::Before;
    for (const DemoStartupTexts::FindingText& text : findings) {
        const WorkflowStep* step = made->step(text.stage);
        if (!step) continue;
        WorkflowFinding finding;
        finding.stepId = step->id;
        finding.finding = text.finding;
        if (first) {
            ChangeIdea idea;
            idea.botilbudId = botilbud;
            idea.driverId = driver;
            idea.title = text.finding;
            idea.description =
                QStringLiteral("Fra arbejdsgangsanalysen: dispenseringen blev afbrudt mange gange.");
            auto ideaId = storage::ImprovementRepository(db).addChangeIdea(idea);
            if (!ideaId) return ideaId.error();
            finding.changeIdeaId = *ideaId;
            first = false;
        }
        if (auto added = repository.addFinding(finding); !added) return added.error();
    }
    return success();
}

Status addGuidelines(storage::Database& db, BotilbudId botilbud, const QDate& start, const QDate& asOf,
                     const QList<PersonId>& owners, DemoRandom& random) {
    storage::GuidelineRepository repository(db);
    const auto texts = DemoStartupTexts::guidelines();
    const auto findings = DemoStartupTexts::guidelineFindings();
    for (int i = 0; i < texts.size(); ++i) {
        Guideline g;
        g.botilbudId = botilbud;
        g.title = texts[i].title;
        g.version = texts[i].version;
        g.issuedOn = start.addMonths(-random.between(8, 40)).addDays(random.between(0, 27));
        if (!owners.isEmpty()) g.ownerId = owners.at(i % owners.size());
        // Reviewed in phase 1, once a year after that as long as the programme has lasted.
        QDate reviewed = start.addDays(30 + 14 * i);
        while (reviewed.addMonths(DemoStartupBuilder::kReviewMonths) < asOf)
            reviewed = reviewed.addMonths(DemoStartupBuilder::kReviewMonths);
        g.reviewedOn = reviewed <= asOf ? reviewed : QDate();
        g.nextReviewOn =
            (g.reviewedOn.isValid() ? g.reviewedOn : g.issuedOn).addMonths(DemoStartupBuilder::kReviewMonths);
        g.finding = g.reviewedOn.isValid() ? findings.at(i % findings.size()) : QString();
        if (i == 1 || i == 4) g.nextReviewOn = asOf.addDays(i == 1 ? -45 : -12); // past their review
        if (i == 2) g.status = GuidelineStatus::UnderRevision;
        if (i == 6) g.status = GuidelineStatus::NeedsRevision;
        if (i == texts.size() - 1) {
            g.status = GuidelineStatus::Retired; // replaced by the electronic medicine module
            g.nextReviewOn = {};
            g.finding = QStringLiteral("Udgået: erstattet af det elektroniske medicinmodul.");
        }
        if (g.nextReviewOn.isValid() && g.reviewedOn.isValid() && g.nextReviewOn < g.reviewedOn)
            g.reviewedOn = g.nextReviewOn.addMonths(-DemoStartupBuilder::kReviewMonths);
        if (auto added = repository.add(g); !added) return added.error();
    }
    return success();
}

Status addDelegations(storage::Database& db, BotilbudId botilbud, const QDate& start, const QDate& asOf,
                      const QList<Person>& staff, DemoRandom& random) {
    storage::DelegationRepository repository(db);
    const auto rights = DemoStartupTexts::rights();
    const auto doctors = DemoStartupTexts::doctors();
    for (int i = 0; i < staff.size(); ++i) {
        Delegation d;
        d.botilbudId = botilbud;
        d.personId = staff[i].id;
        d.delegatedRight = i % 3 == 0 ? rights[0] : rights[1];
        d.doctor = doctors[0];
        d.validFrom = std::max(start, staff[i].startDate.isValid() ? staff[i].startDate : start)
                          .addDays(random.between(3, 40));
        if (d.validFrom > asOf) d.validFrom = asOf.addDays(-7);
        d.validTo = d.validFrom.addYears(2);
        d.note = QStringLiteral("Efter oplæring og godkendt praktisk prøve.");
        if (i == 0) d.validTo = asOf.addDays(12); // runs out soon
        if (i == 1) d.validTo = asOf.addDays(26); // runs out soon
        if (i == 2 && staff.size() > 3) {
            d.validTo = asOf.addDays(-20); // ran out and was not renewed
            d.note = QStringLiteral("Fornyelse aftalt med lægen, men ikke modtaget.");
        }
        if (d.validTo < d.validFrom) d.validFrom = d.validTo.addYears(-1);
        if (auto added = repository.add(d); !added) return added.error();
        // Some hold a second right from the psychiatrist or the clinic's doctor.
        if (i % 2 == 1) {
            Delegation extra = d;
            extra.delegatedRight = rights.at(2 + random.between(0, int(rights.size()) - 3));
            extra.doctor = doctors.at(1 + random.between(0, int(doctors.size()) - 2));
            extra.validTo = {};
            extra.note.clear();
            if (auto added = repository.add(extra); !added) return added.error();
        }
    }
    return success();
}

} // namespace

Status DemoStartupBuilder::add(storage::Database& db, const QDate& asOf) {
    auto all = storage::BotilbudRepository(db).all();
    if (!all) return all.error();
    DemoRandom random(kSeed);
    for (const Botilbud& b : *all) {
        if (b.origin != BotilbudOrigin::Local) continue;
        auto programme = storage::ProgrammeRepository(db).programme(b.id);
        if (!programme) return programme.error();
        if (!*programme) continue;
        const Programme& plan = **programme;
        const QDate until = asOf.isValid() ? std::min(asOf, plan.endDate()) : plan.endDate();
        auto people = storage::PersonRepository(db).forBotilbud(b.id, false);
        if (!people) return people.error();
        auto drivers = storage::ImprovementRepository(db).drivers(b.id);
        if (!drivers) return drivers.error();
        QList<PersonId> owners;
        QList<Person> staff;
        for (const Person& p : *people) {
            if (!p.active) continue;
            if (p.roles.testFlag(PersonRole::Tovholder) || p.roles.testFlag(PersonRole::Leader) ||
                p.roles.testFlag(PersonRole::WorkingGroupMember))
                owners << p.id;
            if (p.handlesMedicine) staff << p;
        }
        const std::optional<DriverId> driver =
            drivers->isEmpty() ? std::nullopt : std::optional<DriverId>(drivers->constFirst().id);

        storage::Transaction tx(db);
        const QDate before = std::min(plan.startDate.addDays(kBeforeDay), until);
        if (auto s = addAnalysis(db, b.id, AnalysisKind::Before, before, DemoStartupTexts::stepsBefore(),
                                 DemoStartupTexts::findingsBefore(), driver);
            !s)
            return s;
        const QDate after = phaseStart(plan, Phase::SustainAndSpread).addDays(kAfterDay);
        if (after.isValid() && after <= until) {
            if (auto s = addAnalysis(db, b.id, AnalysisKind::After, after, DemoStartupTexts::stepsAfter(),
                                     DemoStartupTexts::findingsAfter(), std::nullopt);
                !s)
                return s;
        }
        if (auto s = addGuidelines(db, b.id, plan.startDate, until, owners, random); !s) return s;
        if (auto s = addDelegations(db, b.id, plan.startDate, until, staff, random); !s) return s;
        if (auto s = tx.commit(); !s) return s;
    }
    return success();
}

} // namespace medsafe::demo

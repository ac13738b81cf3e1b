#pragma once

#include "domain/Aim.h"
#include "domain/Botilbud.h"
#include "domain/ChangeIdea.h"
#include "domain/ChecklistItem.h"
#include "domain/CompetenceAnswer.h"
#include "domain/CompetenceTopic.h"
#include "domain/Driver.h"
#include "domain/Incident.h"
#include "domain/Measure.h"
#include "domain/Measurement.h"
#include "domain/MonthlyReport.h"
#include "domain/PdsaCycle.h"
#include "domain/Person.h"
#include "domain/Programme.h"
#include "domain/ProgrammeEvent.h"
#include "domain/SurveyRound.h"
#include "domain/TrainingRecord.h"
#include "domain/pharmacy/PharmacyAgreement.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaFinding.h"
#include "domain/pharmacy/QaVisit.h"

#include <QList>

namespace medsafe::demo {

// Everything belonging to one generated botilbud. Ids are provisional (unique within the
// dataset, starting at 1 per entity type) and only serve the links between entities;
// DemoWriter maps them to the ids the database hands out.
struct DemoBotilbud {
    domain::Botilbud botilbud;
    domain::Programme programme;
    QList<domain::Person> people;
    QList<domain::ProgrammeEvent> events;
    QList<domain::ChecklistItem> checklist;
    domain::Aim aim;
    QList<domain::Driver> drivers; // primary drivers before the secondary ones that point to them
    QList<domain::ChangeIdea> changeIdeas;
    // The default measures. Measures derived from incidents carry no measurements: their
    // values are computed from `incidents`, as in the application.
    QList<domain::Measure> measures;
    QList<domain::Measurement> measurements;
    QList<domain::PdsaCycle> pdsaCycles; // a parent cycle always comes before its children
    QList<domain::Incident> incidents;   // in date order
    QList<domain::CompetenceTopic> topics;
    QList<domain::SurveyRound> surveyRounds;
    QList<domain::CompetenceAnswer> answers;
    QList<domain::TrainingRecord> trainingRecords;
    QList<domain::MonthlyReport> reports;
    // The pharmacy's part: the agreement, the checklist (its items' provisional ids are
    // 1..n in order), two quality-assurance visits a year with their findings, the question log.
    QList<domain::PharmacyAgreement> pharmacyAgreements;
    domain::QaChecklist qaChecklist;
    QList<domain::QaVisit> qaVisits;
    QList<domain::QaFinding> qaFindings;
    QList<domain::PharmacyQuestion> pharmacyQuestions;

    // Ids of the people holding `role`, in the order they were generated.
    QList<domain::PersonId> peopleWith(domain::PersonRole role) const
    {
        QList<domain::PersonId> ids;
        for (const auto& person : people) {
            if (person.roles.testFlag(role))
                ids << person.id;
        }
        return ids;
    }

    friend bool operator==(const DemoBotilbud&, const DemoBotilbud&) = default;
};

struct DemoDataset {
    QList<DemoBotilbud> botilbud;

    qsizetype incidentCount() const
    {
        qsizetype n = 0;
        for (const auto& b : botilbud)
            n += b.incidents.size();
        return n;
    }

    friend bool operator==(const DemoDataset&, const DemoDataset&) = default;
};

} // namespace medsafe::demo

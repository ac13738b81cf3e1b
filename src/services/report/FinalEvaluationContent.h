#pragma once

#include "domain/Aim.h"
#include "domain/MonthlyReport.h"
#include "services/report/MeasureMedians.h"
#include "services/report/MonthlyReportContent.h"
#include "services/report/PharmacyProgrammeSummary.h"
#include "services/spread/SpreadMatrix.h"
#include "services/startup/WorkflowService.h"
#include "services/sustain/SustainedChanges.h"

#include <QDate>
#include <QList>
#include <QString>

namespace medsafe::services {

// A change idea the team adopted (a PDSA cycle ended with "Implementér"), with how it got there.
struct AdoptedChange {
    domain::ChangeIdea idea;
    int cyclesTested = 0; // every cycle of the idea, the abandoned ones included
    QDate adoptedOn;      // end of the first adopting cycle
};

// What the team learned in one finished cycle.
struct CycleLesson {
    int number = 0;
    QString title;
    QDate endDate;
    std::optional<domain::ActDecision> decision;
    QString learning;
};

// Incidents in one programme phase, counted (suppressed below 5 when shared).
struct PhaseIncidents {
    int phase = 0;
    QDate from;
    QDate to;
    ReportCount count;
};

// The final evaluation (slutevaluering, phase 4): one report over the whole programme —
// the aims, every measure's baseline and latest median with its chart, the changes adopted,
// the lessons of the finished cycles, the monthly self-assessments, the programme's events
// held, the incidents per phase, the pharmacy's work, the workflow analysis before and after,
// the sustained measures and the spread of changes. Built by FinalEvaluationCollector, drawn by the
// report library with the same machinery as the monthly report.
struct FinalEvaluationContent {
    domain::Botilbud botilbud;
    QDate from; // programme start (or first data)
    QDate to;   // programme end, or the last complete month when the programme runs on
    QDate generatedOn;
    ProgrammeProgress progress;
    QList<domain::Aim> aims;
    QList<MeasureChart> charts;
    QList<MeasureMedians> medians; // one per chart
    QList<domain::PdsaCycle> cycles;
    QList<domain::ChangeIdea> changeIdeas;
    QList<AdoptedChange> adopted;
    QList<CycleLesson> lessons; // newest first
    QList<domain::MonthlyReport> reports; // oldest first
    QList<PhaseIncidents> incidentsByPhase;
    PharmacyProgrammeSummary pharmacy; // the pharmacy's work over the programme
    WorkflowComparison workflow;       // the workflow analysis before and after
    QList<SustainedChange> sustained;  // adopted changes read against their frozen limits
    BotilbudSpread spread;             // changes this botilbud spread and received
    SpreadMatrix spreadMatrix;         // empty unless the database holds other botilbud (a consultant's)
    int learningSessionsHeld = 0;
    int psVisitsHeld = 0;
};

} // namespace medsafe::services

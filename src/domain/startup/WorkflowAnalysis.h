#pragma once

#include "domain/EnumCodes.h"
#include "domain/IncidentTaxonomy.h"
#include "domain/RowVersion.h"
#include "domain/startup/StartupIds.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace medsafe::domain {

// The analysis made at the start (phase 1) and the one repeated when sustaining (phase 3).
enum class AnalysisKind { Before, After };

template <> struct EnumCodeTable<AnalysisKind> {
    static constexpr std::array<EnumCode<AnalysisKind>, 2> kEntries{{
        {AnalysisKind::Before, "before"},
        {AnalysisKind::After, "after"},
    }};
};

// How risky the working group judges a step of the medication process.
enum class RiskLevel { NotAssessed, Low, Medium, High };

template <> struct EnumCodeTable<RiskLevel> {
    static constexpr std::array<EnumCode<RiskLevel>, 4> kEntries{{
        {RiskLevel::NotAssessed, "not_assessed"},
        {RiskLevel::Low, "low"},
        {RiskLevel::Medium, "medium"},
        {RiskLevel::High, "high"},
    }};
};

// One step of the medication process as the botilbud does it: who, how, and the risks the
// working group sees. The step is one of the incident taxonomy's stages, so the incidents of
// that stage can be counted beside it.
struct WorkflowStep {
    WorkflowStepId id;
    WorkflowAnalysisId analysisId;
    ProcessStage stage = ProcessStage::Other;
    QString performedBy;
    QString how;
    QString risks;
    RiskLevel riskLevel = RiskLevel::NotAssessed;
    RowVersion rowVersion;

    // Described enough to count for the start-up checklist: who does it and how.
    bool isDescribed() const { return !performedBy.trimmed().isEmpty() && !how.trimmed().isEmpty(); }
    friend bool operator==(const WorkflowStep&, const WorkflowStep&) = default;
};

// Something the analysis of a step found; it may be taken into the driver diagram as a change
// idea (the link is kept).
struct WorkflowFinding {
    WorkflowFindingId id;
    WorkflowStepId stepId;
    QString finding;
    std::optional<ChangeIdeaId> changeIdeaId;
    RowVersion rowVersion;

    friend bool operator==(const WorkflowFinding&, const WorkflowFinding&) = default;
};

// The workflow analysis (arbejdsgangsanalyse) of a botilbud: one "before" and one "after", each
// with the day it was made, who took part and its steps in process order.
struct WorkflowAnalysis {
    WorkflowAnalysisId id;
    BotilbudId botilbudId;
    AnalysisKind kind = AnalysisKind::Before;
    QDate analysedOn;
    QString participants;
    QString note;
    QList<WorkflowStep> steps;
    RowVersion rowVersion;

    // The eight steps of the medication process in the order a dose travels through them.
    static QList<ProcessStage> defaultStages() {
        return {ProcessStage::Ordination,    ProcessStage::Prescription, ProcessStage::Receipt,
                ProcessStage::Storage,       ProcessStage::Dispensing,   ProcessStage::Administration,
                ProcessStage::Documentation, ProcessStage::Observation};
    }
    const WorkflowStep* step(ProcessStage stage) const {
        for (const WorkflowStep& s : steps)
            if (s.stage == stage) return &s;
        return nullptr;
    }
    // Every default step has who and how filled in.
    bool defaultStepsDescribed() const {
        for (ProcessStage stage : defaultStages()) {
            const WorkflowStep* s = step(stage);
            if (!s || !s->isDescribed()) return false;
        }
        return true;
    }
    friend bool operator==(const WorkflowAnalysis&, const WorkflowAnalysis&) = default;
};

} // namespace medsafe::domain

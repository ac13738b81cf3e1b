#pragma once

#include "domain/CompetenceAnswer.h"
#include "domain/CompetenceTopic.h"
#include "domain/SurveyRound.h"
#include "domain/TrainingRecord.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>

namespace medsafe::domain {

// Validation rules for the competence survey and training records.
class CompetenceValidator {
    Q_DECLARE_TR_FUNCTIONS(CompetenceValidator)

public:
    static ValidationIssues validate(const CompetenceTopic& topic);
    static ValidationIssues validate(const SurveyRound& round);
    static ValidationIssues validate(const CompetenceAnswer& answer);
    static ValidationIssues validate(const TrainingRecord& record, const QDate& today = QDate::currentDate());
};

} // namespace medsafe::domain

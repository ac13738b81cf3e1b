#include "app/ConflictDifferences.h"

#include "domain/DomainLabels.h"
#include "domain/Taxonomy.h"

#include <QLocale>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {

void addIfDifferent(QList<FieldDifference>& list, const QString& field, const QString& mine, const QString& theirs) {
    if (mine != theirs) list.append({field, mine, theirs});
}

QString date(const QDate& value) {
    return value.isValid() ? QLocale().toString(value, QStringLiteral("d. MMMM yyyy")) : QString();
}

template <typename E> QString optional(const std::optional<E>& value) {
    return value ? DomainLabels::label(*value) : QString();
}

} // namespace

QList<FieldDifference> ConflictDifferences::between(const PdsaCycle& mine, const PdsaCycle& theirs) {
    QList<FieldDifference> list;
    addIfDifferent(list, tr("Title"), mine.title, theirs.title);
    addIfDifferent(list, tr("Status"), DomainLabels::label(mine.status), DomainLabels::label(theirs.status));
    addIfDifferent(list, tr("Start"), date(mine.startDate), date(theirs.startDate));
    addIfDifferent(list, tr("End"), date(mine.endDate), date(theirs.endDate));
    const std::pair<QString, const QString PdsaCycle::*> texts[] = {
        {tr("Question"), &PdsaCycle::question},
        {tr("Prediction"), &PdsaCycle::prediction},
        {tr("What"), &PdsaCycle::planWhat},
        {tr("Who"), &PdsaCycle::planWho},
        {tr("Where"), &PdsaCycle::planWhere},
        {tr("When"), &PdsaCycle::planWhen},
        {tr("Data plan"), &PdsaCycle::dataPlan},
        {tr("What happened"), &PdsaCycle::doWhatHappened},
        {tr("Problems"), &PdsaCycle::doProblems},
        {tr("Changes to the plan"), &PdsaCycle::doPlanChanges},
        {tr("Observations"), &PdsaCycle::doObservations},
        {tr("Result against the prediction"), &PdsaCycle::studyResult},
        {tr("What we learnt"), &PdsaCycle::studyLearning},
        {tr("Next step"), &PdsaCycle::nextStep},
    };
    for (const auto& [field, member] : texts) addIfDifferent(list, field, mine.*member, theirs.*member);
    addIfDifferent(list, tr("Decision"), optional(mine.decision), optional(theirs.decision));
    return list;
}

QList<FieldDifference> ConflictDifferences::between(const Incident& mine, const Incident& theirs) {
    QList<FieldDifference> list;
    addIfDifferent(list, tr("Date"), date(mine.occurredDate), date(theirs.occurredDate));
    addIfDifferent(list, tr("Time"), mine.occurredTime.toString(QStringLiteral("HH:mm")),
                   theirs.occurredTime.toString(QStringLiteral("HH:mm")));
    addIfDifferent(list, tr("Reported"), date(mine.reportedDate), date(theirs.reportedDate));
    addIfDifferent(list, tr("Process stage"), Taxonomy::label(mine.stage), Taxonomy::label(theirs.stage));
    addIfDifferent(list, tr("Problem type"), Taxonomy::label(mine.errorType), Taxonomy::label(theirs.errorType));
    addIfDifferent(list, tr("What happened"), mine.description, theirs.description);
    addIfDifferent(list, tr("What was done at once"), mine.immediateAction, theirs.immediateAction);
    addIfDifferent(list, tr("Learning"), mine.learning, theirs.learning);
    addIfDifferent(list, tr("Reached the resident"), mine.reachedCitizen ? tr("Yes") : tr("No"),
                   theirs.reachedCitizen ? tr("Yes") : tr("No"));
    addIfDifferent(list, tr("Needed a doctor"), mine.requiredDoctorContact ? tr("Yes") : tr("No"),
                   theirs.requiredDoctorContact ? tr("Yes") : tr("No"));
    return list;
}

} // namespace medsafe::app

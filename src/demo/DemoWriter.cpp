#include "demo/DemoWriter.h"

#include "demo/DemoAccounts.h"
#include "demo/DemoIdMap.h"
#include "storage/BotilbudRepository.h"
#include "storage/CompetenceRepository.h"
#include "storage/PharmacyRepository.h"
#include "storage/QaVisitRepository.h"
#include "storage/Database.h"
#include "storage/ImprovementRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace medsafe::demo {

using namespace medsafe::domain;
using storage::Database;

namespace {

// The id maps of one botilbud while it is written.
struct IdMaps {
    BotilbudId botilbud;
    DemoIdMap<PersonId> people;
    DemoIdMap<AimId> aims;
    DemoIdMap<DriverId> drivers;
    DemoIdMap<ChangeIdeaId> ideas;
    DemoIdMap<MeasureId> measures;
    DemoIdMap<PdsaCycleId> cycles;
    DemoIdMap<CompetenceTopicId> topics;
    DemoIdMap<SurveyRoundId> rounds;
    DemoIdMap<PharmacyAgreementId> agreements;
};

Error failed(const QString& what, const Error& error) {
    return Error{QStringLiteral("writing %1 failed: %2").arg(what, error.message), error.userMessage};
}

template <typename IdType>
Status mapAll(const char* what, const QList<IdType>& provisional, const Result<QList<IdType>>& stored,
              DemoIdMap<IdType>& map) {
    if (!stored) return failed(QString::fromLatin1(what), stored.error());
    if (stored->size() != provisional.size())
        return Error::technical(QStringLiteral("writing %1: got %2 ids for %3 rows")
                                    .arg(QString::fromLatin1(what))
                                    .arg(stored->size())
                                    .arg(provisional.size()));
    for (qsizetype i = 0; i < provisional.size(); ++i)
        map.insert(provisional[i], stored->at(i));
    return success();
}

template <typename T, typename IdType> QList<IdType> idsOf(const QList<T>& items) {
    QList<IdType> ids;
    ids.reserve(items.size());
    for (const T& item : items)
        ids << item.id;
    return ids;
}

Status writeOrganisation(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    Botilbud botilbud = home.botilbud;
    botilbud.id = {};
    const auto id = storage::BotilbudRepository(db).add(botilbud);
    if (!id) return failed(QStringLiteral("botilbud"), id.error());
    maps.botilbud = *id;

    Programme programme = home.programme;
    programme.botilbudId = maps.botilbud;
    storage::ProgrammeRepository programmes(db);
    if (auto saved = programmes.save(programme); !saved)
        return failed(QStringLiteral("programme"), saved.error());

    QList<Person> people = home.people;
    for (Person& person : people) {
        person.id = {};
        person.botilbudId = maps.botilbud;
    }
    const auto personIds = storage::PersonRepository(db).addMany(people);
    if (auto mapped = mapAll("people", idsOf<Person, PersonId>(home.people), personIds, maps.people); !mapped)
        return mapped;

    for (ProgrammeEvent event : home.events) {
        event.id = {};
        event.botilbudId = maps.botilbud;
        for (PersonId& participant : event.participants)
            participant = maps.people(participant);
        if (auto added = programmes.addEvent(event); !added)
            return failed(QStringLiteral("programme event"), added.error());
    }
    for (ChecklistItem item : home.checklist) {
        item.botilbudId = maps.botilbud;
        if (auto saved = programmes.saveChecklistItem(item); !saved)
            return failed(QStringLiteral("checklist item"), saved.error());
    }
    return success();
}

Status writeImprovement(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    storage::ImprovementRepository repository(db);
    Aim aim = home.aim;
    aim.id = {};
    aim.botilbudId = maps.botilbud;
    const auto aimId = repository.addAim(aim);
    if (!aimId) return failed(QStringLiteral("aim"), aimId.error());
    maps.aims.insert(home.aim.id, *aimId);

    // Primary drivers come first in the dataset, so a parent is always stored before its child.
    for (Driver driver : home.drivers) {
        const DriverId provisional = driver.id;
        driver.id = {};
        driver.botilbudId = maps.botilbud;
        driver.aimId = maps.aims(driver.aimId);
        driver.parentId = maps.drivers(driver.parentId);
        const auto id = repository.addDriver(driver);
        if (!id) return failed(QStringLiteral("driver"), id.error());
        maps.drivers.insert(provisional, *id);
    }
    for (ChangeIdea idea : home.changeIdeas) {
        const ChangeIdeaId provisional = idea.id;
        idea.id = {};
        idea.botilbudId = maps.botilbud;
        idea.driverId = maps.drivers(idea.driverId);
        const auto id = repository.addChangeIdea(idea);
        if (!id) return failed(QStringLiteral("change idea"), id.error());
        maps.ideas.insert(provisional, *id);
    }
    return success();
}

Status writeMeasures(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    storage::MeasureRepository repository(db);
    QList<Measure> measures = home.measures;
    for (Measure& measure : measures) {
        measure.id = {};
        measure.botilbudId = maps.botilbud;
    }
    const auto ids = repository.addMany(measures);
    if (auto mapped = mapAll("measures", idsOf<Measure, MeasureId>(home.measures), ids, maps.measures);
        !mapped)
        return mapped;

    QList<Measurement> values = home.measurements;
    for (Measurement& value : values) {
        value.id = {};
        value.measureId = maps.measures(value.measureId);
    }
    if (const auto stored = repository.addMeasurements(values); !stored)
        return failed(QStringLiteral("measurements"), stored.error());
    return success();
}

Status writePdsa(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    // One by one: a cycle's parent must have its stored id before the child is written.
    storage::PdsaRepository repository(db);
    for (PdsaCycle cycle : home.pdsaCycles) {
        const PdsaCycleId provisional = cycle.id;
        cycle.id = {};
        cycle.botilbudId = maps.botilbud;
        cycle.aimId = maps.aims(cycle.aimId);
        cycle.changeIdeaId = maps.ideas(cycle.changeIdeaId);
        cycle.responsibleId = maps.people(cycle.responsibleId);
        cycle.parentId = maps.cycles(cycle.parentId);
        for (MeasureId& measure : cycle.measureIds)
            measure = maps.measures(measure);
        const auto id = repository.add(cycle);
        if (!id) return failed(QStringLiteral("PDSA cycle %1").arg(cycle.number), id.error());
        maps.cycles.insert(provisional, *id);
    }
    return success();
}

Status writeIncidents(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    QList<Incident> incidents = home.incidents;
    for (Incident& incident : incidents) {
        incident.id = {};
        incident.botilbudId = maps.botilbud;
        incident.reporterId = maps.people(incident.reporterId);
    }
    if (const auto stored = storage::IncidentRepository(db).addMany(incidents); !stored)
        return failed(QStringLiteral("incidents"), stored.error());
    return success();
}

Status writeCompetence(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    storage::CompetenceRepository repository(db);
    for (CompetenceTopic topic : home.topics) {
        const CompetenceTopicId provisional = topic.id;
        topic.id = {};
        topic.botilbudId = maps.botilbud;
        const auto id = repository.addTopic(topic);
        if (!id) return failed(QStringLiteral("competence topic"), id.error());
        maps.topics.insert(provisional, *id);
    }
    for (SurveyRound round : home.surveyRounds) {
        const SurveyRoundId provisional = round.id;
        round.id = {};
        round.botilbudId = maps.botilbud;
        const auto id = repository.addRound(round);
        if (!id) return failed(QStringLiteral("survey round"), id.error());
        maps.rounds.insert(provisional, *id);
    }
    QList<CompetenceAnswer> answers = home.answers;
    for (CompetenceAnswer& answer : answers) {
        answer.roundId = maps.rounds(answer.roundId);
        answer.personId = maps.people(answer.personId);
        answer.topicId = maps.topics(answer.topicId);
    }
    if (auto saved = repository.saveAnswers(answers); !saved)
        return failed(QStringLiteral("competence answers"), saved.error());

    QList<TrainingRecord> records = home.trainingRecords;
    for (TrainingRecord& record : records) {
        record.id = {};
        record.personId = maps.people(record.personId);
        if (record.agreementId) record.agreementId = maps.agreements(*record.agreementId);
        if (record.topicId) record.topicId = maps.topics(*record.topicId);
    }
    if (const auto stored = repository.addTrainings(records); !stored)
        return failed(QStringLiteral("training records"), stored.error());
    return success();
}

// Before the training log, which names the agreement its pharmacy courses were given under.
Status writePharmacyAgreements(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    storage::PharmacyRepository repository(db);
    for (PharmacyAgreement agreement : home.pharmacyAgreements) {
        const PharmacyAgreementId provisional = agreement.id;
        agreement.id = {};
        agreement.botilbudId = maps.botilbud;
        const auto id = repository.addAgreement(agreement);
        if (!id) return failed(QStringLiteral("pharmacy agreement"), id.error());
        maps.agreements.insert(provisional, *id);
    }
    return success();
}

// The checklist, the visits with their answers and findings, and the question log.
Status writePharmacyWork(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    if (home.qaChecklist.items.isEmpty()) return success();
    storage::PharmacyRepository pharmacy(db);
    QaChecklist checklist = home.qaChecklist;
    checklist.botilbudId = maps.botilbud;
    const auto checklistId = pharmacy.addChecklistVersion(checklist);
    if (!checklistId) return failed(QStringLiteral("checklist"), checklistId.error());
    const auto stored = pharmacy.checklist(*checklistId);
    if (!stored) return failed(QStringLiteral("checklist"), stored.error());
    // Items are stored in order: the provisional id is the position.
    const auto itemId = [&](QaChecklistItemId provisional) { return stored->items.at(provisional.value - 1).id; };

    storage::QaVisitRepository visits(db);
    QHash<qint64, QaVisitId> visitIds;
    for (QaVisit visit : home.qaVisits) {
        const QaVisitId provisional = visit.id;
        visit.id = {};
        visit.botilbudId = maps.botilbud;
        visit.checklistId = *checklistId;
        if (visit.agreementId) visit.agreementId = maps.agreements(*visit.agreementId);
        for (QaAnswer& answer : visit.answers)
            answer.itemId = itemId(answer.itemId);
        const auto id = visits.addVisit(visit);
        if (!id) return failed(QStringLiteral("quality-assurance visit"), id.error());
        visitIds.insert(provisional.value, *id);
    }
    for (QaFinding finding : home.qaFindings) {
        finding.id = {};
        finding.visitId = visitIds.value(finding.visitId.value);
        finding.itemId = itemId(finding.itemId);
        if (finding.responsible) finding.responsible = maps.people(*finding.responsible);
        if (finding.changeIdeaId) finding.changeIdeaId = maps.ideas(*finding.changeIdeaId);
        if (const auto id = visits.addFinding(finding); !id) return failed(QStringLiteral("finding"), id.error());
    }
    QList<PharmacyQuestion> questions = home.pharmacyQuestions;
    for (PharmacyQuestion& q : questions) {
        q.id = {};
        q.botilbudId = maps.botilbud;
        if (q.askedBy) q.askedBy = maps.people(*q.askedBy);
    }
    if (const auto ids = pharmacy.addQuestions(questions); !ids) return failed(QStringLiteral("questions"), ids.error());
    return success();
}

Status writeReports(const DemoBotilbud& home, Database& db, IdMaps& maps) {
    storage::MonthlyReportRepository repository(db);
    for (MonthlyReport report : home.reports) {
        report.id = {};
        report.botilbudId = maps.botilbud;
        if (const auto id = repository.add(report); !id)
            return failed(QStringLiteral("monthly report"), id.error());
    }
    return success();
}

void removeWithCompanions(const QString& path) {
    // SQLite's write-ahead log and shared-memory files belong to the database file.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Status DemoWriter::writeBotilbud(const DemoBotilbud& home, Database& db) {
    IdMaps maps;
    for (auto step : {writeOrganisation, writeImprovement, writeMeasures, writePdsa, writeIncidents,
                      writePharmacyAgreements, writeCompetence, writePharmacyWork, writeReports}) {
        if (auto status = step(home, db, maps); !status) return status;
    }
    return success();
}

Status DemoWriter::write(const DemoDataset& dataset, Database& db) {
    // The demo's story is invented, not anyone's work: the history says so.
    const QString actorBefore = db.auditActor();
    db.setAuditActor(QString::fromLatin1(DemoAccounts::kAuditActor));
    struct RestoreActor {
        Database& db;
        QString actor;
        ~RestoreActor() { db.setAuditActor(actor); }
    } restore{db, actorBefore};
    storage::Transaction transaction(db);
    for (const DemoBotilbud& home : dataset.botilbud) {
        if (auto status = writeBotilbud(home, db); !status) return status; // the guard rolls everything back
    }
    // The first botilbud is the demo's own: its people get accounts to sign in with.
    if (!dataset.botilbud.isEmpty()) {
        auto homes = storage::BotilbudRepository(db).all();
        if (!homes) return homes.error();
        // The first written (the smallest id), whatever the names' order.
        if (!homes->isEmpty()) {
            domain::BotilbudId own = homes->first().id;
            for (const domain::Botilbud& home : *homes)
                own = std::min(own, home.id);
            if (auto status = DemoAccounts::addFor(db, own); !status) return status;
        }
    }
    return transaction.commit();
}

Status DemoWriter::writeFile(const DemoDataset& dataset, const QString& path, bool overwrite) {
    if (QFileInfo::exists(path) && !overwrite)
        return Error::technical(QStringLiteral("'%1' already exists; use --force to replace it").arg(path));

    const QString partial = path + QStringLiteral(".partial");
    removeWithCompanions(partial);
    {
        auto db = Database::open(partial);
        if (!db) return db.error();
        if (auto status = write(dataset, **db); !status) {
            db->reset();
            removeWithCompanions(partial);
            return status;
        }
    } // closed here, so SQLite folds the write-ahead log into the file before the rename

    if (QFileInfo::exists(path)) removeWithCompanions(path);
    if (!QFile::rename(partial, path)) {
        removeWithCompanions(partial);
        return Error::technical(QStringLiteral("cannot move the new database to '%1'").arg(path));
    }
    return success();
}

} // namespace medsafe::demo

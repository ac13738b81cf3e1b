#include "services/organisation/ProgrammeSetup.h"

#include "domain/CprDetector.h"
#include "services/access/AccessPolicy.h"
#include "services/improvement/ImprovementService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/BotilbudRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

QStringList namesOf(const QStringList& names) {
    QStringList clean;
    for (const QString& name : names)
        if (!name.trimmed().isEmpty()) clean << name.trimmed();
    return clean;
}

int groupSize(const ProgrammeSetup& setup) {
    return int(namesOf(setup.workingGroup).size()) + (setup.tovholder.trimmed().isEmpty() ? 0 : 1);
}

QDate firstOfMonth(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

} // namespace

ValidationIssues ProgrammeSetupService::check(const ProgrammeSetup& setup, const QDate& today) const {
    ValidationIssues issues;
    const QString name = setup.botilbudName.trimmed();
    if (name.isEmpty()) {
        issues.append({QStringLiteral("botilbudName"), tr("Type the name of the botilbud.")});
    } else if (auto existing = OrganisationService(m_db).botilbudNamed(name); existing && *existing) {
        issues.append({QStringLiteral("botilbudName"),
                       tr("This database already has a botilbud called %1. Choose another name.").arg(name)});
    }
    if (setup.residents < 1 || setup.residents > 500)
        issues.append({QStringLiteral("residents"), tr("Type the number of residents, from 1 to 500.")});
    if (!setup.programmeStart.isValid()) {
        issues.append({QStringLiteral("programmeStart"), tr("Choose the month the programme starts.")});
    } else if (firstOfMonth(setup.programmeStart) < firstOfMonth(today).addYears(-2) ||
               firstOfMonth(setup.programmeStart) > firstOfMonth(today).addYears(1)) {
        issues.append({QStringLiteral("programmeStart"),
                       tr("The programme must start within two years back or one year ahead.")});
    }
    if (setup.tovholder.trimmed().isEmpty())
        issues.append({QStringLiteral("tovholder"), tr("Type the name of the tovholder.")});
    if (setup.leader.trimmed().isEmpty())
        issues.append({QStringLiteral("leader"), tr("Type the name of the leader.")});
    if (groupSize(setup) > kLargestGroup + 3)
        issues.append(
            {QStringLiteral("workingGroup"),
             tr("A working group of more than %1 people is not a working group: name the core group.")
                 .arg(kLargestGroup + 3)});
    CprDetector::check(issues, QStringLiteral("botilbudName"), setup.botilbudName);
    CprDetector::check(issues, QStringLiteral("tovholder"), setup.tovholder);
    CprDetector::check(issues, QStringLiteral("leader"), setup.leader);
    CprDetector::check(issues, QStringLiteral("workingGroup"), setup.workingGroup.join(QLatin1Char('\n')));
    CprDetector::check(issues, QStringLiteral("aim"), setup.aim);
    return issues;
}

QString ProgrammeSetupService::workingGroupNote(const ProgrammeSetup& setup) {
    const int size = groupSize(setup);
    if (size < kSmallestGroup)
        return tr("The programme asks for a working group of %1–%2 people; with %n so far, add the rest when "
                  "you know them (Forløb og kompetencer).",
                  "", size)
            .arg(kSmallestGroup)
            .arg(kLargestGroup);
    if (size > kLargestGroup)
        return tr("The programme asks for a working group of %1–%2 people; %n is more than that.", "", size)
            .arg(kSmallestGroup)
            .arg(kLargestGroup);
    return {};
}

Result<BotilbudId> ProgrammeSetupService::create(const ProgrammeSetup& setup, const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::CreateBotilbud); !allowed)
        return allowed.error();
    if (const auto issues = check(setup, today); !issues.isEmpty())
        return domain::toError(QStringLiteral("programme set-up"), issues);
    storage::Transaction tx(m_db);
    Botilbud botilbud;
    botilbud.name = setup.botilbudName.trimmed();
    botilbud.municipality = setup.municipality.trimmed();
    botilbud.residentCount = setup.residents;
    botilbud.createdDate = today;
    auto id =
        storage::BotilbudRepository(m_db).createWithDefaults(botilbud, firstOfMonth(setup.programmeStart));
    if (!id) return id.error();

    QList<Person> people;
    const auto person = [&](const QString& name, PersonRoles roles) {
        Person p;
        p.botilbudId = *id;
        p.name = name.trimmed();
        p.roles = roles;
        p.handlesMedicine = roles.testFlag(PersonRole::WorkingGroupMember);
        people << p;
    };
    person(setup.tovholder, PersonRole::Tovholder | PersonRole::WorkingGroupMember);
    person(setup.leader, PersonRole::Leader);
    for (const QString& name : namesOf(setup.workingGroup))
        person(name, PersonRole::WorkingGroupMember);
    if (auto added = storage::PersonRepository(m_db).addMany(people); !added) return added.error();

    if (!setup.aim.trimmed().isEmpty()) {
        Aim aim;
        aim.botilbudId = *id;
        aim.statement = setup.aim.trimmed();
        aim.targetDate = firstOfMonth(setup.programmeStart).addMonths(24).addDays(-1);
        if (auto saved = ImprovementService(m_db).saveAim(aim); !saved) return saved.error();
    }
    if (auto committed = tx.commit(); !committed) return committed.error();
    return *id;
}

} // namespace medsafe::services

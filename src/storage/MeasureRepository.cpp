#include "storage/MeasureRepository.h"

#include "domain/MeasureValidator.h"
#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QHash>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

const QString kMeasureColumns = QStringLiteral(
    "m.id, m.botilbud_id, m.name, m.kind, m.measure_type, m.operational_definition, m.numerator_definition,"
    " m.denominator_definition, m.rate_multiplier, m.direction, m.target, m.default_chart, "
    "m.derived_from_incidents,"
    " m.filter_error_type, m.filter_stage, m.filter_doctor_contact, m.filter_reached_citizen, m.freeze_end,"
    " m.sort_order, m.active");

const QString kMeasureInsertColumns =
    QStringLiteral("botilbud_id, name, kind, measure_type, operational_definition, numerator_definition, "
                   "denominator_definition,"
                   " rate_multiplier, direction, target, default_chart, derived_from_incidents, "
                   "filter_error_type, filter_stage,"
                   " filter_doctor_contact, filter_reached_citizen, freeze_end, sort_order, active");

const QString kMeasureValues = QStringLiteral(":b, :name, :kind, :type, :opdef, :numdef, :dendef, :mult, "
                                              ":dir, :target, :chart, :derived, :ferr, :fstage,"
                                              " :fdoctor, :freached, :freeze, :sort, :active");

void bindMeasure(Statement& s, const Measure& m) {
    s.bind(QStringLiteral(":b"), m.botilbudId);
    s.bind(QStringLiteral(":name"), m.name);
    s.bind(QStringLiteral(":kind"), m.kind);
    s.bind(QStringLiteral(":type"), m.type);
    s.bind(QStringLiteral(":opdef"), m.operationalDefinition);
    s.bind(QStringLiteral(":numdef"), m.numeratorDefinition);
    s.bind(QStringLiteral(":dendef"), m.denominatorDefinition);
    s.bind(QStringLiteral(":mult"), m.rateMultiplier);
    s.bind(QStringLiteral(":dir"), m.direction);
    s.bind(QStringLiteral(":target"), m.target);
    s.bind(QStringLiteral(":chart"), m.defaultChart);
    s.bind(QStringLiteral(":derived"), m.derivedFromIncidents);
    s.bind(QStringLiteral(":ferr"), m.incidentFilter.errorType);
    s.bind(QStringLiteral(":fstage"), m.incidentFilter.stage);
    s.bind(QStringLiteral(":fdoctor"), m.incidentFilter.requiredDoctorContactOnly);
    s.bind(QStringLiteral(":freached"), m.incidentFilter.reachedCitizenOnly);
    s.bind(QStringLiteral(":freeze"), m.chartSettings.freezeEnd);
    s.bind(QStringLiteral(":sort"), m.sortOrder);
    s.bind(QStringLiteral(":active"), m.active);
}

Measure readMeasure(const Statement& s) {
    Measure m;
    m.id = s.id<MeasureId>(0);
    m.botilbudId = s.id<BotilbudId>(1);
    m.name = s.text(2);
    m.kind = s.code(3, MeasureKind::Value);
    m.type = s.code(4, MeasureType::Outcome);
    m.operationalDefinition = s.text(5);
    m.numeratorDefinition = s.text(6);
    m.denominatorDefinition = s.text(7);
    m.rateMultiplier = s.real(8);
    m.direction = s.code(9, Direction::LowerIsBetter);
    m.target = s.optReal(10);
    m.defaultChart = s.code(11, ChartType::Run);
    m.derivedFromIncidents = s.boolean(12);
    m.incidentFilter.errorType = s.optCode<ErrorType>(13);
    m.incidentFilter.stage = s.optCode<ProcessStage>(14);
    m.incidentFilter.requiredDoctorContactOnly = s.boolean(15);
    m.incidentFilter.reachedCitizenOnly = s.boolean(16);
    m.chartSettings.freezeEnd = s.date(17);
    m.sortOrder = s.integer(18);
    m.active = s.boolean(19);
    return m;
}

const QString kMeasurementColumns =
    QStringLiteral("id, measure_id, period, numerator, denominator, baseline, note, row_version");

void bindMeasurement(Statement& s, const Measurement& m) {
    s.bind(QStringLiteral(":measure"), m.measureId);
    s.bind(QStringLiteral(":period"), m.period);
    s.bind(QStringLiteral(":num"), m.numerator);
    s.bind(QStringLiteral(":den"), m.denominator);
    s.bind(QStringLiteral(":base"), m.baseline);
    s.bind(QStringLiteral(":note"), m.note);
    s.bind(QStringLiteral(":updated"), nowUtcText());
}

} // namespace

MeasureRepository::MeasureRepository(Database& db) : m_db(db) {}

Result<MeasureId> MeasureRepository::add(const Measure& measure) {
    auto ids = addMany({measure});
    if (!ids) return ids.error();
    return ids->constFirst();
}

Result<QList<MeasureId>> MeasureRepository::addMany(const QList<Measure>& measures) {
    for (const Measure& m : measures)
        MEDSAFE_TRY(detail::validated(MeasureValidator::validate(m), QStringLiteral("measure")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(
        QStringLiteral("INSERT INTO measure (%1) VALUES (%2)").arg(kMeasureInsertColumns, kMeasureValues)));
    QList<MeasureId> ids;
    for (const Measure& m : measures) {
        bindMeasure(s, m);
        MEDSAFE_TRY(s.exec());
        const MeasureId id{s.lastInsertId()};
        MEDSAFE_TRY(writeChartSettings(id, m.chartSettings));
        ids.append(id);
    }
    MEDSAFE_TRY(tx.commit());
    return ids;
}

Status MeasureRepository::update(const Measure& measure) {
    MEDSAFE_TRY(detail::validated(MeasureValidator::validate(measure), QStringLiteral("measure")));
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "UPDATE measure SET botilbud_id = :b, name = :name, kind = :kind, measure_type = :type,"
        " operational_definition = :opdef, numerator_definition = :numdef, denominator_definition = :dendef,"
        " rate_multiplier = :mult, direction = :dir, target = :target, default_chart = :chart,"
        " derived_from_incidents = :derived, filter_error_type = :ferr, filter_stage = :fstage,"
        " filter_doctor_contact = :fdoctor, filter_reached_citizen = :freached, freeze_end = :freeze,"
        " sort_order = :sort, active = :active WHERE id = :id")));
    bindMeasure(s, measure);
    s.bind(QStringLiteral(":id"), measure.id);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::expectRow(s, QStringLiteral("measure"), measure.id.value));
    MEDSAFE_TRY(writeChartSettings(measure.id, measure.chartSettings));
    return tx.commit();
}

Status MeasureRepository::saveChartSettings(MeasureId id, const ChartSettings& settings) {
    auto measure = get(id);
    if (!measure) return measure.error();
    measure->chartSettings = settings;
    return update(*measure);
}

Status MeasureRepository::writeChartSettings(MeasureId id, const ChartSettings& settings) {
    for (const QString& table : {QStringLiteral("measure_split"), QStringLiteral("measure_exclusion")}) {
        Statement del(m_db.connection());
        MEDSAFE_TRY(del.prepare(QStringLiteral("DELETE FROM %1 WHERE measure_id = :id").arg(table)));
        del.bind(QStringLiteral(":id"), id);
        MEDSAFE_TRY(del.exec());
    }
    Statement split(m_db.connection());
    MEDSAFE_TRY(split.prepare(
        QStringLiteral("INSERT INTO measure_split (measure_id, split_date) VALUES (:id, :date)")));
    for (const QDate& date : settings.splitDates) {
        split.bind(QStringLiteral(":id"), id);
        split.bind(QStringLiteral(":date"), date);
        MEDSAFE_TRY(split.exec());
    }
    Statement excl(m_db.connection());
    MEDSAFE_TRY(excl.prepare(QStringLiteral(
        "INSERT INTO measure_exclusion (measure_id, period, reason) VALUES (:id, :period, :reason)")));
    for (const ExcludedPeriod& e : settings.exclusions) {
        excl.bind(QStringLiteral(":id"), id);
        excl.bind(QStringLiteral(":period"), e.period);
        excl.bind(QStringLiteral(":reason"), e.reason);
        MEDSAFE_TRY(excl.exec());
    }
    // freeze_end lives on the measure row itself.
    Statement freeze(m_db.connection());
    MEDSAFE_TRY(freeze.prepare(QStringLiteral("UPDATE measure SET freeze_end = :freeze WHERE id = :id")));
    freeze.bind(QStringLiteral(":freeze"), settings.freezeEnd);
    freeze.bind(QStringLiteral(":id"), id);
    return freeze.exec();
}

Status MeasureRepository::remove(MeasureId id) {
    return detail::removeById(m_db, QStringLiteral("measure"), id.value);
}

Result<Measure> MeasureRepository::get(MeasureId id) const {
    auto list = select(QStringLiteral("m.id = :key"), id.value, false);
    if (!list) return list.error();
    if (list->isEmpty()) return detail::notFound(QStringLiteral("measure"), id.value);
    return list->constFirst();
}

Result<QList<Measure>> MeasureRepository::forBotilbud(BotilbudId botilbud, bool activeOnly) const {
    return select(QStringLiteral("m.botilbud_id = :key"), botilbud.value, activeOnly);
}

Result<QList<Measure>> MeasureRepository::select(const QString& where, qint64 key, bool activeOnly) const {
    const QString filter = where + (activeOnly ? QStringLiteral(" AND m.active = TRUE") : QString());
    QHash<qint64, QList<QDate>> splits;
    QHash<qint64, QList<ExcludedPeriod>> exclusions;
    {
        Statement s(m_db.connection());
        MEDSAFE_TRY(
            s.prepare(QStringLiteral("SELECT x.measure_id, x.split_date FROM measure_split x"
                                     " JOIN measure m ON m.id = x.measure_id WHERE %1 ORDER BY x.split_date")
                          .arg(filter)));
        s.bind(QStringLiteral(":key"), key);
        MEDSAFE_TRY(s.exec());
        while (s.next())
            splits[s.int64(0)].append(s.date(1));
    }
    {
        Statement s(m_db.connection());
        MEDSAFE_TRY(
            s.prepare(QStringLiteral("SELECT x.measure_id, x.period, x.reason FROM measure_exclusion x"
                                     " JOIN measure m ON m.id = x.measure_id WHERE %1 ORDER BY x.period")
                          .arg(filter)));
        s.bind(QStringLiteral(":key"), key);
        MEDSAFE_TRY(s.exec());
        while (s.next())
            exclusions[s.int64(0)].append({s.date(1), s.text(2)});
    }
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1 FROM measure m WHERE %2 ORDER BY m.sort_order, m.id")
                              .arg(kMeasureColumns, filter)));
    s.bind(QStringLiteral(":key"), key);
    MEDSAFE_TRY(s.exec());
    QList<Measure> list;
    while (s.next()) {
        Measure m = readMeasure(s);
        m.chartSettings.splitDates = splits.value(m.id.value);
        m.chartSettings.exclusions = exclusions.value(m.id.value);
        list.append(m);
    }
    return list;
}

Result<MeasureKind> MeasureRepository::kindOf(MeasureId id) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT kind FROM measure WHERE id = :id")));
    s.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(s.exec());
    if (!s.next()) return detail::notFound(QStringLiteral("measure"), id.value);
    return s.code(0, MeasureKind::Value);
}

Status MeasureRepository::checkMeasurement(const Measurement& measurement, MeasureKind kind) const {
    MEDSAFE_TRY(
        detail::validated(MeasureValidator::validate(measurement, kind), QStringLiteral("measurement")));
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT id FROM measurement WHERE measure_id = :measure AND period = :period AND id <> :id")));
    s.bind(QStringLiteral(":measure"), measurement.measureId);
    s.bind(QStringLiteral(":period"), measurement.period);
    s.bind(QStringLiteral(":id"), measurement.id);
    MEDSAFE_TRY(s.exec());
    if (s.next()) {
        // Typically another PC saved this month since the sheet was read: a save conflict.
        return Error::saveConflict(
            QStringLiteral("measurement for %1 already exists").arg(measurement.period.toString(Qt::ISODate)),
            tr("There is already a value for this month. Change that value instead of adding a new one."));
    }
    return success();
}

Result<MeasurementId> MeasureRepository::addMeasurement(const Measurement& measurement) {
    auto ids = addMeasurements({measurement});
    if (!ids) return ids.error();
    return ids->constFirst();
}

Result<QList<MeasurementId>> MeasureRepository::addMeasurements(const QList<Measurement>& measurements) {
    Transaction tx(m_db);
    QHash<qint64, MeasureKind> kinds;
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(
        QStringLiteral("INSERT INTO measurement (measure_id, period, numerator, denominator, baseline, note,"
                       " updated_at) VALUES (:measure, :period, :num, :den, :base, :note, :updated)")));
    QList<MeasurementId> ids;
    for (const Measurement& m : measurements) {
        if (!kinds.contains(m.measureId.value)) {
            auto kind = kindOf(m.measureId);
            if (!kind) return kind.error();
            kinds.insert(m.measureId.value, *kind);
        }
        MEDSAFE_TRY(checkMeasurement(m, kinds.value(m.measureId.value)));
        bindMeasurement(s, m);
        MEDSAFE_TRY(s.exec());
        ids.append(MeasurementId{s.lastInsertId()});
    }
    MEDSAFE_TRY(tx.commit());
    return ids;
}

Status MeasureRepository::updateMeasurement(const Measurement& measurement) {
    Transaction tx(m_db);
    auto kind = kindOf(measurement.measureId);
    if (!kind) return kind.error();
    MEDSAFE_TRY(checkMeasurement(measurement, *kind));
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "UPDATE measurement SET measure_id = :measure, period = :period, numerator = :num,"
        " denominator = :den, baseline = :base, note = :note, updated_at = :updated,"
        " row_version = row_version + 1 WHERE id = :id%1").arg(detail::versionCondition(measurement.rowVersion.value))));
    bindMeasurement(s, measurement);
    s.bind(QStringLiteral(":id"), measurement.id);
    if (measurement.rowVersion.value > 0) s.bind(QStringLiteral(":version"), measurement.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("measurement"), measurement.id.value));
    return tx.commit();
}

Status MeasureRepository::removeMeasurement(MeasurementId id) {
    return detail::removeById(m_db, QStringLiteral("measurement"), id.value);
}

Result<QList<Measurement>> MeasureRepository::series(MeasureId id) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT %1 FROM measurement WHERE measure_id = :id ORDER BY period")
                              .arg(kMeasurementColumns)));
    s.bind(QStringLiteral(":id"), id);
    MEDSAFE_TRY(s.exec());
    QList<Measurement> list;
    while (s.next()) {
        list.append(Measurement{s.id<MeasurementId>(0), s.id<MeasureId>(1), s.date(2), s.real(3),
                                s.optReal(4), s.boolean(5), s.text(6), RowVersion{s.integer(7)}});
    }
    return list;
}

Result<std::optional<QDate>> MeasureRepository::latestMeasurementPeriod(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("SELECT MAX(m.period) FROM measurement m JOIN measure ms ON ms.id = m.measure_id"
                                         " WHERE ms.botilbud_id = :b AND ms.active = TRUE")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    if (!s.next() || s.isNull(0)) return std::optional<QDate>{};
    return std::optional<QDate>{s.date(0)};
}

} // namespace medsafe::storage

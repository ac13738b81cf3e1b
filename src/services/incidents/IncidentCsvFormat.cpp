#include "services/incidents/IncidentCsvFormat.h"

#include "domain/IncidentValidator.h"

#include <array>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

// Fixed Danish texts in the declared order of each enum (EnumCodeTable order).
constexpr std::array<const char*, 16> kHeaders{
    "Botilbud", "Dato", "Tidspunkt", "Indberetningsdato", "Procestrin", "Problemtype", "Faktisk konsekvens",
    "Mulig konsekvens", "Samlet alvorlighed", "Nåede borgeren", "Krævede lægekontakt", "NCC MERP",
    "Beskrivelse", "Umiddelbar handling", "Læring og opfølgning", "Status"};
constexpr std::array<const char*, 12> kStages{
    "Ordination", "Bestilling/recept", "Modtagelse/levering", "Medicinliste/FMK", "Dispensering",
    "Administration/udlevering", "Opbevaring", "Dokumentation", "Observation/monitorering",
    "Mærkning/emballering", "Overgange (hospital, ferie, orlov)", "Andet"};
constexpr std::array<const char*, 17> kErrorTypes{"Medicin ikke givet",
                                                  "Ikke taget/afvist",
                                                  "Forkert dosis (inkl. dobbeltdosis)",
                                                  "Forkert tidspunkt/hyppighed",
                                                  "Forkert borger",
                                                  "Forkert præparat",
                                                  "Forkert styrke/formulering",
                                                  "Forkert administrationsvej",
                                                  "Sidedosering glemt",
                                                  "Plaster ikke skiftet/fjernet",
                                                  "Ændret/seponeret ordination ikke fulgt",
                                                  "Mærkning",
                                                  "Opbevaring/udløbet",
                                                  "Manglende dokumentation",
                                                  "Medicin mangler",
                                                  "Kontraindikation/allergi",
                                                  "Andet"};
constexpr std::array<const char*, 4> kActual{"Ingen/ukendt", "Lettere", "Alvorlig", "Dødelig"};
constexpr std::array<const char*, 3> kPossible{"Ingen", "Lettere", "Alvorlig/dødelig"};
constexpr std::array<const char*, 5> kOverall{"Ingen konsekvens", "Lettere konsekvens",
                                              "Alvorlig patientsikkerhedsrisiko", "Alvorlig konsekvens",
                                              "Dødelig konsekvens"};
constexpr std::array<const char*, 3> kStatus{"Ny", "Analyseret", "Afsluttet"};

template <typename E, size_t N> QString textOf(E value, const std::array<const char*, N>& texts) {
    const auto values = allValues<E>();
    const qsizetype i = values.indexOf(value);
    return i >= 0 && i < qsizetype(N) ? QString::fromUtf8(texts[size_t(i)]) : QString();
}

// A value given as the Danish text or the storage code, ignoring case and outer spaces.
template <typename E, size_t N> std::optional<E> valueOf(const QString& raw, const std::array<const char*, N>& texts) {
    const QString s = raw.trimmed();
    const auto values = allValues<E>();
    for (qsizetype i = 0; i < values.size() && i < qsizetype(N); ++i) {
        if (s.compare(QString::fromUtf8(texts[size_t(i)]), Qt::CaseInsensitive) == 0) return values[i];
    }
    if (auto byCode = fromCode<E>(s.toLower())) return byCode;
    return std::nullopt;
}

QDate parseDate(const QString& raw) {
    const QString s = raw.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d-M-yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("d/M/yyyy"), QStringLiteral("d-M-yy"), QStringLiteral("d.M.yy")}) {
        QDate d = QDate::fromString(s, format);
        if (d.isValid()) {
            if (d.year() < 1950) d = d.addYears(100); // two-digit years are this century
            return d;
        }
    }
    return {};
}

std::optional<bool> parseBool(const QString& raw) {
    const QString s = raw.trimmed().toLower();
    if (s == u"ja" || s == u"j" || s == u"1" || s == u"true" || s == u"yes" || s == u"x") return true;
    if (s == u"nej" || s == u"n" || s == u"0" || s == u"false" || s == u"no" || s.isEmpty()) return false;
    return std::nullopt;
}

} // namespace

QString IncidentCsvFormat::header(Column column) {
    return QString::fromUtf8(kHeaders[size_t(column)]);
}

QStringList IncidentCsvFormat::headers() {
    QStringList list;
    for (int c = 0; c < ColumnCount; ++c)
        list << header(Column(c));
    return list;
}

bool IncidentCsvFormat::isRequired(Column column) {
    switch (column) {
    case OccurredDate:
    case Stage:
    case ErrorType:
    case ActualConsequence:
    case PossibleConsequence:
    case Description:
        return true;
    default:
        return false;
    }
}

QString IncidentCsvFormat::text(ProcessStage value) { return textOf(value, kStages); }
QString IncidentCsvFormat::text(domain::ErrorType value) { return textOf(value, kErrorTypes); }
QString IncidentCsvFormat::text(domain::ActualConsequence value) { return textOf(value, kActual); }
QString IncidentCsvFormat::text(domain::PossibleConsequence value) { return textOf(value, kPossible); }
QString IncidentCsvFormat::text(domain::OverallCategory value) { return textOf(value, kOverall); }
QString IncidentCsvFormat::text(IncidentStatus value) { return textOf(value, kStatus); }
QString IncidentCsvFormat::yesNo(bool value) { return value ? QStringLiteral("Ja") : QStringLiteral("Nej"); }

QStringList IncidentCsvFormat::toRecord(const Incident& i, const QString& botilbudName) {
    QStringList r;
    r << botilbudName << i.occurredDate.toString(Qt::ISODate)
      << (i.occurredTime.isValid() ? i.occurredTime.toString(QStringLiteral("HH:mm")) : QString())
      << (i.reportedDate.isValid() ? i.reportedDate.toString(Qt::ISODate) : QString()) << text(i.stage)
      << text(i.errorType) << text(i.actualConsequence) << text(i.possibleConsequence) << text(i.overallCategory())
      << yesNo(i.reachedCitizen) << yesNo(i.requiredDoctorContact) << (i.nccMerp ? toCode(*i.nccMerp) : QString())
      << i.description << i.immediateAction << i.learning << text(i.status);
    return r;
}

IncidentCsvFormat::HeaderMap IncidentCsvFormat::mapHeader(const QStringList& headerFields) {
    HeaderMap map;
    map.index.fill(-1);
    for (int c = 0; c < ColumnCount; ++c) {
        for (qsizetype i = 0; i < headerFields.size(); ++i) {
            if (headerFields[i].trimmed().compare(header(Column(c)), Qt::CaseInsensitive) == 0) {
                map.index[size_t(c)] = int(i);
                break;
            }
        }
        if (map.index[size_t(c)] < 0 && isRequired(Column(c)))
            map.errors << tr("The column \"%1\" is missing from the header line.").arg(header(Column(c)));
    }
    return map;
}

IncidentCsvRow IncidentCsvFormat::parse(const CsvRecord& record, const HeaderMap& map, BotilbudId botilbud,
                                        const QDate& today) {
    IncidentCsvRow row;
    row.line = record.line;
    auto cell = [&](Column c) {
        const int i = map.index[size_t(c)];
        return i >= 0 && i < record.fields.size() ? record.fields[i] : QString();
    };
    auto bad = [&](Column c, const QString& what) { row.errors << QStringLiteral("%1: %2").arg(header(c), what); };

    Incident inc;
    inc.botilbudId = botilbud;
    inc.occurredDate = parseDate(cell(OccurredDate));
    if (!inc.occurredDate.isValid())
        bad(OccurredDate, tr("\"%1\" is not a date. Write it as 2023-03-31 or 31-03-2023.").arg(cell(OccurredDate)));
    if (const QString t = cell(OccurredTime).trimmed(); !t.isEmpty()) {
        inc.occurredTime = QTime::fromString(t, QStringLiteral("H:mm"));
        if (!inc.occurredTime.isValid()) inc.occurredTime = QTime::fromString(t, QStringLiteral("H:mm:ss"));
        if (!inc.occurredTime.isValid()) inc.occurredTime = QTime::fromString(t, QStringLiteral("H.mm"));
        if (!inc.occurredTime.isValid())
            bad(OccurredTime, tr("\"%1\" is not a time. Write it as 08:30, or leave it empty.").arg(t));
    }
    if (const QString d = cell(ReportedDate).trimmed(); !d.isEmpty()) {
        inc.reportedDate = parseDate(d);
        if (!inc.reportedDate.isValid())
            bad(ReportedDate, tr("\"%1\" is not a date. Write it as 2023-03-31, or leave it empty.").arg(d));
    }
    auto unknown = [&](Column c, const QString& example) {
        bad(c, tr("\"%1\" is not a known value. Write for example \"%2\".").arg(cell(c), example));
    };
    if (auto v = valueOf<ProcessStage>(cell(Stage), kStages)) inc.stage = *v;
    else unknown(Stage, text(ProcessStage::Dispensing));
    if (auto v = valueOf<domain::ErrorType>(cell(ErrorType), kErrorTypes)) inc.errorType = *v;
    else unknown(ErrorType, text(domain::ErrorType::NotGiven));
    if (auto v = valueOf<domain::ActualConsequence>(cell(ActualConsequence), kActual)) inc.actualConsequence = *v;
    else unknown(ActualConsequence, text(domain::ActualConsequence::NoneOrUnknown));
    if (auto v = valueOf<domain::PossibleConsequence>(cell(PossibleConsequence), kPossible))
        inc.possibleConsequence = *v;
    else unknown(PossibleConsequence, text(domain::PossibleConsequence::Mild));
    if (const QString s = cell(Status).trimmed(); !s.isEmpty()) {
        if (auto v = valueOf<IncidentStatus>(s, kStatus)) inc.status = *v;
        else unknown(Status, text(IncidentStatus::New));
    }
    for (auto [column, target] : {std::pair{ReachedCitizen, &inc.reachedCitizen},
                                  std::pair{RequiredDoctorContact, &inc.requiredDoctorContact}}) {
        if (auto v = parseBool(cell(column))) *target = *v;
        else bad(column, tr("\"%1\" is not yes or no. Write \"Ja\" or \"Nej\".").arg(cell(column)));
    }
    if (const QString s = cell(NccMerp).trimmed(); !s.isEmpty()) {
        // "C" or a label that starts with the letter ("C: Nåede borgeren, ...").
        const bool letterOnly = s.size() == 1 || (s.size() > 1 && s.at(1) == u':');
        if (auto v = letterOnly ? fromCode<NccMerpCategory>(s.left(1).toUpper()) : std::nullopt) inc.nccMerp = *v;
        else bad(NccMerp, tr("\"%1\" is not an NCC MERP category. Write a letter from A to I, or leave it empty.").arg(s));
    }
    // Excel keeps line breaks inside cells as LF or CRLF; store them as LF.
    auto freeText = [&](Column c) { return cell(c).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed(); };
    inc.description = freeText(Description);
    inc.immediateAction = freeText(ImmediateAction);
    inc.learning = freeText(Learning);
    if (const QString s = cell(OverallCategory).trimmed(); !s.isEmpty() && row.errors.isEmpty()) {
        // The overall category is derived; a file that disagrees has been edited by hand.
        if (valueOf<domain::OverallCategory>(s, kOverall) != inc.overallCategory())
            bad(OverallCategory, tr("\"%1\" does not follow from the actual and possible consequence (it should be "
                                    "\"%2\"). Correct the consequences or clear this cell.")
                                     .arg(s, text(inc.overallCategory())));
    }
    if (inc.occurredDate.isValid()) {
        static const QHash<QString, Column> kFieldColumns{{QStringLiteral("occurredDate"), OccurredDate},
                                                          {QStringLiteral("reportedDate"), ReportedDate},
                                                          {QStringLiteral("description"), Description},
                                                          {QStringLiteral("immediateAction"), ImmediateAction},
                                                          {QStringLiteral("learning"), Learning},
                                                          {QStringLiteral("nccMerp"), NccMerp}};
        for (const ValidationIssue& issue : IncidentValidator::validate(inc, today)) {
            if (issue.field == u"botilbudId") continue; // the importer names the botilbud
            bad(kFieldColumns.value(issue.field, Description), issue.message);
        }
    }
    if (row.errors.isEmpty()) row.incident = inc;
    return row;
}

} // namespace medsafe::services

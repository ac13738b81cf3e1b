#include "domain/DefaultMeasures.h"

namespace medsafe::domain {

namespace {

Measure derived(QString name, MeasureKind kind, Direction direction, ChartType chart, IncidentFilter filter) {
    Measure m;
    m.name = std::move(name);
    m.kind = kind;
    m.type = MeasureType::Outcome;
    m.direction = direction;
    m.defaultChart = chart;
    m.derivedFromIncidents = true;
    m.incidentFilter = filter;
    return m;
}

Measure proportion(QString name, QString definition, QString numerator, QString denominator) {
    Measure m;
    m.name = std::move(name);
    m.kind = MeasureKind::Proportion;
    m.type = MeasureType::Process;
    m.direction = Direction::HigherIsBetter;
    m.defaultChart = ChartType::Run;
    m.operationalDefinition = std::move(definition);
    m.numeratorDefinition = std::move(numerator);
    m.denominatorDefinition = std::move(denominator);
    return m;
}

} // namespace

QList<Measure> DefaultMeasures::forNewBotilbud() {
    QList<Measure> measures;

    IncidentFilter doctorContact;
    doctorContact.requiredDoctorContactOnly = true;
    Measure m = derived(QStringLiteral("Dage mellem medicinfejl der krævede lægekontakt"),
                        MeasureKind::DaysBetween, Direction::HigherIsBetter, ChartType::T, doctorContact);
    m.operationalDefinition = QStringLiteral(
        "Antal dage fra én medicinfejl, der krævede kontakt til læge, til den næste. Beregnes af de "
        "utilsigtede hændelser markeret \"krævede lægekontakt\", efter hændelsesdato.");
    m.numeratorDefinition = QStringLiteral("Dage mellem to på hinanden følgende hændelser med lægekontakt");
    measures << m;

    m = derived(QStringLiteral("Dage mellem medicinfejl"), MeasureKind::DaysBetween,
                Direction::HigherIsBetter, ChartType::T, IncidentFilter{});
    m.operationalDefinition = QStringLiteral(
        "Antal dage fra én medicinfejl til den næste. Beregnes af alle registrerede utilsigtede "
        "hændelser med medicin, efter hændelsesdato.");
    m.numeratorDefinition = QStringLiteral("Dage mellem to på hinanden følgende medicinfejl");
    measures << m;

    m = derived(QStringLiteral("Antal medicinfejl"), MeasureKind::Count, Direction::LowerIsBetter,
                ChartType::Run, IncidentFilter{});
    m.operationalDefinition =
        QStringLiteral("Antal registrerede utilsigtede hændelser med medicin i måneden, efter hændelsesdato. "
                       "Vises som seriediagram, senere som C-diagram.");
    m.numeratorDefinition = QStringLiteral("Utilsigtede hændelser med medicin i måneden");
    measures << m;

    IncidentFilter notGiven;
    notGiven.errorType = ErrorType::NotGiven;
    m = derived(QStringLiteral("Antal \"medicin ikke givet\""), MeasureKind::Count, Direction::LowerIsBetter,
                ChartType::Run, notGiven);
    m.operationalDefinition =
        QStringLiteral("Antal utilsigtede hændelser i måneden med problemtypen \"medicin ikke givet\", efter "
                       "hændelsesdato. Vises som seriediagram, senere som C-diagram.");
    m.numeratorDefinition = QStringLiteral("Hændelser af typen \"medicin ikke givet\" i måneden");
    measures << m;

    m = derived(QStringLiteral("Medicinfejl pr. 1.000 beboerdøgn"), MeasureKind::Rate,
                Direction::LowerIsBetter, ChartType::Run, IncidentFilter{});
    m.rateMultiplier = 1000.0;
    m.operationalDefinition = QStringLiteral(
        "Antal medicinfejl i måneden divideret med antal beboerdøgn i måneden, gange 1.000. "
        "Beboerdøgn = antal beboere hver dag lagt sammen over måneden. Vises som seriediagram, "
        "senere som U-diagram.");
    m.numeratorDefinition = QStringLiteral("Utilsigtede hændelser med medicin i måneden");
    m.denominatorDefinition = QStringLiteral("Beboerdøgn i måneden");
    measures << m;

    measures << proportion(
        QStringLiteral("Andel korrekt dispenserede doseringsæsker"),
        QStringLiteral("Ugentlig stikprøve af doseringsæsker, lagt sammen pr. måned. En æske er korrekt, når "
                       "indholdet svarer til medicinlisten uden afvigelser. Vises som seriediagram, senere "
                       "som P-diagram."),
        QStringLiteral("Kontrollerede æsker uden afvigelse"), QStringLiteral("Kontrollerede æsker"));
    measures << proportion(
        QStringLiteral("Andel korrekt dokumenterede administrationer"),
        QStringLiteral("Stikprøve af givne doser i måneden. En administration er korrekt dokumenteret, når "
                       "den er kvitteret med tidspunkt og initialer som foreskrevet."),
        QStringLiteral("Korrekt dokumenterede doser"), QStringLiteral("Kontrollerede doser"));
    measures << proportion(
        QStringLiteral("Andel borgere med afstemt medicinliste"),
        QStringLiteral(
            "Ved månedens udgang: borgere, hvor FMK, den lokale medicinliste og medicinbeholdningen "
            "stemmer overens, ud af alle borgere, der får medicin."),
        QStringLiteral("Borgere med afstemt FMK, lokal liste og beholdning"),
        QStringLiteral("Borgere i medicinsk behandling"));
    measures << proportion(
        QStringLiteral("Andel medicinhåndterende medarbejdere med dokumenteret oplæring"),
        QStringLiteral("Ved månedens udgang: medarbejdere, der håndterer medicin og har dokumenteret, gyldig "
                       "oplæring, ud af alle medarbejdere, der håndterer medicin."),
        QStringLiteral("Medarbejdere med dokumenteret oplæring"),
        QStringLiteral("Medarbejdere, der håndterer medicin"));

    for (qsizetype i = 0; i < measures.size(); ++i)
        measures[i].sortOrder = static_cast<int>(i + 1);
    return measures;
}

} // namespace medsafe::domain

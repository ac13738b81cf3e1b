#include "app/ViewCatalog.h"

namespace medsafe::app {

QString ViewCatalog::title(ViewId view) {
    switch (view) {
    case ViewId::Overview:
        return tr("Overview");
    case ViewId::Improvement:
        return tr("Improvement work");
    case ViewId::Pdsa:
        return tr("PDSA");
    case ViewId::Measurements:
        return tr("Measurements");
    case ViewId::RunCharts:
        return tr("Run charts");
    case ViewId::Incidents:
        return tr("Incidents");
    case ViewId::Programme:
        return tr("Programme and competences");
    case ViewId::MonthlyReport:
        return tr("Monthly report");
    case ViewId::History:
        return tr("History");
    case ViewId::Pharmacy:
        return tr("Pharmacy");
    case ViewId::Startup:
        return tr("Start-up");
    case ViewId::Sustain:
        return tr("Sustain and spread");
    }
    return {};
}

QString ViewCatalog::description(ViewId view) {
    switch (view) {
    case ViewId::Overview:
        return tr("The botilbud, the programme phase, the start-up checklist and days since the last "
                  "medication error.");
    case ViewId::Improvement:
        return tr("The aim with the three questions of the Model for Improvement, the driver diagram "
                  "and the measures with their operational definitions.");
    case ViewId::Pdsa:
        return tr("PDSA cycles grouped by change idea, with ramps, walked through Plan, Do, Study and Act.");
    case ViewId::Measurements:
        return tr("Monthly measurements for every measure, with baseline marking.");
    case ViewId::RunCharts:
        return tr("Run charts and control charts with median, signals and the changes tested.");
    case ViewId::Incidents:
        return tr("Medication-error incidents: registration, safety calendar, list and learning.");
    case ViewId::Programme:
        return tr("Learning sessions, PS! visits, pharmacy teaching, the competence survey and the "
                  "training log.");
    case ViewId::MonthlyReport:
        return tr("The monthly report to PS! and the consultant's feedback.");
    case ViewId::History:
        return tr("Who changed what and when: every change, kept in a chain that shows if it was altered.");
    case ViewId::Pharmacy:
        return tr("The pharmacy agreement, quality-assurance visits with findings and follow-up, questions to the "
                  "pharmacy and refresher training.");
    case ViewId::Startup:
        return tr("Phase 1: the workflow analysis of the medication process, the review of the local "
                  "guidelines and the register of delegated rights.");
    case ViewId::Sustain:
        return tr("Phase 3: adopted changes with frozen control limits and their sustain plans, and change "
                  "packages to and from other botilbud.");
    }
    return {};
}

QIcon ViewCatalog::icon(ViewId view) {
    static const char* const kFiles[] = {"overview",  "improvement", "pdsa",   "measurements", "runcharts",
                                         "incidents", "programme",   "report", "history",      "pharmacy",
                                         "startup",   "sustain"};
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(kFiles[static_cast<int>(view)])));
}

} // namespace medsafe::app

#include "demo/DemoReportBuilder.h"

#include <algorithm>

namespace medsafe::demo {

using namespace medsafe::domain;

namespace {

const char* const kWentWellEarly[] = {
    "Arbejdsgruppen mødes fast hver uge, og medarbejderne tager godt imod de små test.",
    "Vi er kommet i gang med at tælle på stikprøverne, og tallene bliver lagt ind hver uge.",
    "Tavlemødet om hændelser giver gode drøftelser blandt medarbejderne.",
};
const char* const kWentWellLate[] = {
    "Forandringerne er blevet hverdag; nye medarbejdere lærer dem ved introduktionen.",
    "Seriediagrammerne viser, at forbedringen holder. Medarbejderne er stolte af sikkerhedskalenderen.",
    "Vikarerne følger nu også den faste medicinrunde.",
};
const char* const kBarriers[] = {
    "Sygdom i personalegruppen har gjort det svært at holde de faste tidspunkter.",
    "Mange vikarer i ferieperioden; de kender ikke de nye arbejdsgange.",
    "Adgangen til FMK driller stadig på aftenvagten.",
    "Travlhed ved frokosten gør det svært at skærme medicinrunden.",
    "Ingen særlige barrierer denne måned.",
};
const char* const kSupport[] = {
    "Hjælp til at læse seriediagrammet for dage mellem medicinfejl.",
    "Sparring om hvordan vi spreder dobbeltkontrollen til weekendvagten.",
    "Gode eksempler fra andre botilbud på tjeklister ved overgange.",
    "Ingen behov for støtte lige nu.",
};
const char* const kFeedback[] = {
    "Flot arbejde med rampen – I tester småt og lærer hurtigt. Husk at skrive forudsigelsen, før I går i gang.",
    "Jeres seriediagram viser nu en lang serie under baselinemedianen. Det er et tegn på reel forbedring.",
    "God idé at forkaste det, der ikke virker. Overvej at dele erfaringen på næste læringstræf.",
    "I er godt på vej. Overvej hvordan I holder fast i forandringerne, når tovholderen har ferie.",
    "Fint at I følger op på hændelserne med lægekontakt. Brug storyboardet til at vise udviklingen.",
};

} // namespace

void DemoReportBuilder::build(DemoContext& context, DemoBotilbud& target)
{
    DemoRandom& random = context.random;
    const DemoTimeline& timeline = context.timeline;
    const int first = DemoTimeline::kBaselineMonths;
    const int last = timeline.months() - 1;
    for (int m = first; m <= last; ++m) {
        const QDate month = timeline.month(m);
        const QDate monthEnd = timeline.monthEnd(m);
        MonthlyReport report;
        report.id = context.ids.next<MonthlyReportId>();
        report.botilbudId = target.botilbud.id;
        report.month = month;

        QStringList cycles;
        for (const PdsaCycle& cycle : target.pdsaCycles) {
            if (cycle.startDate <= monthEnd && cycle.endDate >= month)
                cycles << QStringLiteral("PDSA-cirkel %1 (%2)").arg(cycle.number).arg(cycle.title);
        }
        const double adoption = timeline.adoption(m);
        QString wentWell = QString::fromUtf8(adoption < 0.8 ? kWentWellEarly[random.between(0, 2)]
                                                            : kWentWellLate[random.between(0, 2)]);
        if (!cycles.isEmpty())
            wentWell += QStringLiteral(" Denne måned: %1.").arg(cycles.join(QStringLiteral(", ")));
        report.wentWell = wentWell;
        report.barriers = QString::fromUtf8(kBarriers[random.between(0, 4)]);
        report.supportNeeded = QString::fromUtf8(kSupport[random.between(0, 3)]);
        report.planNextMonth = m + 1 < timeline.months() && adoption < 1.0
            ? QStringLiteral("Fortsætte rampen og teste i større skala; måle hver uge.")
            : QStringLiteral("Holde fast i de implementerede forandringer og følge seriediagrammerne.");
        report.selfScore = std::clamp(2 + static_cast<int>(adoption * 2 + 0.5) + (m >= 15 ? 1 : 0)
                                          - (random.chance(0.15) ? 1 : 0),
                                      MonthlyReport::kMinScore, MonthlyReport::kMaxScore);

        if (m == last) {
            report.status = ReportStatus::Draft;
        } else {
            report.sentDate = month.addMonths(1).addDays(random.between(2, 6));
            if (m == last - 1) {
                report.status = ReportStatus::Sent;
            } else {
                report.status = ReportStatus::FeedbackReceived;
                report.feedbackDate = report.sentDate.addDays(random.between(5, 12));
                report.consultantFeedback = QString::fromUtf8(kFeedback[random.between(0, 4)]);
            }
        }
        target.reports << report;
    }
}

} // namespace medsafe::demo

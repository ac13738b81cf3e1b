#pragma once

#include "analysis/BernoulliCusum.h"
#include "domain/Incident.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace medsafe::services {

// Serious medication errors are too rare for a monthly run chart: most months count 0 or 1.
// A Bernoulli CUSUM reads them case by case instead: every registered incident is a case, and
// its outcome is 1 when it was serious by DPSD's overall category (a serious patient-safety
// risk, a severe or a fatal consequence), else 0. The upper CUSUM signals when serious cases
// come more often than the expected share (odds doubled), the lower when they come less often.
struct SeriousIncidentCusum {
    Q_DECLARE_TR_FUNCTIONS(SeriousIncidentCusum)

public:
    // How the expected share p0 was found (shown under the chart, so a reader knows what the
    // curve is measured against).
    enum class Baseline {
        Phase1,      // the incidents up to the end of phase 1 (the baseline period)
        FirstCases,  // the first kFirstCases incidents
        AllCases,    // every incident (too few, or none serious, in the first ones)
    };

    static constexpr int kMinimumBaseline = 10;
    static constexpr int kFirstCases = 30;

    QList<QDate> dates;       // the date of each case, in the order analysed
    analysis::BernoulliCusumResult result;
    Baseline baseline = Baseline::AllCases;
    int baselineCases = 0;
    int seriousCases = 0;

    static bool isSerious(const domain::Incident& incident);

    // The CUSUM of the incidents in time order (date, then time; unknown times first). The
    // expected share comes from phase 1 when `phase1End` leaves at least kMinimumBaseline cases
    // with both kinds of outcome, else from the first kFirstCases, else from all. Refused with a
    // sentence for the reader when there are no incidents, or none (or only) serious ones.
    static std::variant<SeriousIncidentCusum, QString> analyze(const QList<domain::Incident>& incidents,
                                                               const std::optional<QDate>& phase1End);

    // "Expected share of serious incidents: 12 % (the 25 incidents of phase 1)".
    QString baselineSentence() const;
};

} // namespace medsafe::services

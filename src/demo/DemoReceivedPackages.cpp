#include "demo/DemoReceivedPackages.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoSpreadBuilder.h"
#include "demo/DemoWriter.h"
#include "domain/MonthlyReport.h"
#include "services/consultant/ConsultantOverviewService.h"
#include "services/packages/PackageImporter.h"
#include "services/packages/PackageTrust.h"
#include "services/packages/ReportPackageWriter.h"
#include "services/report/ReportContentCollector.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/MonthlyReportRepository.h"

#include <QSet>

namespace medsafe::demo {

namespace {
// The botilbud's side: the month's report as it leaves the botilbud, as package bytes signed
// with the (in-memory) home database's own key.
Result<QByteArray> packageOf(storage::Database& home, const domain::Botilbud& botilbud, const domain::MonthlyReport& report) {
    auto content = services::ReportContentCollector(home).collectForSharing(botilbud.id, report.month);
    if (!content) return content.error();
    auto key = services::PackageTrust(home).ownKeyPair();
    if (!key) return key.error();
    return services::ReportPackageWriter::write(content.value(), key.value(),
                                                report.sentDate.isValid() ? report.sentDate : report.month);
}

// The consultant trusts the demo botilbud's key the way a person does with `trust` (the
// fingerprint check by phone is the one step a demo cannot show).
Status trustSender(storage::Database& target, const QByteArray& bytes) {
    const services::PackageTrust trust(target);
    auto candidate = trust.inspect(bytes);
    if (!candidate) return candidate.error();
    return trust.trust(candidate.value());
}

// The consultant's side: the feedback PS! gave at home is written again on the received copy.
Status giveFeedback(storage::Database& target, const domain::Botilbud& home, const domain::MonthlyReport& report) {
    auto received = storage::BotilbudRepository(target).byPackageKey(home.packageKey);
    if (!received) return received.error();
    if (!received.value()) return Error::technical(QStringLiteral("received botilbud missing after import"));
    const services::ConsultantOverviewService consultant(target);
    auto withFeedback = consultant.withFeedback(*received.value(), report.month, report.consultantFeedback,
                                                report.feedbackDate.isValid() ? report.feedbackDate : report.month.addMonths(1));
    if (!withFeedback) return withFeedback.error();
    auto stored = consultant.store(withFeedback.value());
    if (!stored) return stored.error();
    return success();
}
} // namespace

Status DemoReceivedPackages::add(storage::Database& target, int count, int months, std::uint64_t seed,
                                 const QDate& asOf) {
    auto existing = storage::BotilbudRepository(target).all();
    if (!existing) return existing.error();
    QSet<QString> taken;
    for (const domain::Botilbud& b : existing.value())
        taken.insert(b.name);

    DemoOptions options;
    options.seed = seed;
    options.asOf = asOf;
    options.botilbudCount = count + 1; // one spare in case a name is already taken
    auto home = storage::Database::openInMemory();
    if (!home) return home.error();
    const Status written = DemoWriter::write(DemoGenerator(options).generate(), **home);
    if (!written) return written;
    auto homes = storage::BotilbudRepository(**home).all();
    if (!homes) return homes.error();

    const services::PackageImporter importer(target);
    int added = 0;
    for (const domain::Botilbud& botilbud : homes.value()) {
        if (added == count) break;
        if (taken.contains(botilbud.name)) continue;
        // Spreading: shared spread keys and a mix of how far each botilbud has come (issue 16).
        if (const Status varied = DemoSpreadBuilder::varyHome(**home, botilbud.id, added); !varied) return varied;
        ++added;
        auto reports = storage::MonthlyReportRepository(**home).forBotilbud(botilbud.id); // newest first
        if (!reports) return reports.error();
        for (auto it = reports->crbegin(); it != reports->crend(); ++it) {
            const auto newest = reports->size() - (it - reports->crbegin());
            if (it->status == domain::ReportStatus::Draft || newest > months) continue;
            auto bytes = packageOf(**home, botilbud, *it);
            if (!bytes) return bytes.error();
            if (const Status trusted = trustSender(target, bytes.value()); !trusted) return trusted;
            auto imported = importer.importBytes(bytes.value());
            if (!imported) return imported.error();
            if (it->status == domain::ReportStatus::FeedbackReceived && !it->consultantFeedback.isEmpty()) {
                const Status fed = giveFeedback(target, botilbud, *it);
                if (!fed) return fed;
            }
        }
    }
    // The tovholder's own botilbud received a change package from another kommune (Spredning tab).
    if (const Status changed = DemoSpreadBuilder::addReceivedChangeToLocal(target, asOf); !changed) return changed;
    // The spread plan agreed with PS! for two changes, shown in the spread matrix.
    return DemoSpreadBuilder::addSpreadPlan(target, asOf);
}

} // namespace medsafe::demo

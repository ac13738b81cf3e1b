#include "services/consultant/ConsultantOverviewService.h"

#include "services/access/AccessPolicy.h"
#include "services/packages/ReportPackageReader.h"
#include "services/report/ReportContentCollector.h"
#include "storage/BotilbudRepository.h"
#include "storage/MonthlyReportRepository.h"
#include "storage/ReceivedPackageRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace medsafe::services {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(ConsultantOverviewService)
};

QDate firstOfMonth(const QDate& d) {
    return QDate(d.year(), d.month(), 1);
}

// Where a report stands: feedback beats sent, a stored row beats a bare package.
ConsultantCell cellOf(const domain::MonthlyReport& report) {
    ConsultantCell cell;
    cell.month = report.month;
    cell.status = report.status;
    cell.date = report.status == domain::ReportStatus::FeedbackReceived ? report.feedbackDate
                : report.status == domain::ReportStatus::Sent           ? report.sentDate
                                                                        : QDate();
    return cell;
}

} // namespace

ConsultantOverviewService::ConsultantOverviewService(storage::Database& db) : m_db(db) {}

Result<ConsultantGrid> ConsultantOverviewService::grid(const QDate& today) const {
    auto botilbud = storage::BotilbudRepository(m_db).all();
    if (!botilbud) return botilbud.error();
    auto received = storage::ReceivedPackageRepository(m_db).allMonths();
    if (!received) return received.error();
    QHash<qint64, QList<domain::ReceivedPackageMonth>> packagesOf;
    for (const domain::ReceivedPackageMonth& p : received.value())
        packagesOf[p.botilbudId.value].append(p);

    storage::MonthlyReportRepository reports(m_db);
    ConsultantGrid grid;
    QList<QHash<QDate, ConsultantCell>> byMonth;
    QDate latest;
    for (const domain::Botilbud& b : botilbud.value()) {
        auto stored = reports.forBotilbud(b.id);
        if (!stored) return stored.error();
        QHash<QDate, ConsultantCell> cells;
        for (const domain::MonthlyReport& r : stored.value())
            cells.insert(r.month, cellOf(r));
        for (const domain::ReceivedPackageMonth& p : packagesOf.value(b.id.value)) {
            auto it = cells.find(p.month);
            if (it == cells.end()) {
                ConsultantCell cell;
                cell.month = p.month;
                cell.status = domain::ReportStatus::Sent; // a package is a report sent to PS!
                cell.date = p.receivedOn.toLocalTime().date();
                it = cells.insert(p.month, cell);
            }
            it->fromPackage = true;
        }
        ConsultantRow row;
        row.botilbud = b;
        row.reportCount = static_cast<int>(cells.size());
        for (const QDate& m : cells.keys())
            if (!row.latestMonth.isValid() || m > row.latestMonth) row.latestMonth = m;
        if (row.latestMonth.isValid() && (!latest.isValid() || row.latestMonth > latest))
            latest = row.latestMonth;
        grid.rows.append(row);
        byMonth.append(cells);
    }

    const QDate last =
        latest.isValid() ? latest : firstOfMonth(today.isValid() ? today : QDate::currentDate());
    for (int i = kGridMonths - 1; i >= 0; --i)
        grid.months.append(last.addMonths(-i));
    for (qsizetype r = 0; r < grid.rows.size(); ++r) {
        for (const QDate& m : grid.months) {
            ConsultantCell cell = byMonth[r].value(m);
            cell.month = m;
            grid.rows[r].cells.append(cell);
        }
    }
    std::stable_sort(grid.rows.begin(), grid.rows.end(), [](const ConsultantRow& a, const ConsultantRow& b) {
        return QString::localeAwareCompare(a.botilbud.name, b.botilbud.name) < 0;
    });
    return grid;
}

Result<std::optional<MonthlyReportContent>>
ConsultantOverviewService::packageContent(domain::BotilbudId botilbud, const QDate& month) const {
    auto package = storage::ReceivedPackageRepository(m_db).forMonth(botilbud, month);
    if (!package) return package.error();
    if (!package->has_value()) return std::optional<MonthlyReportContent>{};
    auto read = ReportPackageReader::read(package->value().payload, SignaturePolicy::StoredCopy);
    if (!read) return read.error();
    MonthlyReportContent content = std::move(read->content);
    content.botilbud.id = botilbud;
    content.report.botilbudId = botilbud;
    content.report.id = {};
    return std::optional<MonthlyReportContent>(std::move(content));
}

Result<MonthlyReportContent> ConsultantOverviewService::content(const domain::Botilbud& botilbud,
                                                                const QDate& month) const {
    if (botilbud.origin == domain::BotilbudOrigin::Local)
        return ReportContentCollector(m_db).collectForSharing(botilbud.id, month);

    auto fromPackage = packageContent(botilbud.id, month);
    if (!fromPackage) return fromPackage.error();
    MonthlyReportContent content;
    if (fromPackage->has_value()) {
        content = std::move(fromPackage->value());
    } else {
        content.botilbud = botilbud;
        content.month = month;
        content.report.botilbudId = botilbud.id;
        content.report.month = month;
    }
    // The feedback written here lives on this database's row, not in the package.
    auto stored = storage::MonthlyReportRepository(m_db).forMonth(botilbud.id, month);
    if (!stored) return stored.error();
    if (stored->has_value()) {
        const domain::MonthlyReport& row = stored->value();
        content.report.id = row.id;
        content.report.status = row.status;
        content.report.consultantFeedback = row.consultantFeedback;
        content.report.feedbackDate = row.feedbackDate;
        if (!content.report.sentDate.isValid()) content.report.sentDate = row.sentDate;
    }
    return content;
}

Result<domain::MonthlyReport> ConsultantOverviewService::withFeedback(const domain::Botilbud& botilbud,
                                                                      const QDate& month,
                                                                      const QString& feedback,
                                                                      const QDate& today) const {
    const QDate day = today.isValid() ? today : QDate::currentDate();
    auto stored = storage::MonthlyReportRepository(m_db).forMonth(botilbud.id, month);
    if (!stored) return stored.error();
    domain::MonthlyReport report;
    if (stored->has_value()) {
        report = stored->value();
    } else if (botilbud.origin == domain::BotilbudOrigin::Package) {
        // First feedback on a received package: keep the team's narrative beside it.
        auto fromPackage = packageContent(botilbud.id, month);
        if (!fromPackage) return fromPackage.error();
        if (!fromPackage->has_value())
            return Error::forUser(QStringLiteral("no report to give feedback on"),
                                  Texts::tr("There is no report from %1 for this month.").arg(botilbud.name));
        report = fromPackage->value().report;
        report.id = {};
        report.botilbudId = botilbud.id;
        report.month = month;
        if (!report.sentDate.isValid()) {
            auto package = storage::ReceivedPackageRepository(m_db).forMonth(botilbud.id, month);
            if (package && package->has_value())
                report.sentDate = package->value().receivedOn.toLocalTime().date();
        }
    } else {
        return Error::forUser(QStringLiteral("no report to give feedback on"),
                              Texts::tr("There is no report from %1 for this month.").arg(botilbud.name));
    }
    if (report.status == domain::ReportStatus::Draft && botilbud.origin == domain::BotilbudOrigin::Local)
        return Error::forUser(
            QStringLiteral("feedback on a draft"),
            Texts::tr("The report is still a draft: feedback can be written once it is sent."));
    if (!report.sentDate.isValid()) report.sentDate = day;
    report.consultantFeedback = feedback.trimmed();
    report.status = domain::ReportStatus::FeedbackReceived;
    report.feedbackDate = std::max(day, report.sentDate);
    return report;
}

Result<domain::MonthlyReport> ConsultantOverviewService::store(domain::MonthlyReport report) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::WriteFeedback); !allowed)
        return allowed.error();
    storage::MonthlyReportRepository repository(m_db);
    if (report.id.isValid()) {
        auto done = repository.update(report);
        if (!done) return done.error();
        return report;
    }
    auto id = repository.add(report);
    if (!id) return id.error();
    report.id = *id;
    return report;
}

Result<QDate> ConsultantOverviewService::defaultMonth(const domain::Botilbud& botilbud) const {
    if (botilbud.origin == domain::BotilbudOrigin::Local)
        return ReportContentCollector(m_db).defaultMonth(botilbud.id);
    auto months = storage::ReceivedPackageRepository(m_db).monthsOf(botilbud.id);
    if (!months) return months.error();
    if (months->isEmpty())
        return Error::technical(QStringLiteral("no package received from '%1'").arg(botilbud.name));
    return months->last();
}

Result<QList<MeasureChart>> ConsultantOverviewService::latestCharts(const domain::Botilbud& botilbud) const {
    if (botilbud.origin == domain::BotilbudOrigin::Local) {
        auto data = DashboardService(m_db).load(botilbud.id);
        if (!data) return data.error();
        return data->charts;
    }
    auto month = defaultMonth(botilbud);
    if (!month) return QList<MeasureChart>{}; // nothing received yet
    auto content = packageContent(botilbud.id, month.value());
    if (!content) return content.error();
    return content->has_value() ? content->value().charts : QList<MeasureChart>{};
}

} // namespace medsafe::services

#pragma once

#include "services/report/MonthlyReportContent.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

namespace medsafe::services {

struct SigningKeyPair;

// Writes a monthly report's content as a data package (docs/package-format.md). The content
// must already be prepared for sharing (ReportAnonymiser); as a last guard the writer still
// shows any count of 1-4 as "<5", and it writes only the fields the format lists — no people,
// no incident texts, no PDSA Do notes, no checklist or event notes; of the pharmacy's work only
// counts, the pharmacy's name and the checklist items' wording. Stateless; any thread.
class ReportPackageWriter {
public:
    // Signed with `key` (the sending database's own key pair). `createdOn` defaults to the
    // content's generatedOn, or today.
    static QByteArray write(const MonthlyReportContent& content, const SigningKeyPair& key,
                            const QDate& createdOn = {});
    static QJsonObject contentJson(const MonthlyReportContent& content);
    static QJsonObject botilbudJson(const MonthlyReportContent& content);
};

} // namespace medsafe::services

#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"
#include "services/access/AccessAction.h"
#include "storage/SessionIdentity.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Whether a person may do something, and if not, why (translated, for a refusal and for the
// tooltip of a disabled control). The one table of the programme's roles:
// - staff register incidents;
// - the working group (and the tovholder) enter measurements, PDSA cycles, the improvement
//   plan, competences, follow up incidents and draft the monthly report;
// - the tovholder also manages the programme, people, accounts and imports;
// - the leader approves and sends the monthly report (and registers incidents);
// - the PS! consultant receives packages and writes feedback, for any botilbud, nothing else;
// - the pharmacy's contact reads.
// Everyone but the consultant acts only on their own botilbud. Nobody signed in (the CLI on a
// file, the server's owner) may do everything.
class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    struct Decision {
        bool allowed = true;
        QString reason; // empty when allowed
    };

    // `botilbud` is the botilbud the data belongs to (0: the action's own check is by role only).
    static Decision decide(const storage::SessionIdentity& who, AccessAction action,
                           domain::BotilbudId botilbud = {});
    // decide() for the person signed in on `db`, as an error for the services to return.
    static Status require(const storage::Database& db, AccessAction action, domain::BotilbudId botilbud = {});
    // The roles that may, for messages: "tovholderen eller arbejdsgruppen".
    static QString whoMay(AccessAction action);
};

} // namespace medsafe::services

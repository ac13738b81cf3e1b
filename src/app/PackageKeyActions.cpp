#include "app/PackageKeyActions.h"

#include "app/DialogService.h"
#include "logging/Logging.h"
#include "services/packages/PackageTrust.h"
#include "services/workspace/Workspace.h"

#include <QLocale>

namespace medsafe::app {

PackageKeyActions::PackageKeyActions(services::Workspace& workspace, DialogService& dialogs)
    : m_workspace(workspace), m_dialogs(dialogs) {}

void PackageKeyActions::showKeys(QWidget* parent) {
    const services::PackageTrust trust = m_workspace.packageTrust();
    // Made on first use, like the first package export would: reading it out needs one.
    const auto own = trust.ownFingerprint();
    const auto trusted = trust.trustedKeys();
    if (!own || !trusted) {
        const Error& error = own ? trusted.error() : own.error();
        logging::get("app")->warn("package keys: {}", error.message.toStdString());
        m_dialogs.warning(parent, tr("Data package keys"), tr("The keys could not be read:\n%1").arg(error.display()));
        return;
    }
    QString text = tr("This database signs its data packages with the key whose fingerprint is:\n\n    %1\n\n"
                      "When the receiver of your packages trusts them for the first time, read this fingerprint out "
                      "to them on the phone.")
                       .arg(*own);
    text += QStringLiteral("\n\n");
    if (trusted->isEmpty()) {
        text += tr("This database trusts no one's packages yet. The first package from a sender asks you to compare "
                   "its fingerprint.");
    } else {
        text += tr("Packages are trusted from:");
        const QLocale locale;
        for (const services::TrustedKey& key : *trusted)
            text += QStringLiteral("\n  • ") + tr("%1: %2 (since %3)")
                                                   .arg(key.partyName, key.fingerprint,
                                                        locale.toString(key.addedOn, QLocale::ShortFormat));
    }
    m_dialogs.information(parent, tr("Data package keys"), text);
}

} // namespace medsafe::app

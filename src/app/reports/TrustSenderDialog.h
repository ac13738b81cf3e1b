#pragma once

#include "services/packages/PackageTrust.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace medsafe::app {

// "Trust the sender of this data package?": shown before a package signed by an unknown key is
// imported. The person calls the sender, who reads out the fingerprint Medicinsikker shows them
// (Filer › Nøgler til datapakker…), and types what they hear; the trust button is enabled only
// when it matches, so trusting is never a click on OK without comparing. A replaced key (a
// sender who moved to a new database) is said plainly as a warning.
class TrustSenderDialog : public QDialog {
    Q_OBJECT

public:
    TrustSenderDialog(const services::TrustCandidate& candidate, QWidget* parent = nullptr);

    // Typed and shown fingerprints are the same key: letters and digits compared, case, spaces
    // and dashes ignored (people read them out in groups).
    static bool fingerprintsMatch(const QString& typed, const QString& expected);

private:
    void updateMatch();

    services::TrustCandidate m_candidate;
    QLineEdit* m_typed = nullptr;
    QLabel* m_matchLabel = nullptr;
    QPushButton* m_trustButton = nullptr;
};

} // namespace medsafe::app

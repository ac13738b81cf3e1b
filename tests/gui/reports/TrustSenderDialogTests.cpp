// The app's trust step for signed data packages: the dialog lets the person trust a key only
// after typing the fingerprint the sender read out, and File › Data package keys shows this
// database's own fingerprint and the senders it trusts. The GUI tests run in Danish (the default).
#include "../FakeDialogService.h"
#include "ReportTestDatabase.h"
#include "app/MainWindow.h"
#include "app/reports/TrustSenderDialog.h"
#include "services/packages/PackageTrust.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

services::TrustCandidate candidate(const QString& trustedBefore = {}) {
    services::TrustCandidate c;
    c.botilbudKey = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    c.partyName = QStringLiteral("Bostedet Lærkehøj");
    c.fingerprint = QStringLiteral("3F2A-09BC-77D1-E4A0");
    c.trustedFingerprint = trustedBefore;
    return c;
}

} // namespace

TEST_CASE("fingerprints match when the same characters were read out, in any grouping or case", "[reports][trust]") {
    CHECK(app::TrustSenderDialog::fingerprintsMatch(QStringLiteral("3F2A-09BC-77D1-E4A0"), QStringLiteral("3F2A-09BC-77D1-E4A0")));
    CHECK(app::TrustSenderDialog::fingerprintsMatch(QStringLiteral("3f2a 09bc 77d1 e4a0"), QStringLiteral("3F2A-09BC-77D1-E4A0")));
    CHECK(app::TrustSenderDialog::fingerprintsMatch(QStringLiteral(" 3F2A09BC77D1E4A0 "), QStringLiteral("3F2A-09BC-77D1-E4A0")));
    CHECK_FALSE(app::TrustSenderDialog::fingerprintsMatch(QStringLiteral("3F2A-09BC-77D1-E4A1"), QStringLiteral("3F2A-09BC-77D1-E4A0")));
    CHECK_FALSE(app::TrustSenderDialog::fingerprintsMatch(QStringLiteral("3F2A-09BC-77D1"), QStringLiteral("3F2A-09BC-77D1-E4A0")));
    CHECK_FALSE(app::TrustSenderDialog::fingerprintsMatch(QString(), QString()));
}

TEST_CASE("the trust button stays disabled until the read-out fingerprint matches", "[reports][trust]") {
    app::TrustSenderDialog dialog(candidate());
    dialog.show();
    auto* typed = dialog.findChild<QLineEdit*>(QStringLiteral("readOutFingerprintEdit"));
    auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("trustButton"));
    auto* match = dialog.findChild<QLabel*>(QStringLiteral("fingerprintMatchLabel"));
    REQUIRE(typed);
    REQUIRE(trust);
    REQUIRE(match);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("packageFingerprintLabel"))->text() == QStringLiteral("3F2A-09BC-77D1-E4A0"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("trustIntroLabel"))->text().contains(QStringLiteral("Bostedet Lærkehøj")));
    CHECK_FALSE(trust->isEnabled());
    typed->setText(QStringLiteral("3F2A-09"));
    CHECK_FALSE(trust->isEnabled());
    CHECK(match->text().contains(QStringLiteral("16")));
    typed->setText(QStringLiteral("3F2A-09BC-77D1-E4A9"));
    CHECK_FALSE(trust->isEnabled());
    CHECK(match->text().contains(QStringLiteral("passer ikke")));
    typed->setText(QStringLiteral("3f2a 09bc 77d1 e4a0"));
    CHECK(trust->isEnabled());
    trust->click();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("replacing a trusted key is said as a warning with the old fingerprint", "[reports][trust]") {
    app::TrustSenderDialog dialog(candidate(QStringLiteral("AAAA-BBBB-CCCC-DDDD")));
    const QString intro = dialog.findChild<QLabel*>(QStringLiteral("trustIntroLabel"))->text();
    CHECK(intro.contains(QStringLiteral("AAAA-BBBB-CCCC-DDDD")));
    CHECK(intro.contains(QStringLiteral("Advarsel")));
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("trustButton"))->text().contains(QStringLiteral("Udskift")));
}

TEST_CASE("File › Data package keys shows this database's fingerprint", "[reports][trust]") {
    FakeDialogService dialogs;
    auto db = reportTestDatabase(1);
    storage::Database* raw = db.get();
    app::MainWindow window(std::move(db), dialogs);
    auto* action = window.findChild<QAction*>(QStringLiteral("packageKeysAction"));
    REQUIRE(action);
    action->trigger();
    REQUIRE(dialogs.informations.size() == 1);
    const auto own = services::PackageTrust(*raw).ownFingerprint();
    REQUIRE(own.ok());
    CHECK(dialogs.informations.first().contains(*own));
    CHECK(dialogs.informations.first().contains(QStringLiteral("stoler endnu ikke")));
}

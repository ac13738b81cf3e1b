#include "app/reports/TrustSenderDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {

QString keyCharacters(const QString& text) {
    QString kept;
    for (const QChar c : text)
        if (c.isLetterOrNumber()) kept.append(c.toUpper());
    return kept;
}

} // namespace

bool TrustSenderDialog::fingerprintsMatch(const QString& typed, const QString& expected) {
    const QString want = keyCharacters(expected);
    return !want.isEmpty() && keyCharacters(typed) == want;
}

TrustSenderDialog::TrustSenderDialog(const services::TrustCandidate& candidate, QWidget* parent)
    : QDialog(parent), m_candidate(candidate) {
    setWindowTitle(tr("Trust the sender of this data package?"));
    auto* layout = new QVBoxLayout(this);

    const bool replacing = !candidate.trustedFingerprint.isEmpty();
    auto* intro = new QLabel(
        (replacing ? tr("<b>Warning:</b> packages about %1 are signed with a different key than the one this database "
                        "trusts (%2). A new key is right only when the sender has moved to a new database or PC. "
                        "If you did not expect that, cancel and call the sender.")
                         .arg(candidate.partyName.toHtmlEscaped(), candidate.trustedFingerprint)
                   : tr("This data package is signed by <b>%1</b> with a key this database does not know yet.")
                         .arg(candidate.partyName.toHtmlEscaped())) +
            QStringLiteral("<br><br>") +
            tr("Call the sender and ask them to read out the fingerprint Medicinsikker shows them "
               "(<i>File › Data package keys…</i>). Type what you hear below; you can trust the key only when it "
               "matches the fingerprint of this package."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setObjectName(QStringLiteral("trustIntroLabel"));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* shown = new QLabel(candidate.fingerprint, this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    shown->setFont(mono);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setObjectName(QStringLiteral("packageFingerprintLabel"));
    form->addRow(tr("Fingerprint of this package:"), shown);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("readOutFingerprintEdit"));
    m_typed->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX"));
    m_typed->setFont(mono);
    form->addRow(tr("Fingerprint the sender read out:"), m_typed);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("fingerprintMatchLabel"));
    form->addRow(QString(), m_matchLabel);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trustButton = buttons->addButton(replacing ? tr("Replace the key and import") : tr("Trust the sender and import"),
                                       QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_typed, &QLineEdit::textChanged, this, &TrustSenderDialog::updateMatch);
    updateMatch();
    setMinimumWidth(560);
}

void TrustSenderDialog::updateMatch() {
    const QString typed = keyCharacters(m_typed->text());
    const QString wanted = keyCharacters(m_candidate.fingerprint);
    const bool match = fingerprintsMatch(typed, wanted);
    m_trustButton->setEnabled(match);
    if (typed.isEmpty()) m_matchLabel->clear();
    else if (match) m_matchLabel->setText(tr("The fingerprints match."));
    else if (typed.size() < wanted.size())
        m_matchLabel->setText(tr("Keep typing: the fingerprint has %1 characters.").arg(wanted.size()));
    else m_matchLabel->setText(tr("The fingerprints do not match. Do not trust this package; call the sender."));
}

} // namespace medsafe::app

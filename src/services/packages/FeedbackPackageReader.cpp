#include "services/packages/FeedbackPackageReader.h"

#include "services/packages/PackageFormat.h"
#include "services/packages/PackageJson.h"

namespace medsafe::services {

Result<FeedbackPackage> FeedbackPackageReader::read(const QByteArray& bytes) {
    auto envelope = PackageEnvelopeReader::read(bytes);
    if (!envelope) return envelope.error();
    return fromEnvelope(*envelope);
}

Result<FeedbackPackage> FeedbackPackageReader::fromEnvelope(const PackageEnvelope& envelope) {
    if (envelope.kind != PackageFormat::feedbackKind()) {
        return Error::forUser(QStringLiteral("package kind %1 is not feedback").arg(envelope.kind),
                              tr("The package is not feedback on a monthly report."));
    }
    PackageJson json = PackageJson::root(envelope.content, QStringLiteral("content"));
    FeedbackPackage feedback;
    feedback.botilbudKey = envelope.botilbudKey;
    feedback.month = envelope.month;
    feedback.createdOn = envelope.createdOn;
    feedback.sha256 = envelope.sha256;
    feedback.consultantFeedback = json.nonEmptyText(QStringLiteral("consultantFeedback"));
    feedback.feedbackDate = json.date(QStringLiteral("feedbackDate"));
    if (!json.ok()) return json.error();
    return feedback;
}

} // namespace medsafe::services

#include "services/packages/FeedbackPackageWriter.h"

#include "services/packages/PackageFormat.h"

#include <QJsonObject>

namespace medsafe::services {

QByteArray FeedbackPackageWriter::write(const FeedbackPackage& feedback, const SigningKeyPair& key) {
    const QJsonObject content{
        {QStringLiteral("consultantFeedback"), feedback.consultantFeedback},
        {QStringLiteral("feedbackDate"), feedback.feedbackDate.toString(Qt::ISODate)},
    };
    const QJsonObject botilbud{{QStringLiteral("key"), feedback.botilbudKey}};
    return PackageFormat::envelope(PackageFormat::feedbackKind(),
                                   feedback.createdOn.isValid() ? feedback.createdOn : QDate::currentDate(),
                                   botilbud, QDate(feedback.month.year(), feedback.month.month(), 1),
                                   content, key);
}

} // namespace medsafe::services

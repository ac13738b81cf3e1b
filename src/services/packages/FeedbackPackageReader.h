#pragma once

#include "domain/Result.h"
#include "services/packages/FeedbackPackage.h"
#include "services/packages/PackageEnvelopeReader.h"

#include <QByteArray>
#include <QCoreApplication>

namespace medsafe::services {

// Reads a feedback package; refuses a malformed one with a translated message naming the
// JSON path. Stateless; any thread.
class FeedbackPackageReader {
    Q_DECLARE_TR_FUNCTIONS(FeedbackPackageReader)

public:
    static Result<FeedbackPackage> read(const QByteArray& bytes);
    static Result<FeedbackPackage> fromEnvelope(const PackageEnvelope& envelope);
};

} // namespace medsafe::services

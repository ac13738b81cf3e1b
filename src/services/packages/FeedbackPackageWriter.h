#pragma once

#include "services/packages/FeedbackPackage.h"

#include <QByteArray>

namespace medsafe::services {

// Writes a feedback package (kind "feedback", docs/package-format.md). Stateless; any thread.
class FeedbackPackageWriter {
public:
    // `createdOn` of the package defaults to today.
    static QByteArray write(const FeedbackPackage& feedback);
};

} // namespace medsafe::services

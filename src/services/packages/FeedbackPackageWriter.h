#pragma once

#include "services/packages/FeedbackPackage.h"

#include <QByteArray>

namespace medsafe::services {

struct SigningKeyPair;

// Writes a feedback package (kind "feedback", docs/package-format.md). Stateless; any thread.
class FeedbackPackageWriter {
public:
    // Signed with `key` (the consultant's database's own key pair). `createdOn` of the package
    // defaults to today.
    static QByteArray write(const FeedbackPackage& feedback, const SigningKeyPair& key);
};

} // namespace medsafe::services

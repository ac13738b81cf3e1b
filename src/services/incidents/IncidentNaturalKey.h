#pragma once

#include "domain/Incident.h"

#include <QByteArray>

namespace medsafe::services {

// The identity of an incident across databases, used to make imports idempotent: the same
// incident imported twice is recognised and skipped. Within one botilbud it is
//   occurred date | occurred time (or empty) | stage code | error type code | SHA-256 of the
//   description (outer spaces trimmed, CRLF as LF).
// Ids are not used (they differ between databases), nor status or follow-up text (they change as
// the incident is handled). It is computed, not stored, so no schema change was needed. Two
// genuinely different incidents with the same minute, stage, type and description text would be
// taken for one; a botilbud writing the same description twice in a minute is not a case worth
// a stored column. Stateless; any thread.
class IncidentNaturalKey {
public:
    static QByteArray of(const domain::Incident& incident);
};

} // namespace medsafe::services

#pragma once

namespace medsafe::app {

// Implemented by views that hold edits not yet written to the database. The main window asks
// every such view before it closes, switches botilbud or replaces the database, so unsaved
// changes are never lost silently.
class UnsavedWork {
public:
    virtual ~UnsavedWork() = default;
    virtual bool hasUnsavedChanges() const = 0;
    // Writes the pending edits; returns false (and has told the person why) when it could not.
    virtual bool saveChanges() = 0;
    virtual void discardChanges() = 0;
};

} // namespace medsafe::app

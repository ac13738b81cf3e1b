#pragma once

#include "services/incidents/IncidentImport.h"

#include <QDialog>

class QPushButton;

namespace medsafe::app {

// The preview before an incident import: every row of the file with its line number, marked
// new, already registered, or wrong (with what to write instead). Import stays disabled while
// any row has an error, so nothing is written unless every row is valid. Lives on the GUI thread.
class IncidentImportDialog : public QDialog {
    Q_OBJECT
public:
    IncidentImportDialog(const QString& fileName, const services::IncidentImportPreview& preview,
                         QWidget* parent = nullptr);

    QPushButton* importButton() const { return m_import; }

private:
    QPushButton* m_import = nullptr;
};

} // namespace medsafe::app

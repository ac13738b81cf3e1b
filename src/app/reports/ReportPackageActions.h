#pragma once

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The app's side of data packages (services/packages): asks for the file, runs the export or
// import, and tells the person what happened in words. Keeps package handling out of the
// pages. GUI thread.
class ReportPackageActions {
    Q_DECLARE_TR_FUNCTIONS(ReportPackageActions)

public:
    // One imported file and what became of it.
    struct FileResult {
        enum class Outcome { Imported, AlreadyImported, Refused };
        QString path;
        Outcome outcome = Outcome::Refused;
        QString detail; // the botilbud and month, or why the file was refused (translated)
    };

    // Botilbud: writes the month's report package and marks the report sent.
    static bool sendReport(QWidget* parent, services::Workspace& workspace, DialogService& dialogs, domain::BotilbudId botilbud,
                           const QDate& month);
    // Botilbud: reads a feedback package into the open database.
    static bool importFeedback(QWidget* parent, services::Workspace& workspace, DialogService& dialogs);
    // Before an import: for each file signed by a key this database does not trust yet, asks the
    // person to compare its fingerprint with the sender and trust it (once per key). Files that
    // cannot be read are left to the import, which says why it refuses them.
    static void confirmSenders(QWidget* parent, services::Workspace& workspace, DialogService& dialogs,
                               const QStringList& paths);
    // Consultant: imports each file; never stops at a bad one.
    static QList<FileResult> importPackages(services::Workspace& workspace, const QStringList& paths);
    // Consultant: writes the feedback package for a botilbud's month.
    static bool exportFeedback(QWidget* parent, services::Workspace& workspace, DialogService& dialogs, domain::BotilbudId botilbud,
                               const QDate& month);

    static QString outcomeText(FileResult::Outcome outcome);
};

} // namespace medsafe::app

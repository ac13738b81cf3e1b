#pragma once

#include "app/UnsavedWork.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace medsafe::services {
struct TrustCandidate;
}
namespace medsafe::storage {
class Database;
}

class QWidget;

namespace medsafe::app {

// One field that differs between what the person typed and what someone else saved meanwhile.
struct FieldDifference {
    QString field;
    QString mine;
    QString theirs;
};

// The seam between the application and modal dialogs: widgets ask this interface instead of
// calling QMessageBox/QFileDialog directly, so GUI tests can answer without a person.
class DialogService {
public:
    virtual ~DialogService() = default;

    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    // Returns true for "yes".
    virtual bool question(QWidget* parent, const QString& title, const QString& text) = 0;
    // Three-way choice for unsaved changes.
    enum class SaveChoice { Save, Discard, Cancel };
    virtual SaveChoice askToSave(QWidget* parent, const QString& title, const QString& text) = 0;
    // Asks whether to save `work`'s unsaved changes and does what the person chose: true once
    // the work is saved or discarded (or had nothing unsaved), false when the person cancelled
    // or the save failed. The pages' settle() before they move to another record.
    bool settle(QWidget* parent, UnsavedWork& work, const QString& title, const QString& question);
    // Empty when the person cancelled.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    // Several files at once; empty when the person cancelled. The default asks for one file,
    // so a service that cannot choose many still answers.
    virtual QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter) {
        const QString one = openFileName(parent, title, filter);
        return one.isEmpty() ? QStringList() : QStringList{one};
    }
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter) = 0;
    // A folder to write into; empty when the person cancelled (or the service cannot ask).
    virtual QString existingFolder(QWidget* parent, const QString& title) {
        (void)parent;
        (void)title;
        return {};
    }
    // A data package is signed by a key this database does not trust yet: true when the person
    // compared the fingerprint with the sender (by phone) and chose to trust it. The default
    // trusts nothing, so a service that cannot ask never lets a stranger's package in.
    virtual bool askToTrust(QWidget* parent, const services::TrustCandidate& candidate) {
        (void)parent;
        (void)candidate;
        return false;
    }
    // Someone else saved the record while the person edited it (a shared server): show both
    // versions field by field and ask which to keep. Cancel goes back to editing; a service
    // that cannot ask answers Cancel, so nothing is overwritten and nothing typed is lost.
    enum class ConflictChoice { KeepMine, TakeTheirs, Cancel };
    virtual ConflictChoice resolveConflict(QWidget* parent, const QString& title,
                                           const QList<FieldDifference>& differences) {
        (void)parent;
        (void)title;
        (void)differences;
        return ConflictChoice::Cancel;
    }
    // Before a database is worked in: sign in (or create the tovholder's first account). False
    // when the person cancelled; the database is then not used. A service that cannot ask
    // leaves the database without a signed-in person, as the CLI works on a file.
    virtual bool signIn(QWidget* parent, storage::Database& db, bool demo) {
        (void)parent;
        (void)db;
        (void)demo;
        return true;
    }
};

// The real dialogs, used by the running application.
class QtDialogService final : public DialogService {
public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    bool question(QWidget* parent, const QString& title, const QString& text) override;
    SaveChoice askToSave(QWidget* parent, const QString& title, const QString& text) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                         const QString& filter) override;
    QString existingFolder(QWidget* parent, const QString& title) override;
    bool askToTrust(QWidget* parent, const services::TrustCandidate& candidate) override;
    ConflictChoice resolveConflict(QWidget* parent, const QString& title,
                                   const QList<FieldDifference>& differences) override;
    bool signIn(QWidget* parent, storage::Database& db, bool demo) override;
};

} // namespace medsafe::app

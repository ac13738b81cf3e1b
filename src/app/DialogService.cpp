#include "app/DialogService.h"

#include "app/SaveConflictDialog.h"
#include "app/access/SignInFlow.h"
#include "app/reports/TrustSenderDialog.h"

#include <QFileDialog>
#include <QMessageBox>

namespace medsafe::app {

void QtDialogService::information(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::information(parent, title, text);
}

void QtDialogService::warning(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::warning(parent, title, text);
}

bool QtDialogService::question(QWidget* parent, const QString& title, const QString& text) {
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

DialogService::SaveChoice QtDialogService::askToSave(QWidget* parent, const QString& title,
                                                     const QString& text) {
    const auto answer = QMessageBox::question(parent, title, text,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save) return SaveChoice::Save;
    if (answer == QMessageBox::Discard) return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

QString QtDialogService::openFileName(QWidget* parent, const QString& title, const QString& filter) {
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList QtDialogService::openFileNames(QWidget* parent, const QString& title, const QString& filter) {
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString QtDialogService::saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                      const QString& filter) {
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString QtDialogService::existingFolder(QWidget* parent, const QString& title) {
    return QFileDialog::getExistingDirectory(parent, title);
}

DialogService::ConflictChoice QtDialogService::resolveConflict(QWidget* parent, const QString& title,
                                                               const QList<FieldDifference>& differences) {
    SaveConflictDialog dialog(title, differences, parent);
    dialog.exec();
    return dialog.choice();
}

bool QtDialogService::askToTrust(QWidget* parent, const services::TrustCandidate& candidate) {
    TrustSenderDialog dialog(candidate, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool QtDialogService::signIn(QWidget* parent, storage::Database& db, bool demo) {
    return SignInFlow::run(parent, db, demo);
}

bool DialogService::settle(QWidget* parent, UnsavedWork& work, const QString& title,
                           const QString& question) {
    if (!work.hasUnsavedChanges()) return true;
    switch (askToSave(parent, title, question)) {
    case SaveChoice::Save:
        return work.saveChanges();
    case SaveChoice::Discard:
        work.discardChanges();
        return true;
    case SaveChoice::Cancel:
        return false;
    }
    return false;
}

} // namespace medsafe::app

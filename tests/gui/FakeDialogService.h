#pragma once

#include "app/DialogService.h"
#include "services/packages/PackageTrust.h"

#include <QStringList>
#include <functional>

// Answers dialogs for the tests and records what the application asked.
class FakeDialogService final : public medsafe::app::DialogService {
public:
    QStringList warnings;
    QStringList informations;
    QStringList questions; // the texts of question(), in order
    QString nextOpenFileName;
    QStringList nextOpenFileNames;
    QString nextSaveFileName;
    QString nextFolder;
    bool nextQuestionAnswer = true;
    SaveChoice nextSaveChoice = SaveChoice::Cancel;
    bool trustAnswer = false;                               // what askToTrust() answers
    ConflictChoice conflictChoice = ConflictChoice::Cancel; // what resolveConflict() answers
    QList<QList<medsafe::app::FieldDifference>> conflicts;  // what it was shown, in order
    QStringList trustQuestions; // "party fingerprint" of each askToTrust(), in order
    // What signIn() does; unset, it answers yes without signing anyone in (the owner at work).
    std::function<bool(medsafe::storage::Database&)> signInAs;
    int signIns = 0;

    void information(QWidget*, const QString&, const QString& text) override { informations << text; }
    void warning(QWidget*, const QString&, const QString& text) override { warnings << text; }
    bool question(QWidget*, const QString&, const QString& text) override {
        questions << text;
        return nextQuestionAnswer;
    }
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override { return nextSaveChoice; }
    QString openFileName(QWidget*, const QString&, const QString&) override { return nextOpenFileName; }
    QStringList openFileNames(QWidget*, const QString&, const QString&) override { return nextOpenFileNames; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override {
        return nextSaveFileName;
    }
    QString existingFolder(QWidget*, const QString&) override { return nextFolder; }
    ConflictChoice resolveConflict(QWidget*, const QString&,
                                   const QList<medsafe::app::FieldDifference>& differences) override {
        conflicts << differences;
        return conflictChoice;
    }
    bool signIn(QWidget*, medsafe::storage::Database& db, bool) override {
        ++signIns;
        return signInAs ? signInAs(db) : true;
    }
    bool askToTrust(QWidget*, const medsafe::services::TrustCandidate& candidate) override {
        trustQuestions << candidate.partyName + QLatin1Char(' ') + candidate.fingerprint;
        return trustAnswer;
    }
};

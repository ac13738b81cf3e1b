// The guided set-up of a new programme (issue 11, item 5), driven as a person would.
#include <catch2/catch.hpp>

#include "app/FirstStartDialog.h"
#include "app/NewProgrammeWizard.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace medsafe;

namespace {
// MEDSAFE_SHOT_DIR set: a picture of `widget`, to look at.
void shot(QWidget* widget, const QString& name) {
    QCoreApplication::processEvents(); // the layout after the last change, as a person sees it
    if (qEnvironmentVariableIsSet("MEDSAFE_SHOT_DIR"))
        widget->grab().save(qEnvironmentVariable("MEDSAFE_SHOT_DIR") + QLatin1Char('/') + name + QStringLiteral(".png"));
}

template <typename T> T* child(QWidget* parent, const char* name) {
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}
} // namespace

TEST_CASE("new programme wizard: a page with a missing field says so and stays; Finish creates it all",
          "[gui][setup]") {
    auto db = storage::Database::openInMemory();
    REQUIRE(db.ok());
    app::NewProgrammeWizard wizard(**db, QDate(2026, 12, 6));
    wizard.show();
    REQUIRE(wizard.currentId() == 0);
    wizard.next(); // nothing typed
    CHECK(wizard.currentId() == 0);
    const auto errors = wizard.findChildren<QLabel*>(QStringLiteral("setupErrorLabel"));
    REQUIRE(errors.size() == 4);
    CHECK_FALSE(errors.at(0)->text().isEmpty());
    shot(&wizard, QStringLiteral("wizard-1-refused"));

    child<QLineEdit>(&wizard, "botilbudNameEdit")->setText(QStringLiteral("Bostedet Lærken"));
    child<QSpinBox>(&wizard, "residentsSpinBox")->setValue(12);
    wizard.next();
    REQUIRE(wizard.currentId() == 1);
    CHECK(child<QLabel>(&wizard, "phasesLabel")->text().count(QLatin1Char('\n')) == 3); // four phases
    shot(&wizard, QStringLiteral("wizard-2-programme"));
    wizard.next();
    REQUIRE(wizard.currentId() == 2);
    wizard.next(); // no tovholder, no leader
    CHECK(wizard.currentId() == 2);
    child<QLineEdit>(&wizard, "tovholderEdit")->setText(QStringLiteral("Karen Dahl"));
    CHECK_FALSE(child<QLabel>(&wizard, "groupNoteLabel")->text().isEmpty()); // 1 of 3–5 so far
    child<QLineEdit>(&wizard, "leaderEdit")->setText(QStringLiteral("Jens Holm"));
    child<QPlainTextEdit>(&wizard, "membersEdit")->setPlainText(QStringLiteral("Ida Lund\nAli Noor"));
    CHECK(child<QLabel>(&wizard, "groupNoteLabel")->text().isEmpty());
    shot(&wizard, QStringLiteral("wizard-3-group"));
    wizard.next();
    REQUIRE(wizard.currentId() == 3);
    child<QPlainTextEdit>(&wizard, "aimEdit")->setPlainText(QStringLiteral("Borger 010203-1234 ..."));
    wizard.accept(); // a CPR number in the aim: refused on the page, nothing written
    CHECK_FALSE(wizard.createdBotilbud().isValid());
    CHECK_FALSE(errors.at(3)->text().isEmpty());
    shot(&wizard, QStringLiteral("wizard-4-aim-refused"));
    CHECK(services::OrganisationService(**db).allBotilbud()->isEmpty());
    child<QPlainTextEdit>(&wizard, "aimEdit")->setPlainText(QStringLiteral("Halvt så mange medicinfejl."));
    wizard.accept();
    REQUIRE(wizard.createdBotilbud().isValid());
    CHECK(services::OrganisationService(**db).people(wizard.createdBotilbud())->size() == 4);
}

TEST_CASE("first start: four ways to begin, each a choice", "[gui][setup]") {
    app::FirstStartDialog dialog;
    dialog.show();
    shot(&dialog, QStringLiteral("first-start"));
    child<QCommandLinkButton>(&dialog, "openDemoButton")->click();
    CHECK(dialog.choice() == app::FirstStartDialog::Choice::Demo);
    app::FirstStartDialog other;
    child<QCommandLinkButton>(&other, "newProgrammeButton")->click();
    CHECK(other.choice() == app::FirstStartDialog::Choice::NewProgramme);
    app::FirstStartDialog third;
    child<QCommandLinkButton>(&third, "serverButton")->click();
    CHECK(third.choice() == app::FirstStartDialog::Choice::Server);
    // Everything fits a 1366×768 screen with the taskbar.
    CHECK(dialog.sizeHint().height() <= 680);
}

#include "app/NewProgrammeWizard.h"

#include "domain/DomainLabels.h"
#include "domain/Programme.h"
#include "logging/Logging.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {

// The fields of each page, as ProgrammeSetupService::check names them.
const QList<QStringList>& pageFields() {
    static const QList<QStringList> fields{
        {QStringLiteral("botilbudName"), QStringLiteral("residents")},
        {QStringLiteral("programmeStart")},
        {QStringLiteral("tovholder"), QStringLiteral("leader"), QStringLiteral("workingGroup")},
        {QStringLiteral("aim")},
    };
    return fields;
}

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("setupErrorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    return label;
}

QLabel* note(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

NewProgrammeWizard::NewProgrammeWizard(storage::Database& database, const QDate& today, QWidget* parent)
    : QWizard(parent), m_database(database), m_today(today) {
    setObjectName(QStringLiteral("newProgrammeWizard"));
    setWindowTitle(tr("Start a new programme"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Start the programme"));
    addPage(botilbudPage());
    addPage(programmePage());
    addPage(groupPage());
    addPage(aimPage());
    showGroupNote(); // reads every page's fields: after all are made
    // A message under a page is about what was typed before: gone as soon as the person types.
    const auto clearMessages = [this] {
        for (QLabel* label : m_errorLabels) label->clear();
    };
    for (QLineEdit* edit : {m_name, m_municipality, m_tovholder, m_leader})
        connect(edit, &QLineEdit::textEdited, this, clearMessages);
    for (QPlainTextEdit* edit : {m_members, m_aim}) connect(edit, &QPlainTextEdit::textChanged, this, clearMessages);
    connect(m_residents, &QSpinBox::valueChanged, this, clearMessages);
    connect(m_start, &QDateEdit::dateChanged, this, clearMessages);
    resize(680, 520);
}

QWizardPage* NewProgrammeWizard::botilbudPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("The botilbud"));
    page->setSubTitle(tr("Which botilbud joins the programme?"));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("botilbudNameEdit"));
    m_municipality = new QLineEdit(page);
    m_municipality->setObjectName(QStringLiteral("municipalityEdit"));
    m_municipality->setPlaceholderText(tr("for example Fjordby Kommune"));
    m_residents = new QSpinBox(page);
    m_residents->setObjectName(QStringLiteral("residentsSpinBox"));
    m_residents->setRange(0, 500);
    auto* outer = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    form->addRow(tr("Name: *"), m_name);
    form->addRow(tr("Municipality:"), m_municipality);
    form->addRow(tr("Residents: *"), m_residents);
    m_errorLabels << errorLabel(page);
    outer->addWidget(m_errorLabels.last());
    outer->addStretch(1);
    return page;
}

QWizardPage* NewProgrammeWizard::programmePage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("The programme"));
    page->setSubTitle(tr("The programme runs for two years in four phases, from the first of the month it starts in."));
    m_start = new QDateEdit(QDate(m_today.year(), m_today.month(), 1), page);
    m_start->setObjectName(QStringLiteral("programmeStartEdit"));
    m_start->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_start->setCalendarPopup(true);
    m_phases = note(QString(), page);
    m_phases->setObjectName(QStringLiteral("phasesLabel"));
    connect(m_start, &QDateEdit::dateChanged, this, &NewProgrammeWizard::showPhases);
    auto* outer = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    form->addRow(tr("Starts: *"), m_start);
    form->addRow(m_phases);
    m_errorLabels << errorLabel(page);
    outer->addWidget(m_errorLabels.last());
    outer->addStretch(1);
    showPhases();
    return page;
}

QWizardPage* NewProgrammeWizard::groupPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("The working group"));
    page->setSubTitle(tr("The tovholder, the leader and the 3–5 staff of the working group. Names of staff only, never "
                         "of residents."));
    m_tovholder = new QLineEdit(page);
    m_tovholder->setObjectName(QStringLiteral("tovholderEdit"));
    m_leader = new QLineEdit(page);
    m_leader->setObjectName(QStringLiteral("leaderEdit"));
    m_members = new QPlainTextEdit(page);
    m_members->setObjectName(QStringLiteral("membersEdit"));
    m_members->setPlaceholderText(tr("One name a line"));
    m_members->setTabChangesFocus(true);
    m_members->setMaximumHeight(m_members->fontMetrics().lineSpacing() * 7); // room for the messages below
    m_groupNote = note(QString(), page);
    m_groupNote->setObjectName(QStringLiteral("groupNoteLabel"));
    connect(m_tovholder, &QLineEdit::textChanged, this, &NewProgrammeWizard::showGroupNote);
    connect(m_members, &QPlainTextEdit::textChanged, this, &NewProgrammeWizard::showGroupNote);
    auto* outer = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    form->addRow(tr("Tovholder: *"), m_tovholder);
    form->addRow(tr("Leader: *"), m_leader);
    form->addRow(tr("Other members:"), m_members);
    form->addRow(m_groupNote);
    m_errorLabels << errorLabel(page);
    outer->addWidget(m_errorLabels.last());
    outer->addStretch(1);
    return page;
}

QWizardPage* NewProgrammeWizard::aimPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("The first aim"));
    page->setSubTitle(tr("What do you want to achieve, how much, and by when? You can also write it later "
                         "(Forbedringsarbejde)."));
    m_aim = new QPlainTextEdit(page);
    m_aim->setObjectName(QStringLiteral("aimEdit"));
    m_aim->setPlaceholderText(tr("For example: by the end of the programme, half as many medication errors as in the "
                                 "baseline, and no doses forgotten in the evening round."));
    m_aim->setTabChangesFocus(true);
    m_aim->setMaximumHeight(m_aim->fontMetrics().lineSpacing() * 9);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_aim);
    m_errorLabels << errorLabel(page);
    layout->addWidget(m_errorLabels.last());
    layout->addStretch(1);
    return page;
}

void NewProgrammeWizard::showPhases() {
    const QDate start(m_start->date().year(), m_start->date().month(), 1);
    QStringList lines;
    for (const domain::ProgrammePhase& phase : domain::Programme::defaultPhases(start))
        lines << tr("%1: %2 – %3")
                     .arg(domain::DomainLabels::label(phase.phase),
                          QLocale().toString(phase.startDate, QStringLiteral("MMMM yyyy")),
                          QLocale().toString(phase.endDate, QStringLiteral("MMMM yyyy")));
    m_phases->setText(lines.join(QLatin1Char('\n')));
}

void NewProgrammeWizard::showGroupNote() {
    m_groupNote->setText(services::ProgrammeSetupService::workingGroupNote(setup()));
}

services::ProgrammeSetup NewProgrammeWizard::setup() const {
    services::ProgrammeSetup setup;
    setup.botilbudName = m_name->text();
    setup.municipality = m_municipality->text();
    setup.residents = m_residents->value();
    setup.programmeStart = m_start->date();
    setup.tovholder = m_tovholder->text();
    setup.leader = m_leader->text();
    setup.workingGroup = m_members->toPlainText().split(QLatin1Char('\n'));
    setup.aim = m_aim->toPlainText();
    return setup;
}

bool NewProgrammeWizard::validateCurrentPage() {
    const int page = currentId();
    if (page < 0 || page >= m_errorLabels.size()) return true;
    const auto issues = services::ProgrammeSetupService(m_database).check(setup(), m_today);
    QStringList messages;
    for (const auto& issue : issues)
        if (pageFields().at(page).contains(issue.field)) messages << issue.message;
    m_errorLabels.at(page)->setText(messages.join(QLatin1Char('\n')));
    return messages.isEmpty();
}

void NewProgrammeWizard::accept() {
    if (!validateCurrentPage()) return;
    auto created = services::ProgrammeSetupService(m_database).create(setup(), m_today);
    if (!created) {
        // Something a page did not catch (the database): said on the last page; nothing written.
        logging::get("app")->error("programme set-up failed: {}", created.error().message.toStdString());
        m_errorLabels.last()->setText(tr("The programme could not be created: %1").arg(created.error().display()));
        return;
    }
    m_created = *created;
    QWizard::accept();
}

} // namespace medsafe::app

#include "app/FirstStartDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medsafe::app {

FirstStartDialog::FirstStartDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to Medicinsikker"));
    auto* intro = new QLabel(tr("<b>Welcome.</b> Medicinsikker keeps the improvement work on medication safety in one "
                                "place: the programme, the aim, PDSA cycles, measurements, incidents and the monthly "
                                "report to PS!. How do you want to begin?"),
                             this);
    intro->setWordWrap(true);
    const auto choiceButton = [this](const QString& name, const QString& text, const QString& description, Choice choice) {
        auto* button = new QCommandLinkButton(text, description, this);
        button->setObjectName(name);
        connect(button, &QCommandLinkButton::clicked, this, [this, choice] {
            m_choice = choice;
            accept();
        });
        return button;
    };
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(choiceButton(QStringLiteral("newProgrammeButton"), tr("Start a new programme"),
                                   tr("A guided set-up: the botilbud, the programme's dates, the working group and "
                                      "the first aim."),
                                   Choice::NewProgramme));
    layout->addWidget(choiceButton(QStringLiteral("openDemoButton"), tr("Open the demo"),
                                   tr("A made-up botilbud in the middle of its programme, to look around first. "
                                      "Your own programme can be started later (File › Start a new programme)."),
                                   Choice::Demo));
    layout->addWidget(choiceButton(QStringLiteral("openFileButton"), tr("Open a database…"),
                                   tr("A database file made on another PC or by a colleague."), Choice::OpenFile));
    layout->addWidget(choiceButton(QStringLiteral("serverButton"), tr("Connect to the kommune's server…"),
                                   tr("The database the botilbud's PCs share on a PostgreSQL server. Ask the "
                                      "person who runs it for the address."),
                                   Choice::Server));
    auto* quit = new QPushButton(tr("Close"), this);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(quit, 0, Qt::AlignRight);
    resize(560, 470);
}

} // namespace medsafe::app

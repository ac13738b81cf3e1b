#include "app/ServerConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {
const QString kRememberedKey = QStringLiteral("server/lastAddress");
}

ServerConnectDialog::ServerConnectDialog(const storage::ServerAddress& initial, Connect connectTo, QWidget* parent)
    : QDialog(parent), m_initial(initial), m_connect(std::move(connectTo)) {
    setObjectName(QStringLiteral("serverConnectDialog"));
    setWindowTitle(tr("Connect to server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A database on the kommune's PostgreSQL server, shared by the staff PCs. Ask the "
                                "person who runs the server for these details. The password is not saved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_host = new QLineEdit(initial.host, this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_port->setGroupSeparatorShown(false);
    m_databaseName = new QLineEdit(initial.databaseName, this);
    m_databaseName->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(initial.user, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(initial.password, this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_databaseName);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(this);
    auto* connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    auto* localButton = buttons->addButton(tr("Open a &local file instead…"), QDialogButtonBox::ActionRole);
    localButton->setObjectName(QStringLiteral("localFileButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(connectButton, &QPushButton::clicked, this, [this] {
        if (tryConnect()) accept();
    });
    connect(localButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OpenLocalFile;
        reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The first empty field gets the cursor: usually the password.
    for (QLineEdit* edit : {m_host, m_databaseName, m_user, m_password}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
    setMinimumWidth(460);
}

storage::ServerAddress ServerConnectDialog::remembered() {
    const QString text = QSettings().value(kRememberedKey).toString();
    if (!text.isEmpty()) {
        if (auto address = storage::ServerAddress::parse(text)) return address.value();
    }
    storage::ServerAddress blank;
    blank.databaseName = QStringLiteral("medicinsikker");
    return blank;
}

storage::ServerAddress ServerConnectDialog::address() const {
    storage::ServerAddress address = m_initial;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.databaseName = m_databaseName->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    return address;
}

void ServerConnectDialog::showProblem(const QString& text) {
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool ServerConnectDialog::tryConnect() {
    const storage::ServerAddress wanted = address();
    QStringList missing;
    if (wanted.host.isEmpty()) missing << tr("the server");
    if (wanted.databaseName.isEmpty()) missing << tr("the database");
    if (wanted.user.isEmpty()) missing << tr("the user name");
    if (!missing.isEmpty()) {
        showProblem(tr("Fill in %1.").arg(missing.join(tr(", "))));
        return false;
    }
    showProblem(tr("Connecting to %1…").arg(wanted.display()));
    setEnabled(false);
    auto opened = m_connect(wanted);
    setEnabled(true);
    if (!opened) {
        showProblem(opened.error().display());
        m_password->selectAll();
        m_password->setFocus();
        return false;
    }
    m_database = std::move(opened.value());
    m_choice = Choice::Connected;
    storage::ServerAddress remember = wanted;
    remember.password.clear(); // never on disk
    QSettings().setValue(kRememberedKey, remember.toConnInfo(false));
    showProblem({});
    return true;
}

} // namespace medsafe::app

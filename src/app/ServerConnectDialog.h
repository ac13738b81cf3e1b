#pragma once

#include "domain/Result.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace medsafe::app {

// Filer › Forbind til server… (and `medicinsikker --server`): the server, port, database and
// user, and the password, which is only held in memory for the connection and never written
// anywhere. Connecting happens while the dialog is open, so a server that does not answer or a
// refused password is said in the dialog, which stays open to try again; "Åbn en lokal fil i
// stedet…" ends it with that choice. The address (never the password) is remembered for next
// time. GUI thread.
class ServerConnectDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Connected, OpenLocalFile, Cancelled };
    using Connect = std::function<Result<std::unique_ptr<storage::Database>>(const storage::ServerAddress&)>;

    // `initial` fills the fields (a --server address, else the one remembered); `connectTo` opens it.
    ServerConnectDialog(const storage::ServerAddress& initial, Connect connectTo, QWidget* parent = nullptr);

    // The address last connected to (without password), or a blank one on the first time.
    static storage::ServerAddress remembered();

    Choice choice() const { return m_choice; }
    // The open database after Choice::Connected (moved out once).
    std::unique_ptr<storage::Database> takeDatabase() { return std::move(m_database); }
    // What the fields say now (password included).
    storage::ServerAddress address() const;

    // Connects with the fields as they are; false with the reason shown in the dialog.
    bool tryConnect();

private:
    void showProblem(const QString& text);

    storage::ServerAddress m_initial;
    Connect m_connect;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_databaseName;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_problem;
    Choice m_choice = Choice::Cancelled;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace medsafe::app

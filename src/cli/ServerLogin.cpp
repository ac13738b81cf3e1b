#include "cli/ServerLogin.h"

#include "cli/CliMessages.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace medsafe::cli {

bool ServerLogin::isConnInfo(const QString& value) {
    return value.contains(QLatin1String("dbname="));
}

bool ServerLogin::libpqHasPassword() {
    if (qEnvironmentVariableIsSet("PGPASSWORD")) return true;
    const QString passFile = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                                     : QDir::home().filePath(QStringLiteral(".pgpass"));
    return QFileInfo::exists(passFile);
}

QString ServerLogin::askPassword(const QString& prompt) {
    std::cerr << prompt.toStdString() << std::flush;
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << std::endl;
    return QString::fromStdString(line);
}

std::optional<storage::ServerAddress> ServerLogin::read(const QString& command, const QString& conninfo,
                                                        QTextStream& err) {
    auto address = storage::ServerAddress::parse(conninfo);
    if (!address) {
        CliMessages::print(err, command, address.error().display());
        return std::nullopt;
    }
    if (address->password.isEmpty() && !libpqHasPassword() && isatty(STDIN_FILENO)) {
        err.flush();
        address->password = askPassword(tr("Password for %1: ").arg(address->display()));
    }
    return address.value();
}

} // namespace medsafe::cli

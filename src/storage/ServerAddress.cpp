#include "storage/ServerAddress.h"

namespace medsafe::storage {

namespace {

// libpq's quoting: a value with spaces or quotes is written in single quotes, with \' and \\.
QString quoted(const QString& value) {
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\')) return value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

Error malformed(const QString& why) {
    return Error::forUser(QStringLiteral("malformed connection string (%1)").arg(why),
                          ServerAddress::tr("The server address could not be read (%1). Write it as "
                                            "host=NAME port=5432 dbname=DATABASE user=USER.")
                              .arg(why));
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString& conninfo) {
    ServerAddress address;
    const QString text = conninfo.trimmed();
    if (text.isEmpty()) return malformed(tr("it is empty"));
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace()) ++i;
    };
    while (true) {
        skipSpace();
        if (i >= text.size()) break;
        const qsizetype keyStart = i;
        while (i < text.size() && text.at(i) != u'=' && !text.at(i).isSpace()) ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (i >= text.size() || text.at(i) != u'=') return malformed(tr("'%1' has no value").arg(key));
        ++i;
        skipSpace();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) return malformed(tr("a quote is not closed"));
        } else {
            while (i < text.size() && !text.at(i).isSpace()) value += text.at(i++);
        }
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port < 1 || address.port > 65535)
                return malformed(tr("the port '%1' is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("dbname")) {
            address.databaseName = value;
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("password")) {
            address.password = value;
        } else {
            address.otherOptions << key + u'=' + quoted(value);
        }
    }
    if (address.databaseName.isEmpty()) return malformed(tr("dbname is missing"));
    return address;
}

QString ServerAddress::display() const {
    return QStringLiteral("%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : user + u'@', host)
        .arg(port)
        .arg(databaseName);
}

QString ServerAddress::toConnInfo(bool withPassword) const {
    QStringList parts{QStringLiteral("host=") + quoted(host), QStringLiteral("port=%1").arg(port),
                      QStringLiteral("dbname=") + quoted(databaseName)};
    if (!user.isEmpty()) parts << QStringLiteral("user=") + quoted(user);
    if (withPassword && !password.isEmpty()) parts << QStringLiteral("password=") + quoted(password);
    parts += otherOptions;
    return parts.join(u' ');
}

} // namespace medsafe::storage

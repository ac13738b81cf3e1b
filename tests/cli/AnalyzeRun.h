#pragma once

// Runs `medicinsikker-cli analyze` in-process and keeps what it printed; shared by the cli tests.

#include "cli/AnalyzeCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace medsafe::testing {

struct AnalyzeRun {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // The output as JSON Lines, one object per line.
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            objects << QJsonDocument::fromJson(line.toUtf8()).object();
        return objects;
    }
};

inline AnalyzeRun analyze(const QStringList& args)
{
    AnalyzeRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::AnalyzeCommand command;
    run.code = command.run(args, out, err);
    out.flush();
    err.flush();
    return run;
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

inline QJsonArray pointsOf(const QJsonObject& document, const char* key)
{
    return document.value(QStringLiteral("outputs")).toObject().value(QStringLiteral("points")).toObject().value(QLatin1String(key)).toArray();
}

} // namespace medsafe::testing

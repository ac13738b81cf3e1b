#pragma once

#include "storage/ServerAddress.h"

#include <QDate>
#include <QObject>
#include <QProcess>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace medsafe::app {

// Konsulentens overblik › "Alle rapporter som PDF…": the month's report of every botilbud into
// one folder, on every core and off the GUI thread. Qt Charts paints on a GUI thread only, so
// the work runs in medicinsikker-cli worker processes (`report --all --part I/N`), which this
// class starts, follows line by line for the progress bar, and stops together on cancel. A
// server database's password goes to the workers in their environment (PGPASSWORD), never in
// a file or on a command line.
class AllReportsExport : public QObject {
    Q_OBJECT
public:
    explicit AllReportsExport(QObject* parent = nullptr);
    ~AllReportsExport() override;

    // medicinsikker-cli beside the app (installed), in the build tree, or on PATH; "" if none.
    static QString cliProgram();

    // `database` is the file, or for a server database its address. The month is the report
    // month (nothing: each botilbud's latest). False when no CLI program was found.
    bool start(const QString& database, const std::optional<storage::ServerAddress>& server,
               std::optional<QDate> month, const QString& folder, int workers);
    void cancel();
    bool isRunning() const;
    int written() const { return m_written; }

signals:
    void reportWritten(int written);
    // All workers ended; `ok` when each wrote all its reports. `errors` holds what they said.
    void finished(bool ok, const QString& errors);

private:
    void workerFinished();

    std::vector<std::unique_ptr<QProcess>> m_workers;
    int m_written = 0;
    int m_running = 0;
    bool m_failed = false;
    bool m_cancelled = false;
    QString m_errors;
};

} // namespace medsafe::app

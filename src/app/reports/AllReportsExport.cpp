#include "app/reports/AllReportsExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>

namespace medsafe::app {

AllReportsExport::AllReportsExport(QObject* parent) : QObject(parent) {}

AllReportsExport::~AllReportsExport() {
    for (auto& process : m_workers) {
        process->disconnect(this); // no signals into a half-destroyed object
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
}

QString AllReportsExport::cliProgram() {
    // MEDSAFE_CLI names it where it is neither beside the app nor on PATH (the widget tests).
    if (const QString named = qEnvironmentVariable("MEDSAFE_CLI"); QFileInfo(named).isExecutable()) return named;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {here.filePath(QStringLiteral("medicinsikker-cli")),
                                     here.filePath(QStringLiteral("../cli/medicinsikker-cli"))}) {
        if (QFileInfo(candidate).isExecutable()) return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("medicinsikker-cli"));
}

bool AllReportsExport::start(const QString& database, const std::optional<storage::ServerAddress>& server,
                             std::optional<QDate> month, const QString& folder, int workers) {
    const QString program = cliProgram();
    if (program.isEmpty()) return false;
    cancel();
    m_workers.clear();
    m_written = 0;
    m_failed = false;
    m_cancelled = false;
    m_errors.clear();
    QStringList base{QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("report"),
                     QStringLiteral("--database"), server ? server->toConnInfo(false) : database,
                     QStringLiteral("--all"), QStringLiteral("--out"), folder};
    if (month) base << QStringLiteral("--month") << month->toString(QStringLiteral("yyyy-MM"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (server && !server->password.isEmpty()) environment.insert(QStringLiteral("PGPASSWORD"), server->password);
    m_running = std::max(1, workers);
    for (int i = 0; i < m_running; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(program);
        process->setArguments(base + QStringList{QStringLiteral("--part"), QStringLiteral("%1/%2").arg(i).arg(m_running)});
        process->setProcessEnvironment(environment);
        QProcess* raw = process.get();
        // Each written report is one line "Skrev FILE (botilbud, month)" on standard output.
        connect(raw, &QProcess::readyReadStandardOutput, this, [this, raw] {
            while (raw->canReadLine()) {
                const QByteArray line = raw->readLine();
                if (line.startsWith("Skrev ") && line.contains(".pdf (")) {
                    ++m_written;
                    emit reportWritten(m_written);
                }
            }
        });
        connect(raw, &QProcess::finished, this, [this, raw](int code, QProcess::ExitStatus status) {
            if (code != 0 || status != QProcess::NormalExit) m_failed = true;
            m_errors += QString::fromUtf8(raw->readAllStandardError());
            workerFinished();
        });
        m_workers.push_back(std::move(process));
    }
    for (auto& process : m_workers) process->start();
    return true;
}

void AllReportsExport::workerFinished() {
    if (--m_running > 0) return;
    emit finished(!m_failed && !m_cancelled, m_errors);
}

void AllReportsExport::cancel() {
    m_cancelled = true;
    for (auto& process : m_workers) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
}

bool AllReportsExport::isRunning() const {
    return std::any_of(m_workers.cbegin(), m_workers.cend(),
                       [](const auto& p) { return p->state() != QProcess::NotRunning; });
}

} // namespace medsafe::app

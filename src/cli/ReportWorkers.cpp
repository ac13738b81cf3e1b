#include "cli/ReportWorkers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace medsafe::cli {

std::optional<ReportWorkers::Part> ReportWorkers::parsePart(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})/(\\d{1,2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) return std::nullopt;
    const int index = match.captured(1).toInt();
    const int count = match.captured(2).toInt();
    if (count < 1 || index >= count) return std::nullopt;
    return Part{index, count};
}

int ReportWorkers::defaultJobs() {
    return std::clamp(QThread::idealThreadCount(), 1, 8);
}

int ReportWorkers::run(int jobs, const QString& serverPassword, QTextStream& out, QTextStream& err) {
    // The same program and arguments, with the share of each worker instead of --jobs.
    QStringList base = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < base.size(); ++i) {
        if (base.at(i) == QLatin1String("--jobs") && i + 1 < base.size()) {
            base.remove(i, 2);
            --i;
        } else if (base.at(i).startsWith(QLatin1String("--jobs="))) {
            base.removeAt(i);
            --i;
        }
    }
    QElapsedTimer timer;
    timer.start();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!serverPassword.isEmpty()) environment.insert(QStringLiteral("PGPASSWORD"), serverPassword);
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 0; i < jobs; ++i) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessEnvironment(environment);
        worker->setStandardInputFile(QProcess::nullDevice()); // a worker never asks
        worker->setProgram(QCoreApplication::applicationFilePath());
        worker->setArguments(base + QStringList{QStringLiteral("--part"), QStringLiteral("%1/%2").arg(i).arg(jobs)});
        worker->start();
        workers.push_back(std::move(worker));
    }
    int written = 0;
    int total = 0;
    int code = 0;
    static const QRegularExpression summary(QStringLiteral("^\\S+ (\\d+) \\S+ (\\d+) "));
    for (auto& worker : workers) {
        if (!worker->waitForFinished(-1) || worker->exitStatus() != QProcess::NormalExit) code = 1;
        if (worker->exitCode() != 0) code = worker->exitCode();
        const QStringList lines = QString::fromUtf8(worker->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            // The worker's last line is its own count ("Skrev 50 af 50 rapporter …"); the parent
            // prints one for all of them instead.
            const auto match = summary.match(line);
            if (&line == &lines.constLast() && match.hasMatch()) {
                written += match.captured(1).toInt();
                total += match.captured(2).toInt();
                continue;
            }
            out << line << "\n";
        }
        err << QString::fromUtf8(worker->readAllStandardError());
    }
    out << tr("Wrote %1 of %2 reports in %3 ms (%4 processes)")
               .arg(written)
               .arg(total)
               .arg(timer.elapsed())
               .arg(jobs)
        << "\n";
    return code;
}

} // namespace medsafe::cli

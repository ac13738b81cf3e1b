#include "report/ReportFormat.h"

#include "charts/ChartNumberFormat.h"
#include "domain/DomainLabels.h"
#include "services/report/SmallCountSuppression.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace medsafe::report {

QString ReportFormat::count(const services::ReportCount& count) {
    if (count.suppressed) return QStringLiteral("<%1").arg(services::SmallCountSuppression::kThreshold);
    return QString::number(count.value);
}

QString ReportFormat::progress(const services::ProgrammeProgress& p) {
    using State = services::ProgrammeProgress::State;
    switch (p.state) {
    case State::NoProgramme:
        return tr("No programme registered");
    case State::NotStarted:
        return tr("The programme starts %1").arg(QLocale().toString(p.start, QStringLiteral("d. MMMM yyyy")));
    case State::Ended:
        return tr("The programme ended %1").arg(QLocale().toString(p.end, QStringLiteral("d. MMMM yyyy")));
    case State::Running:
        break;
    }
    return tr("Phase %1 of 4: %2 · month %3 of %4")
        .arg(p.phase)
        .arg(domain::DomainLabels::label(static_cast<domain::Phase>(p.phase)))
        .arg(p.month)
        .arg(p.months);
}

QString ReportFormat::text(const QString& plain) {
    const QString trimmed = plain.trimmed();
    if (trimmed.isEmpty()) return QStringLiteral("<span class='muted'>%1</span>").arg(tr("(not filled in)"));
    return trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString ReportFormat::selfScore(const std::optional<int>& score) {
    if (!score) return tr("(not given)");
    static const char* const kMeanings[] = {
        QT_TR_NOOP("no progress yet"), QT_TR_NOOP("a little progress"), QT_TR_NOOP("some progress"),
        QT_TR_NOOP("good progress"), QT_TR_NOOP("excellent progress"),
    };
    const int index = std::clamp(*score, 1, 5) - 1;
    return tr("%1 of 5 — %2").arg(*score).arg(tr(kMeanings[index]));
}

QString ReportFormat::heading(const QString& plain) { return QStringLiteral("<h2>%1</h2>").arg(plain.toHtmlEscaped()); }

QString ReportFormat::tableRow(const QStringList& cells, bool header) {
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += header ? QStringLiteral("<th>%1</th>").arg(cell) : QStringLiteral("<td>%1</td>").arg(cell);
    return html + QStringLiteral("</tr>");
}

QString ReportFormat::table(const QString& rows) {
    return QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>%1</table>").arg(rows);
}

QString ReportFormat::fileNamePart(const QString& name) {
    static const QRegularExpression kUnsafe(QStringLiteral(R"([\\/:*?"<>|\s]+)"));
    return QString(name).replace(kUnsafe, QStringLiteral("_"));
}

} // namespace medsafe::report

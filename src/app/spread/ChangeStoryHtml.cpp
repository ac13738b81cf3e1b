#include "app/spread/ChangeStoryHtml.h"

#include "charts/ChartNumberFormat.h"
#include "domain/DomainLabels.h"

namespace medsafe::app {

using charts::ChartNumberFormat;
using domain::DomainLabels;

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// "<b>label</b> text" on its own line, nothing when the text is empty.
QString line(const QString& label, const QString& text) {
    if (text.trimmed().isEmpty()) return {};
    return QStringLiteral("<p style='margin:2px 0'><b>%1</b> %2</p>")
        .arg(label.toHtmlEscaped(), escaped(text));
}

QString months(const domain::ChangeStoryCycle& c) {
    if (!c.startMonth.isValid()) return {};
    if (!c.endMonth.isValid() || c.endMonth == c.startMonth) return ChartNumberFormat::month(c.startMonth);
    return ChartNumberFormat::month(c.startMonth) + QStringLiteral(" – ") +
           ChartNumberFormat::month(c.endMonth);
}

} // namespace

QString ChangeStoryHtml::of(const domain::ChangePackage& p, const QDate& receivedOn) {
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(p.title.toHtmlEscaped());
    html += QStringLiteral("<p style='margin:2px 0'>%1</p>")
                .arg(tr("From %1 (%2 Kommune), adopted %3, received %4")
                         .arg(p.originBotilbud.toHtmlEscaped(), p.originKommune.toHtmlEscaped(),
                              ChartNumberFormat::month(p.adoptedMonth), ChartNumberFormat::day(receivedOn)));
    if (!p.primaryDriverText.isEmpty()) html += line(tr("Primary driver:"), p.primaryDriverText);
    if (!p.driverText.isEmpty())
        html += line(p.primaryDriverText.isEmpty() ? tr("Driver:") : tr("Secondary driver:"), p.driverText);
    html += line(tr("The change:"), p.description);

    html += QStringLiteral("<h4 style='margin:8px 0 2px 0'>%1</h4>")
                .arg(tr("PDSA cycles (%n)", nullptr, p.cycles.size()));
    for (const domain::ChangeStoryCycle& c : p.cycles) {
        QString heading = tr("Cycle %1: %2").arg(c.number).arg(c.title.toHtmlEscaped());
        if (const QString when = months(c); !when.isEmpty()) heading += QStringLiteral(" · ") + when;
        if (c.decision) heading += QStringLiteral(" · ") + DomainLabels::label(*c.decision).toHtmlEscaped();
        html += QStringLiteral("<p style='margin:6px 0 2px 0'><b><i>%1</i></b></p>").arg(heading);
        html += line(tr("Question:"), c.question);
        html += line(tr("Prediction:"), c.prediction);
        html += line(tr("Plan:"), c.planned);
        html += line(tr("Do — what happened:"), c.happened);
        html += line(tr("Study — result:"), c.result);
        html += line(tr("Learning:"), c.learning);
        html += line(tr("Next step:"), c.nextStep);
    }

    html +=
        QStringLiteral("<h4 style='margin:8px 0 2px 0'>%1</h4>").arg(tr("Measures that showed it worked"));
    if (p.measures.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(tr("The package names no measures."));
    for (const domain::ChangePackageMeasure& m : p.measures) {
        html += QStringLiteral("<p style='margin:6px 0 2px 0'><b>%1</b> (%2, %3, %4)</p>")
                    .arg(m.name.toHtmlEscaped(), DomainLabels::label(m.type).toHtmlEscaped(),
                         DomainLabels::label(m.kind).toHtmlEscaped(),
                         DomainLabels::label(m.direction).toHtmlEscaped());
        html += line(tr("Operational definition:"), m.operationalDefinition);
        html += line(tr("Numerator:"), m.numeratorDefinition);
        html += line(tr("Denominator:"), m.denominatorDefinition);
        const QString unit = m.kind == domain::MeasureKind::Proportion ? QStringLiteral("%") : QString();
        const auto shown = [&unit](const std::optional<double>& value) {
            return value ? ChartNumberFormat::withUnit(*value, unit) : QStringLiteral("–");
        };
        html += line(tr("Result:"), tr("median %1 before adoption (%2 points), %3 after (%4 points)")
                                        .arg(shown(m.medianBefore))
                                        .arg(m.pointsBefore)
                                        .arg(shown(m.medianAfter))
                                        .arg(m.pointsAfter));
    }
    return html;
}

} // namespace medsafe::app

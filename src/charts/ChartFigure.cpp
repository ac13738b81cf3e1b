#include "charts/ChartFigure.h"

#include "charts/ChartNarrative.h"
#include "charts/ChartStyle.h"
#include "charts/RunChartBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextDocument>
#include <algorithm>
#include <memory>

namespace medsafe::charts {

namespace {
constexpr int kLayoutRounds = 3;
} // namespace

QString ChartFigure::narrativeHtml(const ChartSpec& spec) {
    const ChartNarrative n = ChartNarrative::describe(spec);
    QString html = QStringLiteral("<p style='margin:0'>%1 &nbsp;%2</p>").arg(n.verdictHtml(), n.whyHtml());
    html += QStringLiteral("<p style='margin-top:4px'>%1</p>").arg(n.readingHtml());
    QStringList facts;
    for (const ChartNarrative::Fact& f : n.facts)
        facts << QStringLiteral("%1: %2").arg(f.label, f.value).toHtmlEscaped();
    if (!facts.isEmpty()) {
        html += QStringLiteral("<p style='margin-top:4px; color:#5a5a5a'>%1</p>")
                    .arg(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    if (!n.legend.isEmpty()) {
        html += QStringLiteral("<p style='margin-top:6px'><b>%1</b><br>%2</p>")
                    .arg(tr("PDSA cycles and changes").toHtmlEscaped(), n.legendHtml());
    }
    if (!n.exclusions.isEmpty()) {
        html += QStringLiteral("<p style='margin-top:6px'><b>%1</b><br>%2</p>")
                    .arg(tr("Excluded points (hollow)").toHtmlEscaped(), n.exclusionsHtml());
    }
    return html;
}

void ChartFigure::paintChart(QPainter* painter, const QRectF& rect, QChart* chart) {
    // A private scene lays the chart out at the target size; the chart goes back to its
    // owner afterwards (the scene would otherwise delete it).
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    // Qt Charts finishes its layout in posted events, and refitting the time labels to the
    // new plot width posts one more round.
    for (int round = 0; round < kLayoutRounds; ++round)
        QCoreApplication::sendPostedEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    scene.render(painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
    scene.removeItem(chart);
}

void ChartFigure::paint(QPainter* painter, const QRectF& rect, const ChartSpec& spec, bool withNarrative) {
    painter->save();
    painter->fillRect(rect, ChartStyle::backgroundColor());

    qreal chartHeight = rect.height();
    QTextDocument doc;
    if (withNarrative) {
        doc.setDefaultFont(ChartStyle::bodyFont());
        doc.setDocumentMargin(0);
        doc.setDefaultStyleSheet(QStringLiteral("body { color: #202020; }"));
        doc.setHtml(narrativeHtml(spec));
        doc.setTextWidth(rect.width() - 2 * kTextMargin);
        const qreal textHeight = doc.size().height() + 2 * kTextMargin;
        chartHeight = std::max(rect.height() - textHeight, rect.height() * kMinChartShare);
    }

    std::unique_ptr<QChart> chart(RunChartBuilder::build(spec));
    paintChart(painter, QRectF(rect.topLeft(), QSizeF(rect.width(), chartHeight)), chart.get());

    if (withNarrative) {
        const QRectF textRect(rect.left() + kTextMargin, rect.top() + chartHeight + kTextMargin / 2,
                              rect.width() - 2 * kTextMargin, rect.height() - chartHeight - kTextMargin);
        painter->translate(textRect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, 0), textRect.size());
        context.palette.setColor(QPalette::Text, ChartStyle::textColor());
        doc.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

} // namespace medsafe::charts

#include "charts/ChartView.h"

#include "charts/ChartExporter.h"
#include "charts/ChartNarrative.h"
#include "charts/ChartPrinter.h"
#include "charts/RunChartBuilder.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace medsafe::charts {

// The texts use the plain context "ChartView" through translate(): tr() of a class inside a
// namespace looks up "medsafe::charts::ChartView" at run time, which lupdate does not write
// for C++17 nested namespace declarations, so the Danish text would never be found.

namespace {
QString bold(const QString& text) {
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}
} // namespace

ChartView::ChartView(QWidget* parent) : QWidget(parent) {
    // One white card: chart, legend and panel read as one figure.
    setAutoFillBackground(true);
    QPalette card = palette();
    card.setColor(QPalette::Window, card.color(QPalette::Base));
    setPalette(card);

    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 300);
    m_chartView->setFrameShape(QFrame::NoFrame);

    m_legendLabel = makeLabel("annotationLegendLabel");
    m_legendLabel->setContentsMargins(8, 0, 8, 4);

    auto* chartColumn = new QVBoxLayout;
    chartColumn->setContentsMargins(0, 0, 0, 0);
    chartColumn->addWidget(m_chartView, 1);
    chartColumn->addWidget(m_legendLabel);

    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("explanationPanel"));
    panel->setFixedWidth(kPanelWidth);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(10, 10, 10, 10);
    m_verdictLabel = makeLabel("verdictLabel");
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.25);
    m_verdictLabel->setFont(verdictFont);
    m_readingLabel = makeLabel("readingLabel");
    m_factsTitle = makeLabel("factsTitleLabel");
    m_factsTitle->setText(bold(QCoreApplication::translate("ChartView", "The numbers behind it")));
    m_factsLabel = makeLabel("factsLabel");
    m_exclusionsLabel = makeLabel("exclusionsLabel");
    panelLayout->addWidget(m_verdictLabel);
    panelLayout->addWidget(m_readingLabel);
    panelLayout->addSpacing(6);
    panelLayout->addWidget(m_factsTitle);
    panelLayout->addWidget(m_factsLabel);
    panelLayout->addSpacing(6);
    panelLayout->addWidget(m_exclusionsLabel);
    panelLayout->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chartColumn, 1);
    layout->addWidget(panel);
}

ChartView::~ChartView() = default;

QLabel* ChartView::makeLabel(const char* objectName) {
    auto* label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ChartView::setSpec(const ChartSpec& spec) {
    m_spec = spec;
    QChart* old = m_chartView->chart();
    m_chartView->setChart(RunChartBuilder::build(spec));
    // QChartView does not delete a chart it is given a replacement for.
    delete old;

    const ChartNarrative n = ChartNarrative::describe(spec);
    m_verdictLabel->setText(n.verdictHtml());
    m_verdictLabel->setAccessibleName(n.verdict.badgeText());
    const QString why = n.why.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(n.whyHtml());
    m_readingLabel->setText(why + QStringLiteral("<p>%1</p>").arg(n.readingHtml(true)));
    m_factsLabel->setText(n.factsHtml());
    m_factsTitle->setVisible(!n.facts.isEmpty());
    m_factsLabel->setVisible(!n.facts.isEmpty());
    if (n.exclusions.isEmpty()) {
        m_exclusionsLabel->clear();
        m_exclusionsLabel->hide();
    } else {
        const QString title = QCoreApplication::translate("ChartView", "Excluded points (hollow)");
        m_exclusionsLabel->setText(bold(title) + QStringLiteral("<br>") + n.exclusionsHtml());
        m_exclusionsLabel->show();
    }
    if (n.legend.isEmpty()) {
        m_legendLabel->clear();
        m_legendLabel->hide();
    } else {
        const QString title = QCoreApplication::translate("ChartView", "PDSA cycles and changes");
        m_legendLabel->setText(bold(title) + QStringLiteral("<br>") + n.legendHtml());
        m_legendLabel->show();
    }
}

QChart* ChartView::chart() const {
    return m_chartView->chart();
}

bool ChartView::exportTo(const QString& path, QString* error) const {
    return ChartExporter::exportFile(m_spec, path, ChartExporter::defaultSize(), error);
}

bool ChartView::print() {
    return ChartPrinter::printWithDialog(m_spec, this);
}

} // namespace medsafe::charts

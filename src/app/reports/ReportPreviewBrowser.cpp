#include "app/reports/ReportPreviewBrowser.h"

#include "report/MonthlyReportComposer.h"
#include "report/ReportPreview.h"

#include <QScrollBar>

namespace medsafe::app {

ReportPreviewBrowser::ReportPreviewBrowser(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("reportPreviewBrowser"));
    setOpenLinks(false);
    setStyleSheet(QStringLiteral("QTextBrowser { background: white; }"));
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(200);
    connect(&m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_document && std::abs(contentWidth() - m_renderedWidth) > 8) render();
    });
    m_chartTimer.setInterval(0);
    connect(&m_chartTimer, &QTimer::timeout, this, &ReportPreviewBrowser::drawNextChart);
}

void ReportPreviewBrowser::drawNextChart() {
    if (!m_document || m_nextChart >= report::ReportPreview::chartCount(*m_document)) {
        m_chartTimer.stop();
        return;
    }
    report::ReportPreview::drawChart(*document(), *m_document, m_nextChart++, m_renderedWidth);
    viewport()->update();
}

int ReportPreviewBrowser::contentWidth() const {
    // Leave room for the vertical scroll bar, which a report always needs.
    return std::max(240, viewport()->width() - 2 * static_cast<int>(document()->documentMargin()) -
                             (verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width()));
}

void ReportPreviewBrowser::showContent(const services::MonthlyReportContent& content) {
    m_document = report::MonthlyReportComposer::compose(content);
    // A hidden browser has no width yet: draw the charts when it is shown, at its real width.
    if (isVisible()) render();
    else m_renderedWidth = 0;
}

void ReportPreviewBrowser::showEvent(QShowEvent* event) {
    QTextBrowser::showEvent(event);
    if (m_document && m_renderedWidth == 0) render();
}

void ReportPreviewBrowser::showMessage(const QString& text) {
    m_document.reset();
    m_chartTimer.stop();
    m_renderedWidth = 0;
    document()->clear();
    setHtml(QStringLiteral("<p style='color:#5a5a5a'>%1</p>").arg(text.toHtmlEscaped()));
}

void ReportPreviewBrowser::render() {
    if (!m_document) return;
    const int scroll = verticalScrollBar()->value();
    m_renderedWidth = contentWidth();
    report::ReportPreview::fillText(*document(), *m_document, m_renderedWidth);
    m_nextChart = 0;
    m_chartTimer.start();
    // The browser wraps the text at its own width (and keeps doing so on resize); the charts
    // keep the width they were drawn at until the resize timer redraws them.
    document()->setTextWidth(viewport()->width());
    verticalScrollBar()->setValue(scroll); // a refresh after saving keeps the reader's place
}

void ReportPreviewBrowser::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    if (m_document) m_resizeTimer.start();
}

} // namespace medsafe::app

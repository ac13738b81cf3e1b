#pragma once

#include "report/ReportDocument.h"
#include "services/report/MonthlyReportContent.h"

#include <QTextBrowser>
#include <QTimer>
#include <optional>

namespace medsafe::app {

// Shows a monthly report on screen exactly as the PDF lays it out in content and order
// (report::ReportPreview), charts drawn for the browser's width. The text appears at once and
// the charts are drawn one per turn of the event loop, so choosing another month answers
// immediately. A new width redraws the charts once the resizing has settled, not on every
// pixel. GUI thread.
class ReportPreviewBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit ReportPreviewBrowser(QWidget* parent = nullptr);

    void showContent(const services::MonthlyReportContent& content);
    void showMessage(const QString& text);
    bool hasReport() const { return m_document.has_value(); }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void render();
    void drawNextChart();
    int contentWidth() const;

    std::optional<report::ReportDocument> m_document;
    QTimer m_resizeTimer;
    QTimer m_chartTimer; // draws the next chart of m_document
    int m_nextChart = 0;
    int m_renderedWidth = 0;

public:
    // True while charts are still being drawn (tests and screenshots wait for it).
    bool drawingCharts() const { return m_chartTimer.isActive(); }
};

} // namespace medsafe::app

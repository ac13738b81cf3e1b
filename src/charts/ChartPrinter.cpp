#include "charts/ChartPrinter.h"

#include "charts/ChartExporter.h"
#include "charts/ChartFigure.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace medsafe::charts {

bool ChartPrinter::print(const ChartSpec& spec, QPrinter& printer) {
    // Qt Charts lays out its point-size fonts at 96 dpi; printing at that logical resolution
    // keeps text and lines in proportion (the output stays vector, so nothing gets coarse).
    printer.setResolution(ChartExporter::kLogicalDpi);
    printer.setDocName(spec.title);
    QPainter painter;
    if (!painter.begin(&printer)) return false;
    const QRect area = printer.pageLayout().paintRectPixels(printer.resolution());
    ChartFigure::paint(&painter, QRectF(QPointF(0, 0), area.size()), spec, true);
    return painter.end();
}

bool ChartPrinter::printWithDialog(const ChartSpec& spec, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print chart"));
    if (dialog.exec() != QDialog::Accepted) return false;
    return print(spec, printer);
}

} // namespace medsafe::charts

#include "report/ReportPrinter.h"

#include <QPrintDialog>
#include <QPrinter>

namespace medsafe::report {

bool ReportPrinter::print(const ReportDocument& document, QPrinter& printer) {
    // The document lays out at 96 dpi (Qt Charts' point sizes); the output stays vector.
    printer.setResolution(ReportDocument::kDpi);
    printer.setPageLayout(ReportDocument::pageLayout());
    return document.paint(printer) > 0;
}

bool ReportPrinter::printWithDialog(const ReportDocument& document, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::pageLayout());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted) return false;
    return print(document, printer);
}

} // namespace medsafe::report

#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace medsafe::report {

// Prints a report (monthly report or final evaluation) with the same pages as its PDF: A4
// portrait, header, page numbers, vector charts. `print` paints on a printer the caller set up
// (tests use a PDF printer); `printWithDialog` asks the person first — the only dialog this
// library opens, and only when the app calls it. GUI thread.
class ReportPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)

public:
    static bool print(const ReportDocument& document, QPrinter& printer);
    // False when the person cancels or printing fails.
    static bool printWithDialog(const ReportDocument& document, QWidget* parent);
};

} // namespace medsafe::report

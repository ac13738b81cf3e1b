#pragma once

#include "charts/ChartSpec.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace medsafe::charts {

// Prints a chart figure (ChartFigure) on one page. `print` paints on a printer the caller set
// up (tests use a PDF printer); `printWithDialog` asks the person first. The dialog is the
// only widget this library opens, and only when the app calls this function.
class ChartPrinter {
    Q_DECLARE_TR_FUNCTIONS(ChartPrinter)

public:
    static bool print(const ChartSpec& spec, QPrinter& printer);
    // False when the person cancels or printing fails.
    static bool printWithDialog(const ChartSpec& spec, QWidget* parent);
};

} // namespace medsafe::charts

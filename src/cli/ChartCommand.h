#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `chart --database F --botilbud NAME --measure NAME --out FILE.{png,svg,pdf} [--chart TYPE]
// [--width W --height H]`: draws a measure's chart exactly as the application does (freeze,
// parts, exclusions, PDSA markers, the reading beside it) and prints the plain-language reading.
// Reads the database only; a missing file is refused, never created.
class ChartCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override { return tr("Draw a measure's chart to PNG, SVG or PDF"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
    bool needsGui() const override { return true; }
};

} // namespace medsafe::cli

#pragma once

#include "charts/ChartSpec.h"
#include "charts/SignalVerdict.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace medsafe::charts {

// The words around a chart: the verdict, the plain-language reading of the signals and the
// numbers behind them, the legend of the numbered PDSA markers and the reasons for excluded
// points. One source for the on-screen panel, the exported figure and the printout, so all
// three say the same thing.
class ChartNarrative {
    Q_DECLARE_TR_FUNCTIONS(ChartNarrative)

public:
    struct Fact {
        QString label;
        QString value;
    };

    SignalVerdict verdict;
    QStringList why;        // which signal decided the verdict, and which way is better
    QStringList reading;    // the engine's plain-language sentences, with the numbers
    QList<Fact> facts;      // the numbers behind them, for the last part
    QStringList legend;     // "1  Dobbeltkontrol ved dispensering (Implementér)"
    QStringList exclusions; // "jun. 2024: ferieafløsere"

    static ChartNarrative describe(const ChartSpec& spec);

    // The whole narrative as simple HTML (for QLabel, QTextDocument and the report).
    QString verdictHtml() const;
    QString whyHtml() const;
    // One sentence a line (`perLine`) for the narrow panel, or one paragraph for a figure.
    QString readingHtml(bool perLine = false) const;
    QString factsHtml() const;
    QString legendHtml() const;
    QString exclusionsHtml() const;
    // The same as plain text, for the CLI.
    QString toPlainText() const;
};

} // namespace medsafe::charts

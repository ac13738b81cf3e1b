#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `feedback --database F --botilbud NAME --month YYYY-MM (--text TEXT | --file F.txt)`: writes
// PS!'s feedback on a received monthly report in the consultant's database (status
// "feedback received", dated today), validated as in the app (a CPR-shaped number is refused
// and nothing is written). Send it back with `export-package --feedback`.
class FeedbackCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(FeedbackCommand)

public:
    QString name() const override { return QStringLiteral("feedback"); }
    QString summary() const override { return tr("Write PS!'s feedback on a monthly report"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli

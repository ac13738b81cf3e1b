#pragma once

#include "domain/ValidationIssue.h"

#include <QLabel>
#include <QStringList>

namespace medsafe::app {

// Shows every message of `issues` in a form's problem label, one per line. The forms call it
// when a save is refused, so the person sees all that is wrong at once.
inline void showIssueMessages(QLabel* label, const domain::ValidationIssues& issues) {
    QStringList messages;
    for (const domain::ValidationIssue& issue : issues)
        messages << issue.message;
    label->setText(messages.join(QLatin1Char('\n')));
    label->show();
}

} // namespace medsafe::app

#pragma once

#include "domain/spread/ChangePackage.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace medsafe::app {

// The story of a received change package as a page to read (the spread page's story view):
// where it comes from, the driver, the idea, each PDSA cycle in P-D-S-A order and the measures
// with their definitions and medians before and after adoption. Texts are escaped. GUI thread.
class ChangeStoryHtml {
    Q_DECLARE_TR_FUNCTIONS(ChangeStoryHtml)

public:
    static QString of(const domain::ChangePackage& package, const QDate& receivedOn);
};

} // namespace medsafe::app

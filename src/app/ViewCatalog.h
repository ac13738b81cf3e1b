#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <array>

namespace medsafe::app {

// The views of the left navigation, in the order of the list and of Ctrl+1…9 and Ctrl+0 (the
// first ten; the others are reached from the list and the Vis menu).
enum class ViewId {
    Overview,
    Improvement,
    Pdsa,
    Measurements,
    RunCharts,
    Incidents,
    Programme,
    MonthlyReport,
    History,
    Pharmacy,
    Startup, // phase 1: workflow analysis, guidelines, delegations
    Sustain  // phase 3: sustaining adopted changes and spreading them
};

inline constexpr std::array kAllViews{ViewId::Overview,     ViewId::Improvement,   ViewId::Pdsa,
                                      ViewId::Measurements, ViewId::RunCharts,     ViewId::Incidents,
                                      ViewId::Programme,    ViewId::MonthlyReport, ViewId::History,
                                      ViewId::Pharmacy,     ViewId::Startup,       ViewId::Sustain};

// Names, descriptions and icons of the views, translated at the moment they are asked for.
class ViewCatalog {
    Q_DECLARE_TR_FUNCTIONS(ViewCatalog)
public:
    static QString title(ViewId view);
    static QString description(ViewId view);
    static QIcon icon(ViewId view);
};

} // namespace medsafe::app

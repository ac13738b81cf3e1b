#include <catch2/catch.hpp>

#include "analysis/ChartAnalyzer.h"
#include "domain/SignalExplanation.h"

#include <variant>

using namespace medsafe;

// The plain-language reading is what a leader acts on: it must come out in Danish, with
// Danish plural forms, from the translation loaded by default (gui_tests' main installs it).
TEST_CASE("signal explanation: Danish sentences with Danish plurals") {
    analysis::ChartInput input;
    // Baseline median 12.5 (three points above, then three below), then 14 points well below:
    // one crossing and a run of 17 below the median.
    for (double v : {13.0, 14.0, 15.0, 10.0, 11.0, 12.0}) input.y.push_back(v);
    for (int i = 0; i < 14; ++i) input.y.push_back(3.0 + (i % 3));
    input.freeze = 6;
    const auto outcome = analysis::ChartAnalyzer::analyze(analysis::ChartType::Run, input);
    REQUIRE(std::holds_alternative<analysis::ChartResult>(outcome));

    const QString text = domain::SignalExplanation::explain(std::get<analysis::ChartResult>(outcome)).join(' ');
    INFO(text.toStdString());
    CHECK(text.contains("Serielængdesignal: 17 punkter i træk under medianen (grænsen er 7)."));
    CHECK(text.contains("Krydssignal: kurven krydser medianen 1 gang;"));
    CHECK_FALSE(text.contains("Long-run"));
    CHECK_FALSE(text.contains("Crossings"));
    CHECK_FALSE(text.contains('|'));
}

#include "services/report/SmallCountSuppression.h"

#include <catch2/catch.hpp>

using namespace medsafe::services;

namespace {
QList<ReportCountRow> rows(std::initializer_list<int> counts) {
    QList<ReportCountRow> out;
    int i = 0;
    for (int c : counts)
        out.append({QStringLiteral("c%1").arg(i++), ReportCount{c, false}});
    return out;
}

QList<bool> hidden(const QList<ReportCountRow>& rows) {
    QList<bool> out;
    for (const auto& r : rows)
        out << r.count.suppressed;
    return out;
}
} // namespace

TEST_CASE("Counts of 1 to 4 are hidden, 0 and 5 or more are shown", "[report][privacy]") {
    for (int n : {1, 2, 3, 4}) {
        const ReportCount c = SmallCountSuppression::suppress({n, false});
        CHECK(c.suppressed);
        CHECK(c.value == 0); // the exact figure must not travel
    }
    CHECK_FALSE(SmallCountSuppression::suppress({0, false}).suppressed);
    CHECK(SmallCountSuppression::suppress({5, false}) == ReportCount{5, false});
    CHECK(SmallCountSuppression::suppress({17, false}) == ReportCount{17, false});
}

TEST_CASE("A single hidden cell beside a shown total hides the next smallest cell too", "[report][privacy]") {
    // total 20 = 12 + 6 + 2: hiding only the 2 would let anyone compute it as 20 - 12 - 6.
    auto breakdown = rows({12, 6, 2, 0});
    SmallCountSuppression::suppressBreakdown(breakdown, ReportCount{20, false});
    CHECK(hidden(breakdown) == QList<bool>{false, true, true, false});
    CHECK(breakdown[0].count.value == 12);
}

TEST_CASE("Two hidden cells need no secondary suppression", "[report][privacy]") {
    auto breakdown = rows({12, 3, 2});
    SmallCountSuppression::suppressBreakdown(breakdown, ReportCount{17, false});
    CHECK(hidden(breakdown) == QList<bool>{false, true, true});
}

TEST_CASE("A hidden total needs no secondary suppression", "[report][privacy]") {
    auto breakdown = rows({3, 0, 0});
    SmallCountSuppression::suppressBreakdown(breakdown, ReportCount{0, true});
    CHECK(hidden(breakdown) == QList<bool>{true, false, false});
}

TEST_CASE("apply() hides the total, reached-resident and both breakdowns", "[report][privacy]") {
    ReportIncidentSummary s;
    s.total = {7, false};
    s.reachedCitizen = {2, false};
    s.byStage = rows({5, 2, 0});
    s.byConsequence = rows({7, 0});
    SmallCountSuppression::apply(s);
    CHECK(s.total == ReportCount{7, false});
    CHECK(s.reachedCitizen.suppressed);
    CHECK(hidden(s.byStage) == QList<bool>{true, true, false});
    CHECK(hidden(s.byConsequence) == QList<bool>{false, false});
}

// Snapshots for a person to look at (hidden; run with "[.snapshots]"): the figures and the
// on-screen view, written to $MEDSAFE_CHART_SNAPSHOTS or /tmp.

#include "SpecFixtures.h"
#include "charts/ChartExporter.h"
#include "charts/ChartView.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>

using namespace medsafe::charts;

namespace {
QString snapshotPath(const QString& name) {
    const QString dir = qEnvironmentVariable("MEDSAFE_CHART_SNAPSHOTS", QStringLiteral("/tmp"));
    return dir + QLatin1Char('/') + name;
}

ChartSpec stableFrozenRunChart() {
    medsafe::analysis::ChartInput in;
    in.y = {5, 7, 4, 6, 5, 8, 3, 6, 4, 7, 5, 6, 7, 4, 6, 5, 8, 4, 6, 5};
    in.freeze = 12;
    ChartSpec spec =
        test::specFor(medsafe::analysis::ChartType::Run, in, QStringLiteral("Antal medicinfejl"));
    spec.yAxisLabel = QStringLiteral("Medicinfejl pr. måned");
    spec.annotations = {
        {1, QDate(2023, 11, 15), QStringLiteral("Arbejdsgangsanalyse af dispensering (Implementér)")}};
    return spec;
}
} // namespace

TEST_CASE("snapshots", "[.snapshots]") {
    const QSize size(1000, 680);
    CHECK(ChartExporter::renderImage(test::improvingRunChart(), size, 1.0)
              .save(snapshotPath("charts_run.png")));
    CHECK(ChartExporter::renderImage(test::splitPChart(), size, 1.0).save(snapshotPath("charts_p.png")));
    CHECK(
        ChartExporter::renderImage(test::daysBetweenTChart(), size, 1.0).save(snapshotPath("charts_t.png")));
    CHECK(ChartExporter::renderImage(stableFrozenRunChart(), size, 1.0)
              .save(snapshotPath("charts_frozen.png")));
    CHECK(ChartExporter::exportPdf(test::improvingRunChart(), snapshotPath("charts_run.pdf")));
    CHECK(ChartExporter::exportSvg(test::improvingRunChart(), snapshotPath("charts_run.svg"), size));

    ChartView view;
    view.resize(1140, 620); // what is left of 1366 x 768 beside the navigation
    view.setSpec(test::improvingRunChart());
    view.show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(view.grab().save(snapshotPath("charts_view.png")));
}

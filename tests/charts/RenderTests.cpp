#include "SpecFixtures.h"

#include "charts/ChartExporter.h"

#include <QImage>

using namespace medsafe::charts;

TEST_CASE("scratch render", "[render][.scratch]")
{
    const ChartSpec spec = test::improvingRunChart();
    const QImage image = ChartExporter::renderImage(spec, QSize(1000, 680), 1.0);
    CHECK(image.save(QStringLiteral("/tmp/charts_run.png")));
    CHECK(ChartExporter::renderImage(test::splitPChart(), QSize(1000, 680), 1.0).save(QStringLiteral("/tmp/charts_p.png")));
    CHECK(ChartExporter::renderImage(test::daysBetweenTChart(), QSize(1000, 680), 1.0).save(QStringLiteral("/tmp/charts_t.png")));
}

// growth_plot IN.csv OUT.png — how cost grows with the number of botilbud (scripts/bench.sh).
// IN.csv has a header "botilbud,<figure>,<figure>,..." and one row per data set size. Each
// figure is drawn relative to its value at the smallest size, against the number of botilbud
// relative to the smallest size, beside the line of exactly linear growth: a figure on or
// below that line grows linearly or better.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QPen>
#include <QTextStream>
#include <QValueAxis>

#include <cstdio>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: growth_plot IN.csv OUT.png\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    QTextStream text(&in);
    const QStringList header = text.readLine().split(u',');
    QList<QList<double>> rows;
    while (!text.atEnd()) {
        const QStringList cells = text.readLine().split(u',');
        if (cells.size() != header.size()) continue;
        QList<double> row;
        for (const QString& cell : cells) row << cell.toDouble();
        rows << row;
    }
    if (rows.size() < 2) {
        std::fprintf(stderr, "need at least two sizes\n");
        return 1;
    }
    auto* chart = new QChart;
    chart->setTitle(QStringLiteral("Cost relative to the smallest data set (%1 botilbud)").arg(rows.first().first()));
    double top = 1;
    const double base = rows.first().first();
    auto* linear = new QLineSeries;
    linear->setName(QStringLiteral("linear growth"));
    linear->setPen(QPen(Qt::gray, 2, Qt::DashLine));
    for (const auto& row : rows) {
        linear->append(row.first() / base, row.first() / base);
        top = std::max(top, row.first() / base);
    }
    chart->addSeries(linear);
    // Eight distinct colours (the default theme repeats after five).
    const QColor colours[] = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                              QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf)};
    for (qsizetype column = 1; column < header.size(); ++column) {
        auto* series = new QLineSeries;
        series->setName(header.at(column));
        series->setPen(QPen(colours[(column - 1) % 8], 2));
        series->setPointsVisible(true);
        const double first = rows.first().at(column);
        if (first <= 0) continue;
        for (const auto& row : rows) {
            series->append(row.first() / base, row.at(column) / first);
            top = std::max(top, row.at(column) / first);
        }
        chart->addSeries(series);
    }
    chart->createDefaultAxes();
    auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
    auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
    if (x) {
        x->setTitleText(QStringLiteral("botilbud (× smallest)"));
        x->setRange(0, rows.last().first() / base * 1.05);
    }
    if (y) {
        y->setTitleText(QStringLiteral("time or memory (× smallest)"));
        y->setRange(0, top * 1.1);
    }
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(900, 560);
    if (!view.grab().save(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}

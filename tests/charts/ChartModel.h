#pragma once

#include <QAbstractAxis>
#include <QChart>
#include <QList>
#include <QPointF>
#include <QXYSeries>

namespace medsafe::charts::test {

// Looks into a built chart the way a reader would: by the series' object names.
inline QList<QXYSeries*> seriesNamed(const QChart& chart, const char* name) {
    QList<QXYSeries*> found;
    for (QAbstractSeries* s : chart.series()) {
        if (s->objectName() == QLatin1String(name)) found << qobject_cast<QXYSeries*>(s);
    }
    return found;
}

inline QList<QPointF> pointsNamed(const QChart& chart, const char* name) {
    QList<QPointF> points;
    for (QXYSeries* s : seriesNamed(chart, name))
        points << s->points();
    return points;
}

inline QAbstractAxis* axisNamed(const QChart& chart, const char* name) {
    for (QAbstractAxis* a : chart.axes()) {
        if (a->objectName() == QLatin1String(name)) return a;
    }
    return nullptr;
}

} // namespace medsafe::charts::test

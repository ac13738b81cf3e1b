#pragma once

#include "domain/Programme.h"
#include "domain/ProgrammeEvent.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

namespace medsafe::app {

// Draws the two-year programme of one botilbud: the four phases as bands across the months, a
// row of læringstræf and a row of PS! visits (filled when done, hollow when planned, the next one
// named) and a line for today. Paints only what it is given; GUI thread.
class ProgrammeTimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit ProgrammeTimelineWidget(QWidget* parent = nullptr);

    void setProgramme(const std::optional<domain::Programme>& programme, const QList<domain::ProgrammeEvent>& events,
                      const QDate& today);
    // The first læringstræf or visit not done yet, if any.
    std::optional<domain::ProgrammeEvent> nextEvent() const;
    static QString eventName(const domain::ProgrammeEvent& event);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        double left = 0;
        double right = 0;
        double xOf(const QDate& date, const QDate& start, const QDate& end) const;
    };
    Geometry geometry() const;
    void paintPhases(QPainter& painter, const Geometry& g) const;
    void paintAxis(QPainter& painter, const Geometry& g) const;
    void paintEvents(QPainter& painter, const Geometry& g) const;
    void paintToday(QPainter& painter, const Geometry& g) const;
    QPointF markerCentre(const domain::ProgrammeEvent& event, const Geometry& g) const;

    std::optional<domain::Programme> m_programme;
    QList<domain::ProgrammeEvent> m_events; // læringstræf and visits only
    QDate m_today;
};

} // namespace medsafe::app

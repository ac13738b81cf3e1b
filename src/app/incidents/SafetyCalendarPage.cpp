#include "app/incidents/SafetyCalendarPage.h"

#include "models/incidents/SafetyCalendarModel.h"
#include "services/incidents/IncidentStatistics.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace medsafe::app {

using models::SafetyCalendarModel;
using Kind = SafetyCalendarModel::DayKind;

SafetyCalendarPage::SafetyCalendarPage(QWidget* parent) : QWidget(parent) {
    m_model = new SafetyCalendarModel(this);

    m_daysSince = new QLabel(this);
    m_daysSince->setObjectName(QStringLiteral("daysSinceLabel"));
    m_daysSince->setStyleSheet(QStringLiteral("font-size: 24pt; font-weight: 700; color: #1b5e20;"));
    m_lastError = new QLabel(this);
    m_lastError->setObjectName(QStringLiteral("lastErrorLabel"));

    auto* previous = new QPushButton(tr("◀ Previous month"), this);
    previous->setObjectName(QStringLiteral("previousMonthButton"));
    auto* next = new QPushButton(tr("Next month ▶"), this);
    next->setObjectName(QStringLiteral("nextMonthButton"));
    auto* thisMonth = new QPushButton(tr("This month"), this);
    thisMonth->setObjectName(QStringLiteral("thisMonthButton"));
    m_monthLabel = new QLabel(this);
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    m_monthLabel->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_monthLabel->setMinimumWidth(200);
    m_monthLabel->setAlignment(Qt::AlignCenter);

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("calendarTable"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setFocusPolicy(Qt::NoFocus);
    m_grid->verticalHeader()->setVisible(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QFont dayFont = m_grid->font();
    dayFont.setPointSizeF(dayFont.pointSizeF() * 1.3);
    m_grid->setFont(dayFont);
    m_grid->setMinimumHeight(300);

    auto* legend = new QHBoxLayout;
    for (Kind kind : {Kind::NoError, Kind::ErrorWithoutHarm, Kind::ErrorWithHarm}) {
        auto* swatch = new QLabel(SafetyCalendarModel::symbol(kind), this);
        swatch->setAlignment(Qt::AlignCenter);
        swatch->setFixedSize(28, 22);
        swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #888;")
                                  .arg(SafetyCalendarModel::colour(kind).name()));
        legend->addWidget(swatch);
        legend->addWidget(new QLabel(SafetyCalendarModel::describe(kind), this));
        legend->addSpacing(16);
    }
    legend->addStretch(1);

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(previous);
    navigation->addWidget(m_monthLabel);
    navigation->addWidget(next);
    navigation->addWidget(thisMonth);
    navigation->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_daysSince);
    layout->addWidget(m_lastError);
    layout->addLayout(navigation);
    layout->addWidget(m_grid, 1);
    layout->addLayout(legend);

    connect(previous, &QPushButton::clicked, this, [this] { showMonth(m_model->month().addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showMonth(m_model->month().addMonths(1)); });
    connect(thisMonth, &QPushButton::clicked, this, [this] { showMonth(QDate::currentDate()); });
    updateMonthLabel();
}

void SafetyCalendarPage::setIncidents(const QList<domain::Incident>& incidents, const QDate& today) {
    m_model->setToday(today);
    m_model->setIncidents(incidents);
    const auto days = services::IncidentStatistics::daysSinceLastError(incidents, today);
    const auto last = services::IncidentStatistics::lastErrorDate(incidents);
    m_daysSince->setText(days ? tr("Days since the last medication error: %1").arg(*days)
                              : tr("No medication errors registered"));
    m_lastError->setText(last ? tr("Last medication error: %1").arg(QLocale().toString(*last, QStringLiteral("d. MMMM yyyy")))
                              : QString());
    updateMonthLabel();
}

void SafetyCalendarPage::showMonth(const QDate& anyDay) {
    m_model->setMonth(anyDay);
    updateMonthLabel();
}

void SafetyCalendarPage::updateMonthLabel() {
    const QString text = QLocale().toString(m_model->month(), QStringLiteral("MMMM yyyy"));
    m_monthLabel->setText(text.left(1).toUpper() + text.mid(1));
}

} // namespace medsafe::app

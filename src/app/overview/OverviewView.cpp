#include "app/overview/OverviewView.h"

#include "app/DialogService.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "models/overview/ChecklistModel.h"
#include "models/pdsa/PdsaTreeModel.h"
#include "services/incidents/IncidentStatistics.h"
#include "services/organisation/WorkingGroupCheck.h"
#include "services/workspace/Workspace.h"
#include "ui_OverviewView.h"

#include <QIcon>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <algorithm>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {
constexpr int kLatestCycles = 4;

QString longDate(const QDate& date) {
    return QLocale().toString(date, QStringLiteral("d. MMMM yyyy"));
}

// The status colour of the PDSA list, as a dot in front of the line.
QIcon statusDot(const QColor& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}
} // namespace

OverviewView::OverviewView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewView>()), m_workspace(workspace), m_dialogs(dialogs),
      m_checklist(new models::ChecklistModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("overviewView"));
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    QFont big = m_ui->daysSinceLabel->font();
    big.setPointSizeF(big.pointSizeF() * 3.4);
    big.setBold(true);
    m_ui->daysSinceLabel->setFont(big);
    m_ui->daysGroupBox->setMinimumWidth(230);
    m_ui->checklistListView->setModel(m_checklist);
    m_ui->checklistListView->setWordWrap(true);
    m_ui->checklistListView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->checklistListView->setSpacing(2);
    m_ui->checklistListView->setFrameShape(QFrame::NoFrame);
    m_ui->checklistListView->setMinimumHeight(150);
    m_ui->cardsLayout->setStretch(0, 2);
    m_ui->cardsLayout->setStretch(1, 3);
    m_ui->cardsLayout->setStretch(2, 3);

    // One line per cycle, cut at the end with the whole title on hover: a list of wrapped titles
    // grew past the card on a 1366×768 screen (the layout walk found it on the demo in progress).
    m_ui->pdsaLatestList->setFrameShape(QFrame::NoFrame);
    m_ui->pdsaLatestList->setTextElideMode(Qt::ElideRight);
    m_ui->pdsaLatestList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->pdsaLatestList->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
    connect(m_ui->pdsaLatestList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openPdsaCycleRequested(PdsaCycleId{item->data(Qt::UserRole).toLongLong()});
    });
    connect(m_checklist, &models::ChecklistModel::itemChanged, this, &OverviewView::saveChecklistItem);
    // Each item opens where its work is done (the Opstart tab, the competence survey, Målinger).
    connect(m_ui->checklistListView, &QListView::activated, this, [this](const QModelIndex& index) {
        if (!index.isValid() || index.row() >= m_checklist->items().size()) return;
        emit openRequested(services::StartupChecklist::placeOf(m_checklist->items().at(index.row()).kind));
    });
    connect(m_ui->nextStepsList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openRequested(static_cast<services::NextStepPlace>(item->data(Qt::UserRole).toInt()));
    });
    // Hidden, the view waits for showEvent; shown, it follows the selector at once.
    connect(&workspace, &services::Workspace::currentBotilbudChanged, this, [this] {
        if (isVisible()) reload();
    });
}

OverviewView::~OverviewView() = default;

void OverviewView::setToday(const QDate& today) {
    m_today = today;
    m_checklist->setToday(today);
}

QDate OverviewView::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void OverviewView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Other views write PDSA cycles, events and incidents; a fresh read costs a few
    // milliseconds, so the overview reads again every time it is shown.
    reload();
}

void OverviewView::reload() {
    const BotilbudId id = m_workspace.currentBotilbud();
    auto botilbud = id.isValid() ? m_workspace.organisation().botilbud(id)
                                 : Result<Botilbud>(Error::technical(QStringLiteral("no botilbud")));
    if (!botilbud) {
        m_ui->headingLabel->setText(tr("Overview"));
        m_ui->summaryLabel->setText(
            tr("Choose a botilbud at the top, or open a database with botilbud in it."));
        m_ui->timelineWidget->setProgramme(std::nullopt, {}, today());
        m_checklist->setItems({});
        m_ui->daysSinceLabel->setText(QStringLiteral("–"));
        m_ui->lastErrorLabel->clear();
        m_ui->recordLabel->clear();
        m_ui->pdsaSummaryLabel->clear();
        m_ui->pdsaLatestList->clear();
        m_ui->nextStepsList->clear();
        m_ui->nextStepsGroupBox->hide();
        updateChecklistCount();
        return;
    }
    const Botilbud& b = botilbud.value();
    m_ui->headingLabel->setText(b.name);
    QStringList facts;
    if (!b.municipality.isEmpty()) facts << b.municipality; // written as people say it ("Fjordby Kommune")
    if (b.residentCount > 0) facts << tr("%n resident(s)", nullptr, b.residentCount);
    m_ui->summaryLabel->setText(facts.join(QStringLiteral(" · ")));
    loadProgramme(id);
    loadWorkingGroup(id);
    loadDaysSince(id);
    loadPdsaSummary(id);
    loadNextSteps(id);
}

void OverviewView::loadNextSteps(BotilbudId id) {
    m_ui->nextStepsList->clear();
    auto steps = m_workspace.nextSteps().forBotilbud(id, today());
    if (!steps) {
        logging::get("app")->error("overview: next steps not read: {}", steps.error().message.toStdString());
        m_ui->nextStepsGroupBox->hide();
        return;
    }
    m_ui->nextStepsGroupBox->setVisible(!steps->isEmpty());
    const QIcon overdue = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon due = style()->standardIcon(QStyle::SP_ArrowRight);
    for (const services::NextStep& step : *steps) {
        auto* item = new QListWidgetItem(step.overdue ? overdue : due, step.text, m_ui->nextStepsList);
        item->setData(Qt::UserRole, static_cast<int>(step.place));
        if (step.overdue) item->setForeground(QColor(0x9b, 0x1c, 0x1c));
    }
    // As tall as its rows (up to six), so the timeline keeps its room on a 768-pixel screen.
    const int rows = std::min<int>(int(steps->size()), 6);
    const int rowHeight = m_ui->nextStepsList->sizeHintForRow(0) > 0 ? m_ui->nextStepsList->sizeHintForRow(0)
                                                                     : fontMetrics().height() + 6;
    m_ui->nextStepsList->setFixedHeight(rows * rowHeight + 4);
}

void OverviewView::loadWorkingGroup(BotilbudId id) {
    m_ui->summaryLabel->setToolTip(QString());
    auto people = m_workspace.organisation().people(id, true);
    if (!people || people->isEmpty()) return; // Næste skridt says what is missing
    QStringList tovholders, leaders, members;
    for (const domain::Person& person : *people) {
        if (person.roles.testFlag(domain::PersonRole::Tovholder))
            tovholders << person.name;
        else if (person.roles.testFlag(domain::PersonRole::Leader))
            leaders << person.name;
        else if (person.roles.testFlag(domain::PersonRole::WorkingGroupMember))
            members << person.name;
    }
    const int size = int(tovholders.size() + leaders.size()) + services::WorkingGroupCheck::members(*people);
    QStringList leads;
    if (!tovholders.isEmpty()) leads << tr("tovholder %1").arg(tovholders.join(QStringLiteral(", ")));
    if (!leaders.isEmpty()) leads << tr("leader %1").arg(leaders.join(QStringLiteral(", ")));
    QString text = tr("Working group of %n", nullptr, size);
    if (!leads.isEmpty()) text += QStringLiteral(" (%1)").arg(leads.join(QStringLiteral(", ")));
    m_ui->summaryLabel->setText(m_ui->summaryLabel->text() + QStringLiteral(" · ") + text);
    m_ui->summaryLabel->setToolTip(tr("Tovholder: %1\nLeader: %2\nWorking group: %3")
                                       .arg(tovholders.join(QStringLiteral(", ")),
                                            leaders.join(QStringLiteral(", ")),
                                            members.join(QStringLiteral(", "))));
}

void OverviewView::loadProgramme(BotilbudId id) {
    const services::ProgrammeService programmes = m_workspace.programme();
    auto programme = programmes.programme(id);
    auto events = programmes.events(id);
    auto checklist = m_workspace.startupChecklist().rows(id, today());
    if (!programme || !events || !checklist) {
        const Error& e = !programme ? programme.error() : !events ? events.error() : checklist.error();
        logging::get("app")->error("overview: could not read the programme: {}", e.message.toStdString());
        m_dialogs.warning(this, tr("Overview"), tr("The programme could not be read: %1").arg(e.display()));
        return;
    }
    m_ui->timelineWidget->setProgramme(programme.value(), events.value(), today());
    if (programme.value()) {
        const Programme& p = *programme.value();
        m_ui->summaryLabel->setText(
            m_ui->summaryLabel->text() + QStringLiteral(" · ") +
            tr("Programme %1 – %2").arg(longDate(p.startDate), longDate(p.endDate())));
    }
    QList<ChecklistItem> items;
    QStringList automatic;
    for (const services::ChecklistRow& row : checklist.value()) {
        items << row.item;
        automatic << (row.automatic ? row.automaticReason : QString());
    }
    m_checklist->setItems(items, automatic);
    updateChecklistCount();
}

void OverviewView::loadDaysSince(BotilbudId id) {
    auto dates = m_workspace.incidents().errorDates(id, today());
    if (!dates) {
        logging::get("app")->error("overview: could not read incidents: {}",
                                   dates.error().message.toStdString());
        m_ui->daysSinceLabel->setText(QStringLiteral("–"));
        m_ui->lastErrorLabel->setText(tr("The incidents could not be read."));
        return;
    }
    const auto days = services::IncidentStatistics::errorFreeDays(dates.value(), today());
    if (!days.days) {
        m_ui->daysSinceLabel->setText(QStringLiteral("–"));
        m_ui->lastErrorLabel->setText(tr("No medication errors registered."));
        m_ui->recordLabel->clear();
        return;
    }
    m_ui->daysSinceLabel->setText(QLocale().toString(*days.days));
    m_ui->lastErrorLabel->setText(tr("Last medication error: %1").arg(longDate(days.lastError)));
    m_ui->recordLabel->setText(tr("Longest stretch without errors: %n day(s)", nullptr, days.record));
}

void OverviewView::loadPdsaSummary(BotilbudId id) {
    m_ui->pdsaLatestList->clear();
    auto cycles = m_workspace.pdsa().cycles(id);
    if (!cycles) {
        m_ui->pdsaSummaryLabel->setText(tr("The PDSA cycles could not be read."));
        m_ui->pdsaLatestList->hide();
        return;
    }
    QMap<PdsaStatus, int> byStatus;
    for (const PdsaCycle& c : cycles.value())
        ++byStatus[c.status];
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        parts << tr("%1: %2").arg(DomainLabels::label(it.key()).toHtmlEscaped()).arg(it.value());
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(tr("%n PDSA cycle(s) in all", nullptr, static_cast<int>(cycles.value().size())),
                            parts.join(QStringLiteral(" · ")));
    m_ui->pdsaLatestList->setVisible(!cycles.value().isEmpty());
    if (cycles.value().isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Start with a small test: PDSA, Ctrl+N.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("Latest:"));
        // The latest cycles, newest first: what the working group is busy with.
        QList<PdsaCycle> latest = cycles.value();
        std::sort(latest.begin(), latest.end(),
                  [](const PdsaCycle& a, const PdsaCycle& b) { return a.number > b.number; });
        for (const PdsaCycle& c : latest.mid(0, kLatestCycles)) {
            // Status first, so cutting a long title never hides where the cycle stands.
            const QString status = DomainLabels::label(c.status);
            auto* item = new QListWidgetItem(statusDot(models::PdsaTreeModel::statusColour(c.status)),
                                             tr("%1 · %2. %3").arg(status).arg(c.number).arg(c.title));
            item->setToolTip(
                tr("PDSA cycle %1: %2 (%3). Double-click to open it.").arg(c.number).arg(c.title, status));
            item->setData(Qt::UserRole, QVariant::fromValue<qint64>(c.id.value));
            m_ui->pdsaLatestList->addItem(item);
        }
    }
    m_ui->pdsaSummaryLabel->setText(html);
}

void OverviewView::updateChecklistCount() {
    m_ui->checklistCountLabel->setText(
        tr("%1 of %2 done").arg(m_checklist->doneCount()).arg(m_checklist->rowCount()));
}

void OverviewView::saveChecklistItem(const ChecklistItem& item) {
    const auto saved = m_workspace.programme().saveChecklistItem(item);
    if (!saved) {
        logging::get("app")->error("overview: checklist not saved: {}", saved.error().message.toStdString());
        m_dialogs.warning(this, tr("Start-up checklist"),
                          tr("The checklist could not be saved: %1").arg(saved.error().display()));
        reload();
        return;
    }
    m_workspace.noteSaved();
    updateChecklistCount();
}

} // namespace medsafe::app

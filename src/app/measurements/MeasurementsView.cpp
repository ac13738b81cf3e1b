#include "app/measurements/MeasurementsView.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/measurements/GroupedHeaderView.h"
#include "app/measurements/MeasurementGridDelegate.h"
#include "charts/MeasureChartRecipe.h"
#include "charts/RunChartBuilder.h"
#include "logging/Logging.h"
#include "models/measurements/MeasurementGridModel.h"
#include "services/measures/MeasureSeriesService.h"
#include "services/workspace/Workspace.h"
#include "ui_MeasurementsView.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QUndoStack>

namespace medsafe::app {

using models::MeasurementGridModel;

namespace {
constexpr int kValueColumnWidth = 76;
constexpr int kComputedColumnWidth = 92;
constexpr int kBaselineColumnWidth = 64;
} // namespace

MeasurementsView::MeasurementsView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MeasurementsView>()), m_workspace(workspace),
      m_dialogs(dialogs), m_model(new MeasurementGridModel(this)), m_undoStack(new QUndoStack(this)),
      m_today(QDate::currentDate()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("measurementsView"));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->hintLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto* header = new GroupedHeaderView(MeasurementGridModel::GroupRole, MeasurementGridModel::GroupKeyRole,
                                         m_ui->measurementTable);
    m_ui->measurementTable->setHorizontalHeader(header);
    m_ui->measurementTable->setModel(m_model);
    m_editTriggers = m_ui->measurementTable->editTriggers();
    m_ui->measurementTable->setItemDelegate(
        new MeasurementGridDelegate(*m_undoStack, m_ui->measurementTable));
    m_ui->measurementTable->verticalHeader()->setDefaultSectionSize(
        m_ui->measurementTable->fontMetrics().height() + 10);
    m_ui->measurementTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_chartView = new QChartView(m_ui->chartContainer);
    m_chartView->setObjectName(QStringLiteral("measureChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_ui->chartContainer->layout()->addWidget(m_chartView);
    m_ui->chartNoteLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({700, 440});

    setUpActions();
    connect(m_model, &MeasurementGridModel::editsChanged, this, &MeasurementsView::refreshMessages);
    connect(m_ui->measurementTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showChartFor(current.column()); });
    connect(m_ui->issueList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QModelIndex index =
            m_model->index(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
        m_ui->measurementTable->setCurrentIndex(index);
        m_ui->measurementTable->setFocus();
    });
    connect(m_ui->issueList, &QListWidget::itemClicked, m_ui->issueList, &QListWidget::itemActivated);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &MeasurementsView::applySearch);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_ui->discardButton, &QPushButton::clicked, this, [this] {
        if (m_dialogs.question(this, tr("Discard changes"), tr("Discard the values that are not saved?")))
            discardChanges();
    });
    connect(m_ui->newMonthButton, &QPushButton::clicked, this, &MeasurementsView::goToThisMonth);

    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, &MeasurementsView::markStale);
    connect(&m_workspace, &services::Workspace::databaseReplaced, this, &MeasurementsView::markStale);
    connect(&m_workspace, &services::Workspace::sessionChanged, this, &MeasurementsView::refreshMessages);
    refreshMessages();
}

MeasurementsView::~MeasurementsView() = default;

void MeasurementsView::setUpActions() {
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(QKeySequence::Save, [this] { saveChanges(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { goToThisMonth(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_ui->searchLineEdit->setFocus();
        m_ui->searchLineEdit->selectAll();
    });
    QAction* undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    addAction(undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    addAction(redo);
    m_ui->undoButton->setDefaultAction(undo);
    m_ui->redoButton->setDefaultAction(redo);
    m_ui->undoButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->redoButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_ui->undoButton->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    m_ui->redoButton->setToolTip(tr("Redo (Ctrl+Y)"));
}

void MeasurementsView::setToday(const QDate& today) {
    m_today = today;
    markStale();
}

void MeasurementsView::markStale() {
    m_stale = true;
    if (isVisible()) reload();
}

void MeasurementsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale || m_loadedBotilbud != m_workspace.currentBotilbud()) reload();
}

void MeasurementsView::reload() {
    QElapsedTimer timer;
    timer.start();
    m_stale = false;
    m_loadedBotilbud = m_workspace.currentBotilbud();
    auto snapshot = m_workspace.measurementGrid().load(m_loadedBotilbud, m_today);
    if (!snapshot) {
        logging::get("app")->error("measurements could not be read: {}",
                                   snapshot.error().message.toStdString());
        m_dialogs.warning(this, tr("Measurements"),
                          tr("The measurements could not be read: %1").arg(snapshot.error().display()));
        return;
    }
    m_undoStack->clear();
    m_model->setSnapshot(snapshot.value());
    configureColumns();
    applySearch(m_ui->searchLineEdit->text());
    m_ui->measurementTable->scrollToBottom();
    // Start on the first typed column of the newest month, where a new value goes.
    const int firstValueColumn = m_model->columnCount() > 1 ? 1 : 0;
    if (m_model->rowCount() > 0)
        m_ui->measurementTable->setCurrentIndex(m_model->index(m_model->rowCount() - 1, firstValueColumn));
    showChartFor(m_ui->measurementTable->currentIndex().column(), true);
    logging::get("app")->debug("measurements view loaded in {} ms", timer.elapsed());
}

void MeasurementsView::configureColumns() {
    auto* table = m_ui->measurementTable;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const auto part = m_model->partAt(c);
        table->setColumnWidth(c, part == MeasurementGridModel::Part::Baseline   ? kBaselineColumnWidth
                                 : part == MeasurementGridModel::Part::Computed ? kComputedColumnWidth
                                                                                : kValueColumnWidth);
    }
}

void MeasurementsView::applySearch(const QString& text) {
    const QString needle = text.trimmed();
    int shown = 0;
    for (int c = 1; c < m_model->columnCount(); ++c) {
        const QString name =
            m_model->headerData(c, Qt::Horizontal, MeasurementGridModel::GroupRole).toString();
        const bool match = needle.isEmpty() || name.contains(needle, Qt::CaseInsensitive);
        m_ui->measurementTable->setColumnHidden(c, !match);
        if (match && m_model->firstColumnOf(m_model->measureIndexAt(c)) == c) ++shown;
    }
    m_ui->measurementTable->horizontalHeader()->viewport()->update();
    refreshMessages();
    m_ui->searchLineEdit->setToolTip(tr("%n measure(s) shown", nullptr, shown));
}

void MeasurementsView::goToThisMonth() {
    const int row = m_model->rowOf(m_today);
    if (row < 0) return;
    int column = 1;
    while (column < m_model->columnCount() &&
           (m_ui->measurementTable->isColumnHidden(column) ||
            m_model->partAt(column) == MeasurementGridModel::Part::Computed))
        ++column;
    if (column >= m_model->columnCount()) return;
    const QModelIndex index = m_model->index(row, column);
    m_ui->measurementTable->setCurrentIndex(index);
    m_ui->measurementTable->scrollTo(index);
    m_ui->measurementTable->setFocus();
}

void MeasurementsView::refreshMessages() {
    const auto issues = m_model->issues();
    const int changed = m_model->changedCellCount();
    m_ui->issueList->clear();
    for (const auto& issue : issues) {
        const int measure = m_model->measureIndexAt(issue.column);
        const QString where =
            tr("%1, %2 (%3)")
                .arg(m_model->headerData(issue.row, Qt::Vertical).toString(),
                     m_model->snapshot().measures.at(measure).name,
                     m_model->headerData(issue.column, Qt::Horizontal).toString().toLower());
        auto* item = new QListWidgetItem(tr("%1: %2").arg(where, issue.message), m_ui->issueList);
        item->setData(Qt::UserRole, issue.row);
        item->setData(Qt::UserRole + 1, issue.column);
        item->setForeground(QColor(0x9b, 0x1c, 0x1c));
    }
    m_ui->issueList->setVisible(!issues.isEmpty());
    if (!issues.isEmpty()) {
        m_ui->messageLabel->setText(tr("<b>%n value(s) cannot be saved.</b> Correct the cells marked in red; "
                                       "click a line to go to the cell.",
                                       nullptr, static_cast<int>(issues.size())));
        m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    } else if (changed > 0) {
        m_ui->messageLabel->setText(
            tr("%n change(s) not saved yet – Gem (Ctrl+S) saves them.", nullptr, changed));
        m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #7a5a00;"));
    } else {
        m_ui->messageLabel->setText(
            m_model->snapshot().measures.isEmpty()
                ? tr("This botilbud has no measures yet. Add them under Forbedringsarbejde.")
                : tr("All values are saved."));
        m_ui->messageLabel->setStyleSheet(QString());
    }
    int measures = 0;
    for (const auto& m : m_model->snapshot().measures)
        measures += m.active ? 1 : 0;
    m_ui->changesLabel->setText(tr("%n measure(s)", nullptr, measures) + QStringLiteral(" · ") +
                                tr("%n month(s)", nullptr, m_model->rowCount()));
    // Only the working group enters measurements: for the others the sheet is read-only.
    const auto may = m_workspace.may(services::AccessAction::EnterMeasurements);
    gateControl(m_ui->saveButton, may, changed > 0);
    m_ui->discardButton->setEnabled(changed > 0);
    m_ui->measurementTable->setEditTriggers(may.allowed ? m_editTriggers : QAbstractItemView::NoEditTriggers);
    m_ui->measurementTable->setToolTip(may.allowed ? QString() : may.reason);
    // The chart follows what is saved; it is redrawn after a save, not on every keystroke.
}

void MeasurementsView::showChartFor(int column, bool force) {
    const int measureIndex = m_model->measureIndexAt(column);
    if (!force && measureIndex == m_chartMeasure) return;
    if (measureIndex < 0 && !force) return;
    const auto& measures = m_model->snapshot().measures;
    const int shown = measureIndex >= 0 ? measureIndex : (measures.isEmpty() ? -1 : 0);
    m_chartMeasure = shown;
    QChart* old = m_chartView->chart();
    if (shown < 0) {
        m_ui->chartTitleLabel->clear();
        m_ui->chartNoteLabel->clear();
        m_chartView->setChart(new QChart);
        delete old;
        return;
    }
    const domain::Measure& measure = measures.at(shown);
    m_ui->chartTitleLabel->setText(QStringLiteral("<b>%1</b>").arg(measure.name.toHtmlEscaped()));
    const domain::MeasurementSheet& sheet = m_model->snapshot();
    Result<charts::ChartSpec> spec =
        measure.derivedFromIncidents
            ? (sheet.computed.contains(measure.id.value)
                   ? charts::MeasureChartRecipe::runChartOf(measure, sheet.computed.value(measure.id.value),
                                                            sheet.cycles, sheet.changeIdeas)
                   : Result<charts::ChartSpec>(Error::forUser(
                         QStringLiteral("per-event measure"),
                         tr("Days between incidents are calculated from the incidents; see the chart under "
                            "Seriediagrammer."))))
            : charts::MeasureChartRecipe::runChartOf(measure,
                                                     services::MeasureSeriesService::fromMeasurements(
                                                         measure, sheet.values.value(measure.id.value)),
                                                     sheet.cycles, sheet.changeIdeas);
    if (!spec) {
        m_chartView->setChart(new QChart);
        m_ui->chartNoteLabel->setText(spec.error().display());
    } else {
        QChart* chart = charts::RunChartBuilder::build(spec.value());
        chart->setTitle(QString()); // the title is the label above; the small chart needs the room
        m_chartView->setChart(chart);
        m_ui->chartNoteLabel->setText(
            tr("Run chart of the saved values. %1").arg(charts::RunChartBuilder::subtitle(spec.value())));
    }
    delete old;
}

bool MeasurementsView::hasUnsavedChanges() const {
    return m_model->hasChanges();
}

bool MeasurementsView::saveChanges() {
    if (!m_model->hasChanges()) return true;
    const auto issues = m_model->issues();
    if (!issues.isEmpty()) {
        m_dialogs.warning(
            this, tr("Measurements"),
            tr("%n value(s) cannot be saved yet. Correct the cells marked in red (the reasons are "
               "listed beside the table), or clear them.",
               nullptr, static_cast<int>(issues.size())));
        const QModelIndex first = m_model->index(issues.first().row, issues.first().column);
        m_ui->measurementTable->setCurrentIndex(first);
        return false;
    }
    const auto saved = m_workspace.measurementGrid().save(m_model->changes());
    if (!saved && saved.error().conflict) return resolveConflicts();
    if (!saved) {
        logging::get("app")->warn("measurements not saved: {}", saved.error().message.toStdString());
        m_dialogs.warning(
            this, tr("Measurements"),
            tr("The values were not saved; nothing was changed:\n%1").arg(saved.error().display()));
        return false;
    }
    afterSave();
    return true;
}

void MeasurementsView::afterSave() {
    const QModelIndex current = m_ui->measurementTable->currentIndex();
    reload();
    if (current.isValid())
        m_ui->measurementTable->setCurrentIndex(m_model->index(current.row(), current.column()));
    showChartFor(current.column(), true);
    m_workspace.noteSaved();
}

bool MeasurementsView::resolveConflicts() {
    const domain::MeasurementChanges mine = m_model->changes();
    const services::MeasurementGridService grid = m_workspace.measurementGrid();
    auto conflicts = grid.conflicts(mine);
    if (!conflicts) {
        m_dialogs.warning(this, tr("Measurements"), conflicts.error().display());
        return false;
    }
    QHash<qint64, QString> names;
    for (const domain::Measure& measure : m_model->snapshot().measures)
        names.insert(measure.id.value, measure.name);
    const auto text = [](const domain::Measurement& value) {
        return value.denominator ? QStringLiteral("%1 / %2").arg(QLocale().toString(value.numerator),
                                                                 QLocale().toString(*value.denominator))
                                 : QLocale().toString(value.numerator);
    };
    QList<FieldDifference> differences;
    for (const services::MeasurementConflict& c : conflicts.value())
        differences.append({tr("%1, %2").arg(names.value(c.mine.measureId.value),
                                             QLocale().toString(c.mine.period, QStringLiteral("MMMM yyyy"))),
                            text(c.mine), c.theirs ? text(*c.theirs) : tr("(deleted)")});
    switch (m_dialogs.resolveConflict(this, tr("Someone else saved measurements meanwhile"), differences)) {
    case DialogService::ConflictChoice::KeepMine: {
        const auto saved = grid.save(services::MeasurementGridService::rebased(mine, conflicts.value()));
        if (!saved && saved.error().conflict) return resolveConflicts(); // yet another save came between
        if (!saved) {
            m_dialogs.warning(
                this, tr("Measurements"),
                tr("The values were not saved; nothing was changed:\n%1").arg(saved.error().display()));
            return false;
        }
        afterSave();
        return true;
    }
    case DialogService::ConflictChoice::TakeTheirs:
        discardChanges();
        reload();
        return false;
    case DialogService::ConflictChoice::Cancel:
        break;
    }
    return false;
}

void MeasurementsView::discardChanges() {
    m_undoStack->clear();
    m_model->discard();
    configureColumns();
    applySearch(m_ui->searchLineEdit->text());
}

} // namespace medsafe::app

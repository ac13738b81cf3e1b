#include "app/runcharts/ChartPage.h"

#include "app/DialogService.h"
#include "app/runcharts/RunChartSpecs.h"
#include "charts/ChartNumberFormat.h"
#include "charts/ChartTypeNames.h"
#include "charts/ChartView.h"
#include "charts/MeasureChartRecipe.h"
#include "charts/MeasureChartSpec.h"
#include "logging/Logging.h"
#include "services/workspace/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace medsafe::app {

using services::ChartInputFactory;

namespace {
QDate monthOf(const QDate& d) {
    return QDate(d.year(), d.month(), 1);
}

QPushButton* button(const QString& text, const char* name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

ChartPage::ChartPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_dialogs(dialogs) {
    setObjectName(QStringLiteral("chartPage"));
    buildUi();
}

void ChartPage::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    auto* back = button(tr("← Leadership overview"), "backButton", this);
    connect(back, &QPushButton::clicked, this, &ChartPage::backRequested);
    top->addWidget(back);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("chartTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_titleLabel->setFont(bold);
    top->addWidget(m_titleLabel, 1);
    top->addWidget(new QLabel(tr("Chart:"), this));
    m_chartTypeCombo = new QComboBox(this);
    m_chartTypeCombo->setObjectName(QStringLiteral("chartTypeComboBox"));
    connect(m_chartTypeCombo, &QComboBox::activated, this, [this](int index) {
        chooseChart(static_cast<domain::ChartType>(m_chartTypeCombo->itemData(index).toInt()));
    });
    top->addWidget(m_chartTypeCombo);
    for (const auto& [suffix, name] :
         {std::pair{"png", "exportPngButton"}, std::pair{"svg", "exportSvgButton"},
          std::pair{"pdf", "exportPdfButton"}}) {
        const QString s = QString::fromLatin1(suffix);
        auto* b = button(tr("Export %1").arg(s.toUpper()), name, this);
        connect(b, &QPushButton::clicked, this, [this, s] { exportAs(s); });
        top->addWidget(b);
    }
    auto* print = button(tr("Print…"), "printButton", this);
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_chartView->spec().dates.isEmpty()) return;
        m_chartView->print();
    });
    top->addWidget(print);
    layout->addLayout(top);

    // How the chart is computed: freeze, split, exclude, and taking them back.
    auto* calc = new QHBoxLayout;
    calc->addWidget(new QLabel(tr("Freeze baseline through"), this));
    m_freezeCombo = new QComboBox(this);
    m_freezeCombo->setObjectName(QStringLiteral("freezeComboBox"));
    calc->addWidget(m_freezeCombo);
    auto* freeze = button(tr("Freeze baseline"), "freezeButton", this);
    connect(freeze, &QPushButton::clicked, this, [this] { freezeAt(m_freezeCombo->currentIndex()); });
    calc->addWidget(freeze);
    calc->addSpacing(16);
    calc->addWidget(new QLabel(tr("New part from"), this));
    m_splitCombo = new QComboBox(this);
    m_splitCombo->setObjectName(QStringLiteral("splitComboBox"));
    calc->addWidget(m_splitCombo);
    auto* split = button(tr("Split"), "splitButton", this);
    connect(split, &QPushButton::clicked, this, [this] {
        splitAt(m_splitCombo->currentData().isValid() ? m_splitCombo->currentData().toInt() : -1);
    });
    calc->addWidget(split);
    calc->addSpacing(16);
    m_removeButton = new QToolButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeSettingButton"));
    m_removeButton->setText(tr("Undo a setting"));
    m_removeButton->setPopupMode(QToolButton::InstantPopup);
    m_removeButton->setMenu(new QMenu(m_removeButton));
    calc->addWidget(m_removeButton);
    calc->addStretch(1);
    layout->addLayout(calc);

    auto* excludeRow = new QHBoxLayout;
    excludeRow->addWidget(new QLabel(tr("Exclude point"), this));
    m_excludeCombo = new QComboBox(this);
    m_excludeCombo->setObjectName(QStringLiteral("excludeComboBox"));
    excludeRow->addWidget(m_excludeCombo);
    excludeRow->addWidget(new QLabel(tr("Reason (required):"), this));
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonEdit->setPlaceholderText(
        tr("Why does this point not belong to the process? e.g. \"Holiday relief counted the boxes\""));
    excludeRow->addWidget(m_reasonEdit, 1);
    auto* exclude = button(tr("Exclude point"), "excludeButton", this);
    connect(exclude, &QPushButton::clicked, this, [this] {
        excludePoint(m_excludeCombo->currentData().isValid() ? m_excludeCombo->currentData().toInt() : -1,
                     m_reasonEdit->text());
    });
    connect(m_reasonEdit, &QLineEdit::returnPressed, exclude, &QPushButton::click);
    excludeRow->addWidget(exclude);
    layout->addLayout(excludeRow);
    m_reasonError = new QLabel(this);
    m_reasonError->setObjectName(QStringLiteral("reasonErrorLabel"));
    m_reasonError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_reasonError->hide();
    layout->addWidget(m_reasonError);

    m_settingsLabel = new QLabel(this);
    m_settingsLabel->setObjectName(QStringLiteral("chartSettingsLabel"));
    m_settingsLabel->setWordWrap(true);
    m_settingsLabel->setStyleSheet(QStringLiteral("color: #5a5a5a;"));
    layout->addWidget(m_settingsLabel);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("chartProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    m_chartView = new charts::ChartView(this);
    layout->addWidget(m_chartView, 1);
}

const services::MeasureChart* ChartPage::chart() const {
    return m_data.charts.isEmpty() ? nullptr : &m_data.charts.first();
}

bool ChartPage::showMeasure(domain::MeasureId measure) {
    m_measureId = measure;
    m_reasonEdit->clear();
    m_reasonError->hide();
    reload();
    return chart() != nullptr;
}

void ChartPage::reload() {
    auto loaded = services::DashboardService(m_workspace.database()).loadOne(m_measureId);
    if (!loaded) {
        logging::get("runcharts")
            ->error("could not load the chart of measure {}: {}", m_measureId.value,
                    loaded.error().message.toStdString());
        m_data = {};
        m_dialogs.warning(this, tr("Run charts"),
                          tr("The chart could not be read: %1").arg(loaded.error().display()));
        return;
    }
    m_data = std::move(loaded.value());
    fillControls();
}

QList<QDate> ChartPage::freezeMonths() const {
    QList<QDate> months;
    const auto* c = chart();
    if (!c) return months;
    for (const services::MeasurePoint& p : c->series.points) {
        const QDate m = monthOf(p.date);
        if (months.isEmpty() || months.last() != m) months << m;
    }
    if (!months.isEmpty()) months.removeLast(); // a freeze needs points after it
    return months;
}

void ChartPage::fillControls() {
    const auto* c = chart();
    if (!c) return;
    const services::MeasureSeries& series = c->series;
    const domain::ChartSettings& settings = c->measure.chartSettings;
    m_titleLabel->setText(c->measure.name);

    m_chartTypeCombo->clear();
    for (domain::ChartType type : ChartInputFactory::choicesFor(c->measure.kind)) {
        m_chartTypeCombo->addItem(charts::ChartTypeNames::name(ChartInputFactory::toAnalysis(type)),
                                  static_cast<int>(type));
        if (type == c->request.chart) m_chartTypeCombo->setCurrentIndex(m_chartTypeCombo->count() - 1);
    }

    m_freezeCombo->clear();
    for (const QDate& month : freezeMonths()) {
        m_freezeCombo->addItem(charts::ChartNumberFormat::month(month), month);
        if (settings.freezeEnd.isValid() && monthOf(settings.freezeEnd) == month)
            m_freezeCombo->setCurrentIndex(m_freezeCombo->count() - 1);
    }
    if (!settings.freezeEnd.isValid()) {
        // Suggest the last typed baseline month.
        for (int i = 0; i < series.points.size(); ++i)
            if (series.points[i].baseline)
                m_freezeCombo->setCurrentIndex(m_freezeCombo->findData(monthOf(series.points[i].date)));
    }

    const QString unit = charts::MeasureChartSpec::unit(c->measure, series.perEvent);
    m_splitCombo->clear();
    m_excludeCombo->clear();
    for (int i = 0; i < series.points.size(); ++i) {
        const QString when = RunChartSpecs::pointLabel(series, i);
        if (i > 0) {
            m_splitCombo->addItem(when, i);
            if (settings.splitDates.contains(series.points[i].date))
                m_splitCombo->setCurrentIndex(m_splitCombo->count() - 1);
        }
        QString text = when;
        if (c->result && i < static_cast<int>(c->result->points.size()) &&
            c->result->points[static_cast<std::size_t>(i)].y)
            text += QStringLiteral(" — ") + charts::ChartNumberFormat::withUnit(
                                                *c->result->points[static_cast<std::size_t>(i)].y, unit);
        if (series.points[i].excluded) text += tr(" (excluded)");
        m_excludeCombo->addItem(text, i);
    }

    // What can be taken back, and a line saying what is set now.
    // A new menu each time: the old one may be running the action that got us here.
    if (QMenu* old = m_removeButton->menu()) old->deleteLater();
    auto* menu = new QMenu(m_removeButton);
    m_removeButton->setMenu(menu);
    QStringList now;
    if (settings.freezeEnd.isValid()) {
        const QString month = charts::ChartNumberFormat::month(settings.freezeEnd);
        QAction* a = menu->addAction(tr("Remove the frozen baseline (through %1)").arg(month));
        a->setObjectName(QStringLiteral("removeFreezeAction"));
        connect(a, &QAction::triggered, this, [this] { removeFreeze(); });
        now << tr("baseline frozen through %1").arg(month);
    }
    for (const QDate& split : settings.splitDates) {
        const QString when =
            series.perEvent ? charts::ChartNumberFormat::day(split) : charts::ChartNumberFormat::month(split);
        QAction* a = menu->addAction(tr("Remove the split from %1").arg(when));
        a->setObjectName(QStringLiteral("removeSplitAction"));
        connect(a, &QAction::triggered, this, [this, split] { removeSplit(split); });
        now << tr("new part from %1").arg(when);
    }
    for (const domain::ExcludedPeriod& e : settings.exclusions) {
        const QString when =
            series.perEvent ? charts::ChartNumberFormat::day(e.period) : charts::ChartNumberFormat::month(e.period);
        QAction* a = menu->addAction(tr("Include %1 again").arg(when));
        a->setObjectName(QStringLiteral("includeAgainAction"));
        connect(a, &QAction::triggered, this, [this, period = e.period] { includeAgain(period); });
        now << tr("%1 excluded").arg(when);
    }
    m_removeButton->setEnabled(!menu->isEmpty());
    m_settingsLabel->setText(now.isEmpty()
                                 ? tr("Computed from all points; nothing frozen, split or excluded.")
                                 : tr("Saved with the measure: %1.").arg(now.join(QStringLiteral("; "))));

    if (c->result) {
        m_problemLabel->hide();
        m_chartView->setSpec(charts::MeasureChartRecipe::fromChart(*c, m_data.cycles, m_data.changeIdeas));
        m_chartView->show();
    } else {
        m_problemLabel->setText(RunChartSpecs::problemText(*c));
        m_problemLabel->show();
        m_chartView->hide();
    }
}

bool ChartPage::save(const domain::ChartSettings& settings) {
    const auto* c = chart();
    if (!c) return false;
    const Status saved =
        m_workspace.measures().saveChartSettings(c->measure.id, settings);
    if (!saved) {
        logging::get("runcharts")
            ->error("could not save chart settings of measure {}: {}", c->measure.id.value,
                    saved.error().message.toStdString());
        m_dialogs.warning(this, tr("Run charts"),
                          tr("The chart settings could not be saved: %1").arg(saved.error().display()));
        return false;
    }
    m_workspace.noteSaved();
    emit settingsSaved(c->measure.id);
    reload();
    return true;
}

bool ChartPage::freezeAt(int monthIndex) {
    const QList<QDate> months = freezeMonths();
    if (!chart() || monthIndex < 0 || monthIndex >= months.size()) return false;
    domain::ChartSettings settings = chart()->measure.chartSettings;
    settings.freezeEnd = months[monthIndex];
    return save(settings);
}

bool ChartPage::splitAt(int pointIndex) {
    const auto* c = chart();
    if (!c || pointIndex < 1 || pointIndex >= c->series.points.size()) return false;
    domain::ChartSettings settings = c->measure.chartSettings;
    const QDate date = c->series.points[pointIndex].date;
    if (settings.splitDates.contains(date)) return false;
    settings.splitDates << date;
    std::sort(settings.splitDates.begin(), settings.splitDates.end());
    return save(settings);
}

bool ChartPage::excludePoint(int pointIndex, const QString& reason) {
    const auto* c = chart();
    if (!c || pointIndex < 0 || pointIndex >= c->series.points.size()) return false;
    const QString text = reason.simplified();
    if (text.isEmpty()) {
        // Refused next to the field: an excluded point without a reason cannot be read later.
        m_reasonError->setText(tr("Write why the point is excluded. The reason is shown beside the chart, so "
                                  "whoever reads it knows why the point does not count."));
        m_reasonError->show();
        m_reasonEdit->setFocus();
        return false;
    }
    m_reasonError->hide();
    domain::ChartSettings settings = c->measure.chartSettings;
    const QDate period = c->series.points[pointIndex].date;
    settings.exclusions.removeIf([&](const domain::ExcludedPeriod& e) { return e.period == period; });
    settings.exclusions << domain::ExcludedPeriod{period, text};
    std::sort(settings.exclusions.begin(), settings.exclusions.end(),
              [](const auto& a, const auto& b) { return a.period < b.period; });
    if (!save(settings)) return false;
    m_reasonEdit->clear();
    return true;
}

bool ChartPage::removeFreeze() {
    if (!chart()) return false;
    domain::ChartSettings settings = chart()->measure.chartSettings;
    settings.freezeEnd = QDate();
    return save(settings);
}

bool ChartPage::removeSplit(const QDate& date) {
    if (!chart()) return false;
    domain::ChartSettings settings = chart()->measure.chartSettings;
    if (!settings.splitDates.removeOne(date)) return false;
    return save(settings);
}

bool ChartPage::includeAgain(const QDate& period) {
    if (!chart()) return false;
    domain::ChartSettings settings = chart()->measure.chartSettings;
    if (settings.exclusions.removeIf([&](const domain::ExcludedPeriod& e) { return e.period == period; }) ==
        0)
        return false;
    return save(settings);
}

bool ChartPage::chooseChart(domain::ChartType type) {
    const auto* c = chart();
    if (!c || !ChartInputFactory::suits(c->measure.kind, type)) return false;
    if (type == c->request.chart) return true;
    domain::Measure measure = c->measure;
    measure.defaultChart = type;
    const Status saved = m_workspace.measures().update(measure);
    if (!saved) {
        m_dialogs.warning(this, tr("Run charts"),
                          tr("The chart type could not be saved: %1").arg(saved.error().display()));
        fillControls();
        return false;
    }
    m_workspace.noteSaved();
    emit settingsSaved(measure.id);
    reload();
    return true;
}

bool ChartPage::exportAs(const QString& suffix) {
    const auto* c = chart();
    if (!c || !c->result) return false;
    QString name = c->measure.name;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    QString path = m_dialogs.saveFileName(this, tr("Export chart"),
                                          QDir(folder).filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) path += QLatin1Char('.') + suffix;
    QString error;
    if (!m_chartView->exportTo(path, &error)) {
        logging::get("runcharts")->error("export to {} failed: {}", path.toStdString(), error.toStdString());
        m_dialogs.warning(this, tr("Export chart"),
                          tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace medsafe::app

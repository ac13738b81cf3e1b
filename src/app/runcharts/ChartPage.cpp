#include "app/runcharts/ChartPage.h"

#include "app/DialogService.h"
#include "app/runcharts/RunChartSpecs.h"
#include "charts/ChartNumberFormat.h"
#include "charts/ChartTypeNames.h"
#include "charts/ChartView.h"
#include "app/pharmacy/VisitMarkers.h"
#include "charts/ChartMarkers.h"
#include "charts/MeasureChartRecipe.h"
#include "charts/MeasureChartSpec.h"
#include "logging/Logging.h"
#include "services/workspace/Workspace.h"
#include "ui_ChartPage.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <utility>

namespace medsafe::app {

using services::ChartInputFactory;

namespace {
QDate monthOf(const QDate& d) {
    return QDate(d.year(), d.month(), 1);
}
} // namespace

ChartPage::ChartPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChartPage>()), m_workspace(workspace), m_dialogs(dialogs) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("chartPage"));
    QFont bold = m_ui->chartTitleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->chartTitleLabel->setFont(bold);
    m_ui->removeSettingButton->setMenu(new QMenu(m_ui->removeSettingButton));
    m_ui->reasonErrorLabel->hide();
    m_ui->chartProblemLabel->hide();

    connect(m_ui->backButton, &QPushButton::clicked, this, &ChartPage::backRequested);
    connect(m_ui->chartTypeComboBox, &QComboBox::activated, this, [this](int index) {
        chooseChart(static_cast<domain::ChartType>(m_ui->chartTypeComboBox->itemData(index).toInt()));
    });
    for (const auto& [button, suffix] :
         {std::pair{m_ui->exportPngButton, "png"}, std::pair{m_ui->exportSvgButton, "svg"},
          std::pair{m_ui->exportPdfButton, "pdf"}}) {
        const QString s = QString::fromLatin1(suffix);
        connect(button, &QPushButton::clicked, this, [this, s] { exportAs(s); });
    }
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        if (m_ui->measureChartView->spec().dates.isEmpty()) return;
        m_ui->measureChartView->print();
    });
    connect(m_ui->freezeButton, &QPushButton::clicked, this,
            [this] { freezeAt(m_ui->freezeComboBox->currentIndex()); });
    connect(m_ui->splitButton, &QPushButton::clicked, this, [this] {
        const QVariant point = m_ui->splitComboBox->currentData();
        splitAt(point.isValid() ? point.toInt() : -1);
    });
    connect(m_ui->excludeButton, &QPushButton::clicked, this, [this] {
        const QVariant point = m_ui->excludeComboBox->currentData();
        excludePoint(point.isValid() ? point.toInt() : -1, m_ui->reasonLineEdit->text());
    });
    connect(m_ui->reasonLineEdit, &QLineEdit::returnPressed, m_ui->excludeButton, &QPushButton::click);
}

ChartPage::~ChartPage() = default;

charts::ChartView* ChartPage::chartView() const {
    return m_ui->measureChartView;
}

const services::MeasureChart* ChartPage::chart() const {
    return m_data.charts.isEmpty() ? nullptr : &m_data.charts.first();
}

bool ChartPage::showMeasure(domain::MeasureId measure) {
    m_measureId = measure;
    m_ui->reasonLineEdit->clear();
    m_ui->reasonErrorLabel->hide();
    reload();
    return chart() != nullptr;
}

void ChartPage::reload() {
    auto loaded = m_workspace.dashboard().loadOne(m_measureId);
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
    // The pharmacy's quality-assurance visits are marked on the chart like the PDSA cycles.
    m_visitMarkers.clear();
    if (!m_data.charts.isEmpty()) {
        const domain::BotilbudId botilbud = m_data.botilbud.id;
        auto visits = m_workspace.qaVisits().visits(botilbud);
        auto checklists = m_workspace.pharmacy().checklists(botilbud);
        if (visits && checklists) m_visitMarkers = VisitMarkers::of(*visits, *checklists);
    }
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
    m_ui->chartTitleLabel->setText(c->measure.name);

    m_ui->chartTypeComboBox->clear();
    for (domain::ChartType type : ChartInputFactory::choicesFor(c->measure.kind)) {
        m_ui->chartTypeComboBox->addItem(charts::ChartTypeNames::name(ChartInputFactory::toAnalysis(type)),
                                         static_cast<int>(type));
        if (type == c->request.chart)
            m_ui->chartTypeComboBox->setCurrentIndex(m_ui->chartTypeComboBox->count() - 1);
    }

    m_ui->freezeComboBox->clear();
    for (const QDate& month : freezeMonths()) {
        m_ui->freezeComboBox->addItem(charts::ChartNumberFormat::month(month), month);
        if (settings.freezeEnd.isValid() && monthOf(settings.freezeEnd) == month)
            m_ui->freezeComboBox->setCurrentIndex(m_ui->freezeComboBox->count() - 1);
    }
    if (!settings.freezeEnd.isValid()) {
        // Suggest the last typed baseline month.
        for (int i = 0; i < series.points.size(); ++i)
            if (series.points[i].baseline)
                m_ui->freezeComboBox->setCurrentIndex(
                    m_ui->freezeComboBox->findData(monthOf(series.points[i].date)));
    }

    const QString unit = charts::MeasureChartSpec::unit(c->measure, series.perEvent);
    m_ui->splitComboBox->clear();
    m_ui->excludeComboBox->clear();
    for (int i = 0; i < series.points.size(); ++i) {
        const QString when = RunChartSpecs::pointLabel(series, i);
        if (i > 0) {
            m_ui->splitComboBox->addItem(when, i);
            if (settings.splitDates.contains(series.points[i].date))
                m_ui->splitComboBox->setCurrentIndex(m_ui->splitComboBox->count() - 1);
        }
        QString text = when;
        if (c->result && i < static_cast<int>(c->result->points.size()) &&
            c->result->points[static_cast<std::size_t>(i)].y)
            text += QStringLiteral(" — ") + charts::ChartNumberFormat::withUnit(
                                                *c->result->points[static_cast<std::size_t>(i)].y, unit);
        if (series.points[i].excluded) text += tr(" (excluded)");
        m_ui->excludeComboBox->addItem(text, i);
    }

    // What can be taken back, and a line saying what is set now.
    // A new menu each time: the old one may be running the action that got us here.
    if (QMenu* old = m_ui->removeSettingButton->menu()) old->deleteLater();
    auto* menu = new QMenu(m_ui->removeSettingButton);
    m_ui->removeSettingButton->setMenu(menu);
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
    m_ui->removeSettingButton->setEnabled(!menu->isEmpty());
    m_ui->chartSettingsLabel->setText(
        now.isEmpty() ? tr("Computed from all points; nothing frozen, split or excluded.")
                      : tr("Saved with the measure: %1.").arg(now.join(QStringLiteral("; "))));

    if (c->result) {
        m_ui->chartProblemLabel->hide();
        charts::ChartSpec spec = charts::MeasureChartRecipe::fromChart(*c, m_data.cycles, m_data.changeIdeas);
        charts::ChartMarkers::add(spec, m_visitMarkers);
        m_ui->measureChartView->setSpec(spec);
        m_ui->measureChartView->show();
    } else {
        m_ui->chartProblemLabel->setText(RunChartSpecs::problemText(*c));
        m_ui->chartProblemLabel->show();
        m_ui->measureChartView->hide();
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
        m_ui->reasonErrorLabel->setText(
            tr("Write why the point is excluded. The reason is shown beside the chart, so "
               "whoever reads it knows why the point does not count."));
        m_ui->reasonErrorLabel->show();
        m_ui->reasonLineEdit->setFocus();
        return false;
    }
    m_ui->reasonErrorLabel->hide();
    domain::ChartSettings settings = c->measure.chartSettings;
    const QDate period = c->series.points[pointIndex].date;
    settings.exclusions.removeIf([&](const domain::ExcludedPeriod& e) { return e.period == period; });
    settings.exclusions << domain::ExcludedPeriod{period, text};
    std::sort(settings.exclusions.begin(), settings.exclusions.end(),
              [](const auto& a, const auto& b) { return a.period < b.period; });
    if (!save(settings)) return false;
    m_ui->reasonLineEdit->clear();
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
    if (!m_ui->measureChartView->exportTo(path, &error)) {
        logging::get("runcharts")->error("export to {} failed: {}", path.toStdString(), error.toStdString());
        m_dialogs.warning(this, tr("Export chart"),
                          tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace medsafe::app

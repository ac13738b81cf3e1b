#include "app/incidents/IncidentListPage.h"

#include "domain/Taxonomy.h"
#include "models/incidents/IncidentTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QFontMetrics>
#include <QLocale>
#include <QStyle>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {

template <typename E> QStringList labelsOf() {
    QStringList labels;
    for (const auto& entry : domain::Taxonomy::entries<E>()) labels << entry.label;
    return labels;
}

} // namespace

using namespace medsafe::domain;

namespace {

enum Period { AllTime, Last30Days, Last3Months, Last12Months, ThisYear, LastYear };

template <typename E> QComboBox* filterCombo(QWidget* parent, const QString& name, const QString& allText) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(allText, QString());
    for (E value : allValues<E>())
        combo->addItem(Taxonomy::label(value), toCode(value));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

template <typename E> std::optional<E> chosen(const QComboBox* combo) {
    return fromCode<E>(combo->currentData().toString());
}

} // namespace

IncidentListPage::IncidentListPage(QWidget* parent) : QWidget(parent) {
    m_model = new models::IncidentTableModel(this);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->addItem(tr("All periods"), AllTime);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("Last 3 months"), Last3Months);
    m_period->addItem(tr("Last 12 months"), Last12Months);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Last year"), LastYear);
    m_stage = filterCombo<ProcessStage>(this, QStringLiteral("stageFilterComboBox"), tr("All stages"));
    m_type = filterCombo<ErrorType>(this, QStringLiteral("errorTypeFilterComboBox"), tr("All error types"));
    m_consequence = filterCombo<OverallCategory>(this, QStringLiteral("consequenceFilterComboBox"), tr("All consequences"));
    m_status = filterCombo<IncidentStatus>(this, QStringLiteral("statusFilterComboBox"), tr("All statuses"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search the text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::IncidentTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    fitColumns();

    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_period, m_stage, m_type, m_consequence, m_status})
        filters->addWidget(w);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    m_buttonBar = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttonBar);
    buttons->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_buttonBar);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);

    for (QComboBox* combo : {m_period, m_stage, m_type, m_consequence, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentListPage::applyFilter);
    // Typing filters after a short pause, so each key does not redraw the table.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &IncidentListPage::applyFilter);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto open = [this](const QModelIndex& index) {
        if (index.isValid()) emit openRequested(m_model->incidentAt(index.row()));
    };
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_table, &QTableView::activated, this, open);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentListPage::updateCount);
    updateCount();
}

void IncidentListPage::setIncidents(const QList<Incident>& incidents) {
    m_model->setIncidents(incidents);
}

void IncidentListPage::applyFilter() {
    models::IncidentListFilter f;
    const QDate today = QDate::currentDate();
    switch (m_period->currentData().toInt()) {
    case Last30Days: f.from = today.addDays(-29); break;
    case Last3Months: f.from = today.addMonths(-3).addDays(1); break;
    case Last12Months: f.from = today.addMonths(-12).addDays(1); break;
    case ThisYear: f.from = QDate(today.year(), 1, 1); break;
    case LastYear:
        f.from = QDate(today.year() - 1, 1, 1);
        f.to = QDate(today.year() - 1, 12, 31);
        break;
    default: break;
    }
    f.stage = chosen<ProcessStage>(m_stage);
    f.errorType = chosen<ErrorType>(m_type);
    f.consequence = chosen<OverallCategory>(m_consequence);
    f.status = chosen<IncidentStatus>(m_status);
    f.search = m_search->text();
    m_model->setFilter(f);
}

void IncidentListPage::updateCount() {
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%n incidents", nullptr, shown)
                                    : tr("%n incidents", nullptr, shown) + u' ' + tr("of %1").arg(total));
}

void IncidentListPage::fitColumns() {
    // Each column as wide as the longest text it can hold (every label of its taxonomy, or its
    // header), so no process stage or problem type is cut and the widths do not jump when a
    // filter changes the rows; the description takes the rest, with the whole text on hover.
    using Model = models::IncidentTableModel;
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 18;
    const QLocale locale;
    const QString sampleDate = QStringLiteral("%1 %2").arg(locale.toString(QDate(2025, 12, 28), QLocale::ShortFormat),
                                                           locale.toString(QTime(23, 59), QLocale::ShortFormat));
    const QList<std::pair<int, QStringList>> columns{
        {Model::DateColumn, {sampleDate}},
        {Model::StageColumn, labelsOf<domain::ProcessStage>()},
        {Model::ErrorTypeColumn, labelsOf<domain::ErrorType>()},
        {Model::ConsequenceColumn, labelsOf<domain::OverallCategory>()},
        {Model::StatusColumn, labelsOf<domain::IncidentStatus>()},
        {Model::ReachedColumn, {}}, // "Ja"/"Nej": the header is the wider
        {Model::DoctorColumn, {}},
    };
    QList<int> widths;
    int total = 0;
    for (const auto& [column, texts] : columns) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 12;
        for (const QString& text : texts) width = std::max(width, metrics.horizontalAdvance(text));
        widths << width + padding;
        total += width + padding;
    }
    // On a narrow screen the three long taxonomy columns give way (down to a floor, the rest
    // shows on hover) so the description keeps a readable width without sideways scrolling.
    const int descriptionMinimum = metrics.horizontalAdvance(QLatin1Char('x')) * 20;
    const int overflow = total + descriptionMinimum - m_table->viewport()->width();
    if (overflow > 0) {
        const QList<int> shrinkable{Model::StageColumn, Model::ErrorTypeColumn, Model::ConsequenceColumn};
        const int floor = metrics.horizontalAdvance(QLatin1Char('x')) * 14;
        int room = 0;
        for (int column : shrinkable) room += std::max(0, widths[column] - floor);
        for (int column : shrinkable) {
            const int give = std::max(0, widths[column] - floor);
            widths[column] -= room > 0 ? std::min(give, overflow * give / room + 1) : 0;
        }
    }
    for (qsizetype i = 0; i < columns.size(); ++i) m_table->horizontalHeader()->resizeSection(columns[i].first, widths[i]);
}

void IncidentListPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumns();
}

} // namespace medsafe::app

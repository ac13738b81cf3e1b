#include "app/improvement/ImprovementMeasuresPage.h"

#include "app/DialogService.h"
#include "domain/DomainLabels.h"
#include "logging/Logging.h"
#include "models/improvement/MeasureTableModel.h"
#include "services/measures/MeasureService.h"
#include "services/workspace/Workspace.h"
#include "ui_ImprovementMeasuresPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace medsafe::app {

using namespace medsafe::domain;
using models::MeasureTableModel;

ImprovementMeasuresPage::ImprovementMeasuresPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ImprovementMeasuresPage>()), m_workspace(workspace), m_dialogs(dialogs),
      m_model(new MeasureTableModel(this)), m_filter(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortRole(MeasureTableModel::SortRole);
    m_ui->measureTableView->setModel(m_filter);
    m_ui->measureTableView->sortByColumn(MeasureTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->measureTableView->verticalHeader()->hide();
    QHeaderView* header = m_ui->measureTableView->horizontalHeader();
    header->setSectionResizeMode(MeasureTableModel::DefinitionColumn, QHeaderView::Stretch);
    header->resizeSection(MeasureTableModel::NameColumn, 300);
    header->resizeSection(MeasureTableModel::TypeColumn, 110);
    header->resizeSection(MeasureTableModel::DirectionColumn, 120);
    header->resizeSection(MeasureTableModel::TargetColumn, 70);
    // The table takes the height; the small form below keeps its natural size.
    m_ui->pageLayout->setStretch(1, 1);
    m_ui->measureEditGroupBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->targetLineEdit->setMinimumWidth(240);
    m_ui->targetLineEdit->setMaximumWidth(280);
    m_ui->directionComboBox->setMinimumWidth(170);
    m_ui->measureEditLayout->setColumnStretch(3, 1);
    m_ui->measureEditLayout->setAlignment(m_ui->targetLineEdit, Qt::AlignLeft);
    m_ui->measureEditLayout->setAlignment(m_ui->saveMeasureButton, Qt::AlignRight);
    m_ui->measureErrorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->measureErrorLabel->hide();
    QFont bold = m_ui->measureNameLabel->font();
    bold.setBold(true);
    m_ui->measureNameLabel->setFont(bold);
    for (const auto& entry : DomainLabels::entries<Direction>()) m_ui->directionComboBox->addItem(entry.label, entry.code);

    connect(m_ui->measureSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_ui->measureTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_loading) return;
                if (m_dirty) {
                    switch (m_dialogs.askToSave(this, tr("Unsaved changes"),
                                                tr("The definition you are editing is not saved. Save it now?"))) {
                    case DialogService::SaveChoice::Save:
                        if (!save()) return;
                        break;
                    case DialogService::SaveChoice::Discard: break;
                    case DialogService::SaveChoice::Cancel: return;
                    }
                }
                const Measure* m = m_model->measure(m_filter->mapToSource(current).row());
                m_chosen = m ? std::optional<Measure>(*m) : std::nullopt;
                showChosen();
            });
    connect(m_ui->measureTableView, &QTableView::doubleClicked, this, [this] { m_ui->definitionTextEdit->setFocus(); });
    const auto dirty = [this] {
        if (!m_loading) m_dirty = true;
    };
    connect(m_ui->definitionTextEdit, &QPlainTextEdit::textChanged, this, dirty);
    connect(m_ui->targetLineEdit, &QLineEdit::textEdited, this, dirty);
    connect(m_ui->directionComboBox, &QComboBox::currentIndexChanged, this, dirty);
    connect(m_ui->saveMeasureButton, &QPushButton::clicked, this, &ImprovementMeasuresPage::save);
}

ImprovementMeasuresPage::~ImprovementMeasuresPage() = default;

void ImprovementMeasuresPage::focusSearch() {
    m_ui->measureSearchLineEdit->setFocus();
    m_ui->measureSearchLineEdit->selectAll();
}

void ImprovementMeasuresPage::reload() {
    auto measures = m_workspace.measures().measures(m_workspace.currentBotilbud());
    if (!measures) {
        logging::get("app")->error("measures: could not read: {}", measures.error().message.toStdString());
        m_dialogs.warning(this, tr("Measures"), tr("The measures could not be read: %1").arg(measures.error().display()));
        return;
    }
    m_loading = true;
    const MeasureId keep = m_chosen ? m_chosen->id : MeasureId{};
    m_model->setMeasures(measures.value());
    m_chosen.reset();
    // Nothing chosen yet: the first measure, so the form below is never empty.
    const int row = keep.isValid() ? m_model->rowOf(keep) : (m_model->rowCount() > 0 ? m_filter->mapToSource(m_filter->index(0, 0)).row() : -1);
    if (row >= 0) {
        m_chosen = *m_model->measure(row);
        m_ui->measureTableView->selectRow(m_filter->mapFromSource(m_model->index(row, 0)).row());
    }
    m_loading = false;
    showChosen();
    updateCount();
}

void ImprovementMeasuresPage::updateCount() {
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_ui->measureCountLabel->setText(shown == all ? tr("%n measure(s)", nullptr, all)
                                                  : tr("%1 of %n measure(s)", nullptr, all).arg(shown));
}

void ImprovementMeasuresPage::showChosen() {
    m_loading = true;
    m_ui->measureErrorLabel->hide();
    const bool chosen = m_chosen.has_value();
    m_ui->measureNameLabel->setText(chosen ? m_chosen->name : tr("Choose a measure in the list to edit its definition."));
    m_ui->definitionTextEdit->setPlainText(chosen ? m_chosen->operationalDefinition : QString());
    m_ui->directionComboBox->setCurrentIndex(
        chosen ? m_ui->directionComboBox->findData(toCode(m_chosen->direction)) : -1);
    m_ui->targetLineEdit->setText(chosen ? MeasureTableModel::targetText(*m_chosen).remove(QStringLiteral(" %")) : QString());
    for (QWidget* w : {static_cast<QWidget*>(m_ui->definitionTextEdit), static_cast<QWidget*>(m_ui->directionComboBox),
                       static_cast<QWidget*>(m_ui->targetLineEdit), static_cast<QWidget*>(m_ui->saveMeasureButton)})
        w->setEnabled(chosen);
    m_loading = false;
    m_dirty = false;
}

bool ImprovementMeasuresPage::save() {
    if (!m_chosen || !m_dirty) return true;
    Measure m = *m_chosen;
    m.operationalDefinition = m_ui->definitionTextEdit->toPlainText().trimmed();
    if (auto direction = fromCode<Direction>(m_ui->directionComboBox->currentData().toString())) m.direction = *direction;
    const QString target = m_ui->targetLineEdit->text().trimmed().remove(QLatin1Char('%')).trimmed();
    if (target.isEmpty()) {
        m.target.reset();
    } else {
        bool ok = false;
        double value = QLocale().toDouble(target, &ok);
        if (!ok) value = target.toDouble(&ok);
        if (!ok) {
            m_ui->measureErrorLabel->setText(tr("Type the target as a number, for example 95 or 2,5 – or leave it empty."));
            m_ui->measureErrorLabel->show();
            m_ui->targetLineEdit->setFocus();
            return false;
        }
        // Proportions are stored as fractions; the field shows and takes per cent.
        m.target = m.kind == MeasureKind::Proportion && value > 1.0 ? value / 100.0 : value;
    }
    if (const auto issues = services::MeasureService::check(m); !issues.isEmpty()) {
        QStringList texts;
        for (const auto& issue : issues) texts << issue.message;
        m_ui->measureErrorLabel->setText(texts.join(QLatin1Char('\n')));
        m_ui->measureErrorLabel->show();
        return false;
    }
    const auto updated = m_workspace.measures().update(m);
    if (!updated) {
        m_ui->measureErrorLabel->setText(tr("Not saved: %1").arg(updated.error().display()));
        m_ui->measureErrorLabel->show();
        return false;
    }
    m_chosen = m;
    m_dirty = false;
    m_workspace.noteSaved();
    reload();
    return true;
}

void ImprovementMeasuresPage::discard() {
    showChosen();
}

} // namespace medsafe::app

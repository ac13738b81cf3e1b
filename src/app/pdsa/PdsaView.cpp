#include "app/pdsa/PdsaView.h"

#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/pdsa/PdsaEditor.h"
#include "logging/Logging.h"
#include "models/pdsa/PdsaFilterModel.h"
#include "models/pdsa/PdsaTreeModel.h"
#include "services/workspace/Workspace.h"
#include "ui_PdsaView.h"

#include <QAction>
#include <QHeaderView>

namespace medsafe::app {

using namespace medsafe::domain;

PdsaView::PdsaView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PdsaView>()), m_workspace(workspace), m_dialogs(dialogs),
      m_model(new models::PdsaTreeModel(this)), m_filter(new models::PdsaFilterModel(this)),
      m_editor(new PdsaEditor(workspace, dialogs, this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pdsaView"));
    m_ui->editorHostLayout->addWidget(m_editor);
    QFont heading = m_ui->listHeadingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setBold(true);
    m_ui->listHeadingLabel->setFont(heading);

    m_filter->setSourceModel(m_model);
    m_ui->pdsaTreeView->setModel(m_filter);
    m_ui->pdsaTreeView->sortByColumn(-1, Qt::AscendingOrder); // the order of the snapshot until asked
    QHeaderView* header = m_ui->pdsaTreeView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(models::PdsaTreeModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(models::PdsaTreeModel::StatusColumn, 104);
    header->resizeSection(models::PdsaTreeModel::StartColumn, 88);
    header->resizeSection(models::PdsaTreeModel::EndColumn, 88);
    header->resizeSection(models::PdsaTreeModel::ResponsibleColumn, 110);
    // The list is narrow beside the editor: the titles need the room, and the end date and the
    // person are in the editor (the header's context menu brings the columns back).
    m_ui->pdsaTreeView->setColumnHidden(models::PdsaTreeModel::EndColumn, true);
    m_ui->pdsaTreeView->setColumnHidden(models::PdsaTreeModel::ResponsibleColumn, true);
    m_ui->pdsaTreeView->setIndentation(14);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column :
         {int(models::PdsaTreeModel::EndColumn), int(models::PdsaTreeModel::ResponsibleColumn)}) {
        auto* show = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        show->setCheckable(true);
        connect(show, &QAction::toggled, this,
                [this, column](bool on) { m_ui->pdsaTreeView->setColumnHidden(column, !on); });
        header->addAction(show);
    }
    m_ui->editorScrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->pdsaSplitter->setStretchFactor(0, 0);
    m_ui->pdsaSplitter->setStretchFactor(1, 1);
    m_ui->pdsaSplitter->setSizes({500, 600});

    auto* newAction = new QAction(tr("New PDSA cycle"), this);
    newAction->setObjectName(QStringLiteral("newCycleAction"));
    newAction->setShortcut(QKeySequence::New);
    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    auto* findAction = new QAction(tr("Search"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    // Window-wide, but a hidden view's actions do not fire, so the views never compete.
    for (QAction* a : {newAction, saveAction, findAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    connect(newAction, &QAction::triggered, this, &PdsaView::newCycle);
    connect(m_ui->newCycleButton, &QPushButton::clicked, this, &PdsaView::newCycle);
    const auto gateNew = [this] {
        gateControl(m_ui->newCycleButton, m_workspace.may(services::AccessAction::EditPdsa));
    };
    connect(&m_workspace, &services::Workspace::sessionChanged, this, gateNew);
    connect(&m_workspace, &services::Workspace::currentBotilbudChanged, this, gateNew);
    gateNew();
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_ui->editorStackedWidget->currentIndex() == 1) m_editor->save();
    });
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->pdsaSearchLineEdit->setFocus();
        m_ui->pdsaSearchLineEdit->selectAll();
    });

    connect(m_ui->pdsaSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        spanGroupRows();
        m_ui->pdsaTreeView->expandAll();
        updateCount();
    });
    connect(m_ui->pdsaTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_ui->pdsaTreeView, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        onCurrentChanged(index);
        m_editor->setFocus();
    });
    connect(m_editor, &PdsaEditor::cycleSaved, this, [this](PdsaCycleId id) {
        reloadList();
        selectInTree(id);
    });
    connect(&workspace, &services::Workspace::currentBotilbudChanged, this, [this] {
        m_stale = true;
        if (isVisible()) reload();
    });
    connect(&workspace, &services::Workspace::databaseReplaced, this, [this] { m_stale = true; });
}

PdsaView::~PdsaView() = default;

void PdsaView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Change ideas and measures are edited in other views; read them again when coming back,
    // but keep the editor and its unsaved text as they are.
    if (m_stale || m_workspace.currentBotilbud() != m_loadedBotilbud) {
        reload();
    } else {
        reloadList();
    }
}

bool PdsaView::hasUnsavedChanges() const {
    return m_editor->isDirty();
}

bool PdsaView::saveChanges() {
    return m_editor->save();
}

void PdsaView::discardChanges() {
    m_editor->revert();
}

void PdsaView::reload() {
    m_stale = false;
    // Read again for the same botilbud (changes from another PC): the cycle open stays open.
    const PdsaCycleId wasOpen =
        m_loadedBotilbud == m_workspace.currentBotilbud() ? m_editor->cycle().id : PdsaCycleId{};
    m_loadedBotilbud = m_workspace.currentBotilbud();
    auto ideas = m_workspace.improvement().changeIdeas(m_loadedBotilbud);
    auto measures = m_workspace.measures().measures(m_loadedBotilbud, true);
    auto people = m_workspace.organisation().people(m_loadedBotilbud, true);
    if (!ideas || !measures || !people) {
        const Error& e = !ideas ? ideas.error() : !measures ? measures.error() : people.error();
        logging::get("app")->error("PDSA: could not read choices: {}", e.message.toStdString());
        m_dialogs.warning(this, tr("PDSA"), tr("The PDSA cycles could not be read: %1").arg(e.display()));
        return;
    }
    m_editor->setChoices(ideas.value(), measures.value(), people.value());
    m_ui->editorStackedWidget->setCurrentIndex(0);
    m_editor->openCycle(PdsaCycle{}); // nothing open: the editor is clean and hidden
    reloadList();
    if (wasOpen.isValid() && openCycle(wasOpen)) return;
    // Open the newest cycle, so the form is never an empty page when the view is first shown.
    if (const PdsaCycleId newest = m_model->newestCycle(); newest.isValid()) openCycle(newest);
}

void PdsaView::reloadList() {
    auto cycles = m_workspace.pdsa().cycles(m_loadedBotilbud);
    auto ideas = m_workspace.improvement().changeIdeas(m_loadedBotilbud);
    auto people = m_workspace.organisation().people(m_loadedBotilbud);
    if (!cycles || !ideas || !people) {
        const Error& e = !cycles ? cycles.error() : !ideas ? ideas.error() : people.error();
        logging::get("app")->error("PDSA: could not read cycles: {}", e.message.toStdString());
        m_dialogs.warning(this, tr("PDSA"), tr("The PDSA cycles could not be read: %1").arg(e.display()));
        return;
    }
    QHash<PersonId, QString> names;
    for (const Person& p : people.value())
        names.insert(p.id, p.name);
    m_selecting = true;
    m_model->setSnapshot(ideas.value(), cycles.value(), names);
    spanGroupRows();
    m_ui->pdsaTreeView->expandAll();
    if (m_editor->cycle().id.isValid()) selectInTree(m_editor->cycle().id);
    m_selecting = false;
    updateCount();
}

void PdsaView::spanGroupRows() {
    // A change idea's row uses the whole width, so its title can be read in full.
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_ui->pdsaTreeView->setFirstColumnSpanned(row, {}, true);
}

void PdsaView::updateCount() {
    const int shown = m_filter->visibleCycleCount();
    const int all = m_model->cycleCount();
    m_ui->pdsaCountLabel->setText(shown == all ? tr("%n PDSA cycle(s)", nullptr, all)
                                               : tr("%1 of %n PDSA cycle(s)", nullptr, all).arg(shown));
}

void PdsaView::selectInTree(PdsaCycleId id) {
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfCycle(id));
    if (!index.isValid()) return;
    const bool was = m_selecting;
    m_selecting = true;
    m_ui->pdsaTreeView->setCurrentIndex(index);
    m_ui->pdsaTreeView->scrollTo(index);
    m_selecting = was;
}

void PdsaView::onCurrentChanged(const QModelIndex& current) {
    if (m_selecting) return;
    const domain::PdsaCycle* cycle = m_model->cycle(m_filter->mapToSource(current));
    if (!cycle || cycle->id == m_editor->cycle().id) return;
    if (openCycle(cycle->id)) return;
    // The person kept the edits: the selection goes back to what the editor shows.
    if (m_editor->cycle().id.isValid()) {
        selectInTree(m_editor->cycle().id);
    } else {
        const QSignalBlocker blocker(m_ui->pdsaTreeView->selectionModel());
        m_ui->pdsaTreeView->selectionModel()->clear();
    }
}

bool PdsaView::settleEdits() {
    if (!m_editor->isDirty()) return true;
    switch (m_dialogs.askToSave(
        this, tr("Unsaved changes"),
        tr("The PDSA cycle you are editing has changes that are not saved. Save them now?"))) {
    case DialogService::SaveChoice::Save:
        return m_editor->save();
    case DialogService::SaveChoice::Discard:
        m_editor->revert();
        return true;
    case DialogService::SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool PdsaView::openCycle(PdsaCycleId id) {
    if (!m_model->indexOfCycle(id).isValid()) return false;
    if (id != m_editor->cycle().id && !settleEdits()) return false;
    // Saving in settleEdits reloads the list, so the cycle is looked up only now.
    const PdsaCycle* cycle = m_model->cycle(m_model->indexOfCycle(id));
    if (!cycle) return false;
    m_editor->openCycle(*cycle);
    m_ui->editorStackedWidget->setCurrentIndex(1);
    selectInTree(id);
    return true;
}

void PdsaView::newCycle() {
    if (!m_workspace.currentBotilbud().isValid() || !settleEdits()) return;
    // A new cycle goes under the change idea chosen in the list, if any.
    std::optional<ChangeIdeaId> idea;
    const qint64 chosen =
        m_ui->pdsaTreeView->currentIndex().data(models::PdsaTreeModel::ChangeIdeaIdRole).toLongLong();
    if (chosen > 0) idea = ChangeIdeaId{chosen};
    m_editor->newCycle(m_workspace.currentBotilbud(), idea);
    m_ui->editorStackedWidget->setCurrentIndex(1);
    m_selecting = true;
    m_ui->pdsaTreeView->clearSelection();
    m_selecting = false;
}

} // namespace medsafe::app

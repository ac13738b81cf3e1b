#include "app/startup/GuidelinesPage.h"

#include "app/IssueLabel.h"
#include "app/DialogService.h"
#include "app/access/AccessGate.h"
#include "app/pharmacy/PharmacyForms.h"
#include "app/pharmacy/RowFilterProxy.h"
#include "app/startup/OptionalDateEdit.h"
#include "domain/startup/StartupLabels.h"
#include "services/workspace/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <limits>

namespace medsafe::app {

using namespace medsafe::domain;

namespace {
const QColor kOverdue(0x9b, 0x1c, 0x1c);
}

GuidelinesPage::GuidelinesPage(DialogService& dialogs, QWidget* parent)
    : ProgrammePage(parent), m_dialogs(dialogs), m_model(new QStandardItemModel(this)),
      m_proxy(new RowFilterProxy(this)) {
    setObjectName(QStringLiteral("guidelinesPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("guidelineSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search the guidelines"));
    m_search->setClearButtonEnabled(true);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("guidelineCountLabel"));
    m_new = PharmacyForms::button(tr("New guideline"), this, QStringLiteral("newGuidelineButton"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("guidelineTable"));
    PharmacyForms::setUpTable(m_table);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);

    m_form = new QGroupBox(this);
    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("guidelineTitleLineEdit"));
    m_title->setPlaceholderText(tr("e.g. Guideline for PRN medicine"));
    m_version = new QLineEdit(m_form);
    m_version->setObjectName(QStringLiteral("guidelineVersionLineEdit"));
    m_issued = new OptionalDateEdit(tr("Dated"), QStringLiteral("issuedOn"), m_form);
    m_owner = new QComboBox(m_form);
    m_owner->setObjectName(QStringLiteral("guidelineOwnerComboBox"));
    m_nextReview = new OptionalDateEdit(tr("Planned"), QStringLiteral("nextReviewOn"), m_form);
    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("guidelineStatusComboBox"));
    for (GuidelineStatus s : allValues<GuidelineStatus>())
        m_status->addItem(StartupLabels::label(s), static_cast<int>(s));
    m_reviewed = new OptionalDateEdit(tr("Reviewed"), QStringLiteral("reviewedOn"), m_form);
    m_finding = new QPlainTextEdit(m_form);
    m_finding->setObjectName(QStringLiteral("guidelineFindingTextEdit"));
    m_finding->setPlaceholderText(tr("What the review found, and what was changed"));
    m_finding->setTabChangesFocus(true);
    m_finding->setMinimumHeight(60);
    m_problem = PharmacyForms::problemLabel(m_form, QStringLiteral("guidelineProblemLabel"));
    m_save = PharmacyForms::button(tr("Save"), m_form, QStringLiteral("saveGuidelineButton"));
    m_revert = PharmacyForms::button(tr("Undo changes"), m_form, QStringLiteral("revertGuidelineButton"));
    m_remove = PharmacyForms::button(tr("Remove"), m_form, QStringLiteral("removeGuidelineButton"));

    auto* form = new QFormLayout(m_form);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Title *"), m_title);
    form->addRow(tr("Version"), m_version);
    form->addRow(tr("Date"), m_issued);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Next review *"), m_nextReview);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Last review"), m_reviewed);
    form->addRow(tr("Review found"), m_finding);
    form->addRow(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    form->addRow(buttons);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel, 1);
    PharmacyForms::listBesideForm(this, top, m_table, bottom, m_form, 3, 2);
    // The list is read more than the form: it gets the larger share of a 1366-pixel screen.
    if (auto* splitter = findChild<QSplitter*>()) splitter->setSizes({640, 400});
    m_table->sortByColumn(2, Qt::AscendingOrder); // the most overdue review first

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RowFilterProxy::setSearch);
    connect(m_new, &QPushButton::clicked, this, &GuidelinesPage::newItem);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int index = currentIndex();
        if (m_filling || index < 0) return;
        if (m_hasShown && m_shownGuideline.id == m_rows.at(index).id) return;
        if (!settle()) return;
        show(index);
    });
    auto changed = [this] { updateFormState(); };
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_version, &QLineEdit::textChanged, this, changed);
    connect(m_issued, &OptionalDateEdit::changed, this, changed);
    connect(m_owner, &QComboBox::currentIndexChanged, this, changed);
    connect(m_nextReview, &OptionalDateEdit::changed, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_reviewed, &OptionalDateEdit::changed, this, changed);
    connect(m_finding, &QPlainTextEdit::textChanged, this, changed);
    connect(m_save, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_revert, &QPushButton::clicked, this, &GuidelinesPage::discardChanges);
    connect(m_remove, &QPushButton::clicked, this, &GuidelinesPage::removeShown);
}

void GuidelinesPage::load(services::Workspace& workspace, BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    auto rows = workspace.guidelines().guidelines(botilbud);
    auto people = workspace.organisation().people(botilbud);
    if (!rows || !people) {
        m_dialogs.warning(this, tr("Guidelines"),
                          tr("The guidelines could not be read: %1")
                              .arg((!rows ? rows.error() : people.error()).display()));
        return;
    }
    m_rows = *rows;
    m_people = *people;
    {
        const QScopedValueRollback filling(m_filling, true);
        m_owner->clear();
        m_owner->addItem(tr("(nobody)"), 0);
        for (const Person& p : m_people)
            if (p.active) m_owner->addItem(p.name, p.id.value);
    }
    const GuidelineId keep = m_hasShown ? m_shownGuideline.id : GuidelineId{};
    m_hasShown = false;
    fillTable();
    if (!keep.isValid() || !selectGuideline(keep)) {
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        else
            newItem();
    }
}

void GuidelinesPage::fillTable() {
    const QScopedValueRollback filling(m_filling, true);
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Title"), tr("Status"), tr("Next review"), tr("Last review"), tr("Owner")});
    QHash<qint64, QString> names;
    for (const Person& p : m_people)
        names.insert(p.id.value, p.name);
    for (const Guideline& g : std::as_const(m_rows)) {
        // The version and what the review found are on hover; the list is read for what is due.
        QString hover = g.version.isEmpty() ? g.title : tr("%1, version %2").arg(g.title, g.version);
        if (!g.finding.isEmpty()) hover += u'\n' + g.finding;
        QList<QStandardItem*> items{
            PharmacyForms::textItem(g.title, hover), PharmacyForms::textItem(StartupLabels::label(g.status)),
            PharmacyForms::dateItem(g.nextReviewOn), PharmacyForms::dateItem(g.reviewedOn),
            PharmacyForms::textItem(g.ownerId ? names.value(g.ownerId->value) : QString())};
        // Sorted by the next review, a guideline without one (retired) comes last.
        if (!g.nextReviewOn.isValid())
            items[2]->setData(std::numeric_limits<int>::max(), RowFilterProxy::SortRole);
        if (g.isReviewOverdue(m_today)) {
            for (QStandardItem* item : items)
                item->setForeground(kOverdue);
            items[2]->setText(items[2]->text() + QStringLiteral(" ⚠"));
            items[2]->setToolTip(tr("Past its review date"));
        } else if (g.status == GuidelineStatus::Retired) {
            for (QStandardItem* item : items)
                item->setForeground(QColor(0x6b, 0x6b, 0x6b));
        }
        m_model->appendRow(items);
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 1; c < m_model->columnCount(); ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    m_countLabel->setText(tr("%n guideline(s)", nullptr, int(m_rows.size())) + QStringLiteral(" · ") +
                          tr("%n past the review date", nullptr, overdueCount()));
}

int GuidelinesPage::overdueCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const Guideline& g) { return g.isReviewOverdue(m_today); }));
}

int GuidelinesPage::currentIndex() const {
    return m_proxy->mapToSource(m_table->currentIndex()).row();
}

void GuidelinesPage::newItem() {
    if (m_workspace && !settle()) return;
    Guideline g;
    g.botilbudId = m_botilbud;
    g.issuedOn = m_today;
    g.nextReviewOn = m_today.addYears(1);
    {
        const QScopedValueRollback filling(m_filling, true);
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    }
    m_shownGuideline = g;
    m_hasShown = true;
    show(-1);
    m_title->setFocus();
}

void GuidelinesPage::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

void GuidelinesPage::show(int index) {
    const QScopedValueRollback filling(m_filling, true);
    if (index >= 0 && index < m_rows.size()) {
        m_shownGuideline = m_rows.at(index);
        m_hasShown = true;
    }
    const Guideline& g = m_shownGuideline;
    m_form->setTitle(g.id.isValid() ? tr("Guideline") : tr("New guideline"));
    m_title->setText(g.title);
    m_version->setText(g.version);
    m_issued->setDate(g.issuedOn, m_today);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(g.ownerId ? g.ownerId->value : 0)));
    m_nextReview->setDate(g.nextReviewOn, m_today.addYears(1));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(g.status)));
    m_reviewed->setDate(g.reviewedOn, m_today);
    m_finding->setPlainText(g.finding);
    m_problem->hide();
    m_filling = false;
    updateFormState();
}

Guideline GuidelinesPage::formGuideline() const {
    Guideline g = m_shownGuideline;
    g.title = m_title->text().trimmed();
    g.version = m_version->text().trimmed();
    g.issuedOn = m_issued->date();
    const qint64 owner = m_owner->currentData().toLongLong();
    g.ownerId = owner > 0 ? std::optional<PersonId>(PersonId{owner}) : std::nullopt;
    g.nextReviewOn = m_nextReview->date();
    g.status = static_cast<GuidelineStatus>(m_status->currentData().toInt());
    g.reviewedOn = m_reviewed->date();
    g.finding = m_finding->toPlainText().trimmed();
    return g;
}

void GuidelinesPage::updateFormState() {
    if (m_filling) return;
    const bool dirty = hasUnsavedChanges();
    m_revert->setEnabled(dirty);
    if (!m_workspace) return;
    const auto may = m_workspace->may(services::AccessAction::EditStartupWork, m_botilbud);
    gateControl(m_save, may, dirty || !m_shownGuideline.id.isValid());
    gateControl(m_new, may);
    gateControl(m_remove, may, m_shownGuideline.id.isValid());
    for (QWidget* field : std::initializer_list<QWidget*>{m_title, m_version, m_issued, m_owner, m_nextReview,
                                                          m_status, m_reviewed, m_finding})
        field->setEnabled(may.allowed);
}

bool GuidelinesPage::hasUnsavedChanges() const {
    if (!m_hasShown) return false;
    const Guideline g = formGuideline();
    if (!m_shownGuideline.id.isValid()) return !g.title.isEmpty() || !g.finding.isEmpty();
    return !(g == m_shownGuideline);
}

bool GuidelinesPage::saveChanges() {
    if (!m_workspace || !m_hasShown) return true;
    if (m_shownGuideline.id.isValid() && !hasUnsavedChanges()) return true;
    const Guideline g = formGuideline();
    const auto issues = services::GuidelineService::check(g, m_today);
    if (!issues.isEmpty()) {
        showIssueMessages(m_problem, issues);
        return false;
    }
    auto saved = m_workspace->guidelines().save(g, m_today);
    if (!saved) {
        m_dialogs.warning(this, tr("Guidelines"),
                          tr("The guideline was not saved:\n%1").arg(saved.error().display()));
        return false;
    }
    m_shownGuideline.id = *saved;
    load(*m_workspace, m_botilbud);
    selectGuideline(*saved);
    emit this->saved();
    return true;
}

void GuidelinesPage::discardChanges() {
    if (m_hasShown) show(-1);
}

bool GuidelinesPage::settle() {
    return m_dialogs.settle(this, *this, tr("Unsaved changes"), tr("The guideline has changes that are not saved. Save them now?"));
}

bool GuidelinesPage::selectGuideline(GuidelineId id) {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != id) continue;
        {
            const QScopedValueRollback filling(m_filling, true);
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(i, 0)));
        }
        show(i);
        return true;
    }
    return false;
}

void GuidelinesPage::removeShown() {
    if (!m_workspace || !m_shownGuideline.id.isValid()) return;
    if (!m_dialogs.question(this, tr("Remove guideline"),
                            tr("Remove the guideline \"%1\"? A guideline no longer in use can instead be "
                               "marked retired.")
                                .arg(m_shownGuideline.title)))
        return;
    if (auto removed = m_workspace->guidelines().remove(m_shownGuideline); !removed) {
        m_dialogs.warning(this, tr("Guidelines"),
                          tr("The guideline was not removed:\n%1").arg(removed.error().display()));
        return;
    }
    m_hasShown = false;
    load(*m_workspace, m_botilbud);
    emit saved();
}

} // namespace medsafe::app

#include "app/pharmacy/QuestionsPage.h"

#include "app/DialogService.h"
#include "app/pharmacy/PharmacyForms.h"
#include "app/pharmacy/RecordRows.h"
#include "app/pharmacy/RowFilterProxy.h"
#include "domain/pharmacy/PharmacyLabels.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardItemModel>
#include <QTableView>

namespace medsafe::app {

using namespace medsafe::domain;

QuestionsPage::QuestionsPage(DialogService& dialogs, QWidget* parent)
    : RecordListPage(dialogs, services::AccessAction::LogPharmacyQuestion, parent),
      m_model(new QStandardItemModel(this)), m_proxy(new RowFilterProxy(this)) {
    setObjectName(QStringLiteral("questionsPage"));
    auto* search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("questionSearchLineEdit"));
    search->setPlaceholderText(tr("Search questions and answers"));
    search->setClearButtonEnabled(true);
    m_categoryFilter = new QComboBox(this);
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilterComboBox"));
    m_categoryFilter->addItem(tr("All categories"), -1);
    m_goodOnly = new QCheckBox(tr("Good to know"), this);
    m_goodOnly->setObjectName(QStringLiteral("goodToKnowFilterCheckBox"));
    m_unansweredOnly = new QCheckBox(tr("Unanswered"), this);
    m_unansweredOnly->setObjectName(QStringLiteral("unansweredFilterCheckBox"));
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("questionTable"));
    PharmacyForms::setUpTable(table);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("questionCountLabel"));
    auto* newButton = PharmacyForms::button(tr("New question"), this, QStringLiteral("newQuestionButton"));
    auto* deleteButton = PharmacyForms::button(tr("Delete"), this, QStringLiteral("deleteQuestionButton"));
    auto* saveButton = PharmacyForms::button(tr("Save"), this, QStringLiteral("saveQuestionButton"));
    auto* revertButton =
        PharmacyForms::button(tr("Undo changes"), this, QStringLiteral("revertQuestionButton"));

    m_form = new QGroupBox(this);
    m_asked = PharmacyForms::dateEdit(m_form, QStringLiteral("askedOnDateEdit"));
    m_askedBy = new QComboBox(m_form);
    m_askedBy->setObjectName(QStringLiteral("askedByComboBox"));
    m_category = new QComboBox(m_form);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    for (QuestionCategory c : allValues<QuestionCategory>()) {
        m_category->addItem(PharmacyLabels::label(c), static_cast<int>(c));
        m_categoryFilter->addItem(PharmacyLabels::label(c), static_cast<int>(c));
    }
    m_question = new QPlainTextEdit(m_form);
    m_question->setObjectName(QStringLiteral("questionTextEdit"));
    m_question->setPlaceholderText(tr("About the medicine, never who: write \"a resident\", not a name."));
    m_question->setTabChangesFocus(true);
    m_answered = new QCheckBox(tr("Answered on"), m_form);
    m_answered->setObjectName(QStringLiteral("answeredCheckBox"));
    m_answeredOn = PharmacyForms::dateEdit(m_form, QStringLiteral("answeredOnDateEdit"));
    m_answer = new QPlainTextEdit(m_form);
    m_answer->setObjectName(QStringLiteral("answerTextEdit"));
    m_answer->setTabChangesFocus(true);
    m_changedProcedure = new QCheckBox(tr("The answer led to a change in a procedure"), m_form);
    m_changedProcedure->setObjectName(QStringLiteral("procedureChangeCheckBox"));
    m_goodToKnow = new QCheckBox(tr("Good to know: share the answer with all staff"), m_form);
    m_goodToKnow->setObjectName(QStringLiteral("goodToKnowCheckBox"));
    m_problem = PharmacyForms::problemLabel(m_form, QStringLiteral("questionProblemLabel"));

    auto* form = new QFormLayout(m_form);
    form->addRow(tr("Asked on"), m_asked);
    form->addRow(tr("Asked by"), m_askedBy);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Question"), m_question);
    auto* answeredRow = new QHBoxLayout;
    answeredRow->addWidget(m_answered);
    answeredRow->addWidget(m_answeredOn, 1);
    form->addRow(tr("Answer"), answeredRow);
    form->addRow(QString(), m_answer);
    form->addRow(QString(), m_changedProcedure);
    form->addRow(QString(), m_goodToKnow);
    form->addRow(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);
    form->addRow(buttons);

    auto* filters = new QHBoxLayout;
    filters->addWidget(search, 2);
    filters->addWidget(m_categoryFilter, 1);
    filters->addWidget(m_goodOnly);
    filters->addWidget(m_unansweredOnly);
    PharmacyForms::listBesideForm(this, filters, table,
                                  PharmacyForms::countAndButtons(m_countLabel, {deleteButton, newButton}),
                                  m_form, 3, 2);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRowFilter([this](int row) { return m_search.matches(m_questions.at(row)); });
    setUpList({search, table, newButton, deleteButton, saveButton, revertButton, m_question}, m_proxy);
    m_table = table;
    table->sortByColumn(0, Qt::DescendingOrder); // the newest question first

    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &QuestionsPage::applyFilters);
    connect(m_goodOnly, &QCheckBox::toggled, this, &QuestionsPage::applyFilters);
    connect(m_unansweredOnly, &QCheckBox::toggled, this, &QuestionsPage::applyFilters);
    auto changed = [this] { updateFormState(); };
    connect(m_asked, &QDateEdit::dateChanged, this, changed);
    connect(m_askedBy, &QComboBox::currentIndexChanged, this, changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, changed);
    connect(m_question, &QPlainTextEdit::textChanged, this, changed);
    connect(m_answered, &QCheckBox::toggled, this, changed);
    connect(m_answeredOn, &QDateEdit::dateChanged, this, changed);
    connect(m_answer, &QPlainTextEdit::textChanged, this, changed);
    connect(m_changedProcedure, &QCheckBox::toggled, this, changed);
    connect(m_goodToKnow, &QCheckBox::toggled, this, changed);
}

bool QuestionsPage::readRecords(services::Workspace& workspace, BotilbudId botilbud) {
    auto questions = workspace.pharmacy().questions(botilbud);
    auto people = workspace.organisation().people(botilbud);
    if (!questions || !people) {
        const Error& error = !questions ? questions.error() : people.error();
        dialogs().warning(this, tr("Questions"),
                          tr("The question log could not be read: %1").arg(error.display()));
        return false;
    }
    m_questions = *questions;
    m_people = *people;
    {
        const QScopedValueRollback filling(m_filling, true);
        m_askedBy->clear();
        m_askedBy->addItem(tr("(not recorded)"), 0);
        for (const Person& p : m_people)
            if (p.active) m_askedBy->addItem(p.name, p.id.value);
    }
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Asked"), tr("Category"), tr("Question"), tr("Answered"), tr("Good to know")});
    for (const PharmacyQuestion& q : m_questions) {
        m_model->appendRow(
            {PharmacyForms::dateItem(q.askedOn), PharmacyForms::textItem(PharmacyLabels::label(q.category)),
             PharmacyForms::textItem(q.question, q.answer.isEmpty()
                                                     ? q.question
                                                     : q.question + QStringLiteral("\n\n") + q.answer),
             PharmacyForms::dateItem(q.answeredOn),
             PharmacyForms::textItem(q.goodToKnow ? tr("Yes") : QString())});
    }
    // The question gets the width the dates and labels leave.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    return true;
}

int QuestionsPage::initialRow() const {
    return m_proxy->rowCount() > 0 ? m_proxy->mapToSource(m_proxy->index(0, 0)).row() : -1;
}

void QuestionsPage::fillBlank() {
    fillNew();
}

void QuestionsPage::fillRow(int sourceRow) {
    if (sourceRow >= 0 && sourceRow < m_questions.size()) fillForm(m_questions.at(sourceRow));
}

qint64 QuestionsPage::idAt(int sourceRow) const {
    return idAtRow(m_questions, sourceRow);
}

int QuestionsPage::rowOfId(qint64 id) const {
    return rowOfIdIn(m_questions, id);
}

void QuestionsPage::fillNew() {
    PharmacyQuestion fresh;
    fresh.botilbudId = botilbud();
    fresh.askedOn = m_today;
    if (workspace() && workspace()->session().person.isValid()) fresh.askedBy = workspace()->session().person;
    fillForm(fresh);
}

void QuestionsPage::fillForm(const PharmacyQuestion& q) {
    m_filling = true;
    m_shown = q;
    m_form->setTitle(q.id.isValid() ? tr("Question of %1").arg(PharmacyForms::shortDate(q.askedOn))
                                    : tr("New question"));
    m_asked->setDate(q.askedOn.isValid() ? q.askedOn : m_today);
    m_askedBy->setCurrentIndex(std::max(0, m_askedBy->findData(q.askedBy ? q.askedBy->value : 0)));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(q.category)));
    m_question->setPlainText(q.question);
    m_answered->setChecked(q.answeredOn.isValid());
    m_answeredOn->setDate(q.answeredOn.isValid() ? q.answeredOn : m_today);
    m_answer->setPlainText(q.answer);
    m_changedProcedure->setChecked(q.ledToProcedureChange);
    m_goodToKnow->setChecked(q.goodToKnow);
    m_problem->hide();
    m_filling = false;
    updateFormState();
}

PharmacyQuestion QuestionsPage::formQuestion() const {
    PharmacyQuestion q = m_shown;
    q.botilbudId = botilbud();
    q.askedOn = m_asked->date();
    const qint64 person = m_askedBy->currentData().toLongLong();
    q.askedBy = person > 0 ? std::optional<PersonId>(PersonId{person}) : std::nullopt;
    q.category = static_cast<QuestionCategory>(m_category->currentData().toInt());
    q.question = m_question->toPlainText().trimmed();
    q.answeredOn = m_answered->isChecked() ? m_answeredOn->date() : QDate();
    q.answer = m_answer->toPlainText().trimmed();
    q.ledToProcedureChange = m_changedProcedure->isChecked();
    q.goodToKnow = m_goodToKnow->isChecked();
    return q;
}

void QuestionsPage::updateFormState() {
    if (m_filling) return;
    m_answeredOn->setEnabled(m_answered->isChecked());
    updateButtons(hasUnsavedChanges());
}

bool QuestionsPage::hasUnsavedChanges() const {
    if (!workspace()) return false;
    const PharmacyQuestion now = formQuestion();
    if (!m_shown.id.isValid()) return !now.question.isEmpty() || !now.answer.isEmpty();
    return !(now == m_shown);
}

void QuestionsPage::discardChanges() {
    fillForm(m_shown);
}

std::optional<qint64> QuestionsPage::writeForm() {
    const PharmacyQuestion q = formQuestion();
    const auto issues = services::PharmacyService::check(q, m_today);
    showIssues(issues, m_problem, {"askedOn", "question", "answer", "answeredOn", "goodToKnow"});
    if (!issues.isEmpty()) return std::nullopt;
    auto saved = workspace()->pharmacy().saveQuestion(q, m_today);
    if (!saved) {
        dialogs().warning(this, tr("Questions"),
                          tr("The question was not saved:\n%1").arg(saved.error().display()));
        return std::nullopt;
    }
    return saved->value;
}

bool QuestionsPage::deleteShown() {
    if (!dialogs().question(this, tr("Delete question"),
                            tr("Delete the question of %1? This cannot be undone.")
                                .arg(PharmacyForms::shortDate(m_shown.askedOn))))
        return false;
    if (auto removed = workspace()->pharmacy().removeQuestion(m_shown); !removed) {
        dialogs().warning(this, tr("Questions"),
                          tr("The question was not deleted:\n%1").arg(removed.error().display()));
        return false;
    }
    m_shown = {};
    return true;
}

QString QuestionsPage::unsavedQuestion() const {
    return tr("The question has changes that are not saved. Save them now?");
}

int QuestionsPage::shownCount() const {
    return m_proxy->rowCount();
}

void QuestionsPage::updateCount() {
    int unanswered = 0;
    for (const PharmacyQuestion& q : std::as_const(m_questions))
        unanswered += q.isAnswered() ? 0 : 1;
    m_countLabel->setText(tr("%n question(s) shown", nullptr, m_proxy->rowCount()) + QStringLiteral(" · ") +
                          tr("%n unanswered", nullptr, unanswered));
}

void QuestionsPage::applySearch(const QString& text) {
    m_search.words = text;
    m_proxy->refilter();
}

void QuestionsPage::applyFilters() {
    const int category = m_categoryFilter->currentData().toInt();
    m_search.category = category < 0
                            ? std::nullopt
                            : std::optional<QuestionCategory>(static_cast<QuestionCategory>(category));
    m_search.onlyGoodToKnow = m_goodOnly->isChecked();
    m_search.onlyUnanswered = m_unansweredOnly->isChecked();
    m_proxy->refilter();
    updateCount();
}

} // namespace medsafe::app

#include "app/pdsa/PdsaFormBinding.h"

#include "ui_PdsaEditor.h"

namespace medsafe::app {

using namespace medsafe::domain;

PdsaFormBinding::PdsaFormBinding(Ui::PdsaEditor& ui) : m_ui(ui) {
    // QDateEdit cannot be empty; its minimum date shown as blank stands for "no date".
    for (QDateEdit* edit : {m_ui.startDateEdit, m_ui.endDateEdit}) {
        edit->setMinimumDate(emptyDate());
        edit->setSpecialValueText(QStringLiteral(" "));
        edit->setDisplayFormat(QStringLiteral("d. MMM yyyy"));
    }
}

QDate PdsaFormBinding::emptyDate() {
    return QDate(2000, 1, 1);
}

void PdsaFormBinding::setChoices(const QList<ChangeIdea>& ideas, const QList<Measure>& measures,
                                 const QList<Person>& people) {
    m_ui.changeIdeaComboBox->clear();
    m_ui.changeIdeaComboBox->addItem(PdsaFormBinding::tr("(no change idea)"), qint64{0});
    for (const ChangeIdea& idea : ideas) m_ui.changeIdeaComboBox->addItem(idea.title, idea.id.value);
    m_ui.responsibleComboBox->clear();
    m_ui.responsibleComboBox->addItem(PdsaFormBinding::tr("(nobody chosen)"), qint64{0});
    for (const Person& p : people)
        if (p.active) m_ui.responsibleComboBox->addItem(p.name, p.id.value);
    m_ui.measuresListWidget->clear();
    for (const Measure& m : measures) {
        if (!m.active) continue;
        auto* item = new QListWidgetItem(m.name, m_ui.measuresListWidget);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, m.id.value);
        item->setToolTip(m.operationalDefinition);
    }
}

namespace {
void selectData(QComboBox* box, qint64 value) {
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}
qint64 currentId(const QComboBox* box) {
    return box->currentData().toLongLong();
}
} // namespace

void PdsaFormBinding::fill(const PdsaCycle& c) {
    m_ui.titleLineEdit->setText(c.title);
    m_ui.titleLineEdit->setCursorPosition(0); // show the beginning of a long title
    selectData(m_ui.changeIdeaComboBox, c.changeIdeaId ? c.changeIdeaId->value : 0);
    selectData(m_ui.responsibleComboBox, c.responsibleId ? c.responsibleId->value : 0);
    m_ui.numberSpinBox->setValue(c.number);
    m_ui.startDateEdit->setDate(c.startDate.isValid() ? c.startDate : emptyDate());
    m_ui.endDateEdit->setDate(c.endDate.isValid() ? c.endDate : emptyDate());
    for (int i = 0; i < m_ui.measuresListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui.measuresListWidget->item(i);
        const MeasureId id{item->data(Qt::UserRole).toLongLong()};
        item->setCheckState(c.measureIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui.questionTextEdit->setPlainText(c.question);
    m_ui.predictionTextEdit->setPlainText(c.prediction);
    m_ui.planWhatTextEdit->setPlainText(c.planWhat);
    for (auto [edit, text] : {std::pair{m_ui.planWhoLineEdit, &c.planWho}, std::pair{m_ui.planWhereLineEdit, &c.planWhere},
                              std::pair{m_ui.planWhenLineEdit, &c.planWhen}}) {
        edit->setText(*text);
        edit->setCursorPosition(0);
    }
    m_ui.dataPlanTextEdit->setPlainText(c.dataPlan);
    m_ui.doWhatHappenedTextEdit->setPlainText(c.doWhatHappened);
    m_ui.doProblemsTextEdit->setPlainText(c.doProblems);
    m_ui.doPlanChangesTextEdit->setPlainText(c.doPlanChanges);
    m_ui.doObservationsTextEdit->setPlainText(c.doObservations);
    m_ui.studyResultTextEdit->setPlainText(c.studyResult);
    m_ui.studyLearningTextEdit->setPlainText(c.studyLearning);
    m_ui.nextStepTextEdit->setPlainText(c.nextStep);
    // Radio buttons in a group cannot all be unchecked unless exclusivity is lifted for a moment.
    QRadioButton* radios[] = {m_ui.adoptRadioButton, m_ui.adaptRadioButton, m_ui.abandonRadioButton,
                              m_ui.expandRadioButton};
    for (QRadioButton* r : radios) r->setAutoExclusive(false);
    m_ui.adoptRadioButton->setChecked(c.decision == ActDecision::Adopt);
    m_ui.adaptRadioButton->setChecked(c.decision == ActDecision::Adapt);
    m_ui.abandonRadioButton->setChecked(c.decision == ActDecision::Abandon);
    m_ui.expandRadioButton->setChecked(c.decision == ActDecision::Expand);
    for (QRadioButton* r : radios) r->setAutoExclusive(true);
}

std::optional<ActDecision> PdsaFormBinding::decision() const {
    if (m_ui.adoptRadioButton->isChecked()) return ActDecision::Adopt;
    if (m_ui.adaptRadioButton->isChecked()) return ActDecision::Adapt;
    if (m_ui.abandonRadioButton->isChecked()) return ActDecision::Abandon;
    if (m_ui.expandRadioButton->isChecked()) return ActDecision::Expand;
    return std::nullopt;
}

PdsaCycle PdsaFormBinding::collect(const PdsaCycle& base) const {
    PdsaCycle c = base;
    c.title = m_ui.titleLineEdit->text().trimmed();
    const qint64 idea = currentId(m_ui.changeIdeaComboBox);
    c.changeIdeaId = idea > 0 ? std::optional<ChangeIdeaId>(ChangeIdeaId{idea}) : std::nullopt;
    const qint64 person = currentId(m_ui.responsibleComboBox);
    c.responsibleId = person > 0 ? std::optional<PersonId>(PersonId{person}) : std::nullopt;
    c.number = m_ui.numberSpinBox->value();
    const QDate start = m_ui.startDateEdit->date();
    const QDate end = m_ui.endDateEdit->date();
    c.startDate = start == emptyDate() ? QDate() : start;
    c.endDate = end == emptyDate() ? QDate() : end;
    c.measureIds.clear();
    for (int i = 0; i < m_ui.measuresListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui.measuresListWidget->item(i);
        if (item->checkState() == Qt::Checked) c.measureIds << MeasureId{item->data(Qt::UserRole).toLongLong()};
    }
    c.question = m_ui.questionTextEdit->toPlainText().trimmed();
    c.prediction = m_ui.predictionTextEdit->toPlainText().trimmed();
    c.planWhat = m_ui.planWhatTextEdit->toPlainText().trimmed();
    c.planWho = m_ui.planWhoLineEdit->text().trimmed();
    c.planWhere = m_ui.planWhereLineEdit->text().trimmed();
    c.planWhen = m_ui.planWhenLineEdit->text().trimmed();
    c.dataPlan = m_ui.dataPlanTextEdit->toPlainText().trimmed();
    c.doWhatHappened = m_ui.doWhatHappenedTextEdit->toPlainText().trimmed();
    c.doProblems = m_ui.doProblemsTextEdit->toPlainText().trimmed();
    c.doPlanChanges = m_ui.doPlanChangesTextEdit->toPlainText().trimmed();
    c.doObservations = m_ui.doObservationsTextEdit->toPlainText().trimmed();
    c.studyResult = m_ui.studyResultTextEdit->toPlainText().trimmed();
    c.studyLearning = m_ui.studyLearningTextEdit->toPlainText().trimmed();
    c.decision = decision();
    c.nextStep = m_ui.nextStepTextEdit->toPlainText().trimmed();
    return c;
}

} // namespace medsafe::app

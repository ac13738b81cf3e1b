#pragma once

#include "app/programme/RecordListPage.h"
#include "domain/Person.h"
#include "domain/pharmacy/PharmacyQuestion.h"
#include "services/pharmacy/QuestionSearch.h"

#include <QDate>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace medsafe::app {

class RowFilterProxy;

// Spørgsmål: the everyday medicine questions the staff put to the pharmacy and its answers,
// searchable by words, category, "good to know" and unanswered; whether an answer changed a
// procedure. Texts naming a resident or a CPR number are refused. GUI thread.
class QuestionsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit QuestionsPage(DialogService& dialogs, QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }
    int shownCount() const;

protected:
    bool readRecords(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    int initialRow() const override;
    void fillBlank() override;
    void fillRow(int sourceRow) override;
    qint64 idAt(int sourceRow) const override;
    int rowOfId(qint64 id) const override;
    qint64 shownId() const override { return m_shown.id.value; }
    void fillNew() override;
    std::optional<qint64> writeForm() override;
    bool deleteShown() override;
    QString unsavedQuestion() const override;
    void updateCount() override;
    void applySearch(const QString& text) override;

private:
    void fillForm(const domain::PharmacyQuestion& question);
    domain::PharmacyQuestion formQuestion() const;
    void updateFormState();
    void applyFilters();

    QStandardItemModel* m_model = nullptr;
    RowFilterProxy* m_proxy = nullptr;
    QList<domain::PharmacyQuestion> m_questions; // newest first
    QList<domain::Person> m_people;
    domain::PharmacyQuestion m_shown;
    services::QuestionSearch m_search;
    QDate m_today = QDate::currentDate();

    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QCheckBox* m_goodOnly = nullptr;
    QCheckBox* m_unansweredOnly = nullptr;
    QGroupBox* m_form = nullptr;
    QDateEdit* m_asked = nullptr;
    QComboBox* m_askedBy = nullptr;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_question = nullptr;
    QCheckBox* m_answered = nullptr;
    QDateEdit* m_answeredOn = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QCheckBox* m_changedProcedure = nullptr;
    QCheckBox* m_goodToKnow = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace medsafe::app

#pragma once

#include "app/programme/RecordListPage.h"
#include "domain/pharmacy/PharmacyAgreement.h"

#include <QDate>
#include <QList>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace medsafe::app {

class RowFilterProxy;

// Aftale: the agreements with the pharmacy — which pharmacy, the contact, what is agreed
// (teaching, quality assurance) and how often, for which period. GUI thread.
class AgreementPage : public RecordListPage {
    Q_OBJECT
public:
    explicit AgreementPage(DialogService& dialogs, QWidget* parent = nullptr);

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }

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
    void fillForm(const domain::PharmacyAgreement& agreement);
    domain::PharmacyAgreement formAgreement() const;
    void updateFormState();

    QStandardItemModel* m_model = nullptr;
    RowFilterProxy* m_proxy = nullptr;
    QList<domain::PharmacyAgreement> m_agreements;
    domain::PharmacyAgreement m_shown;
    QDate m_today = QDate::currentDate();

    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QGroupBox* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_details = nullptr;
    QCheckBox* m_teaching = nullptr;
    QCheckBox* m_qualityAssurance = nullptr;
    QSpinBox* m_visits = nullptr;
    QSpinBox* m_sessions = nullptr;
    QDateEdit* m_starts = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_ends = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace medsafe::app

#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/ChangeIdea.h"
#include "domain/Driver.h"
#include "domain/startup/WorkflowAnalysis.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace medsafe::app {

class DialogService;

// Arbejdsgangsanalyse: the medication process step by step — ordination to follow-up — as the
// botilbud does it: who, how, the known risks and their level, with the incidents of each
// step's stage in the twelve months up to the analysis' day beside it. "Before" is made in
// phase 1 and "after" in phase 3; a selector switches between them. A step's findings are
// listed under it and can be taken into the driver diagram as change ideas. The analysis and
// its steps are saved together (only the steps changed here are written); findings are saved
// at once. GUI thread.
class WorkflowPage : public ProgrammePage {
    Q_OBJECT
public:
    explicit WorkflowPage(DialogService& dialogs, QWidget* parent = nullptr);

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }

    // Shows the "before" or "after" analysis (asks about unsaved changes first).
    bool showKind(domain::AnalysisKind kind);
    // Selects the step of `stage` in the table and the form; false when the analysis has none.
    bool selectStep(domain::ProcessStage stage);
    bool addFinding(const QString& text);
    // Takes the chosen finding into the driver diagram under the driver chosen beside the button.
    bool makeChangeIdea();

private:
    void readAnalysis();
    void readCounts();
    void fillHeader();
    void fillTable();
    void refreshRow(int index);
    void showStep(int index);
    void fillFindings();
    void syncHeader();
    void syncStep();
    void updateState();
    bool settle();
    void addExtraStep();
    void saveFinding();
    void removeFinding();
    domain::WorkflowFinding* chosenFinding();
    QString countText(domain::ProcessStage stage) const;

    DialogService& m_dialogs;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    QDate m_today = QDate::currentDate();
    domain::AnalysisKind m_kind = domain::AnalysisKind::Before;
    std::optional<domain::WorkflowAnalysis> m_loaded; // as stored; none: not made yet
    domain::WorkflowAnalysis m_edited;                // what the form shows
    QMap<domain::ProcessStage, int> m_counts;
    QList<domain::WorkflowFinding> m_findings;
    QList<domain::Driver> m_drivers;
    QList<domain::ChangeIdea> m_ideas;
    int m_step = -1;
    bool m_filling = false;

    QComboBox* m_kindCombo = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_participants = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_statusLabel = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_extraStage = nullptr;
    QPushButton* m_addStep = nullptr;
    QGroupBox* m_stepBox = nullptr;
    QLineEdit* m_performedBy = nullptr;
    QPlainTextEdit* m_how = nullptr;
    QPlainTextEdit* m_risks = nullptr;
    QComboBox* m_riskLevel = nullptr;
    QLabel* m_stepCount = nullptr;
    QListWidget* m_findingList = nullptr;
    QLineEdit* m_findingText = nullptr;
    QPushButton* m_addFinding = nullptr;
    QPushButton* m_saveFinding = nullptr;
    QPushButton* m_removeFinding = nullptr;
    QComboBox* m_driver = nullptr;
    QPushButton* m_makeIdea = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace medsafe::app

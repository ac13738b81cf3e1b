#pragma once

#include "app/programme/ProgrammePage.h"
#include "domain/CompetenceTopic.h"

#include <QDate>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace medsafe::app {

class DialogService;

// Genopfriskning: the regular competence refresher the pharmacies ask for. Each competence
// topic may have an interval; for each, the staff who handle medicine and are due (or were
// never trained in it) are listed, most overdue first. The pharmacy's courses in the training
// log count toward it. GUI thread.
class RefreshersPage : public ProgrammePage {
    Q_OBJECT
public:
    explicit RefreshersPage(DialogService& dialogs, QWidget* parent = nullptr);

    void load(services::Workspace& workspace, domain::BotilbudId botilbud) override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;
    void setToday(const QDate& today) { m_today = today; }
    QTableWidget& intervals() const { return *m_intervals; }
    QTreeWidget& overdueTree() const { return *m_tree; }

private:
    void showIntervals();
    void updateButtons();

    DialogService& m_dialogs;
    services::Workspace* m_workspace = nullptr;
    domain::BotilbudId m_botilbud;
    QDate m_today = QDate::currentDate();
    QList<domain::CompetenceTopic> m_topics;
    bool m_filling = false;

    QLabel* m_coursesLabel = nullptr;
    QTableWidget* m_intervals = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace medsafe::app

#pragma once

#include "app/UnsavedWork.h"
#include "domain/Ids.h"

#include <QAbstractItemView>
#include <QDate>
#include <QWidget>
#include <memory>

class QChartView;
class QUndoStack;

namespace Ui {
class MeasurementsView;
}

namespace medsafe::models {
class MeasurementGridModel;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The Målinger view: the month × measure grid where the tovholder types numerators and
// denominators and marks baseline months, the list of values that cannot be saved with the
// reason, and the selected measure's run chart beside it. Edits are pending until Gem (Ctrl+S)
// writes them in one transaction; Ctrl+Z/Ctrl+Y undo and redo them. Reads the database of the
// main window when shown and when the botilbud changes. GUI thread.
class MeasurementsView : public QWidget, public UnsavedWork {
    Q_OBJECT
public:
    MeasurementsView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~MeasurementsView() override;

    bool hasUnsavedChanges() const override;
    bool saveChanges() override;
    void discardChanges() override;

    models::MeasurementGridModel& model() const { return *m_model; }
    QUndoStack& undoStack() const { return *m_undoStack; }
    // "Today" for the rule against future months; tests set it, the app uses the real date.
    void setToday(const QDate& today);
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // After a save: the sheet read again, the cursor and chart where they were.
    void afterSave();
    // Someone else saved some of the changed months meanwhile: both values, and the choice.
    bool resolveConflicts();
    void setUpActions();
    void configureColumns();
    void refreshMessages();
    void showChartFor(int column, bool force = false);
    void applySearch(const QString& text);
    void goToThisMonth();
    void markStale();

    const std::unique_ptr<Ui::MeasurementsView> m_ui;
    services::Workspace& m_workspace;
    // How cells start editing for someone who may enter measurements (the sheet's own setting).
    QAbstractItemView::EditTriggers m_editTriggers;
    DialogService& m_dialogs;
    models::MeasurementGridModel* m_model = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QChartView* m_chartView = nullptr;
    QDate m_today;
    bool m_stale = true;
    domain::BotilbudId m_loadedBotilbud;
    int m_chartMeasure = -1;
};

} // namespace medsafe::app

#pragma once

#include "domain/Measure.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ImprovementMeasuresPage;
}

namespace medsafe::models {
class MeasureTableModel;
}

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// The measures tab of Forbedringsarbejde: every measure with its operational definition,
// searchable and sortable, and a small form for the definition, direction and target of the
// chosen one (the rest of a measure is edited under Målinger). GUI thread.
class ImprovementMeasuresPage : public QWidget {
    Q_OBJECT
public:
    ImprovementMeasuresPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);
    ~ImprovementMeasuresPage() override;

    void reload();
    bool isDirty() const { return m_dirty; }
    bool save();
    void discard();
    void focusSearch();

private:
    void showChosen();
    void updateCount();

    const std::unique_ptr<Ui::ImprovementMeasuresPage> m_ui;
    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    models::MeasureTableModel* m_model;
    QSortFilterProxyModel* m_filter;
    std::optional<domain::Measure> m_chosen;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace medsafe::app

#pragma once

#include "services/spread/SpreadMatrix.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;

// "Spredning" in the consultant's overview: the spread matrix, change ideas × botilbud, each
// cell adopted / being tested / abandoned / not started as a symbol and a word (colour only
// repeats it), computed from the received monthly reports (SpreadMatrixService). Choosing a
// cell opens the spread plan for that change and botilbud below: a planned month and a note,
// saved with SpreadPlanService (the PS! consultant only), shown in the cell as "planlagt
// mar. 2027". Reads the matrix again when shown. GUI thread.
class SpreadMatrixPage : public QWidget {
    Q_OBJECT
public:
    SpreadMatrixPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    QTableWidget* matrixTable() const { return m_table; }
    const services::SpreadMatrix& matrix() const { return m_matrix; }
    // The cell's text as shown ("✔ adopted\nplanned mar. 2027").
    static QString cellText(const services::SpreadCell& cell);
    // Selects the cell of the row `rowKey` and botilbud; false when not in the matrix.
    bool selectCell(const QString& rowKey, domain::BotilbudId botilbud);

public slots:
    void reload();
    void savePlan();
    void removePlan();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCell();
    void applyFilter();
    const services::SpreadRow* selectedRow(int* column = nullptr) const;

    services::Workspace& m_workspace;
    DialogService& m_dialogs;
    services::SpreadMatrix m_matrix;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_planTitle = nullptr;
    QDateEdit* m_month = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace medsafe::app

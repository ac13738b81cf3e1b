#pragma once

#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaVisit.h"

#include <QTableWidget>

class QComboBox;
class QLineEdit;

namespace medsafe::app {

// The checklist of one visit as a grid: a heading row per area, then one row per item with
// the answer (not answered, compliant, not compliant, not applicable) and a note. Editing it
// emits changed(); answers() gives what is chosen, items not answered left out. GUI thread.
class ChecklistGrid : public QTableWidget {
    Q_OBJECT
public:
    enum Column { ItemColumn, AnswerColumn, NoteColumn };

    explicit ChecklistGrid(QWidget* parent = nullptr);

    void show(const domain::QaChecklist& checklist, const QList<domain::QaAnswer>& answers);
    QList<domain::QaAnswer> answers() const;
    // The combo and note of an item (for tests and keyboard users); null when not listed.
    QComboBox* answerBox(domain::QaChecklistItemId item) const;
    QLineEdit* noteEdit(domain::QaChecklistItemId item) const;
    void setEditable(bool editable);

signals:
    void changed();

private:
    struct Row {
        domain::QaChecklistItemId item;
        QComboBox* answer = nullptr;
        QLineEdit* note = nullptr;
    };
    QList<Row> m_rows;
};

} // namespace medsafe::app

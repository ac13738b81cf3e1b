#pragma once

#include "app/DialogService.h"

#include <QDialog>

namespace medsafe::app {

// "Someone else saved this while you were editing": the fields that differ, yours beside the
// saved ones, and three ways on — keep mine (save over theirs), take theirs (show what is
// saved, dropping my edits), or cancel (back to editing, nothing lost). GUI thread.
class SaveConflictDialog : public QDialog {
    Q_OBJECT
public:
    SaveConflictDialog(const QString& title, const QList<FieldDifference>& differences, QWidget* parent = nullptr);

    DialogService::ConflictChoice choice() const { return m_choice; }

private:
    DialogService::ConflictChoice m_choice = DialogService::ConflictChoice::Cancel;
};

} // namespace medsafe::app

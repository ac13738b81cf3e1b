#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

namespace medsafe::app {

// The shape the sign-in, password and account dialogs share: fields above, a red line for what
// went wrong, and OK running an attempt that either succeeds (the dialog closes) or says why
// (the dialog stays open with the fields as they were).
class CheckedDialog : public QDialog {
    Q_OBJECT
public:
    // What went wrong at the last attempt (empty after a success or before any).
    QString problem() const;

protected:
    explicit CheckedDialog(QWidget* parent);
    // Adds the problem line and the OK/Cancel buttons below what `layout` holds; OK runs `attempt`.
    // Returns the OK button's box so a dialog can rename OK ("Log ind").
    QDialogButtonBox* finish(QVBoxLayout* layout, const char* problemName, std::function<bool()> attempt);
    // Shows `text` as the problem (an attempt that failed returns false after it).
    void showProblem(const QString& text);

private:
    QLabel* m_problem = nullptr;
};

} // namespace medsafe::app

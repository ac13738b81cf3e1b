#pragma once

#include <QDialog>

class QLineEdit;
class QLabel;

namespace medsafe::app {

class GuideBrowser;

// Hjælp › Brugervejledning: the Danish user guide (docs/user-guide.md with its screenshots,
// bundled in the program) inside the app, with a search field that finds the next or previous
// place a word occurs. Non-modal, so the guide can stay open beside the window. GUI thread.
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // Finds `text` after (or before) the current place, wrapping around; false if it is nowhere.
    bool find(const QString& text, bool backwards = false);
    // The guide's plain text, for tests.
    QString guideText() const;

private:
    GuideBrowser* m_browser = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace medsafe::app

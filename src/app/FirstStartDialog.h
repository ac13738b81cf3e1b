#pragma once

#include <QDialog>

namespace medsafe::app {

// The first time Medicinsikker starts on a PC (no database yet): start a new programme with
// the guided set-up, look around in the demo first, or open a database file someone made.
class FirstStartDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, NewProgramme, Demo, OpenFile, Server };

    explicit FirstStartDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::None;
};

} // namespace medsafe::app

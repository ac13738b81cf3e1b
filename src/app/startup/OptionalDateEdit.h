#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace medsafe::app {

// A date that may be left out: a tick box ("no date" when clear) and a date editor beside it.
// date() is null while the box is clear. GUI thread.
class OptionalDateEdit : public QWidget {
    Q_OBJECT
public:
    OptionalDateEdit(const QString& checkText, const QString& objectName, QWidget* parent = nullptr);

    QDate date() const;
    // A null date clears the box and shows `fallback` in the (disabled) editor.
    void setDate(const QDate& date, const QDate& fallback = QDate::currentDate());
    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

signals:
    void changed();

private:
    QCheckBox* m_check;
    QDateEdit* m_edit;
};

} // namespace medsafe::app

#include "app/startup/OptionalDateEdit.h"

#include "app/pharmacy/PharmacyForms.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace medsafe::app {

OptionalDateEdit::OptionalDateEdit(const QString& checkText, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)),
      m_edit(PharmacyForms::dateEdit(this, objectName + QStringLiteral("DateEdit"))) {
    setObjectName(objectName);
    m_check->setObjectName(objectName + QStringLiteral("CheckBox"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_edit->setEnabled(false);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on && isEnabled());
        emit changed();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
}

QDate OptionalDateEdit::date() const {
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date, const QDate& fallback) {
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockEdit(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setDate(date.isValid() ? date : fallback);
    m_edit->setEnabled(date.isValid());
}

} // namespace medsafe::app

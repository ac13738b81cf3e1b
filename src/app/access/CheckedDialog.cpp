#include "app/access/CheckedDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace medsafe::app {

CheckedDialog::CheckedDialog(QWidget* parent) : QDialog(parent) {}

QDialogButtonBox* CheckedDialog::finish(QVBoxLayout* layout, const char* problemName,
                                        std::function<bool()> attempt) {
    m_problem = new QLabel(this);
    m_problem->setObjectName(QLatin1String(problemName));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, attempt = std::move(attempt)] {
        if (attempt()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    return buttons;
}

void CheckedDialog::showProblem(const QString& text) {
    m_problem->setText(text);
    m_problem->show();
}

QString CheckedDialog::problem() const {
    return m_problem && !m_problem->isHidden() ? m_problem->text() : QString();
}

} // namespace medsafe::app

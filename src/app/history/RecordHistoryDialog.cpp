#include "app/history/RecordHistoryDialog.h"

#include "app/history/HistoryPanel.h"
#include "services/workspace/Workspace.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medsafe::app {

QPushButton* RecordHistoryDialog::addButton(QPushButton* beside, int position, services::Workspace& workspace,
                                            const QString& table, const QString& toolTip,
                                            std::function<Record()> record) {
    QWidget* editor = beside->parentWidget();
    auto* button = new QPushButton(tr("History…"), editor);
    button->setObjectName(table + QStringLiteral("HistoryButton"));
    button->setToolTip(toolTip);
    if (auto* row = qobject_cast<QBoxLayout*>(editor->layout())) row->insertWidget(position, button);
    QObject::connect(button, &QPushButton::clicked, editor,
                     [&workspace, table, record = std::move(record), editor] {
                         const Record shown = record();
                         RecordHistoryDialog(workspace, table, shown.id, shown.title, editor).exec();
                     });
    return button;
}

RecordHistoryDialog::RecordHistoryDialog(services::Workspace& workspace, const QString& table, qint64 id,
                                         const QString& title, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("History of %1").arg(title));
    auto* layout = new QVBoxLayout(this);
    m_panel = new HistoryPanel(this);
    layout->addWidget(m_panel, 1);
    services::HistoryFilter filter;
    filter.table = table;
    filter.rowKey = QString::number(id);
    auto history = workspace.auditTrail().history(filter);
    if (history) {
        m_panel->setEntries(std::move(history).value());
    } else {
        layout->insertWidget(
            0, new QLabel(tr("The history could not be read: %1").arg(history.error().display()), this));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 560);
}

} // namespace medsafe::app

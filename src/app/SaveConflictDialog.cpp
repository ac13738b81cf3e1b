#include "app/SaveConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medsafe::app {

SaveConflictDialog::SaveConflictDialog(const QString& title, const QList<FieldDifference>& differences, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("saveConflictDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Someone else saved this while you were editing it, on another PC. Nothing of yours "
                                "is saved yet. These fields differ:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* table = new QTableWidget(static_cast<int>(differences.size()), 3, this);
    table->setObjectName(QStringLiteral("differencesTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Saved by the other")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    for (int row = 0; row < differences.size(); ++row) {
        const FieldDifference& d = differences.at(row);
        const QString texts[] = {d.field, d.mine, d.theirs};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            table->setItem(row, column, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // Rows as high as their wrapped text, measured again whenever the columns get their widths.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, &QTableWidget::resizeRowsToContents);
    layout->addWidget(table, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto* mine = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMineButton"));
    mine->setToolTip(tr("Save your version over the one the other person saved"));
    auto* theirs = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::DestructiveRole);
    theirs->setObjectName(QStringLiteral("takeTheirsButton"));
    theirs->setToolTip(tr("Show the saved version; your changes are dropped"));
    buttons->addButton(tr("Back to &editing"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(mine, &QPushButton::clicked, this, [this] {
        m_choice = DialogService::ConflictChoice::KeepMine;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_choice = DialogService::ConflictChoice::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 420);
}

} // namespace medsafe::app

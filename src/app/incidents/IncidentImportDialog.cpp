#include "app/incidents/IncidentImportDialog.h"

#include "domain/Taxonomy.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace medsafe::app {

IncidentImportDialog::IncidentImportDialog(const QString& fileName, const services::IncidentImportPreview& preview,
                                           QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Import incidents – %1").arg(QFileInfo(fileName).fileName()));
    resize(1000, 560);

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummaryLabel"));
    summary->setWordWrap(true);
    QString text = tr("%n rows in the file: ", nullptr, int(preview.rows.size())) +
                   tr("%n new", nullptr, preview.newCount()) + QStringLiteral(", ") +
                   tr("%n already registered (skipped)", nullptr, preview.duplicateCount()) + QStringLiteral(", ") +
                   tr("%n with errors", nullptr, preview.errorRowCount()) + u'.';
    if (preview.hasErrors())
        text += u' ' + tr("Nothing can be imported until every error is corrected in the file.");
    summary->setText(text);
    summary->setStyleSheet(preview.hasErrors() ? QStringLiteral("color: #b71c1c; font-weight: 600;") : QString());

    auto* table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("importPreviewTable"));
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Date"), tr("Error type"), tr("Description or error")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(true);
    QStringList fileErrors = preview.fileErrors;
    table->setRowCount(int(preview.rows.size() + fileErrors.size()));
    int row = 0;
    for (const QString& e : fileErrors) {
        table->setItem(row, 0, new QTableWidgetItem(QString::number(preview.fileErrorLine)));
        table->setItem(row, 1, new QTableWidgetItem(tr("Error")));
        table->setItem(row, 4, new QTableWidgetItem(e));
        table->item(row, 1)->setForeground(QColor(0xb7, 0x1c, 0x1c));
        ++row;
    }
    for (qsizetype i = 0; i < preview.rows.size(); ++i, ++row) {
        const auto& r = preview.rows[i];
        table->setItem(row, 0, new QTableWidgetItem(QString::number(r.line)));
        QString result;
        QString detail;
        if (!r.errors.isEmpty()) {
            result = tr("Error");
            detail = r.errors.join(u'\n');
        } else {
            result = preview.duplicate.value(i) ? tr("Already registered") : tr("New");
            detail = r.incident->description.section(u'\n', 0, 0);
            table->setItem(row, 2, new QTableWidgetItem(QLocale().toString(r.incident->occurredDate, QLocale::ShortFormat)));
            table->setItem(row, 3, new QTableWidgetItem(domain::Taxonomy::label(r.incident->errorType)));
        }
        auto* resultItem = new QTableWidgetItem(result);
        if (!r.errors.isEmpty()) resultItem->setForeground(QColor(0xb7, 0x1c, 0x1c));
        table->setItem(row, 1, resultItem);
        table->setItem(row, 4, new QTableWidgetItem(detail));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import %n incidents", nullptr, preview.newCount()), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(!preview.hasErrors() && preview.newCount() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
}

} // namespace medsafe::app

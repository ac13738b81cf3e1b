#include "app/pharmacy/PharmacyForms.h"

#include "app/pharmacy/RowFilterProxy.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItem>
#include <QTableView>
#include <QVBoxLayout>
#include <optional>

namespace medsafe::app {

QLabel* PharmacyForms::problemLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    label->hide();
    return label;
}

QDateEdit* PharmacyForms::dateEdit(QWidget* parent, const QString& objectName) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d. MMMM yyyy"));
    return edit;
}

QPushButton* PharmacyForms::button(const QString& text, QWidget* parent, const QString& objectName) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

QString PharmacyForms::shortDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d. MMM yyyy")) : QStringLiteral("–");
}

QString PharmacyForms::percent(double share) {
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}

QStandardItem* PharmacyForms::dateItem(const QDate& date) {
    auto* item = new QStandardItem(shortDate(date));
    item->setData(date.isValid() ? date.toJulianDay() : 0, RowFilterProxy::SortRole);
    return item;
}

QStandardItem* PharmacyForms::textItem(const QString& text, const QString& tooltip) {
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    auto* item = new QStandardItem(shown);
    item->setToolTip(tooltip.isEmpty() ? text : tooltip);
    return item;
}

QStandardItem* PharmacyForms::shareItem(std::optional<double> share) {
    auto* item = new QStandardItem(share ? percent(*share) : QStringLiteral("–"));
    item->setData(share ? *share : -1.0, RowFilterProxy::SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void PharmacyForms::setUpTable(QTableView* table) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

void PharmacyForms::listBesideForm(QWidget* page, QLayout* top, QTableView* table, QLayout* bottom,
                                   QWidget* form, int listStretch, int formStretch) {
    auto* listSide = new QWidget(page);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(table, 1);
    if (bottom) listLayout->addLayout(bottom);
    auto* splitter = new QSplitter(page);
    splitter->addWidget(listSide);
    splitter->addWidget(form);
    splitter->setStretchFactor(0, listStretch);
    splitter->setStretchFactor(1, formStretch);
    auto* layout = new QHBoxLayout(page);
    layout->addWidget(splitter);
}

QLayout* PharmacyForms::countAndButtons(QLabel* count, std::initializer_list<QPushButton*> buttons) {
    auto* row = new QHBoxLayout;
    row->addWidget(count, 1);
    for (QPushButton* button : buttons)
        row->addWidget(button);
    return row;
}

} // namespace medsafe::app

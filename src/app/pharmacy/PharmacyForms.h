#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <initializer_list>
#include <optional>

class QDateEdit;
class QLabel;
class QLayout;
class QPushButton;
class QStandardItem;
class QTableView;
class QWidget;

namespace medsafe::app {

// Small pieces the pharmacy tabs share, so they look and behave alike: the red line under a
// field that says what is wrong, the date editors, dates and shares as the lists show them.
class PharmacyForms {
    Q_DECLARE_TR_FUNCTIONS(PharmacyForms)

public:
    static QLabel* problemLabel(QWidget* parent, const QString& objectName);
    static QDateEdit* dateEdit(QWidget* parent, const QString& objectName);
    static QPushButton* button(const QString& text, QWidget* parent, const QString& objectName);
    // "12. mar. 2025", sortable by the date.
    static QStandardItem* dateItem(const QDate& date);
    static QStandardItem* textItem(const QString& text, const QString& tooltip = {});
    // "86 %" (or "–"), sortable by the share.
    static QStandardItem* shareItem(std::optional<double> share);
    static QString shortDate(const QDate& date);
    static QString percent(double share);
    static void setUpTable(QTableView* table);
    // Lays out a list tab: above the list `top` (search, filters) and below it `bottom` (count,
    // buttons; may be null), the list beside `form` in a splitter with the given stretches.
    static void listBesideForm(QWidget* page, QLayout* top, QTableView* table, QLayout* bottom, QWidget* form,
                               int listStretch, int formStretch);
    // The row under a list: the count, stretching, then the buttons.
    static QLayout* countAndButtons(QLabel* count, std::initializer_list<QPushButton*> buttons);
};

} // namespace medsafe::app

#pragma once

#include "domain/MonthlyReport.h"
#include "domain/ValidationIssue.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace medsafe::app {

// The tovholder's part of a monthly report, in the order a person thinks it through: how far
// did we come (self-score 1–5 with the meaning of each step), what went well, what stood in
// the way, what support we need from PS!, and the plan for next month. Shows a validation
// message beneath the field it concerns. Knows nothing of storage. GUI thread.
class ReportNarrativeForm : public QWidget {
    Q_OBJECT

public:
    explicit ReportNarrativeForm(QWidget* parent = nullptr);

    void fill(const domain::MonthlyReport& report);
    // The report as the form shows it, on top of `base` (id, botilbud, month, status, dates, feedback).
    domain::MonthlyReport collect(const domain::MonthlyReport& base) const;
    // Puts each issue beside its field; clears the others. Returns true when any was shown.
    bool showIssues(const domain::ValidationIssues& issues);
    void setReadOnly(bool readOnly);

    // "3 — some progress", the words the score combo box shows.
    static QString scoreText(int score);

signals:
    void edited();

private:
    QPlainTextEdit* addTextField(const QString& field, const QString& title, const QString& hint);
    QLabel* addErrorLabel(const QString& field);

    QComboBox* m_score = nullptr;
    QPlainTextEdit* m_wentWell = nullptr;
    QPlainTextEdit* m_barriers = nullptr;
    QPlainTextEdit* m_support = nullptr;
    QPlainTextEdit* m_plan = nullptr;
    QHash<QString, QLabel*> m_errorLabels;
    bool m_filling = false;
};

} // namespace medsafe::app

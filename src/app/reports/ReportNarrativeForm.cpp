#include "app/reports/ReportNarrativeForm.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace medsafe::app {

namespace {
const QString kErrorStyle = QStringLiteral("color: #b00020;");
constexpr int kTextHeight = 64; // three lines: enough to write in, small enough for 768 px
} // namespace

QString ReportNarrativeForm::scoreText(int score) {
    switch (score) {
    case 1: return tr("1 — no progress yet");
    case 2: return tr("2 — a little progress");
    case 3: return tr("3 — some progress");
    case 4: return tr("4 — good progress");
    case 5: return tr("5 — excellent progress");
    }
    return tr("Not scored yet");
}

ReportNarrativeForm::ReportNarrativeForm(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("reportNarrativeForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* scoreTitle = new QLabel(tr("<b>Progress this month</b> (self-score)"), this);
    layout->addWidget(scoreTitle);
    m_score = new QComboBox(this);
    m_score->setObjectName(QStringLiteral("selfScoreComboBox"));
    m_score->addItem(scoreText(0), QVariant());
    for (int s = domain::MonthlyReport::kMinScore; s <= domain::MonthlyReport::kMaxScore; ++s)
        m_score->addItem(scoreText(s), s);
    m_score->setToolTip(tr("How far the team came towards its aim this month, as the team judges it."));
    scoreTitle->setBuddy(m_score);
    layout->addWidget(m_score);
    addErrorLabel(QStringLiteral("selfScore"));
    connect(m_score, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) emit edited();
    });

    m_wentWell = addTextField(QStringLiteral("wentWell"), tr("What went well"),
                              tr("Successes, changes that worked, what the team is proud of."));
    m_barriers = addTextField(QStringLiteral("barriers"), tr("Barriers"),
                              tr("What made the work hard this month."));
    m_support = addTextField(QStringLiteral("supportNeeded"), tr("Support needed from PS!"),
                             tr("What the consultant can help with."));
    m_plan = addTextField(QStringLiteral("planNextMonth"), tr("Plan for next month"),
                          tr("The next PDSA cycles, measurements and meetings."));
    layout->addStretch(1);
}

QPlainTextEdit* ReportNarrativeForm::addTextField(const QString& field, const QString& title, const QString& hint) {
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    layout()->addWidget(label);
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(field + QStringLiteral("Edit"));
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(kTextHeight);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    label->setBuddy(edit);
    layout()->addWidget(edit);
    addErrorLabel(field);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling) emit edited();
    });
    return edit;
}

QLabel* ReportNarrativeForm::addErrorLabel(const QString& field) {
    auto* label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("ErrorLabel"));
    label->setStyleSheet(kErrorStyle);
    label->setWordWrap(true);
    label->hide();
    layout()->addWidget(label);
    m_errorLabels.insert(field, label);
    return label;
}

void ReportNarrativeForm::fill(const domain::MonthlyReport& report) {
    m_filling = true;
    m_score->setCurrentIndex(report.selfScore ? m_score->findData(*report.selfScore) : 0);
    if (m_score->currentIndex() < 0) m_score->setCurrentIndex(0);
    m_wentWell->setPlainText(report.wentWell);
    m_barriers->setPlainText(report.barriers);
    m_support->setPlainText(report.supportNeeded);
    m_plan->setPlainText(report.planNextMonth);
    showIssues({});
    m_filling = false;
}

domain::MonthlyReport ReportNarrativeForm::collect(const domain::MonthlyReport& base) const {
    domain::MonthlyReport r = base;
    const QVariant score = m_score->currentData();
    r.selfScore = score.isValid() ? std::optional<int>(score.toInt()) : std::nullopt;
    r.wentWell = m_wentWell->toPlainText().trimmed();
    r.barriers = m_barriers->toPlainText().trimmed();
    r.supportNeeded = m_support->toPlainText().trimmed();
    r.planNextMonth = m_plan->toPlainText().trimmed();
    return r;
}

bool ReportNarrativeForm::showIssues(const domain::ValidationIssues& issues) {
    bool shown = false;
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it) {
        QStringList messages;
        for (const domain::ValidationIssue& issue : issues)
            if (issue.field == it.key()) messages << issue.message;
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
        shown = shown || !messages.isEmpty();
    }
    return shown;
}

void ReportNarrativeForm::setReadOnly(bool readOnly) {
    m_score->setEnabled(!readOnly);
    for (QPlainTextEdit* edit : {m_wentWell, m_barriers, m_support, m_plan})
        edit->setReadOnly(readOnly);
}

} // namespace medsafe::app

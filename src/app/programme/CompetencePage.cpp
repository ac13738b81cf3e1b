#include "app/programme/CompetencePage.h"

#include "app/DialogService.h"
#include "app/measurements/GroupedHeaderView.h"
#include "app/programme/CompetenceLevelDelegate.h"
#include "logging/Logging.h"
#include "models/programme/CompetenceMatrixModel.h"
#include "services/workspace/Workspace.h"
#include "ui_CompetencePage.h"

#include <QLocale>
#include <algorithm>

namespace medsafe::app {

using models::CompetenceMatrixModel;

namespace {
constexpr int kNoRole = Qt::UserRole + 500; // the matrix header has no group row
constexpr int kTopicColumnWidth = 140;
} // namespace

CompetencePage::CompetencePage(DialogService& dialogs, QWidget* parent)
    : ProgrammePage(parent), m_ui(std::make_unique<Ui::CompetencePage>()), m_dialogs(dialogs),
      m_model(new CompetenceMatrixModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("competencePage"));
    auto* table = m_ui->competenceTable;
    auto* header = new GroupedHeaderView(kNoRole, kNoRole, table);
    header->setTextLines(5); // long topic names wrap over up to five lines
    table->setHorizontalHeader(header);
    table->setModel(m_model);
    table->setItemDelegate(new CompetenceLevelDelegate(table));
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->horizontalHeader()->setDefaultSectionSize(kTopicColumnWidth);

    QStringList swatches;
    for (int level = 1; level <= 4; ++level)
        swatches << QStringLiteral("<span style=\"background:%1\">&nbsp;%2&nbsp;</span>")
                        .arg(CompetenceMatrixModel::levelColour(level).name(),
                             CompetenceLevelDelegate::levelText(level).toHtmlEscaped());
    m_ui->legendLabel->setText(tr("Level: %1 &nbsp; %2 = wants training. Double-click a cell (or type 1–4) to "
                                  "change the answer; it is saved at once.")
                                   .arg(swatches.join(QStringLiteral(" ")), QString(QChar(CompetenceMatrixModel::kNeedMark))));

    connect(m_ui->roundComboBox, &QComboBox::currentIndexChanged, this, &CompetencePage::showRound);
    connect(m_ui->compareCheckBox, &QCheckBox::toggled, this, &CompetencePage::applyComparison);
    connect(m_ui->compareComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->compareCheckBox->isChecked()) applyComparison();
    });
    connect(m_model, &CompetenceMatrixModel::answerEdited, this, &CompetencePage::saveAnswer);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CompetencePage::updateSummary);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CompetencePage::updateNeedBox);
    connect(m_ui->needCheckBox, &QCheckBox::clicked, this, [this](bool checked) {
        const QModelIndex current = m_ui->competenceTable->currentIndex();
        if (!m_model->setData(current, checked, CompetenceMatrixModel::NeedRole)) updateNeedBox();
    });
    connect(m_ui->staffSearchLineEdit, &QLineEdit::textChanged, this, &CompetencePage::applySearch);
}

CompetencePage::~CompetencePage() = default;

void CompetencePage::load(services::Workspace& workspace, domain::BotilbudId botilbud) {
    m_workspace = &workspace;
    m_botilbud = botilbud;
    const services::CompetenceService competence = workspace.competence();
    auto rounds = competence.rounds(botilbud);
    auto topics = competence.topics(botilbud);
    auto people = workspace.organisation().people(botilbud, true);
    if (!rounds || !topics || !people) {
        const Error& error = !rounds ? rounds.error() : !topics ? topics.error() : people.error();
        logging::get("app")->error("competence survey could not be read: {}", error.message.toStdString());
        m_dialogs.warning(this, tr("Competence survey"), tr("The survey could not be read: %1").arg(error.display()));
        return;
    }
    m_rounds = rounds.value();
    m_topics = topics.value();
    m_people = people.value();
    std::sort(m_people.begin(), m_people.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    const QLocale locale;
    const QSignalBlocker roundBlocker(m_ui->roundComboBox);
    const QSignalBlocker compareBlocker(m_ui->compareComboBox);
    m_ui->roundComboBox->clear();
    m_ui->compareComboBox->clear();
    for (const auto& round : m_rounds) {
        const QString text = tr("%1 (%2)").arg(round.name, locale.toString(round.date, QStringLiteral("MMMM yyyy")));
        m_ui->roundComboBox->addItem(text, round.id.value);
        m_ui->compareComboBox->addItem(text, round.id.value);
    }
    // The newest round, compared with the first one: the question is what has changed since the start.
    m_ui->roundComboBox->setCurrentIndex(static_cast<int>(m_rounds.size()) - 1);
    m_ui->compareComboBox->setCurrentIndex(0);
    const bool several = m_rounds.size() > 1;
    m_ui->compareCheckBox->setEnabled(several);
    m_ui->compareComboBox->setEnabled(several);
    showRound();
}

void CompetencePage::showRound() {
    if (!m_workspace) return;
    const domain::SurveyRoundId round{m_ui->roundComboBox->currentData().toLongLong()};
    QList<domain::CompetenceAnswer> answers;
    if (round.isValid()) {
        auto read = m_workspace->competence().answers(round);
        if (!read) {
            m_dialogs.warning(this, tr("Competence survey"), tr("The answers could not be read: %1").arg(read.error().display()));
            return;
        }
        answers = read.value();
    }
    // The staff who handle medicine, and anyone else who answered.
    QSet<qint64> answered;
    for (const auto& answer : answers) answered.insert(answer.personId.value);
    QList<domain::Person> staff;
    for (const auto& person : m_people)
        if (person.handlesMedicine || answered.contains(person.id.value)) staff << person;
    m_model->setSurvey(staff, m_topics, round, answers);
    m_ui->competenceTable->setEnabled(round.isValid());
    if (!round.isValid())
        m_ui->gapSummaryLabel->setText(tr("No survey round has been registered for this botilbud yet."));
    applyComparison();
    applySearch(m_ui->staffSearchLineEdit->text());
}

void CompetencePage::applyComparison() {
    const domain::SurveyRoundId earlier{m_ui->compareComboBox->currentData().toLongLong()};
    const domain::SurveyRoundId shown{m_ui->roundComboBox->currentData().toLongLong()};
    if (m_ui->compareCheckBox->isChecked() && earlier.isValid() && !(earlier == shown) && m_workspace) {
        auto read = m_workspace->competence().answers(earlier);
        m_model->setComparison(read ? std::optional(read.value()) : std::nullopt);
    } else {
        m_model->setComparison(std::nullopt);
    }
    m_ui->needCheckBox->setEnabled(!m_model->isComparing());
    updateSummary();
    updateNeedBox();
}

void CompetencePage::saveAnswer(const domain::CompetenceAnswer& answer) {
    if (!m_workspace) return;
    if (auto saved = m_workspace->competence().saveAnswer(answer); !saved) {
        m_dialogs.warning(this, tr("Competence survey"), tr("The answer was not saved:\n%1").arg(saved.error().display()));
        showRound(); // show what the database holds
        return;
    }
    updateNeedBox();
    emit saved();
}

void CompetencePage::updateNeedBox() {
    const QModelIndex current = m_ui->competenceTable->currentIndex();
    const bool answer = current.isValid() && !current.data(CompetenceMatrixModel::SummaryRole).toBool() &&
                        current.data(CompetenceMatrixModel::LevelRole).isValid();
    const QSignalBlocker blocker(m_ui->needCheckBox);
    m_ui->needCheckBox->setEnabled(answer && !m_model->isComparing());
    m_ui->needCheckBox->setChecked(answer && current.data(CompetenceMatrixModel::NeedRole).toBool());
}

void CompetencePage::updateSummary() {
    if (m_model->columnCount() == 0 || m_model->staffCount() == 0) {
        if (!m_rounds.isEmpty()) m_ui->gapSummaryLabel->setText(tr("No staff member who handles medicine is registered."));
        return;
    }
    // The topics with the largest share at level 1–2 first: where teaching helps most.
    QList<int> columns;
    for (int c = 0; c < m_model->columnCount(); ++c) columns << c;
    std::stable_sort(columns.begin(), columns.end(), [this](int a, int b) {
        const auto [lowA, allA] = m_model->gapCount(a);
        const auto [lowB, allB] = m_model->gapCount(b);
        return lowA * std::max(allB, 1) > lowB * std::max(allA, 1);
    });
    QStringList parts;
    for (int c : columns.mid(0, 3)) {
        const auto [low, all] = m_model->gapCount(c);
        if (low == 0) break;
        parts << tr("%1: %2 of %3 staff members at level 1–2").arg(m_model->topicAt(c).name).arg(low).arg(all);
    }
    m_ui->gapSummaryLabel->setText(parts.isEmpty() ? tr("No staff member rates themselves at level 1–2 in any topic.")
                                                   : tr("Largest gaps – %1.").arg(parts.join(QStringLiteral("; "))));
}

void CompetencePage::applySearch(const QString& text) {
    const QString needle = text.trimmed();
    for (int row = 0; row < m_model->staffCount(); ++row) {
        const QString name = m_model->headerData(row, Qt::Vertical).toString();
        m_ui->competenceTable->setRowHidden(row, !needle.isEmpty() && !name.contains(needle, Qt::CaseInsensitive));
    }
}

void CompetencePage::focusSearch() {
    m_ui->staffSearchLineEdit->setFocus();
    m_ui->staffSearchLineEdit->selectAll();
}

} // namespace medsafe::app

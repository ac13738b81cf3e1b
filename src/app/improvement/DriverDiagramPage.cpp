#include "app/improvement/DriverDiagramPage.h"

#include "app/DialogService.h"
#include "logging/Logging.h"
#include "services/workspace/Workspace.h"
#include "ui_DriverDiagramPage.h"

#include <QEvent>
#include <QMenu>

#include <algorithm>

namespace medsafe::app {

using namespace medsafe::domain;

DriverDiagramPage::DriverDiagramPage(services::Workspace& workspace, DialogService& dialogs, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DriverDiagramPage>()), m_workspace(workspace), m_dialogs(dialogs),
      m_scene(new DriverDiagramScene(this)) {
    m_ui->setupUi(this);
    m_ui->driverDiagramView->setScene(m_scene);
    m_ui->driverDiagramView->setRenderHint(QPainter::Antialiasing);
    m_ui->driverDiagramView->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->driverDiagramView->setBackgroundBrush(Qt::white);
    m_ui->driverDiagramView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ui->driverDiagramView->viewport()->installEventFilter(this);
    for (QLabel* label : {m_ui->driverTextErrorLabel, m_ui->driverParentErrorLabel}) {
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        label->hide();
    }
    QFont bold = m_ui->driverKindLabel->font();
    bold.setBold(true);
    m_ui->driverKindLabel->setFont(bold);
    m_ui->driverHintLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_loading) return;
        const auto chosen = m_scene->selectedBox();
        if (!chosen || chosen == m_chosen) return;
        if (m_dirty) {
            switch (m_dialogs.askToSave(this, tr("Unsaved changes"),
                                        tr("The box you are editing has changes that are not saved. Save them now?"))) {
            case DialogService::SaveChoice::Save:
                if (!save()) return;
                break;
            case DialogService::SaveChoice::Discard: setDirty(false); break;
            case DialogService::SaveChoice::Cancel:
                m_loading = true;
                if (m_chosen) m_scene->select(*m_chosen);
                m_loading = false;
                return;
            }
        }
        m_newKind.reset();
        m_chosen = chosen;
        showChosen();
    });
    connect(m_ui->driverTextEdit, &QPlainTextEdit::textChanged, this, [this] { if (!m_loading) setDirty(true); });
    connect(m_ui->ideaDescriptionTextEdit, &QPlainTextEdit::textChanged, this, [this] { if (!m_loading) setDirty(true); });
    connect(m_ui->driverParentComboBox, &QComboBox::currentIndexChanged, this, [this] { if (!m_loading) setDirty(true); });
    connect(m_ui->saveDriverButton, &QPushButton::clicked, this, &DriverDiagramPage::save);
    connect(m_ui->deleteDriverButton, &QPushButton::clicked, this, &DriverDiagramPage::removeChosen);
    connect(m_ui->addPrimaryButton, &QPushButton::clicked, this, [this] { startNew(Kind::Primary); });
    connect(m_ui->addSecondaryButton, &QPushButton::clicked, this, [this] { startNew(Kind::Secondary); });
    connect(m_ui->addChangeIdeaButton, &QPushButton::clicked, this, [this] { startNew(Kind::ChangeIdea); });
    connect(m_ui->driverDiagramView, &QWidget::customContextMenuRequested, this, &DriverDiagramPage::openContextMenu);
}

DriverDiagramPage::~DriverDiagramPage() = default;

bool DriverDiagramPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->driverDiagramView->viewport() && event->type() == QEvent::Resize) fitToWidth();
    return QWidget::eventFilter(watched, event);
}

void DriverDiagramPage::fitToWidth() {
    // All four columns stay in view; the diagram shrinks a little on narrow windows, but never so
    // much that the text becomes hard to read (then it scrolls sideways instead).
    const double available = m_ui->driverDiagramView->viewport()->width() - 4;
    const double needed = m_scene->sceneRect().width();
    const double scale = needed > 0 ? std::clamp(available / needed, 0.8, 1.0) : 1.0;
    m_ui->driverDiagramView->setTransform(QTransform::fromScale(scale, scale));
}

void DriverDiagramPage::reload() {
    const BotilbudId botilbud = m_workspace.currentBotilbud();
    const services::ImprovementService improvement = m_workspace.improvement();
    auto aims = improvement.aims(botilbud);
    auto drivers = improvement.drivers(botilbud);
    auto ideas = improvement.changeIdeas(botilbud);
    auto cycles = m_workspace.pdsa().cycles(botilbud);
    if (!aims || !drivers || !ideas || !cycles) {
        const Error& e = !aims ? aims.error() : !drivers ? drivers.error() : !ideas ? ideas.error() : cycles.error();
        logging::get("app")->error("driver diagram: could not read: {}", e.message.toStdString());
        m_dialogs.warning(this, tr("Driver diagram"), tr("The driver diagram could not be read: %1").arg(e.display()));
        return;
    }
    m_aim = aims.value().isEmpty() ? std::nullopt : std::optional<Aim>(aims.value().first());
    m_drivers = drivers.value();
    m_ideas = ideas.value();
    m_pdsaCounts.clear();
    for (const PdsaCycle& c : cycles.value())
        if (c.changeIdeaId) ++m_pdsaCounts[*c.changeIdeaId];

    models::DriverDiagramLayout layout;
    layout.compute(m_aim ? &*m_aim : nullptr, m_drivers, m_ideas, m_pdsaCounts);
    m_loading = true;
    m_scene->rebuild(layout);
    fitToWidth();
    if (m_chosen && m_scene->rectOf(*m_chosen).isNull()) m_chosen.reset();
    if (m_chosen) m_scene->select(*m_chosen);
    m_loading = false;
    showChosen();
}

void DriverDiagramPage::fillParents(Kind kind, qint64 parentId) {
    QComboBox* box = m_ui->driverParentComboBox;
    box->clear();
    if (kind == Kind::ChangeIdea) box->addItem(tr("(no driver)"), qint64{0});
    const DriverLevel level = kind == Kind::Secondary ? DriverLevel::Primary : DriverLevel::Secondary;
    for (const Driver& d : m_drivers)
        if (d.level == level) box->addItem(d.text, d.id.value);
    const int index = box->findData(parentId);
    box->setCurrentIndex(std::max(0, index));
}

void DriverDiagramPage::showChosen() {
    m_loading = true;
    clearIssues();
    const std::optional<Kind> kind = m_newKind ? m_newKind : m_chosen ? std::optional<Kind>(m_chosen->kind) : std::nullopt;
    QString text;
    QString description;
    qint64 parentId = 0;
    QString pdsa;
    if (m_newKind) {
        parentId = parentOfChosen(*m_newKind);
    } else if (m_chosen) {
        for (const Driver& d : m_drivers)
            if (d.id.value == m_chosen->id && (kind == Kind::Primary || kind == Kind::Secondary)) {
                text = d.text;
                parentId = d.parentId ? d.parentId->value : 0;
            }
        for (const ChangeIdea& idea : m_ideas)
            if (idea.id.value == m_chosen->id && kind == Kind::ChangeIdea) {
                text = idea.title;
                description = idea.description;
                parentId = idea.driverId ? idea.driverId->value : 0;
                pdsa = tr("%n PDSA cycle(s) test this change idea.", nullptr, m_pdsaCounts.value(idea.id));
            }
        if (kind == Kind::Aim) text = m_aim ? m_aim->statement : QString();
    }
    const QString kindText = !kind ? tr("Choose a box in the diagram, or add a new one below.")
                             : m_newKind
                                 ? (*kind == Kind::Primary     ? tr("New primary driver")
                                    : *kind == Kind::Secondary ? tr("New secondary driver")
                                                               : tr("New change idea"))
                                 : (*kind == Kind::Aim         ? tr("The aim (edit it on the tab \"Aim and the three questions\")")
                                    : *kind == Kind::Primary   ? tr("Primary driver")
                                    : *kind == Kind::Secondary ? tr("Secondary driver")
                                                               : tr("Change idea"));
    m_ui->driverKindLabel->setText(kindText);
    m_ui->driverTextEdit->setPlainText(text);
    const bool editable = kind && *kind != Kind::Aim;
    m_ui->driverTextEdit->setEnabled(editable);
    const bool hasParent = kind && (*kind == Kind::Secondary || *kind == Kind::ChangeIdea);
    if (hasParent) fillParents(*kind, parentId);
    m_ui->driverParentLabel->setVisible(hasParent);
    m_ui->driverParentComboBox->setVisible(hasParent);
    const bool isIdea = kind == Kind::ChangeIdea;
    m_ui->ideaDescriptionLabel->setVisible(isIdea);
    m_ui->ideaDescriptionTextEdit->setVisible(isIdea);
    m_ui->ideaDescriptionTextEdit->setPlainText(description);
    m_ui->driverPdsaLabel->setText(pdsa);
    m_ui->driverPdsaLabel->setVisible(!pdsa.isEmpty());
    m_ui->saveDriverButton->setEnabled(editable);
    m_ui->deleteDriverButton->setEnabled(editable && !m_newKind);
    m_ui->addSecondaryButton->setEnabled(std::any_of(m_drivers.begin(), m_drivers.end(), [](const Driver& d) {
        return d.level == DriverLevel::Primary;
    }));
    m_loading = false;
    setDirty(false);
}

qint64 DriverDiagramPage::parentOfChosen(Kind wanted) const {
    if (!m_chosen || wanted == Kind::Primary) return 0;
    // A new secondary driver goes under the chosen primary (or the chosen secondary's primary);
    // a new change idea under the chosen secondary driver.
    if (m_chosen->kind == Kind::Primary && wanted == Kind::Secondary) return m_chosen->id;
    if (m_chosen->kind == Kind::Secondary) {
        if (wanted == Kind::ChangeIdea) return m_chosen->id;
        for (const Driver& d : m_drivers)
            if (d.id.value == m_chosen->id && d.parentId) return d.parentId->value;
    }
    if (m_chosen->kind == Kind::ChangeIdea && wanted == Kind::ChangeIdea)
        for (const ChangeIdea& idea : m_ideas)
            if (idea.id.value == m_chosen->id && idea.driverId) return idea.driverId->value;
    return 0;
}

void DriverDiagramPage::startNew(Kind kind) {
    if (m_dirty && !save()) return;
    m_newKind = kind;
    showChosen();
    m_ui->driverTextEdit->setFocus();
}

bool DriverDiagramPage::save() {
    const std::optional<Kind> kind = m_newKind ? m_newKind : m_chosen ? std::optional<Kind>(m_chosen->kind) : std::nullopt;
    if (!kind || *kind == Kind::Aim) return true;
    clearIssues();
    const services::ImprovementService improvement = m_workspace.improvement();
    const QString text = m_ui->driverTextEdit->toPlainText().trimmed();
    const qint64 parent = m_ui->driverParentComboBox->currentData().toLongLong();
    Status written = success();
    qint64 id = m_newKind ? 0 : m_chosen->id;
    if (*kind == Kind::ChangeIdea) {
        ChangeIdea idea;
        for (const ChangeIdea& existing : m_ideas)
            if (existing.id.value == id) idea = existing;
        idea.botilbudId = m_workspace.currentBotilbud();
        idea.title = text;
        idea.description = m_ui->ideaDescriptionTextEdit->toPlainText().trimmed();
        idea.driverId = parent > 0 ? std::optional<DriverId>(DriverId{parent}) : std::nullopt;
        if (const auto issues = services::ImprovementService::check(idea); !issues.isEmpty()) {
            showIssues(issues);
            return false;
        }
        auto saved = improvement.saveChangeIdea(idea);
        written = saved ? success() : Status(saved.error());
        if (saved) id = saved.value().value;
    } else {
        Driver driver;
        for (const Driver& existing : m_drivers)
            if (existing.id.value == id) driver = existing;
        driver.botilbudId = m_workspace.currentBotilbud();
        driver.level = *kind == Kind::Primary ? DriverLevel::Primary : DriverLevel::Secondary;
        driver.text = text;
        driver.parentId = *kind == Kind::Secondary && parent > 0 ? std::optional<DriverId>(DriverId{parent}) : std::nullopt;
        if (m_aim) driver.aimId = m_aim->id;
        if (id == 0) {
            int order = 0;
            for (const Driver& d : m_drivers) order = std::max(order, d.sortOrder);
            driver.sortOrder = order + 1;
        }
        if (const auto issues = services::ImprovementService::check(driver); !issues.isEmpty()) {
            showIssues(issues);
            return false;
        }
        auto saved = improvement.saveDriver(driver);
        written = saved ? success() : Status(saved.error());
        if (saved) id = saved.value().value;
    }
    if (!written) {
        logging::get("app")->error("driver diagram: not saved: {}", written.error().message.toStdString());
        m_ui->driverTextErrorLabel->setText(tr("Not saved: %1").arg(written.error().display()));
        m_ui->driverTextErrorLabel->show();
        return false;
    }
    m_newKind.reset();
    m_chosen = DriverDiagramScene::BoxRef{*kind, id};
    setDirty(false);
    m_workspace.noteSaved();
    reload();
    return true;
}

void DriverDiagramPage::discard() {
    m_newKind.reset();
    showChosen();
}

void DriverDiagramPage::removeChosen() {
    if (!m_chosen || m_chosen->kind == Kind::Aim) return;
    const services::ImprovementService improvement = m_workspace.improvement();
    const QString text = m_ui->driverTextEdit->toPlainText().simplified();
    Status removed = success();
    if (m_chosen->kind == Kind::ChangeIdea) {
        const int cycles = m_pdsaCounts.value(ChangeIdeaId{m_chosen->id});
        if (!m_dialogs.question(this, tr("Delete change idea"),
                                tr("Delete the change idea \"%1\"? Its %n PDSA cycle(s) are kept, without a change idea.",
                                   nullptr, cycles)
                                    .arg(text)))
            return;
        removed = improvement.removeChangeIdea(ChangeIdeaId{m_chosen->id});
    } else {
        if (!m_dialogs.question(this, tr("Delete driver"),
                                tr("Delete the driver \"%1\"? Secondary drivers under it are deleted too; change "
                                   "ideas are kept.")
                                    .arg(text)))
            return;
        removed = improvement.removeDriver(DriverId{m_chosen->id});
    }
    if (!removed) {
        m_dialogs.warning(this, tr("Driver diagram"), tr("Not deleted: %1").arg(removed.error().display()));
        return;
    }
    m_chosen.reset();
    setDirty(false);
    m_workspace.noteSaved();
    reload();
}

void DriverDiagramPage::openContextMenu(const QPoint& pos) {
    const auto box = m_scene->boxAt(m_ui->driverDiagramView->mapToScene(pos));
    if (box) m_scene->select(*box);
    QMenu menu(this);
    if (box && box->kind != Kind::Aim) menu.addAction(tr("Edit"), this, [this] { m_ui->driverTextEdit->setFocus(); });
    menu.addAction(tr("New primary driver"), this, [this] { startNew(Kind::Primary); });
    if (box && (box->kind == Kind::Primary || box->kind == Kind::Secondary))
        menu.addAction(tr("New secondary driver"), this, [this] { startNew(Kind::Secondary); });
    if (box && (box->kind == Kind::Secondary || box->kind == Kind::ChangeIdea))
        menu.addAction(tr("New change idea"), this, [this] { startNew(Kind::ChangeIdea); });
    if (box && box->kind != Kind::Aim) {
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, &DriverDiagramPage::removeChosen);
    }
    menu.exec(m_ui->driverDiagramView->viewport()->mapToGlobal(pos));
}

void DriverDiagramPage::clearIssues() {
    for (QLabel* label : {m_ui->driverTextErrorLabel, m_ui->driverParentErrorLabel}) {
        label->clear();
        label->hide();
    }
}

void DriverDiagramPage::showIssues(const ValidationIssues& issues) {
    for (const ValidationIssue& issue : issues) {
        QLabel* label = issue.field == QStringLiteral("parentId") ? m_ui->driverParentErrorLabel : m_ui->driverTextErrorLabel;
        label->setText(label->text().isEmpty() ? issue.message : label->text() + QLatin1Char('\n') + issue.message);
        label->show();
    }
    m_ui->driverTextEdit->setFocus();
}

void DriverDiagramPage::setDirty(bool dirty) {
    m_dirty = dirty;
}

} // namespace medsafe::app

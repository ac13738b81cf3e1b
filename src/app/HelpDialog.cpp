#include "app/HelpDialog.h"

#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace medsafe::app {

// A text browser that shows the guide's screenshots no wider than its page: they are taken
// at 1366 pixels, and a guide that scrolls sideways on a laptop is hard to read.
class GuideBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

protected:
    QVariant loadResource(int type, const QUrl& name) override {
        if (type != QTextDocument::ImageResource) return QTextBrowser::loadResource(type, name);
        QImage image(QStringLiteral(":/help/") + name.toString());
        if (image.isNull()) return QTextBrowser::loadResource(type, name);
        const int room = std::max(320, viewport()->width() - 64); // margins and list indents
        return image.width() > room ? image.scaledToWidth(room, Qt::SmoothTransformation) : image;
    }
};

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("User guide – Medicinsikker"));
    setObjectName(QStringLiteral("helpDialog"));
    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/help/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->document()->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this installation."));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("guideSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search the guide (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    auto* previous = new QPushButton(tr("&Previous"), this);
    auto* next = new QPushButton(tr("&Next"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("guideSearchStatus"));
    auto* close = new QPushButton(tr("Close"), this);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_search), &QShortcut::activated, this,
            [this] { find(m_search->text(), true); });
    connect(next, &QPushButton::clicked, this, [this] { find(m_search->text()); });
    connect(previous, &QPushButton::clicked, this, [this] { find(m_search->text(), true); });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(previous);
    searchRow->addWidget(next);
    searchRow->addWidget(m_status);
    auto* closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_browser, 1);
    layout->addLayout(closeRow);
    resize(900, 680);
}

bool HelpDialog::find(const QString& text, bool backwards) {
    m_status->clear();
    if (text.trimmed().isEmpty()) return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags)) return true;
    // Wrap around: from the other end of the guide.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    if (m_browser->find(text, flags)) return true;
    m_status->setText(tr("Not found"));
    return false;
}

QString HelpDialog::guideText() const {
    return m_browser->toPlainText();
}

} // namespace medsafe::app

#include "app/ViewPlaceholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace medsafe::app {

ViewPlaceholder::ViewPlaceholder(ViewId view, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("placeholderView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);

    auto* heading = new QLabel(ViewCatalog::title(view), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);

    auto* description = new QLabel(ViewCatalog::description(view), this);
    description->setWordWrap(true);

    auto* status = new QLabel(tr("This view is not available in this version of Medicinsikker yet."), this);
    status->setWordWrap(true);
    status->setStyleSheet(QStringLiteral("color: palette(mid);"));

    layout->addWidget(heading);
    layout->addWidget(description);
    layout->addSpacing(12);
    layout->addWidget(status);
    layout->addStretch();
}

} // namespace medsafe::app

#pragma once

#include "app/ViewCatalog.h"

#include <QWidget>

namespace medsafe::app {

// Shown in a navigation slot whose view is not part of this version yet: it names the view and
// says what it will hold, so the navigation is complete and honest from the first release.
class ViewPlaceholder : public QWidget {
    Q_OBJECT
public:
    explicit ViewPlaceholder(ViewId view, QWidget* parent = nullptr);
};

} // namespace medsafe::app

#pragma once

#include <QWidget>

class QTabWidget;

namespace medsafe::services {
class Workspace;
}

namespace medsafe::app {

class DialogService;
class SpreadPage;
class SustainPage;

// Fastholdelse og spredning (phase 3): the adopted changes, whether their measures hold the
// level reached (control limits frozen after adoption), and their fastholdelsesplaner; and
// on the second tab the spreading of changes to other botilbud (SpreadPage).
class SustainView : public QWidget {
    Q_OBJECT
public:
    SustainView(services::Workspace& workspace, DialogService& dialogs, QWidget* parent = nullptr);

    SustainPage& sustainPage() const { return *m_sustain; }
    QTabWidget& tabs() const { return *m_tabs; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markStale();

    services::Workspace& m_workspace;
    QTabWidget* m_tabs = nullptr;
    SustainPage* m_sustain = nullptr;
    SpreadPage* m_spread = nullptr;
    bool m_stale = true;
};

} // namespace medsafe::app

#include "app/StartupBenchmark.h"

#include "app/MainWindow.h"
#include "app/ViewCatalog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace medsafe::app {

StartupBenchmark::StartupBenchmark(MainWindow& window, const QElapsedTimer& sinceStart)
    : QObject(&window), m_window(window), m_sinceStart(sinceStart) {
    if (QWidget* overview = window.viewWidget(ViewId::Overview)) overview->installEventFilter(this);
}

qint64 StartupBenchmark::peakResidentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool StartupBenchmark::eventFilter(QObject* watched, QEvent* event) {
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        std::printf("first_paint_ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
        std::printf("peak_rss_first_screen_kb %lld\n", static_cast<long long>(peakResidentKb()));
        std::fflush(stdout);
        // After the paint has finished: the other views, then quit.
        QTimer::singleShot(0, this, &StartupBenchmark::visitEveryViewAndQuit);
    }
    return QObject::eventFilter(watched, event);
}

void StartupBenchmark::visitEveryViewAndQuit() {
    QElapsedTimer views;
    views.start();
    for (ViewId view : kAllViews) {
        m_window.showView(view);
        QApplication::processEvents(); // each view paints once
    }
    std::printf("every_view_ms %lld\n", static_cast<long long>(views.elapsed()));
    std::printf("peak_rss_every_view_kb %lld\n", static_cast<long long>(peakResidentKb()));
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace medsafe::app

#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace medsafe::app {

class MainWindow;

// `medicinsikker --startup-benchmark` (scripts/bench.sh, docs/performance.md): waits for the
// first paint of Oversigt, prints `first_paint_ms` (from the start of main()) and the peak
// resident memory so far, then opens every view in turn, prints the peak memory after that,
// and quits. Prints on standard output, one `key value` per line.
class StartupBenchmark : public QObject {
    Q_OBJECT
public:
    StartupBenchmark(MainWindow& window, const QElapsedTimer& sinceStart);

    // VmHWM of this process in kB (0 where /proc is not there).
    static qint64 peakResidentKb();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void visitEveryViewAndQuit();

    MainWindow& m_window;
    const QElapsedTimer& m_sinceStart;
    bool m_painted = false;
};

} // namespace medsafe::app

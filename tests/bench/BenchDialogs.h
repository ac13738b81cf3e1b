#pragma once

// Shared by the benchmark programs that open the main window: a dialog service that answers
// without a person (and prints warnings, which mean a benchmark went wrong).

#include "app/DialogService.h"

#include <cstdio>

namespace medsafe::bench {

class SilentDialogs final : public app::DialogService {
public:
    void information(QWidget*, const QString&, const QString&) override {}
    void warning(QWidget*, const QString&, const QString& text) override {
        std::fprintf(stderr, "warning: %s\n", qPrintable(text));
    }
    bool question(QWidget*, const QString&, const QString&) override { return false; }
    SaveChoice askToSave(QWidget*, const QString&, const QString&) override { return SaveChoice::Discard; }
    QString openFileName(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return {}; }
};

} // namespace medsafe::bench

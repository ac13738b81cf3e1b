#pragma once

#include <QStringList>

namespace medsafe::demo {

// Fictional Danish names for the demo data: common first names and surnames combined at
// random, botilbud names built from nature words. No real people or places are meant.
class DemoNames {
public:
    static const QStringList& firstNames();
    static const QStringList& surnames();
    // "Bostedet Lærkehøj" first, then further fictional homes for the benchmark dataset.
    static QString botilbudName(int index);
    static QString municipality(int index);
};

} // namespace medsafe::demo

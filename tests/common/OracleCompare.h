#pragma once

// Compares a computed "outputs" JSON object with an oracle case's, field by field. Shared by
// the engine's oracle test and the CLI test so both judge results by the same rules:
//  * objects must have exactly the same keys; arrays the same length;
//  * null must meet null, booleans and strings must be equal;
//  * integer fields (counts, indexes, part numbers, x) must be equal exactly;
//  * every other number is a real: relative difference <= 1e-9. Where the expected value is
//    exactly 0 a relative test is impossible, so |actual| <= 1e-12 is accepted there only.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>

namespace medsafe::testing {

inline constexpr double kRelativeTolerance = 1e-9;
inline constexpr double kZeroFloor = 1e-12;

inline bool isIntegerField(const QString& key)
{
    static const QSet<QString> keys{"n_points", "x", "part", "first", "last", "n_obs", "n_useful",
                                    "longest_run", "longest_run_max", "n_crossings", "n_crossings_min",
                                    "sigma_signal_count", "subgroup_size"};
    return keys.contains(key);
}

inline bool realsMatch(double expected, double actual)
{
    if (expected == 0.0)
        return std::fabs(actual) <= kZeroFloor;
    return std::fabs(actual - expected) <= kRelativeTolerance * std::fabs(expected);
}

inline QString show(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Array: return QStringLiteral("[array]");
    case QJsonValue::Object: return QStringLiteral("{object}");
    default: return QStringLiteral("undefined");
    }
}

// Appends one line per difference to `mismatches`. `key` is the field name that decides the
// integer/real rule for numbers (array elements inherit their array's key).
inline void compareJson(const QJsonValue& expected, const QJsonValue& actual, const QString& path,
                        const QString& key, QStringList& mismatches)
{
    const auto differ = [&](const QString& why) {
        mismatches << QStringLiteral("%1: expected %2, got %3%4").arg(path, show(expected), show(actual), why);
    };
    if (expected.type() != actual.type()) {
        differ(QStringLiteral(" (different JSON types)"));
        return;
    }
    switch (expected.type()) {
    case QJsonValue::Object: {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                mismatches << QStringLiteral("%1.%2: missing").arg(path, it.key());
            else
                compareJson(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), it.key(), mismatches);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                mismatches << QStringLiteral("%1.%2: unexpected field").arg(path, it.key());
        }
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size()) {
            mismatches << QStringLiteral("%1: expected %2 elements, got %3").arg(path).arg(e.size()).arg(a.size());
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            compareJson(e.at(i), a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), key, mismatches);
        break;
    }
    case QJsonValue::Double: {
        const double e = expected.toDouble();
        const double a = actual.toDouble();
        if (isIntegerField(key) ? e != a : !realsMatch(e, a))
            differ(QString());
        break;
    }
    case QJsonValue::Bool:
    case QJsonValue::String:
        if (expected != actual)
            differ(QString());
        break;
    default:
        break; // null == null
    }
}

// Convenience: all differences between two "outputs" objects.
inline QStringList compareOutputs(const QJsonObject& expected, const QJsonObject& actual)
{
    QStringList mismatches;
    compareJson(expected, actual, QStringLiteral("outputs"), QString(), mismatches);
    return mismatches;
}

} // namespace medsafe::testing

#pragma once

#include "domain/EnumCodes.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace medsafe::services {

// Reads typed fields out of a package's JSON and remembers the first problem with the JSON
// path of the field ("content.measures[2].series[5].date"), so a refused package says exactly
// where it is wrong. Readers of nested objects share one problem slot with their parent: after
// a failure every read returns a harmless default and the caller checks ok() once at the end.
// Not thread-safe (a reader is used by one parse on one thread).
class PackageJson {
    Q_DECLARE_TR_FUNCTIONS(PackageJson)

public:
    // `path` names the object in messages ("content" for the content of a package).
    static PackageJson root(const QJsonObject& object, const QString& path = {});

    bool ok() const { return !m_state->error.has_value(); }
    Error error() const { return m_state->error.value_or(Error::technical(QStringLiteral("no error"))); }
    QString path() const { return m_path; }
    QString pathOf(const QString& key) const;
    const QJsonObject& object() const { return m_object; }

    QString text(const QString& key);
    QString nonEmptyText(const QString& key);
    int integer(const QString& key, int minimum, int maximum);
    std::optional<int> optInteger(const QString& key, int minimum, int maximum); // null allowed
    double number(const QString& key);
    std::optional<double> optNumber(const QString& key); // null allowed
    bool boolean(const QString& key);
    QDate date(const QString& key);    // "YYYY-MM-DD"
    QDate optDate(const QString& key); // "YYYY-MM-DD" or null (an invalid QDate)
    QDate month(const QString& key);   // "YYYY-MM", as the first day of the month
    PackageJson child(const QString& key);
    // An array of objects; each element's reader names its index.
    QList<PackageJson> children(const QString& key);
    // An array of any values (for arrays of numbers or texts).
    QJsonArray array(const QString& key);

    template <domain::CodedEnum E> E code(const QString& key, E fallback) {
        const QString value = text(key);
        if (!ok()) return fallback;
        if (auto parsed = domain::fromCode<E>(value)) return *parsed;
        failUnknownCode(pathOf(key), value);
        return fallback;
    }
    template <domain::CodedEnum E> std::optional<E> optCode(const QString& key) {
        if (isNull(key)) return std::nullopt;
        return code<E>(key, E{});
    }

    bool isNull(const QString& key) const;
    // Records a problem unless one is already recorded.
    void fail(const QString& technical, const QString& userMessage);
    void failType(const QString& path, const QString& expected);
    void failUnknownCode(const QString& path, const QString& value);

    // Shared pieces of the messages.
    static QString damaged(const QString& detail);

private:
    struct State {
        std::optional<Error> error;
    };
    PackageJson(QJsonObject object, QString path, std::shared_ptr<State> state);
    // The value at `key`, or a type failure naming `expected` when it is missing.
    QJsonValue required(const QString& key, const QString& expected);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<State> m_state;
};

} // namespace medsafe::services

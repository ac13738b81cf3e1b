#include "services/packages/PackageJson.h"

#include <QRegularExpression>
#include <cmath>

namespace medsafe::services {

namespace {

QDate parseDate(const QString& text) {
    static const QRegularExpression kDate(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!kDate.match(text).hasMatch()) return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

PackageJson::PackageJson(QJsonObject object, QString path, std::shared_ptr<State> state)
    : m_object(std::move(object)), m_path(std::move(path)), m_state(std::move(state)) {}

PackageJson PackageJson::root(const QJsonObject& object, const QString& path) {
    return PackageJson(object, path, std::make_shared<State>());
}

QString PackageJson::pathOf(const QString& key) const {
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QString PackageJson::damaged(const QString& detail) {
    return tr("The package cannot be read: %1").arg(detail);
}

void PackageJson::fail(const QString& technical, const QString& userMessage) {
    if (m_state->error) return;
    m_state->error = Error::forUser(technical, userMessage);
}

void PackageJson::failType(const QString& path, const QString& expected) {
    fail(QStringLiteral("package field %1 is missing or not %2").arg(path, expected),
         damaged(tr("the field %1 is missing or is not %2.").arg(path, expected)));
}

void PackageJson::failUnknownCode(const QString& path, const QString& value) {
    fail(QStringLiteral("package field %1 has the unknown code '%2'").arg(path, value),
         damaged(tr("the field %1 has the unknown value \"%2\". The package may come from a newer "
                    "version of Medicinsikker.")
                     .arg(path, value)));
}

bool PackageJson::isNull(const QString& key) const {
    return m_object.value(key).isNull();
}

QJsonValue PackageJson::required(const QString& key, const QString& expected) {
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) failType(pathOf(key), expected);
    return value;
}

QString PackageJson::text(const QString& key) {
    if (!ok()) return {};
    const QJsonValue value = required(key, tr("a text"));
    if (!value.isString()) {
        failType(pathOf(key), tr("a text"));
        return {};
    }
    return value.toString();
}

QString PackageJson::nonEmptyText(const QString& key) {
    const QString value = text(key);
    if (ok() && value.trimmed().isEmpty()) failType(pathOf(key), tr("a text that is not empty"));
    return value;
}

int PackageJson::integer(const QString& key, int minimum, int maximum) {
    if (!ok()) return minimum;
    const QJsonValue value = required(key, tr("a whole number"));
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number) {
        failType(pathOf(key), tr("a whole number"));
        return minimum;
    }
    if (number < minimum || number > maximum) {
        fail(QStringLiteral("package field %1 = %2 is outside %3..%4")
                 .arg(pathOf(key))
                 .arg(number)
                 .arg(minimum)
                 .arg(maximum),
             damaged(tr("the field %1 is %2, which is outside %3 to %4.")
                         .arg(pathOf(key))
                         .arg(number)
                         .arg(minimum)
                         .arg(maximum)));
        return minimum;
    }
    return static_cast<int>(number);
}

std::optional<int> PackageJson::optInteger(const QString& key, int minimum, int maximum) {
    if (isNull(key)) return std::nullopt;
    return integer(key, minimum, maximum);
}

double PackageJson::number(const QString& key) {
    if (!ok()) return 0;
    const QJsonValue value = required(key, tr("a number"));
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        failType(pathOf(key), tr("a number"));
        return 0;
    }
    return value.toDouble();
}

std::optional<double> PackageJson::optNumber(const QString& key) {
    if (isNull(key)) return std::nullopt;
    return number(key);
}

bool PackageJson::boolean(const QString& key) {
    if (!ok()) return false;
    const QJsonValue value = required(key, tr("true or false"));
    if (!value.isBool()) {
        failType(pathOf(key), tr("true or false"));
        return false;
    }
    return value.toBool();
}

QDate PackageJson::date(const QString& key) {
    const QString value = text(key);
    if (!ok()) return {};
    const QDate parsed = parseDate(value);
    if (!parsed.isValid()) failType(pathOf(key), tr("a date written as YYYY-MM-DD"));
    return parsed;
}

QDate PackageJson::optDate(const QString& key) {
    if (isNull(key)) return {};
    return date(key);
}

QDate PackageJson::month(const QString& key) {
    const QString value = text(key);
    if (!ok()) return {};
    static const QRegularExpression kMonth(QStringLiteral(R"(^\d{4}-\d{2}$)"));
    const QDate parsed = kMonth.match(value).hasMatch() ? parseDate(value + QStringLiteral("-01")) : QDate();
    if (!parsed.isValid()) failType(pathOf(key), tr("a month written as YYYY-MM"));
    return parsed;
}

PackageJson PackageJson::child(const QString& key) {
    const QJsonValue value = ok() ? required(key, tr("an object")) : QJsonValue();
    if (ok() && !value.isObject()) failType(pathOf(key), tr("an object"));
    return PackageJson(value.toObject(), pathOf(key), m_state);
}

QList<PackageJson> PackageJson::children(const QString& key) {
    const QJsonArray values = array(key);
    QList<PackageJson> list;
    list.reserve(values.size());
    for (qsizetype i = 0; i < values.size() && ok(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
        if (!values.at(i).isObject()) {
            failType(path, tr("an object"));
            break;
        }
        list.append(PackageJson(values.at(i).toObject(), path, m_state));
    }
    return list;
}

QJsonArray PackageJson::array(const QString& key) {
    if (!ok()) return {};
    const QJsonValue value = required(key, tr("a list"));
    if (!value.isArray()) {
        failType(pathOf(key), tr("a list"));
        return {};
    }
    return value.toArray();
}

} // namespace medsafe::services

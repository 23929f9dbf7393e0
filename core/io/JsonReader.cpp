// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace pf::core::io {

namespace {} // namespace

ReadResult<QJsonObject> JsonReader::parseObject(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return ReadResult<QJsonObject>::failure(
            {QString(), QCoreApplication::translate("JsonReader", "invalid JSON at line %1, column %2: %3")
                            .arg(line)
                            .arg(column)
                            .arg(parseError.errorString())});
    }
    if (!document.isObject()) {
        return ReadResult<QJsonObject>::failure(
            {QStringLiteral("$"), QCoreApplication::translate("JsonReader", "expected a JSON object")});
    }
    return {document.object(), {}};
}

QString JsonReader::member(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch()) {
        return path + QLatin1Char('.') + key;
    }
    return path + QStringLiteral("[\"") + key + QStringLiteral("\"]");
}

QString JsonReader::element(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

void JsonReader::fail(const QString &path, const QString &message)
{
    if (!m_error) {
        m_error = InputError{path, message};
    }
}

QString JsonReader::string(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            fail(member(path, key), QCoreApplication::translate("JsonReader", "missing text"));
        }
        return {};
    }
    if (!value.isString()) {
        fail(member(path, key), QCoreApplication::translate("JsonReader", "expected text"));
        return {};
    }
    return value.toString();
}

double JsonReader::number(const QJsonObject &object, const QString &key, const QString &path, bool required,
                          double fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            fail(member(path, key), QCoreApplication::translate("JsonReader", "missing number"));
        }
        return fallback;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        fail(member(path, key), QCoreApplication::translate("JsonReader", "expected a number"));
        return fallback;
    }
    return value.toDouble();
}

int JsonReader::integer(const QJsonObject &object, const QString &key, const QString &path, bool required, int fallback)
{
    const double value = number(object, key, path, required, fallback);
    if (value != std::floor(value) || std::abs(value) > 1e9) {
        fail(member(path, key),
             QCoreApplication::translate("JsonReader", "expected a whole number, not %1").arg(value));
        return fallback;
    }
    return int(value);
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            fail(member(path, key), QCoreApplication::translate("JsonReader", "missing list"));
        }
        return {};
    }
    if (!value.isArray()) {
        fail(member(path, key), QCoreApplication::translate("JsonReader", "expected a list"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            fail(member(path, key), QCoreApplication::translate("JsonReader", "missing object"));
        }
        return {};
    }
    return asObject(value, member(path, key));
}

QJsonObject JsonReader::asObject(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, QCoreApplication::translate("JsonReader", "expected an object"));
        return {};
    }
    return value.toObject();
}

void JsonReader::expectFormat(const QJsonObject &root, const QString &format, int version)
{
    const QString actual = string(root, QStringLiteral("format"), QStringLiteral("$"));
    if (!failed() && actual != format) {
        fail(QStringLiteral("$.format"),
             QCoreApplication::translate("JsonReader", "expected \"%1\", not \"%2\"").arg(format, actual));
    }
    const int actualVersion = integer(root, QStringLiteral("version"), QStringLiteral("$"), true);
    if (!failed() && actualVersion != version) {
        fail(QStringLiteral("$.version"),
             QCoreApplication::translate("JsonReader", "unsupported version %1 (this build reads version %2)")
                 .arg(actualVersion)
                 .arg(version));
    }
}

} // namespace pf::core::io

// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace pf::core::io {

/** Typed access to JSON values that remembers the first error together with the value's JSON path. */
class JsonReader
{
public:
    /// Parses @p data as a JSON object; the error names the line and column of a syntax error.
    static ReadResult<QJsonObject> parseObject(const QByteArray &data);
    /// "$.a" + "b" -> "$.a.b".
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);

    bool failed() const { return m_error.has_value(); }
    const InputError &error() const { return *m_error; }
    /// Records @p message at @p path unless an earlier error is already recorded.
    void fail(const QString &path, const QString &message);

    QString string(const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    /// A finite number; @p fallback when absent and not required.
    double number(const QJsonObject &object, const QString &key, const QString &path, bool required,
                  double fallback = 0.0);
    /// A whole number; rejects 3.5.
    int integer(const QJsonObject &object, const QString &key, const QString &path, bool required, int fallback = 0);
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    QJsonObject object(const QJsonObject &object, const QString &key, const QString &path, bool required = true);
    /// @p value must be an object; otherwise records an error.
    QJsonObject asObject(const QJsonValue &value, const QString &path);
    /// Checks "format" and "version" of an exchange file.
    void expectFormat(const QJsonObject &root, const QString &format, int version);

private:
    std::optional<InputError> m_error;
};

} // namespace pf::core::io

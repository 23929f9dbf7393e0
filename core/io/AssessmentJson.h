// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadResult.h"
#include "core/model/AssessmentInput.h"

#include <QJsonObject>

namespace pf::core::io {

/** Reads and writes one assessment as a "partnerfit.assessment" version 1 exchange file. */
class AssessmentJson
{
public:
    static inline const QString Format = QStringLiteral("partnerfit.assessment");
    static constexpr int FormatVersion = 1;

    /// Parses and validates (AssessmentValidator) a whole document; errors carry the JSON path.
    static ReadResult<AssessmentInput> fromJson(const QJsonObject &root);
    /// fromJson over raw bytes, reporting JSON syntax errors too.
    static ReadResult<AssessmentInput> fromBytes(const QByteArray &data);
    /// The exchange document; a built-in framework is written by key, any other as a whole object.
    static QJsonObject toJson(const AssessmentInput &input);
};

} // namespace pf::core::io

// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PairwiseJson.h"

#include "core/io/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace pf::core::io {

namespace {} // namespace

ReadResult<PairwiseJson::Input> PairwiseJson::fromJson(const QJsonObject &root)
{
    using scoring::AhpCalculator;
    JsonReader reader;
    reader.expectFormat(root, Format, FormatVersion);
    Input input;
    const QJsonArray items = reader.array(root, QStringLiteral("items"), QStringLiteral("$"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::element(QStringLiteral("$.items"), i);
        if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty()) {
            reader.fail(path, QCoreApplication::translate("PairwiseJson", "expected an item key"));
        } else if (seen.contains(items.at(i).toString())) {
            reader.fail(path,
                        QCoreApplication::translate("PairwiseJson", "duplicate item '%1'").arg(items.at(i).toString()));
        }
        seen.insert(items.at(i).toString());
        input.items.append(items.at(i).toString());
    }
    if (!reader.failed() && input.items.size() < 2) {
        reader.fail(QStringLiteral("$.items"),
                    QCoreApplication::translate("PairwiseJson", "compare at least two items"));
    }
    const bool hasMatrix = root.contains(QStringLiteral("matrix"));
    const bool hasJudgments = root.contains(QStringLiteral("judgments"));
    if (!reader.failed() && hasMatrix == hasJudgments) {
        reader.fail(QStringLiteral("$"),
                    QCoreApplication::translate("PairwiseJson", "give either \"matrix\" or \"judgments\""));
    }
    if (!reader.failed() && hasMatrix) {
        const QJsonArray rows = reader.array(root, QStringLiteral("matrix"), QStringLiteral("$"));
        for (qsizetype i = 0; i < rows.size() && !reader.failed(); ++i) {
            const QString rowPath = JsonReader::element(QStringLiteral("$.matrix"), i);
            if (!rows.at(i).isArray()) {
                reader.fail(rowPath, QCoreApplication::translate("PairwiseJson", "expected a row of numbers"));
                break;
            }
            QList<double> row;
            const QJsonArray values = rows.at(i).toArray();
            for (qsizetype j = 0; j < values.size() && !reader.failed(); ++j) {
                if (!values.at(j).isDouble()) {
                    reader.fail(JsonReader::element(rowPath, j),
                                QCoreApplication::translate("PairwiseJson", "expected a number"));
                }
                row.append(values.at(j).toDouble());
            }
            input.matrix.append(row);
        }
        if (!reader.failed() && input.matrix.size() != input.items.size()) {
            reader.fail(QStringLiteral("$.matrix"), QCoreApplication::translate("PairwiseJson", "%1 rows for %2 items")
                                                        .arg(input.matrix.size())
                                                        .arg(input.items.size()));
        }
        if (!reader.failed()) {
            if (const auto error = AhpCalculator::validate(input.matrix)) {
                QString path = QStringLiteral("$.matrix");
                if (error->row >= 0) {
                    path = JsonReader::element(path, error->row);
                }
                if (error->column >= 0) {
                    path = JsonReader::element(path, error->column);
                }
                reader.fail(path, error->message);
            }
        }
    } else if (!reader.failed()) {
        const QJsonArray array = reader.array(root, QStringLiteral("judgments"), QStringLiteral("$"));
        QList<scoring::PairJudgment> judgments;
        for (qsizetype k = 0; k < array.size() && !reader.failed(); ++k) {
            const QString path = JsonReader::element(QStringLiteral("$.judgments"), k);
            const QJsonObject o = reader.asObject(array.at(k), path);
            scoring::PairJudgment judgment;
            judgment.a = reader.string(o, QStringLiteral("a"), path);
            judgment.b = reader.string(o, QStringLiteral("b"), path);
            judgment.value = reader.number(o, QStringLiteral("value"), path, true);
            judgment.assessor = reader.string(o, QStringLiteral("assessor"), path, false);
            judgments.append(judgment);
        }
        if (!reader.failed()) {
            AhpCalculator::Error error;
            if (auto matrix = AhpCalculator::fromJudgments(input.items, judgments, &error)) {
                input.matrix = *matrix;
            } else if (error.row < 0) {
                reader.fail(QStringLiteral("$.judgments"), error.message);
            } else {
                static const char *fields[] = {"a", "b", "value"};
                reader.fail(JsonReader::member(JsonReader::element(QStringLiteral("$.judgments"), error.row),
                                               QString::fromLatin1(fields[std::clamp<qsizetype>(error.column, 0, 2)])),
                            error.message);
            }
        }
    }
    if (reader.failed()) {
        return ReadResult<Input>::failure(reader.error());
    }
    return {input, {}};
}

ReadResult<PairwiseJson::Input> PairwiseJson::fromBytes(const QByteArray &data)
{
    const ReadResult<QJsonObject> document = JsonReader::parseObject(data);
    if (!document.ok()) {
        return ReadResult<Input>::failure(document.error);
    }
    return fromJson(*document.value);
}

QJsonObject PairwiseJson::resultToJson(const scoring::AhpResult &result)
{
    QJsonObject weights;
    for (qsizetype i = 0; i < result.items.size(); ++i) {
        weights.insert(result.items.at(i), result.weights.at(i));
    }
    QJsonObject out{{QStringLiteral("weights"), weights},
                    {QStringLiteral("lambdaMax"), result.lambdaMax},
                    {QStringLiteral("ci"), result.ci},
                    {QStringLiteral("cr"), result.cr},
                    {QStringLiteral("consistent"), !result.isInconsistent()}};
    if (result.inconsistentRow >= 0) {
        out.insert(QStringLiteral("mostInconsistent"),
                   QJsonObject{{QStringLiteral("a"), result.items.at(result.inconsistentRow)},
                               {QStringLiteral("b"), result.items.at(result.inconsistentColumn)},
                               {QStringLiteral("judged"), result.judged},
                               {QStringLiteral("implied"), result.implied}});
    } else {
        out.insert(QStringLiteral("mostInconsistent"), QJsonValue::Null);
    }
    return out;
}

} // namespace pf::core::io

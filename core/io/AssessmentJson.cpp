// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/AssessmentJson.h"

#include "core/io/FrameworkJson.h"
#include "core/io/JsonReader.h"
#include "core/scoring/AssessmentValidator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pf::core::io {

namespace {

const QString NotApplicable = QStringLiteral("n/a");

QString commitmentName(Commitment c)
{
    switch (c) {
    case Commitment::Exploring:
        return QStringLiteral("exploring");
    case Commitment::Planned:
        return QStringLiteral("planned");
    case Commitment::Committed:
        return QStringLiteral("committed");
    }
    return {};
}

QString stanceName(Stance s)
{
    switch (s) {
    case Stance::Invest:
        return QStringLiteral("invest");
    case Stance::Maintain:
        return QStringLiteral("maintain");
    case Stance::Divest:
        return QStringLiteral("divest");
    }
    return {};
}

CultureProfile readCulture(JsonReader &reader, const QJsonObject &side, const QString &path)
{
    CultureProfile profile;
    const QJsonObject culture = reader.object(side, QStringLiteral("culture"), path, false);
    const QString at = JsonReader::member(path, QStringLiteral("culture"));
    for (auto it = culture.constBegin(); it != culture.constEnd() && !reader.failed(); ++it) {
        if (it.value().isNull()) {
            profile.values.insert(it.key(), std::nullopt);
        } else if (it.value().isDouble()) {
            profile.values.insert(it.key(), it.value().toDouble());
        } else {
            reader.fail(JsonReader::member(at, it.key()),
                        QCoreApplication::translate("AssessmentJson", "expected a number 1–7 or null"));
        }
    }
    return profile;
}

QList<RoadmapItem> readRoadmap(JsonReader &reader, const QJsonObject &side, const QString &path)
{
    QList<RoadmapItem> items;
    const QJsonArray array = reader.array(side, QStringLiteral("roadmap"), path, false);
    const QString at = JsonReader::member(path, QStringLiteral("roadmap"));
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString itemPath = JsonReader::element(at, i);
        const QJsonObject o = reader.asObject(array.at(i), itemPath);
        RoadmapItem item;
        item.theme = reader.string(o, QStringLiteral("theme"), itemPath);
        item.from = reader.integer(o, QStringLiteral("from"), itemPath, true);
        item.to = reader.integer(o, QStringLiteral("to"), itemPath, true);
        const QString commitment = reader.string(o, QStringLiteral("commitment"), itemPath);
        const QString stance = reader.string(o, QStringLiteral("stance"), itemPath);
        if (reader.failed()) {
            break;
        }
        bool known = false;
        for (Commitment c : {Commitment::Exploring, Commitment::Planned, Commitment::Committed}) {
            if (commitment == commitmentName(c)) {
                item.commitment = c;
                known = true;
            }
        }
        if (!known) {
            reader.fail(JsonReader::member(itemPath, QStringLiteral("commitment")),
                        QCoreApplication::translate(
                            "AssessmentJson", "unknown commitment '%1' (expected exploring, planned or committed)")
                            .arg(commitment));
        }
        known = false;
        for (Stance s : {Stance::Invest, Stance::Maintain, Stance::Divest}) {
            if (stance == stanceName(s)) {
                item.stance = s;
                known = true;
            }
        }
        if (!known) {
            reader.fail(JsonReader::member(itemPath, QStringLiteral("stance")),
                        QCoreApplication::translate("AssessmentJson",
                                                    "unknown stance '%1' (expected invest, maintain or divest)")
                            .arg(stance));
        }
        items.append(item);
    }
    return items;
}

QList<Rating> readRatings(JsonReader &reader, const QJsonObject &root)
{
    QList<Rating> ratings;
    const QString at = QStringLiteral("$.ratings");
    const QJsonArray array = reader.array(root, QStringLiteral("ratings"), QStringLiteral("$"), false);
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::element(at, i);
        const QJsonObject o = reader.asObject(array.at(i), path);
        Rating rating;
        rating.criterion = reader.string(o, QStringLiteral("criterion"), path);
        rating.assessor = reader.string(o, QStringLiteral("assessor"), path);
        rating.note = reader.string(o, QStringLiteral("note"), path, false);
        const QJsonValue value = o.value(QStringLiteral("value"));
        const QString valuePath = JsonReader::member(path, QStringLiteral("value"));
        if (value.isUndefined() || value.isNull()) {
            rating.state = RatingState::NotAssessed;
        } else if (value.isString() && value.toString() == NotApplicable) {
            rating.state = RatingState::NotApplicable;
        } else if (value.isDouble()) {
            const double v = value.toDouble();
            if (v != std::floor(v)) {
                reader.fail(
                    valuePath,
                    QCoreApplication::translate("AssessmentJson", "rating %1 is not a whole number 1–5").arg(v));
            } else if (v < 1.0 || v > 5.0) {
                reader.fail(valuePath,
                            QCoreApplication::translate("AssessmentJson", "rating %1 is outside 1–5").arg(v));
            }
            rating.state = RatingState::Rated;
            rating.value = int(v);
        } else {
            reader.fail(valuePath,
                        QCoreApplication::translate("AssessmentJson", "expected a rating 1–5, \"n/a\" or null"));
        }
        ratings.append(rating);
    }
    return ratings;
}

QList<Consensus> readConsensus(JsonReader &reader, const QJsonObject &root)
{
    QList<Consensus> list;
    const QString at = QStringLiteral("$.consensus");
    const QJsonArray array = reader.array(root, QStringLiteral("consensus"), QStringLiteral("$"), false);
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString path = JsonReader::element(at, i);
        const QJsonObject o = reader.asObject(array.at(i), path);
        Consensus c;
        c.criterion = reader.string(o, QStringLiteral("criterion"), path);
        c.value = reader.number(o, QStringLiteral("value"), path, true);
        c.rationale = reader.string(o, QStringLiteral("rationale"), path, false);
        list.append(c);
    }
    return list;
}

QJsonObject cultureJson(const CultureProfile &profile)
{
    QJsonObject o;
    for (auto it = profile.values.cbegin(); it != profile.values.cend(); ++it) {
        o.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonArray roadmapJson(const QList<RoadmapItem> &items)
{
    QJsonArray array;
    for (const RoadmapItem &item : items) {
        array.append(QJsonObject{{QStringLiteral("theme"), item.theme},
                                 {QStringLiteral("from"), item.from},
                                 {QStringLiteral("to"), item.to},
                                 {QStringLiteral("commitment"), commitmentName(item.commitment)},
                                 {QStringLiteral("stance"), stanceName(item.stance)}});
    }
    return array;
}

} // namespace

ReadResult<AssessmentInput> AssessmentJson::fromJson(const QJsonObject &root)
{
    JsonReader reader;
    reader.expectFormat(root, Format, FormatVersion);
    AssessmentInput input;
    const QString asOf = reader.string(root, QStringLiteral("asOf"), QStringLiteral("$"));
    input.asOf = QDate::fromString(asOf, Qt::ISODate);
    if (!reader.failed() && !input.asOf.isValid()) {
        reader.fail(
            QStringLiteral("$.asOf"),
            QCoreApplication::translate("AssessmentJson", "'%1' is not a date in the form YYYY-MM-DD").arg(asOf));
    }
    const QJsonValue framework = root.value(QStringLiteral("framework"));
    if (!reader.failed()) {
        ReadResult<Framework> read;
        if (framework.isString()) {
            read = FrameworkJson::builtIn(framework.toString());
            if (!read.ok()) {
                read.error.path = QStringLiteral("$.framework");
            }
        } else if (framework.isObject()) {
            read = FrameworkJson::fromJson(framework.toObject(), QStringLiteral("$.framework"));
        } else {
            read.error = {QStringLiteral("$.framework"),
                          QCoreApplication::translate("AssessmentJson",
                                                      "expected a built-in framework key or a framework object")};
        }
        if (read.ok()) {
            input.framework = *read.value;
        } else {
            reader.fail(read.error.path, read.error.message);
        }
    }
    const QString aggregation = reader.string(root, QStringLiteral("aggregation"), QStringLiteral("$"), false);
    if (aggregation == QLatin1String("mean")) {
        input.aggregation = Aggregation::Mean;
    } else if (!aggregation.isEmpty() && aggregation != QLatin1String("median")) {
        reader.fail(QStringLiteral("$.aggregation"),
                    QCoreApplication::translate("AssessmentJson", "unknown aggregation '%1' (expected median or mean)")
                        .arg(aggregation));
    }
    const QJsonObject home = reader.object(root, QStringLiteral("home"), QStringLiteral("$"), false);
    input.homeCulture = readCulture(reader, home, QStringLiteral("$.home"));
    input.homeRoadmap = readRoadmap(reader, home, QStringLiteral("$.home"));
    const QJsonObject partner = reader.object(root, QStringLiteral("partner"), QStringLiteral("$"), false);
    input.partnerName = reader.string(partner, QStringLiteral("name"), QStringLiteral("$.partner"), false);
    input.partnerCulture = readCulture(reader, partner, QStringLiteral("$.partner"));
    input.partnerRoadmap = readRoadmap(reader, partner, QStringLiteral("$.partner"));
    input.ratings = readRatings(reader, root);
    input.consensus = readConsensus(reader, root);
    if (reader.failed()) {
        return ReadResult<AssessmentInput>::failure(reader.error());
    }
    if (auto error = scoring::AssessmentValidator::validate(input)) {
        return ReadResult<AssessmentInput>::failure(*error);
    }
    return {input, {}};
}

ReadResult<AssessmentInput> AssessmentJson::fromBytes(const QByteArray &data)
{
    const ReadResult<QJsonObject> document = JsonReader::parseObject(data);
    if (!document.ok()) {
        return ReadResult<AssessmentInput>::failure(document.error);
    }
    return fromJson(*document.value);
}

QJsonObject AssessmentJson::toJson(const AssessmentInput &input)
{
    QJsonValue framework = input.framework.key;
    const ReadResult<Framework> builtIn = FrameworkJson::builtInKeys().contains(input.framework.key)
                                              ? FrameworkJson::builtIn(input.framework.key)
                                              : ReadResult<Framework>{};
    if (!builtIn.ok() || *builtIn.value != input.framework) {
        framework = FrameworkJson::toJson(input.framework);
    }
    QJsonArray ratings;
    for (const Rating &r : input.ratings) {
        QJsonObject o{{QStringLiteral("criterion"), r.criterion}, {QStringLiteral("assessor"), r.assessor}};
        if (r.state == RatingState::Rated) {
            o.insert(QStringLiteral("value"), r.value);
        } else if (r.state == RatingState::NotApplicable) {
            o.insert(QStringLiteral("value"), NotApplicable);
        } else {
            o.insert(QStringLiteral("value"), QJsonValue::Null);
        }
        if (!r.note.isEmpty()) {
            o.insert(QStringLiteral("note"), r.note);
        }
        ratings.append(o);
    }
    QJsonArray consensus;
    for (const Consensus &c : input.consensus) {
        consensus.append(QJsonObject{{QStringLiteral("criterion"), c.criterion},
                                     {QStringLiteral("value"), c.value},
                                     {QStringLiteral("rationale"), c.rationale}});
    }
    return QJsonObject{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("asOf"), input.asOf.toString(Qt::ISODate)},
        {QStringLiteral("framework"), framework},
        {QStringLiteral("aggregation"),
         input.aggregation == Aggregation::Mean ? QStringLiteral("mean") : QStringLiteral("median")},
        {QStringLiteral("home"), QJsonObject{{QStringLiteral("culture"), cultureJson(input.homeCulture)},
                                             {QStringLiteral("roadmap"), roadmapJson(input.homeRoadmap)}}},
        {QStringLiteral("partner"), QJsonObject{{QStringLiteral("name"), input.partnerName},
                                                {QStringLiteral("culture"), cultureJson(input.partnerCulture)},
                                                {QStringLiteral("roadmap"), roadmapJson(input.partnerRoadmap)}}},
        {QStringLiteral("ratings"), ratings},
        {QStringLiteral("consensus"), consensus}};
}

} // namespace pf::core::io

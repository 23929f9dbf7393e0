// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ScoreResultJson.h"

#include <QJsonArray>

namespace pf::core::io {

namespace {

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject criterionJson(const CriterionResult &c)
{
    QJsonObject assessors;
    for (const AssessorValue &a : c.assessors) {
        switch (a.state) {
        case RatingState::Rated:
            assessors.insert(a.assessor, a.value);
            break;
        case RatingState::NotApplicable:
            assessors.insert(a.assessor, QStringLiteral("n/a"));
            break;
        case RatingState::NotAssessed:
            assessors.insert(a.assessor, QJsonValue::Null);
            break;
        }
    }
    QJsonObject o{{QStringLiteral("score"), optional(c.score)},
                  {QStringLiteral("discuss"), c.discuss},
                  {QStringLiteral("assessors"), assessors},
                  {QStringLiteral("notApplicable"), c.notApplicable}};
    if (!c.dimension.isEmpty()) {
        o.insert(QStringLiteral("contribution"), optional(c.contribution));
    }
    if (!c.computed) {
        o.insert(QStringLiteral("rating"), optional(c.rating));
    }
    if (c.consensus) {
        o.insert(QStringLiteral("consensus"),
                 QJsonObject{{QStringLiteral("value"), *c.consensus}, {QStringLiteral("rationale"), c.rationale}});
    }
    return o;
}

} // namespace

QString ScoreResultJson::confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return QStringLiteral("High");
    case Confidence::Medium:
        return QStringLiteral("Medium");
    case Confidence::Low:
        break;
    }
    return QStringLiteral("Low");
}

QString ScoreResultJson::quadrantName(GainQuadrant quadrant)
{
    switch (quadrant) {
    case GainQuadrant::WinWin:
        return QStringLiteral("win-win");
    case GainQuadrant::WeWin:
        return QStringLiteral("we-win");
    case GainQuadrant::TheyWin:
        return QStringLiteral("they-win");
    case GainQuadrant::LoseLose:
        return QStringLiteral("lose-lose");
    case GainQuadrant::NotAssessed:
        break;
    }
    return {};
}

QString ScoreResultJson::horizonName(ExpectedHorizon horizon)
{
    switch (horizon) {
    case ExpectedHorizon::ShortTerm:
        return QStringLiteral("short-term");
    case ExpectedHorizon::LongTerm:
        return QStringLiteral("long-term");
    case ExpectedHorizon::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject ScoreResultJson::toJson(const AssessmentResult &result)
{
    QJsonObject dimensions;
    for (const DimensionResult &d : result.dimensions) {
        dimensions.insert(d.key, optional(d.score));
    }
    QJsonObject criteria;
    for (const CriterionResult &c : result.criteria) {
        criteria.insert(c.key, criterionJson(c));
    }
    QJsonObject inputs;
    for (const CriterionResult &c : result.gainInputs) {
        inputs.insert(c.key, criterionJson(c));
    }
    QJsonObject axes;
    for (const AxisFit &a : result.culture.axes) {
        axes.insert(a.axis, optional(a.fit));
    }
    const MutualGainResult &gain = result.mutualGain;
    const QString quadrant = quadrantName(gain.quadrant);
    QJsonArray knockouts;
    for (const KnockoutResult &k : result.knockouts) {
        knockouts.append(QJsonObject{{QStringLiteral("criterion"), k.criterion}, {QStringLiteral("reason"), k.reason}});
    }
    QJsonArray recommendations;
    for (const Recommendation &r : result.recommendations) {
        recommendations.append(QJsonObject{
            {QStringLiteral("lesson"), r.lesson}, {QStringLiteral("rule"), r.rule}, {QStringLiteral("text"), r.text}});
    }
    const RoadmapResult &roadmap = result.roadmap;
    return QJsonObject{
        {QStringLiteral("overall"), optional(result.overall)},
        {QStringLiteral("band"), result.band.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.band)},
        {QStringLiteral("confidence"), confidenceName(result.confidence)},
        {QStringLiteral("coverage"), result.coverage},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("criteria"), criteria},
        {QStringLiteral("culture"), QJsonObject{{QStringLiteral("similarity"), optional(result.culture.similarity)},
                                                {QStringLiteral("axes"), axes}}},
        {QStringLiteral("mutualGain"),
         QJsonObject{{QStringLiteral("us"), optional(gain.us)},
                     {QStringLiteral("partner"), optional(gain.partner)},
                     {QStringLiteral("index"), optional(gain.index)},
                     {QStringLiteral("balance"), optional(gain.balance)},
                     {QStringLiteral("quadrant"), quadrant.isEmpty() ? QJsonValue(QJsonValue::Null) : quadrant},
                     {QStringLiteral("inputs"), inputs}}},
        {QStringLiteral("roadmap"),
         QJsonObject{{QStringLiteral("direction"), optional(roadmap.direction)},
                     {QStringLiteral("near"), optional(roadmap.near)},
                     {QStringLiteral("far"), optional(roadmap.far)},
                     {QStringLiteral("shared"), QJsonArray::fromStringList(roadmap.shared)},
                     {QStringLiteral("conflicts"), QJsonArray::fromStringList(roadmap.conflicts)},
                     {QStringLiteral("gaps"), QJsonArray::fromStringList(roadmap.gaps)},
                     {QStringLiteral("horizon"), horizonName(roadmap.horizon)}}},
        {QStringLiteral("knockouts"), knockouts},
        {QStringLiteral("discuss"), QJsonArray::fromStringList(result.discuss)},
        {QStringLiteral("recommendations"), recommendations}};
}

} // namespace pf::core::io

// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageCodec.h"

namespace pf::core {

namespace {

template <typename E, std::size_t N>
QString keyOf(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[e, key] : table) {
        if (e == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const QString &key, const std::pair<E, const char *> (&table)[N])
{
    const QString normalised = key.trimmed().toLower();
    for (const auto &[e, k] : table) {
        if (normalised == QLatin1String(k)) {
            return e;
        }
    }
    return std::nullopt;
}

const std::pair<Commitment, const char *> commitments[] = {
    {Commitment::Exploring, "exploring"}, {Commitment::Planned, "planned"}, {Commitment::Committed, "committed"}};
const std::pair<Stance, const char *> stances[] = {
    {Stance::Invest, "invest"}, {Stance::Maintain, "maintain"}, {Stance::Divest, "divest"}};
const std::pair<AssessmentKind, const char *> kinds[] = {{AssessmentKind::Selection, "selection"},
                                                         {AssessmentKind::HealthCheck, "health_check"}};
const std::pair<AssessmentStatus, const char *> statuses[] = {{AssessmentStatus::Draft, "draft"},
                                                              {AssessmentStatus::Finalised, "finalised"}};
const std::pair<Aggregation, const char *> aggregations[] = {{Aggregation::Median, "median"},
                                                             {Aggregation::Mean, "mean"}};
const std::pair<RatingState, const char *> ratingStates[] = {
    {RatingState::Rated, "rated"}, {RatingState::NotApplicable, "na"}, {RatingState::NotAssessed, ""}};

} // namespace

QString StorageCodec::commitmentKey(Commitment commitment)
{
    return keyOf(commitment, commitments);
}

std::optional<Commitment> StorageCodec::commitment(const QString &key)
{
    return valueOf(key, commitments);
}

QString StorageCodec::stanceKey(Stance stance)
{
    return keyOf(stance, stances);
}

std::optional<Stance> StorageCodec::stance(const QString &key)
{
    return valueOf(key, stances);
}

QString StorageCodec::kindKey(AssessmentKind kind)
{
    return keyOf(kind, kinds);
}

std::optional<AssessmentKind> StorageCodec::kind(const QString &key)
{
    return valueOf(key, kinds);
}

QString StorageCodec::statusKey(AssessmentStatus status)
{
    return keyOf(status, statuses);
}

std::optional<AssessmentStatus> StorageCodec::status(const QString &key)
{
    return valueOf(key, statuses);
}

QString StorageCodec::aggregationKey(Aggregation aggregation)
{
    return keyOf(aggregation, aggregations);
}

std::optional<Aggregation> StorageCodec::aggregation(const QString &key)
{
    return valueOf(key, aggregations);
}

QString StorageCodec::ratingStateKey(RatingState state)
{
    return keyOf(state, ratingStates);
}

std::optional<RatingState> StorageCodec::ratingState(const QString &key)
{
    return valueOf(key, ratingStates);
}

QString StorageCodec::joinList(const QStringList &items)
{
    QStringList cleaned;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty()) {
            cleaned << item.trimmed();
        }
    }
    return cleaned.join(QStringLiteral("; "));
}

QStringList StorageCodec::splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(';'))) {
        if (!item.trimmed().isEmpty()) {
            items << item.trimmed();
        }
    }
    return items;
}

} // namespace pf::core

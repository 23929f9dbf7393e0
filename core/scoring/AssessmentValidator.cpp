// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/AssessmentValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace pf::core::scoring {

namespace {

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 12);
}

std::optional<InputError> checkCulture(const Framework &framework, const CultureProfile &profile, const QString &path)
{
    for (auto it = profile.values.cbegin(); it != profile.values.cend(); ++it) {
        const QString at = path + QLatin1Char('.') + it.key();
        if (!framework.cultureAxis(it.key())) {
            return InputError{
                at, QCoreApplication::translate("AssessmentValidator", "unknown culture axis '%1'").arg(it.key())};
        }
        if (it.value() && (*it.value() < 1.0 || *it.value() > 7.0)) {
            return InputError{at, QCoreApplication::translate("AssessmentValidator", "culture value %1 is outside 1–7")
                                      .arg(number(*it.value()))};
        }
    }
    return std::nullopt;
}

std::optional<InputError> checkRoadmap(const QList<RoadmapItem> &items, const QString &path)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (items.at(i).theme.trimmed().isEmpty()) {
            return InputError{at + QStringLiteral(".theme"),
                              QCoreApplication::translate("AssessmentValidator", "a roadmap item needs a theme")};
        }
        if (items.at(i).to < items.at(i).from) {
            return InputError{at + QStringLiteral(".to"),
                              QCoreApplication::translate("AssessmentValidator", "last year %1 is before first year %2")
                                  .arg(items.at(i).to)
                                  .arg(items.at(i).from)};
        }
    }
    return std::nullopt;
}

std::optional<InputError> checkKey(const Framework &framework, const QString &key, const QString &path)
{
    if (const Criterion *criterion = framework.criterion(key); criterion && criterion->isComputed()) {
        return InputError{path, QCoreApplication::translate("AssessmentValidator",
                                                            "criterion '%1' is computed by a model and cannot be rated")
                                    .arg(key)};
    }
    if (!framework.isRatable(key)) {
        return InputError{path, QCoreApplication::translate("AssessmentValidator", "unknown criterion '%1'").arg(key)};
    }
    return std::nullopt;
}

} // namespace

std::optional<InputError> AssessmentValidator::validate(const AssessmentInput &input)
{
    const Framework &framework = input.framework;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < input.ratings.size(); ++i) {
        const Rating &rating = input.ratings.at(i);
        const QString at = QStringLiteral("$.ratings[%1]").arg(i);
        if (auto error = checkKey(framework, rating.criterion, at + QStringLiteral(".criterion"))) {
            return error;
        }
        if (rating.assessor.trimmed().isEmpty()) {
            return InputError{at + QStringLiteral(".assessor"),
                              QCoreApplication::translate("AssessmentValidator", "a rating needs an assessor")};
        }
        if (rating.isRated() && (rating.value < 1 || rating.value > 5)) {
            return InputError{
                at + QStringLiteral(".value"),
                QCoreApplication::translate("AssessmentValidator", "rating %1 is outside 1–5").arg(rating.value)};
        }
        const QString pair = rating.criterion + QLatin1Char('\n') + rating.assessor;
        if (const auto previous = seen.constFind(pair); previous != seen.cend()) {
            return InputError{at, QCoreApplication::translate("AssessmentValidator",
                                                              "assessor '%1' already rated '%2' at $.ratings[%3]")
                                      .arg(rating.assessor, rating.criterion)
                                      .arg(previous.value())};
        }
        seen.insert(pair, i);
    }
    seen.clear();
    for (qsizetype i = 0; i < input.consensus.size(); ++i) {
        const Consensus &consensus = input.consensus.at(i);
        const QString at = QStringLiteral("$.consensus[%1]").arg(i);
        if (auto error = checkKey(framework, consensus.criterion, at + QStringLiteral(".criterion"))) {
            return error;
        }
        if (consensus.value < 1.0 || consensus.value > 5.0) {
            return InputError{at + QStringLiteral(".value"),
                              QCoreApplication::translate("AssessmentValidator", "consensus value %1 is outside 1–5")
                                  .arg(number(consensus.value))};
        }
        if (seen.contains(consensus.criterion)) {
            return InputError{at, QCoreApplication::translate("AssessmentValidator", "a second consensus for '%1'")
                                      .arg(consensus.criterion)};
        }
        seen.insert(consensus.criterion, i);
    }
    if (auto error = checkCulture(framework, input.homeCulture, QStringLiteral("$.home.culture"))) {
        return error;
    }
    if (auto error = checkCulture(framework, input.partnerCulture, QStringLiteral("$.partner.culture"))) {
        return error;
    }
    if (auto error = checkRoadmap(input.homeRoadmap, QStringLiteral("$.home.roadmap"))) {
        return error;
    }
    return checkRoadmap(input.partnerRoadmap, QStringLiteral("$.partner.roadmap"));
}

} // namespace pf::core::scoring

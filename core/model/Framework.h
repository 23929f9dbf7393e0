// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/BandThreshold.h"
#include "core/model/Criterion.h"
#include "core/model/CultureAxis.h"
#include "core/model/Dimension.h"
#include "core/model/GainInput.h"
#include "core/model/KnockoutRule.h"

#include <QList>
#include <QString>

namespace pf::core {

/** A versioned assessment template: dimensions, criteria, mutual-gain inputs, culture axes, knock-outs and bands. */
struct Framework
{
    QString key;
    QString name;
    int version = 1;
    QString description;
    QList<Dimension> dimensions;
    QList<Criterion> criteria;
    QList<GainInput> gainInputs;
    QList<CultureAxis> cultureAxes;
    QList<KnockoutRule> knockouts;
    /// Ordered from the highest minimum to the lowest; the last one has minimum 0.
    QList<BandThreshold> bands;

    /// The dimension with @p key, or nullptr.
    const Dimension *dimension(const QString &key) const;
    /// The criterion with @p key, or nullptr.
    const Criterion *criterion(const QString &key) const;
    /// The mutual-gain input with @p key, or nullptr.
    const GainInput *gainInput(const QString &key) const;
    /// The culture axis with @p key, or nullptr.
    const CultureAxis *cultureAxis(const QString &key) const;
    /// True when @p key names something assessors rate: a rated criterion or a mutual-gain input.
    bool isRatable(const QString &key) const;
    /// The band label an overall score earns (tolerance 1e-9); empty when there are no bands.
    QString bandFor(double overall) const;

    friend bool operator==(const Framework &, const Framework &) = default;
};

} // namespace pf::core

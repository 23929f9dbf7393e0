// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Framework.h"

#include <algorithm>

namespace pf::core {

namespace {

template <typename T>
const T *findByKey(const QList<T> &items, const QString &key)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&key](const T &item) { return item.key == key; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace

const Dimension *Framework::dimension(const QString &key) const
{
    return findByKey(dimensions, key);
}

const Criterion *Framework::criterion(const QString &key) const
{
    return findByKey(criteria, key);
}

const GainInput *Framework::gainInput(const QString &key) const
{
    return findByKey(gainInputs, key);
}

const CultureAxis *Framework::cultureAxis(const QString &key) const
{
    return findByKey(cultureAxes, key);
}

bool Framework::isRatable(const QString &key) const
{
    const Criterion *c = criterion(key);
    return (c && !c->isComputed()) || gainInput(key);
}

QString Framework::bandFor(double overall) const
{
    for (const BandThreshold &band : bands) {
        if (overall >= band.minimum - 1e-9) {
            return band.label;
        }
    }
    return bands.isEmpty() ? QString() : bands.constLast().label;
}

} // namespace pf::core

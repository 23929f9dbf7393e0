// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The partner list's first screenful is read on its own (start-up shows it before reading the rest): it must be
// exactly the partners the whole list, in its order, starts with.
#include "core/storage/PartnerListing.h"

#include "StorageTestSupport.h"
#include "core/storage/PartnerRepository.h"
#include "support/CatchCompat.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace pf::core;
using namespace pf::test;

namespace {

QStringList namesOf(const QList<PartnerListEntry> &entries)
{
    QStringList names;
    for (const PartnerListEntry &entry : entries) {
        names << entry.partner.name;
    }
    return names;
}

/// @p entries in the list's order.
QList<PartnerListEntry> inListOrder(QList<PartnerListEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const PartnerListEntry &a, const PartnerListEntry &b) {
        return PartnerListing::namesBefore(a.partner.name, a.partner.id, b.partner.name, b.partner.id);
    });
    return entries;
}

} // namespace

TEST_CASE("Names order as the list shows them: case ignored, ties by code point then id", "[storage][listing]")
{
    CHECK(PartnerListing::compareNames(QStringLiteral("partner 2"), QStringLiteral("Partner 9")) < 0);
    CHECK(PartnerListing::compareNames(QStringLiteral("beta"), QStringLiteral("Zeta")) < 0);
    CHECK(PartnerListing::compareNames(QStringLiteral("acme"), QStringLiteral("Acme")) == 0);
    CHECK(PartnerListing::namesBefore(QStringLiteral("Acme"), 9, QStringLiteral("acme"), 1));
    CHECK(PartnerListing::namesBefore(QStringLiteral("Acme"), 1, QStringLiteral("Acme"), 2));
    CHECK_FALSE(PartnerListing::namesBefore(QStringLiteral("Acme"), 2, QStringLiteral("Acme"), 1));
}

TEST_CASE("The first page of the list holds the partners it starts with, and the rest holds all the others",
          "[storage][listing]")
{
    QTemporaryDir dir;
    auto ws = createWorkspace(dir.filePath(QStringLiteral("w.partnerfit")));
    // Byte order (SQLite's) starts with the upper-case names; the list ignores case, and follows the locale.
    QList<Partner> partners;
    for (const char *name : {"Partner 10", "Partner 9", "Zeta", "partner 2", "acme corp", "Acme", "Ärzte Verbund",
                             "Beta 100", "Beta 20", "beta"}) {
        Partner p;
        p.name = QString::fromUtf8(name);
        partners << p;
    }
    REQUIRE(PartnerRepository(*ws).addMany(partners, QStringLiteral("test")).ok());

    auto all = PartnerListing::load(*ws);
    REQUIRE(all.ok());
    REQUIRE(all.value->size() == partners.size());
    const QList<PartnerListEntry> ordered = inListOrder(*all.value);

    for (int limit : {1, 3, 5, 9}) {
        auto page = PartnerListing::loadFirst(*ws, limit);
        REQUIRE(page.ok());
        CHECK_FALSE(page.value->complete);
        CHECK(namesOf(inListOrder(page.value->entries)) == namesOf(ordered.mid(0, limit)));
        QSet<qint64> shown;
        for (const PartnerListEntry &entry : page.value->entries) {
            shown.insert(entry.partner.id);
        }
        auto rest = PartnerListing::loadExcept(*ws, shown);
        REQUIRE(rest.ok());
        CHECK(rest.value->size() == partners.size() - limit);
        // Both together are the whole list, each row as load() reads it.
        QList<PartnerListEntry> together = page.value->entries + *rest.value;
        CHECK(namesOf(inListOrder(together)) == namesOf(ordered));
        for (const PartnerListEntry &entry : together) {
            const auto same = std::find_if(all.value->begin(), all.value->end(),
                                           [&](const PartnerListEntry &e) { return e.partner.id == entry.partner.id; });
            REQUIRE(same != all.value->end());
            CHECK(same->partner == entry.partner);
        }
    }
    // Not the first two in byte order ("Acme", "Beta 100"): "acme corp" belongs next to "Acme".
    const QStringList firstTwo = namesOf(inListOrder(PartnerListing::loadFirst(*ws, 2).value->entries));
    CHECK(firstTwo == QStringList{QStringLiteral("Acme"), QStringLiteral("acme corp")});

    auto whole = PartnerListing::loadFirst(*ws, 10);
    REQUIRE(whole.ok());
    CHECK(whole.value->complete);
    CHECK(namesOf(whole.value->entries) == namesOf(*all.value));
}

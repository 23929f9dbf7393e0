// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentSummary.h"
#include "core/model/Partner.h"
#include "core/storage/StorageStatus.h"

#include <QList>
#include <QSet>

#include <optional>

namespace pf::core {

class Workspace;

/**
 * A partner as a list of partners shows it, with the newest current version of its newest assessment.
 * The partner carries only its list columns (name, type, industry, regions, stage, owner, tags, revision): no
 * website, notes, contacts, culture profile or roadmap; read those with PartnerRepository::get(). The assessment
 * carries its id, series, version, status, date, title and score (overall, band, confidence, coverage), not its
 * kind, framework, next due date or the score's computation time; read those with AssessmentRepository.
 */
struct PartnerListEntry
{
    Partner partner;
    std::optional<AssessmentSummary> latest;
};

/// The first rows of the partner list, and whether they are all of it.
struct PartnerListPage
{
    QList<PartnerListEntry> entries;
    bool complete = true;
};

/** Reads the partner list in one statement, so that opening a workspace of many partners stays quick. */
class PartnerListing
{
public:
    /// Every partner ordered by name (binary, then id), each with its latest assessment (newest as-of date, then
    /// newest id).
    static StorageResult<QList<PartnerListEntry>> load(const Workspace &workspace);
    /// The first @p limit partners in the list's order (namesBefore()), so that a long list shows its first screen
    /// without reading the rest; `complete` when that is every partner. Read the rest with loadExcept().
    static StorageResult<PartnerListPage> loadFirst(const Workspace &workspace, int limit);
    /// Every partner but those in @p skip, in load()'s order.
    static StorageResult<QList<PartnerListEntry>> loadExcept(const Workspace &workspace, const QSet<qint64> &skip);

    /// The list's order of names: the locale's collation, ignoring case, numbers by their value ("Partner 9" before
    /// "Partner 10"). Negative, zero or positive like QString::compare.
    static int compareNames(const QString &a, const QString &b);
    /// The list's order of partners: compareNames(), then the names' code points, then the id.
    static bool namesBefore(const QString &a, qint64 aId, const QString &b, qint64 bId);
};

} // namespace pf::core

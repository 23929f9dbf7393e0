// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentSummary.h"
#include "core/model/Partner.h"
#include "core/storage/StorageStatus.h"

#include <QList>

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

/** Reads the partner list in one statement, so that opening a workspace of many partners stays quick. */
class PartnerListing
{
public:
    /// Every partner ordered by name, each with its latest assessment (newest as-of date, then newest id).
    static StorageResult<QList<PartnerListEntry>> load(const Workspace &workspace);
};

} // namespace pf::core

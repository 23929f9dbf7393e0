// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerListing.h"

#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pf::core {

StorageResult<QList<PartnerListEntry>> PartnerListing::load(const Workspace &workspace)
{
    // One pass over the partners; the latest assessment is found per partner through its index.
    QSqlQuery query = workspace.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.website, p.partner_type, p.industry, p.regions, p.stage, p.owner, p.tags, "
        "p.revision, a.id, a.series_id, a.version, f.framework_key, f.version, a.kind, a.status, a.as_of, "
        "a.next_due, a.title, s.overall, s.band, s.confidence, s.coverage, s.computed_at, s.assessment_id "
        "FROM partner p "
        "LEFT JOIN assessment a ON a.id = (SELECT c.id FROM assessment c WHERE c.partner_id = p.id AND "
        "c.is_current = 1 ORDER BY c.as_of DESC, c.id DESC LIMIT 1) "
        "LEFT JOIN framework f ON f.id = a.framework_id "
        "LEFT JOIN score_cache s ON s.assessment_id = a.id "
        "ORDER BY p.name"));
    query.setForwardOnly(true);
    if (!query.exec()) {
        return StorageResult<QList<PartnerListEntry>>::failure(
            workspace.failure(query, QCoreApplication::translate("pf::core::PartnerRepository", "read the partners")));
    }
    QList<PartnerListEntry> entries;
    while (query.next()) {
        PartnerListEntry entry;
        Partner &p = entry.partner;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.website = query.value(2).toString();
        p.type = query.value(3).toString();
        p.industry = query.value(4).toString();
        p.regions = StorageCodec::splitList(query.value(5).toString());
        p.stage = query.value(6).toString();
        p.owner = query.value(7).toString();
        p.tags = StorageCodec::splitList(query.value(8).toString());
        p.revision = query.value(9).toInt();
        if (!query.value(10).isNull()) {
            AssessmentSummary s;
            s.id = query.value(10).toLongLong();
            s.seriesId = query.value(11).toLongLong();
            s.version = query.value(12).toInt();
            s.partnerId = p.id;
            s.partnerName = p.name;
            s.frameworkKey = query.value(13).toString();
            s.frameworkVersion = query.value(14).toInt();
            s.kind = StorageCodec::kind(query.value(15).toString()).value_or(AssessmentKind::Selection);
            s.status = StorageCodec::status(query.value(16).toString()).value_or(AssessmentStatus::Draft);
            s.asOf = QDate::fromString(query.value(17).toString(), Qt::ISODate);
            s.nextDue = QDate::fromString(query.value(18).toString(), Qt::ISODate);
            s.title = query.value(19).toString();
            if (!query.value(25).isNull()) {
                StoredScore score;
                const QVariant overall = query.value(20);
                score.overall = overall.isNull() ? std::nullopt : std::optional<double>(overall.toDouble());
                score.band = query.value(21).toString();
                score.confidence = query.value(22).toString();
                score.coverage = query.value(23).toDouble();
                score.computedAt = query.value(24).toString();
                s.score = score;
            }
            entry.latest = s;
        }
        entries << entry;
    }
    if (query.lastError().isValid()) {
        return StorageResult<QList<PartnerListEntry>>::failure(
            workspace.failure(query, QCoreApplication::translate("pf::core::PartnerRepository", "read the partners")));
    }
    return StorageResult<QList<PartnerListEntry>>::of(entries);
}

} // namespace pf::core

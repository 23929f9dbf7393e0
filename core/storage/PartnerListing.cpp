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
    // One pass over the partners; the latest assessment is found per partner through its index. Only the columns a
    // list shows: with Qt SQL every value read costs a conversion, and start-up reads 10,000s of rows.
    QSqlQuery query = workspace.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.partner_type, p.industry, p.regions, p.stage, p.owner, p.tags, p.revision, a.id, "
        "a.series_id, a.version, a.status, a.as_of, a.title, s.assessment_id, s.overall, s.band, s.confidence, "
        "s.coverage FROM partner p "
        "LEFT JOIN assessment a ON a.id = (SELECT c.id FROM assessment c WHERE c.partner_id = p.id AND "
        "c.is_current = 1 ORDER BY c.as_of DESC, c.id DESC LIMIT 1) "
        "LEFT JOIN score_cache s ON s.assessment_id = a.id "
        "ORDER BY p.name"));
    query.setForwardOnly(true);
    if (!query.exec()) {
        return StorageResult<QList<PartnerListEntry>>::failure(
            workspace.failure(query, QCoreApplication::translate("pf::core::PartnerRepository", "read the partners")));
    }
    QList<PartnerListEntry> entries;
    QSqlQuery count = workspace.prepare(QStringLiteral("SELECT COUNT(*) FROM partner"));
    if (count.exec() && count.next()) {
        entries.reserve(count.value(0).toLongLong()); // a hint: no reallocations while reading
    }
    while (query.next()) {
        PartnerListEntry entry;
        Partner &p = entry.partner;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.type = query.value(2).toString();
        p.industry = query.value(3).toString();
        p.regions = StorageCodec::splitList(query.value(4).toString());
        p.stage = query.value(5).toString();
        p.owner = query.value(6).toString();
        p.tags = StorageCodec::splitList(query.value(7).toString());
        p.revision = query.value(8).toInt();
        const QVariant assessmentId = query.value(9);
        if (assessmentId.isNull()) {
            entries.append(std::move(entry));
            continue;
        }
        AssessmentSummary &s = entry.latest.emplace();
        s.id = assessmentId.toLongLong();
        s.seriesId = query.value(10).toLongLong();
        s.version = query.value(11).toInt();
        s.partnerId = p.id;
        s.partnerName = p.name;
        s.status = StorageCodec::status(query.value(12).toString()).value_or(AssessmentStatus::Draft);
        s.asOf = QDate::fromString(query.value(13).toString(), Qt::ISODate);
        s.title = query.value(14).toString();
        if (!query.value(15).isNull()) {
            StoredScore &score = s.score.emplace();
            const QVariant overall = query.value(16);
            score.overall = overall.isNull() ? std::nullopt : std::optional<double>(overall.toDouble());
            score.band = query.value(17).toString();
            score.confidence = query.value(18).toString();
            score.coverage = query.value(19).toDouble();
        }
        entries.append(std::move(entry));
    }
    if (query.lastError().isValid()) {
        return StorageResult<QList<PartnerListEntry>>::failure(
            workspace.failure(query, QCoreApplication::translate("pf::core::PartnerRepository", "read the partners")));
    }
    return StorageResult<QList<PartnerListEntry>>::of(std::move(entries));
}

} // namespace pf::core

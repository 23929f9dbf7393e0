// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerListing.h"

#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace pf::core {

namespace {

/// The list's columns; @p where (empty or "WHERE …") picks the partners.
QString listingSql(const QString &where)
{
    // One pass over the partners; the latest assessment is found per partner through its index. Only the columns a
    // list shows: with Qt SQL every value read costs a conversion, and start-up reads 10,000s of rows.
    return QStringLiteral(
               "SELECT p.id, p.name, p.partner_type, p.industry, p.regions, p.stage, p.owner, p.tags, p.revision, "
               "a.id, "
               "a.series_id, a.version, a.status, a.as_of, a.title, s.assessment_id, s.overall, s.band, s.confidence, "
               "s.coverage FROM partner p "
               "LEFT JOIN assessment a ON a.id = (SELECT c.id FROM assessment c WHERE c.partner_id = p.id AND "
               "c.is_current = 1 ORDER BY c.as_of DESC, c.id DESC LIMIT 1) "
               "LEFT JOIN score_cache s ON s.assessment_id = a.id ") +
           where + QStringLiteral(" ORDER BY p.name, p.id");
}

QString readFailure()
{
    return QCoreApplication::translate("pf::core::PartnerRepository", "read the partners");
}

/// Runs @p query (a listingSql()) and reads its rows but those in @p skip.
StorageResult<QList<PartnerListEntry>> readRows(const Workspace &workspace, QSqlQuery &query, qsizetype expected,
                                                const QSet<qint64> &skip = {})
{
    if (!query.exec()) {
        return StorageResult<QList<PartnerListEntry>>::failure(workspace.failure(query, readFailure()));
    }
    QList<PartnerListEntry> entries;
    entries.reserve(expected); // a hint: no reallocations while reading
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (skip.contains(id)) {
            continue;
        }
        PartnerListEntry entry;
        Partner &p = entry.partner;
        p.id = id;
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
        return StorageResult<QList<PartnerListEntry>>::failure(workspace.failure(query, readFailure()));
    }
    return StorageResult<QList<PartnerListEntry>>::of(std::move(entries));
}

qsizetype partnerCount(const Workspace &workspace)
{
    QSqlQuery count = workspace.prepare(QStringLiteral("SELECT COUNT(*) FROM partner"));
    return count.exec() && count.next() ? count.value(0).toLongLong() : 0;
}

} // namespace

StorageResult<QList<PartnerListEntry>> PartnerListing::load(const Workspace &workspace)
{
    QSqlQuery query = workspace.prepare(listingSql({}));
    query.setForwardOnly(true);
    return readRows(workspace, query, partnerCount(workspace));
}

StorageResult<QList<PartnerListEntry>> PartnerListing::loadExcept(const Workspace &workspace, const QSet<qint64> &skip)
{
    QSqlQuery query = workspace.prepare(listingSql({}));
    query.setForwardOnly(true);
    return readRows(workspace, query, qMax<qsizetype>(0, partnerCount(workspace) - skip.size()), skip);
}

StorageResult<PartnerListPage> PartnerListing::loadFirst(const Workspace &workspace, int limit)
{
    const qsizetype total = partnerCount(workspace);
    if (total <= limit) {
        auto all = load(workspace);
        if (!all.ok()) {
            return StorageResult<PartnerListPage>::failure(all.status);
        }
        return StorageResult<PartnerListPage>::of(PartnerListPage{std::move(*all.value), true});
    }
    // Which partners come first takes only the names (two values a row, not twenty): the list's collation is the
    // locale's, which SQLite does not know, so they are ordered here.
    QSqlQuery names = workspace.prepare(QStringLiteral("SELECT id, name FROM partner"));
    names.setForwardOnly(true);
    if (!names.exec()) {
        return StorageResult<PartnerListPage>::failure(workspace.failure(names, readFailure()));
    }
    struct Name
    {
        qint64 id;
        QString name;
    };
    std::vector<Name> all;
    all.reserve(size_t(total));
    while (names.next()) {
        all.push_back(Name{names.value(0).toLongLong(), names.value(1).toString()});
    }
    if (names.lastError().isValid()) {
        return StorageResult<PartnerListPage>::failure(workspace.failure(names, readFailure()));
    }
    const auto first = all.begin() + qMin<qsizetype>(limit, qsizetype(all.size()));
    std::partial_sort(all.begin(), first, all.end(),
                      [](const Name &a, const Name &b) { return namesBefore(a.name, a.id, b.name, b.id); });
    QStringList placeholders;
    for (auto it = all.begin(); it != first; ++it) {
        placeholders << QStringLiteral("?");
    }
    QSqlQuery query =
        workspace.prepare(listingSql(QStringLiteral("WHERE p.id IN (%1)").arg(placeholders.join(QLatin1Char(',')))));
    query.setForwardOnly(true);
    for (auto it = all.begin(); it != first; ++it) {
        query.addBindValue(it->id);
    }
    auto rows = readRows(workspace, query, limit);
    if (!rows.ok()) {
        return StorageResult<PartnerListPage>::failure(rows.status);
    }
    return StorageResult<PartnerListPage>::of(PartnerListPage{std::move(*rows.value), false});
}

int PartnerListing::compareNames(const QString &a, const QString &b)
{
    static const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(a, b);
}

bool PartnerListing::namesBefore(const QString &a, qint64 aId, const QString &b, qint64 bId)
{
    if (const int order = compareNames(a, b)) {
        return order < 0;
    }
    if (const int order = a.compare(b)) {
        return order < 0;
    }
    return aId < bId;
}

} // namespace pf::core

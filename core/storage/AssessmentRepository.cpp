// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentRepository.h"

#include "core/storage/FrameworkRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProfileTables.h"
#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceFiles.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace pf::core {

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString side(bool home)
{
    return home ? QStringLiteral("home") : QStringLiteral("partner");
}

StorageStatus validateRating(const Rating &rating)
{
    if (rating.assessor.trimmed().isEmpty() || rating.criterion.isEmpty()) {
        return StorageStatus::failure(StorageError::Invalid,
                                      QCoreApplication::translate("pf::core::AssessmentRepository",
                                                                  "A rating needs a criterion and an assessor."));
    }
    if (rating.state == RatingState::Rated && (rating.value < 1 || rating.value > 5)) {
        return StorageStatus::failure(StorageError::Invalid,
                                      QCoreApplication::translate("pf::core::AssessmentRepository",
                                                                  "The rating of %1 by %2 must be 1 to 5, not %3.")
                                          .arg(rating.criterion, rating.assessor)
                                          .arg(rating.value));
    }
    return StorageStatus::success();
}

QVariant ratingValue(const Rating &rating)
{
    return rating.state == RatingState::Rated ? QVariant(rating.value) : QVariant(QMetaType::fromType<int>());
}

/// Runs @p query, bound with @p values in order; on failure returns the workspace's message for @p what.
StorageStatus run(const Workspace &workspace, QSqlQuery &query, const QVariantList &values, const QString &what)
{
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    return query.exec() ? StorageStatus::success() : workspace.failure(query, what);
}

/// A statement prepared the first time it runs: a save that changes one row prepares only what it needs.
class LazyStatement
{
public:
    LazyStatement(const Workspace &workspace, QString sql) : m_workspace(workspace), m_sql(std::move(sql)) {}
    QSqlQuery &query()
    {
        if (!m_query) {
            m_query = m_workspace.prepare(m_sql);
        }
        return *m_query;
    }

private:
    const Workspace &m_workspace;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};

StorageStatus run(const Workspace &workspace, LazyStatement &statement, const QVariantList &values, const QString &what)
{
    return run(workspace, statement.query(), values, what);
}

} // namespace

AssessmentRepository::AssessmentRepository(Workspace &workspace) : m_workspace(workspace)
{}

StorageStatus AssessmentRepository::writeRatings(qint64 id, const QList<Rating> &ratings)
{
    PersonRepository people(m_workspace);
    QHash<QString, qint64> personIds;
    QSqlQuery remove = m_workspace.prepare(
        QStringLiteral("DELETE FROM rating WHERE assessment_id = ? AND criterion = ? AND person_id = ?"));
    QSqlQuery insert = m_workspace.prepare(QStringLiteral(
        "INSERT INTO rating (assessment_id, criterion, person_id, state, value, note) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Rating &rating : ratings) {
        const StorageStatus valid = validateRating(rating);
        if (!valid.ok()) {
            return valid;
        }
        auto personId = personIds.contains(rating.assessor)
                            ? StorageResult<qint64>::of(personIds.value(rating.assessor))
                            : people.ensure(rating.assessor);
        if (!personId.ok()) {
            return personId.status;
        }
        personIds.insert(rating.assessor, *personId.value);
        remove.addBindValue(id);
        remove.addBindValue(rating.criterion);
        remove.addBindValue(*personId.value);
        if (!remove.exec()) {
            return m_workspace.failure(remove,
                                       QCoreApplication::translate("pf::core::AssessmentRepository", "save a rating"));
        }
        insert.addBindValue(id);
        insert.addBindValue(rating.criterion);
        insert.addBindValue(*personId.value);
        insert.addBindValue(StorageCodec::ratingStateKey(rating.state));
        insert.addBindValue(rating.state == RatingState::Rated ? QVariant(rating.value)
                                                               : QVariant(QMetaType::fromType<int>()));
        insert.addBindValue(StorageCodec::text(rating.note));
        if (!insert.exec()) {
            return m_workspace.failure(insert,
                                       QCoreApplication::translate("pf::core::AssessmentRepository", "save a rating"));
        }
    }
    return StorageStatus::success();
}

StorageStatus AssessmentRepository::writeInputs(qint64 id, const AssessmentRecord &record)
{
    const QString what = QCoreApplication::translate("pf::core::AssessmentRepository", "save the assessment");
    const QString cultureSql =
        QStringLiteral("INSERT INTO assessment_culture (assessment_id, side, axis, value) VALUES (?, ?, ?, ?)");
    const QString roadmapSql = QStringLiteral("INSERT INTO assessment_roadmap_item (assessment_id, side, position, "
                                              "theme, year_from, year_to, commitment, stance) VALUES (?, ?, ?, ?, ?, "
                                              "?, ?, ?)");
    StorageStatus status = ProfileTables::writeCulture(m_workspace, cultureSql, {id, side(true)}, record.homeCulture);
    if (status.ok()) {
        status = ProfileTables::writeCulture(m_workspace, cultureSql, {id, side(false)}, record.partnerCulture);
    }
    if (status.ok()) {
        status = ProfileTables::writeRoadmap(m_workspace, roadmapSql, {id, side(true)}, record.homeRoadmap);
    }
    if (status.ok()) {
        status = ProfileTables::writeRoadmap(m_workspace, roadmapSql, {id, side(false)}, record.partnerRoadmap);
    }
    if (status.ok()) {
        status = writeRatings(id, record.ratings);
    }
    for (const Consensus &consensus : record.consensus) {
        if (!status.ok()) {
            break;
        }
        status = ProfileTables::exec(
            m_workspace,
            QStringLiteral("INSERT INTO consensus (assessment_id, criterion, value, rationale) VALUES (?, ?, ?, ?)"),
            {id, consensus.criterion, consensus.value, StorageCodec::text(consensus.rationale)}, what);
    }
    return status;
}

StorageStatus AssessmentRepository::syncInputs(const AssessmentRecord &record)
{
    // Inside updateDraft's transaction, after its revision check: what is stored is what the caller last saw, so
    // comparing with it finds the edit. Deletions run first so that a row can be replaced under the same key.
    const qint64 id = record.id;
    const QString what = QCoreApplication::translate("pf::core::AssessmentRepository", "save the assessment");
    for (const Rating &rating : record.ratings) {
        const StorageStatus valid = validateRating(rating);
        if (!valid.ok()) {
            return valid;
        }
    }

    for (const bool home : {true, false}) {
        const CultureProfile &culture = home ? record.homeCulture : record.partnerCulture;
        QSqlQuery read = m_workspace.prepare(
            QStringLiteral("SELECT axis, value FROM assessment_culture WHERE assessment_id = ? AND side = ?"));
        StorageStatus status = run(m_workspace, read, {id, side(home)}, what);
        if (!status.ok()) {
            return status;
        }
        QMap<QString, QVariant> stored;
        while (read.next()) {
            stored.insert(read.value(0).toString(), read.value(1));
        }
        LazyStatement remove(
            m_workspace,
            QStringLiteral("DELETE FROM assessment_culture WHERE assessment_id = ? AND side = ? AND axis = ?"));
        for (auto it = stored.cbegin(); status.ok() && it != stored.cend(); ++it) {
            if (!culture.values.contains(it.key())) {
                status = run(m_workspace, remove, {id, side(home), it.key()}, what);
            }
        }
        LazyStatement update(
            m_workspace,
            QStringLiteral(
                "UPDATE assessment_culture SET value = ? WHERE assessment_id = ? AND side = ? AND axis = ?"));
        LazyStatement insert(
            m_workspace,
            QStringLiteral("INSERT INTO assessment_culture (assessment_id, side, axis, value) VALUES (?, ?, ?, ?)"));
        for (auto it = culture.values.cbegin(); status.ok() && it != culture.values.cend(); ++it) {
            const QVariant value = ProfileTables::optionalValue(it.value());
            const auto found = stored.constFind(it.key());
            if (found == stored.cend()) {
                status = run(m_workspace, insert, {id, side(home), it.key(), value}, what);
            } else if (found->isNull() != value.isNull() || (!value.isNull() && found->toDouble() != *it.value())) {
                status = run(m_workspace, update, {value, id, side(home), it.key()}, what);
            }
        }
        if (!status.ok()) {
            return status;
        }

        const QList<RoadmapItem> &roadmap = home ? record.homeRoadmap : record.partnerRoadmap;
        QSqlQuery items = m_workspace.prepare(
            QStringLiteral("SELECT theme, year_from, year_to, commitment, stance FROM assessment_roadmap_item "
                           "WHERE assessment_id = ? AND side = ? ORDER BY position"));
        items.addBindValue(id);
        items.addBindValue(side(home));
        const QList<RoadmapItem> storedItems = ProfileTables::readRoadmap(items);
        if (items.lastError().isValid()) {
            return m_workspace.failure(items, what);
        }
        if (storedItems.size() > roadmap.size()) {
            LazyStatement trim(
                m_workspace,
                QStringLiteral(
                    "DELETE FROM assessment_roadmap_item WHERE assessment_id = ? AND side = ? AND position >= ?"));
            status = run(m_workspace, trim, {id, side(home), roadmap.size()}, what);
        }
        LazyStatement change(
            m_workspace,
            QStringLiteral("UPDATE assessment_roadmap_item SET theme = ?, year_from = ?, year_to = ?, commitment = ?, "
                           "stance = ? WHERE assessment_id = ? AND side = ? AND position = ?"));
        LazyStatement add(
            m_workspace,
            QStringLiteral("INSERT INTO assessment_roadmap_item (theme, year_from, year_to, commitment, stance, "
                           "assessment_id, side, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int position = 0; status.ok() && position < roadmap.size(); ++position) {
            const RoadmapItem &item = roadmap.at(position);
            if (position < storedItems.size() && storedItems.at(position) == item) {
                continue;
            }
            status = run(m_workspace, position < storedItems.size() ? change : add,
                         {item.theme, item.from, item.to, StorageCodec::commitmentKey(item.commitment),
                          StorageCodec::stanceKey(item.stance), id, side(home), position},
                         what);
        }
        if (!status.ok()) {
            return status;
        }
    }

    // Ratings, keyed by criterion and assessor (the last of duplicates wins, as when they were written in turn).
    struct StoredRating
    {
        qint64 personId;
        QString state;
        QVariant value;
        QString note;
    };
    QSqlQuery readRatings = m_workspace.prepare(
        QStringLiteral("SELECT r.criterion, p.name, r.person_id, r.state, r.value, r.note FROM rating r "
                       "JOIN person p ON p.id = r.person_id WHERE r.assessment_id = ?"));
    StorageStatus status = run(m_workspace, readRatings, {id}, what);
    if (!status.ok()) {
        return status;
    }
    QHash<QPair<QString, QString>, StoredRating> storedRatings;
    while (readRatings.next()) {
        storedRatings.insert({readRatings.value(0).toString(), readRatings.value(1).toString()},
                             StoredRating{readRatings.value(2).toLongLong(), readRatings.value(3).toString(),
                                          readRatings.value(4), readRatings.value(5).toString()});
    }
    QHash<QPair<QString, QString>, Rating> wanted;
    for (const Rating &rating : record.ratings) {
        wanted.insert({rating.criterion, rating.assessor.trimmed()}, rating);
    }
    LazyStatement removeRating(
        m_workspace, QStringLiteral("DELETE FROM rating WHERE assessment_id = ? AND criterion = ? AND person_id = ?"));
    for (auto it = storedRatings.cbegin(); status.ok() && it != storedRatings.cend(); ++it) {
        if (!wanted.contains(it.key())) {
            status = run(m_workspace, removeRating, {id, it.key().first, it->personId}, what);
        }
    }
    LazyStatement updateRating(
        m_workspace, QStringLiteral("UPDATE rating SET state = ?, value = ?, note = ? WHERE assessment_id = ? "
                                    "AND criterion = ? AND person_id = ?"));
    QList<Rating> added;
    for (auto it = wanted.cbegin(); status.ok() && it != wanted.cend(); ++it) {
        const auto found = storedRatings.constFind(it.key());
        if (found == storedRatings.cend()) {
            added << *it;
            continue;
        }
        const QString state = StorageCodec::ratingStateKey(it->state);
        const QVariant value = ratingValue(*it);
        const QString note = StorageCodec::text(it->note);
        const bool same = found->state == state && found->note == note && found->value.isNull() == value.isNull() &&
                          (value.isNull() || found->value.toInt() == value.toInt());
        if (!same) {
            status = run(m_workspace, updateRating, {state, value, note, id, it.key().first, found->personId}, what);
        }
    }
    if (status.ok() && !added.isEmpty()) {
        status = writeRatings(id, added);
    }
    if (!status.ok()) {
        return status;
    }

    // Consensus, keyed by criterion.
    QSqlQuery readConsensus = m_workspace.prepare(
        QStringLiteral("SELECT criterion, value, rationale FROM consensus WHERE assessment_id = ?"));
    status = run(m_workspace, readConsensus, {id}, what);
    QHash<QString, Consensus> storedConsensus;
    while (status.ok() && readConsensus.next()) {
        storedConsensus.insert(readConsensus.value(0).toString(),
                               Consensus{readConsensus.value(0).toString(), readConsensus.value(1).toDouble(),
                                         readConsensus.value(2).toString()});
    }
    QHash<QString, Consensus> wantedConsensus;
    for (const Consensus &consensus : record.consensus) {
        wantedConsensus.insert(consensus.criterion, consensus);
    }
    LazyStatement removeConsensus(m_workspace,
                                  QStringLiteral("DELETE FROM consensus WHERE assessment_id = ? AND criterion = ?"));
    for (auto it = storedConsensus.cbegin(); status.ok() && it != storedConsensus.cend(); ++it) {
        if (!wantedConsensus.contains(it.key())) {
            status = run(m_workspace, removeConsensus, {id, it.key()}, what);
        }
    }
    LazyStatement updateConsensus(
        m_workspace,
        QStringLiteral("UPDATE consensus SET value = ?, rationale = ? WHERE assessment_id = ? AND criterion = ?"));
    LazyStatement insertConsensus(
        m_workspace,
        QStringLiteral("INSERT INTO consensus (value, rationale, assessment_id, criterion) VALUES (?, ?, ?, ?)"));
    for (auto it = wantedConsensus.cbegin(); status.ok() && it != wantedConsensus.cend(); ++it) {
        const auto found = storedConsensus.constFind(it.key());
        const QString rationale = StorageCodec::text(it->rationale);
        if (found != storedConsensus.cend() && found->value == it->value && found->rationale == rationale) {
            continue;
        }
        status = run(m_workspace, found == storedConsensus.cend() ? insertConsensus : updateConsensus,
                     {it->value, rationale, id, it.key()}, what);
    }
    return status;
}

StorageResult<qint64> AssessmentRepository::createDraft(const AssessmentRecord &record)
{
    if (!record.asOf.isValid()) {
        return StorageResult<qint64>::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::AssessmentRepository", "An assessment needs a date."));
    }
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<qint64>::failure(transaction.status());
    }
    QSqlQuery query = m_workspace.prepare(QStringLiteral(
        "INSERT INTO assessment (series_id, version, previous_id, partner_id, framework_id, kind, status, is_current, "
        "as_of, aggregation, title, created_at, created_by, finalised_at, revision, next_due) "
        "VALUES (0, 1, NULL, ?, ?, ?, 'draft', 1, ?, ?, ?, ?, ?, NULL, 1, ?)"));
    query.addBindValue(record.partnerId);
    query.addBindValue(record.frameworkId);
    query.addBindValue(StorageCodec::kindKey(record.kind));
    query.addBindValue(record.asOf.toString(Qt::ISODate));
    query.addBindValue(StorageCodec::aggregationKey(record.aggregation));
    query.addBindValue(StorageCodec::text(record.title));
    query.addBindValue(record.createdAt.isEmpty() ? WorkspaceFiles::nowUtc() : record.createdAt);
    query.addBindValue(record.createdBy.isEmpty() ? m_workspace.actor() : record.createdBy);
    query.addBindValue(dateValue(record.nextDue));
    if (!query.exec()) {
        return StorageResult<qint64>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::AssessmentRepository", "create the assessment")));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    StorageStatus status =
        ProfileTables::exec(m_workspace, QStringLiteral("UPDATE assessment SET series_id = ? WHERE id = ?"), {id, id},
                            QCoreApplication::translate("pf::core::AssessmentRepository", "create the assessment"));
    if (status.ok()) {
        status = writeInputs(id, record);
    }
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("create"), QStringLiteral("assessment"), id, record.title);
    }
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<qint64>::of(id) : StorageResult<qint64>::failure(status);
}

StorageResult<qint64> AssessmentRepository::insertVersion(const AssessmentRecord &record,
                                                          const std::optional<StoredScore> &score)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<qint64>::failure(transaction.status());
    }
    QSqlQuery query = m_workspace.prepare(QStringLiteral(
        "INSERT INTO assessment (series_id, version, previous_id, partner_id, framework_id, kind, status, is_current, "
        "as_of, aggregation, title, created_at, created_by, finalised_at, revision, next_due) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.seriesId);
    query.addBindValue(record.version);
    query.addBindValue(record.previousId > 0 ? QVariant(record.previousId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(record.partnerId);
    query.addBindValue(record.frameworkId);
    query.addBindValue(StorageCodec::kindKey(record.kind));
    query.addBindValue(StorageCodec::statusKey(record.status));
    query.addBindValue(record.current ? 1 : 0);
    query.addBindValue(record.asOf.toString(Qt::ISODate));
    query.addBindValue(StorageCodec::aggregationKey(record.aggregation));
    query.addBindValue(StorageCodec::text(record.title));
    query.addBindValue(StorageCodec::text(record.createdAt));
    query.addBindValue(StorageCodec::text(record.createdBy));
    query.addBindValue(record.finalisedAt.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(record.finalisedAt));
    query.addBindValue(std::max(1, record.revision));
    query.addBindValue(dateValue(record.nextDue));
    if (!query.exec()) {
        return StorageResult<qint64>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::AssessmentRepository", "import an assessment")));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    StorageStatus status = StorageStatus::success();
    if (record.seriesId <= 0) {
        status = ProfileTables::exec(
            m_workspace, QStringLiteral("UPDATE assessment SET series_id = ? WHERE id = ?"), {id, id},
            QCoreApplication::translate("pf::core::AssessmentRepository", "import an assessment"));
    }
    if (status.ok()) {
        status = writeInputs(id, record);
    }
    if (status.ok() && score) {
        status = ProfileTables::exec(
            m_workspace,
            QStringLiteral("INSERT INTO score_cache (assessment_id, overall, band, confidence, coverage, computed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {id, ProfileTables::optionalValue(score->overall), StorageCodec::text(score->band),
             StorageCodec::text(score->confidence), score->coverage, StorageCodec::text(score->computedAt)},
            QCoreApplication::translate("pf::core::AssessmentRepository", "store the score"));
    }
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<qint64>::of(id) : StorageResult<qint64>::failure(status);
}

StorageResult<QList<qint64>> AssessmentRepository::ids() const
{
    QSqlQuery query = m_workspace.prepare(QStringLiteral("SELECT id FROM assessment ORDER BY id"));
    if (!query.exec()) {
        return StorageResult<QList<qint64>>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::AssessmentRepository", "list the assessments")));
    }
    QList<qint64> ids;
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return StorageResult<QList<qint64>>::of(ids);
}

StorageResult<AssessmentRecord> AssessmentRepository::get(qint64 id) const
{
    QSqlQuery query = m_workspace.prepare(QStringLiteral(
        "SELECT id, series_id, version, previous_id, partner_id, framework_id, kind, status, is_current, as_of, "
        "next_due, aggregation, title, created_at, created_by, finalised_at, revision FROM assessment WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return StorageResult<AssessmentRecord>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::AssessmentRepository", "read the assessment")));
    }
    if (!query.next()) {
        return StorageResult<AssessmentRecord>::failure(
            StorageError::NotFound,
            QCoreApplication::translate("pf::core::AssessmentRepository",
                                        "The assessment does not exist; it may have been deleted."));
    }
    AssessmentRecord r;
    r.id = query.value(0).toLongLong();
    r.seriesId = query.value(1).toLongLong();
    r.version = query.value(2).toInt();
    r.previousId = query.value(3).toLongLong();
    r.partnerId = query.value(4).toLongLong();
    r.frameworkId = query.value(5).toLongLong();
    r.kind = StorageCodec::kind(query.value(6).toString()).value_or(AssessmentKind::Selection);
    r.status = StorageCodec::status(query.value(7).toString()).value_or(AssessmentStatus::Draft);
    r.current = query.value(8).toInt() != 0;
    r.asOf = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    r.nextDue = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    r.aggregation = StorageCodec::aggregation(query.value(11).toString()).value_or(Aggregation::Median);
    r.title = query.value(12).toString();
    r.createdAt = query.value(13).toString();
    r.createdBy = query.value(14).toString();
    r.finalisedAt = query.value(15).toString();
    r.revision = query.value(16).toInt();
    query.finish();

    for (const bool home : {true, false}) {
        QSqlQuery culture = m_workspace.prepare(
            QStringLiteral("SELECT axis, value FROM assessment_culture WHERE assessment_id = ? AND side = ?"));
        culture.addBindValue(id);
        culture.addBindValue(side(home));
        (home ? r.homeCulture : r.partnerCulture) = ProfileTables::readCulture(culture);
        QSqlQuery roadmap = m_workspace.prepare(
            QStringLiteral("SELECT theme, year_from, year_to, commitment, stance FROM assessment_roadmap_item "
                           "WHERE assessment_id = ? AND side = ? ORDER BY position"));
        roadmap.addBindValue(id);
        roadmap.addBindValue(side(home));
        (home ? r.homeRoadmap : r.partnerRoadmap) = ProfileTables::readRoadmap(roadmap);
    }
    QSqlQuery ratings = m_workspace.prepare(
        QStringLiteral("SELECT r.criterion, p.name, r.state, r.value, r.note FROM rating r JOIN person p ON "
                       "p.id = r.person_id WHERE r.assessment_id = ? ORDER BY r.criterion, p.name"));
    ratings.addBindValue(id);
    if (!ratings.exec()) {
        return StorageResult<AssessmentRecord>::failure(m_workspace.failure(
            ratings, QCoreApplication::translate("pf::core::AssessmentRepository", "read the ratings")));
    }
    while (ratings.next()) {
        Rating rating;
        rating.criterion = ratings.value(0).toString();
        rating.assessor = ratings.value(1).toString();
        rating.state = StorageCodec::ratingState(ratings.value(2).toString()).value_or(RatingState::NotAssessed);
        rating.value = rating.state == RatingState::Rated ? ratings.value(3).toInt() : 0;
        rating.note = ratings.value(4).toString();
        r.ratings << rating;
    }
    QSqlQuery consensus = m_workspace.prepare(
        QStringLiteral("SELECT criterion, value, rationale FROM consensus WHERE assessment_id = ? ORDER BY criterion"));
    consensus.addBindValue(id);
    if (!consensus.exec()) {
        return StorageResult<AssessmentRecord>::failure(m_workspace.failure(
            consensus, QCoreApplication::translate("pf::core::AssessmentRepository", "read the consensus")));
    }
    while (consensus.next()) {
        r.consensus << Consensus{consensus.value(0).toString(), consensus.value(1).toDouble(),
                                 consensus.value(2).toString()};
    }
    return StorageResult<AssessmentRecord>::of(r);
}

StorageStatus AssessmentRepository::bumpDraft(qint64 id, int expectedRevision)
{
    QSqlQuery query = m_workspace.prepare(QStringLiteral(
        "UPDATE assessment SET revision = revision + 1 WHERE id = ? AND revision = ? AND status = 'draft'"));
    query.addBindValue(id);
    query.addBindValue(expectedRevision);
    if (!query.exec()) {
        return m_workspace.failure(
            query, QCoreApplication::translate("pf::core::AssessmentRepository", "save the assessment"));
    }
    if (query.numRowsAffected() == 1) {
        return StorageStatus::success();
    }
    QSqlQuery status = m_workspace.prepare(QStringLiteral("SELECT status FROM assessment WHERE id = ?"));
    status.addBindValue(id);
    if (status.exec() && status.next() && status.value(0).toString() == QLatin1String("finalised")) {
        return StorageStatus::failure(
            StorageError::Immutable,
            QCoreApplication::translate("pf::core::AssessmentRepository",
                                        "This assessment is finalised and cannot change. Make a new version of it to "
                                        "record changes."));
    }
    return StorageStatus::failure(
        StorageError::ChangedElsewhere,
        QCoreApplication::translate("pf::core::AssessmentRepository",
                                    "The assessment was changed elsewhere (in another window or by a colleague) since "
                                    "you opened it. Reload it to see the other changes, then make yours again."));
}

StorageResult<int> AssessmentRepository::updateDraft(const AssessmentRecord &record)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<int>::failure(transaction.status());
    }
    StorageStatus status = bumpDraft(record.id, record.revision);
    if (status.ok()) {
        // Only when a field differs, like every row below: a save writes what changed.
        const QVariantList fields{record.frameworkId,
                                  StorageCodec::kindKey(record.kind),
                                  record.asOf.toString(Qt::ISODate),
                                  dateValue(record.nextDue),
                                  StorageCodec::aggregationKey(record.aggregation),
                                  StorageCodec::text(record.title)};
        status = ProfileTables::exec(
            m_workspace,
            QStringLiteral("UPDATE assessment SET framework_id = ?, kind = ?, as_of = ?, next_due = ?, "
                           "aggregation = ?, title = ? WHERE NOT (framework_id IS ? AND kind IS ? AND as_of IS ? "
                           "AND next_due IS ? AND aggregation IS ? AND title IS ?) AND id = ?"),
            fields + fields + QVariantList{record.id},
            QCoreApplication::translate("pf::core::AssessmentRepository", "save the assessment"));
    }
    if (status.ok()) {
        status = syncInputs(record);
    }
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("update"), QStringLiteral("assessment"), record.id, record.title);
    }
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<int>::of(record.revision + 1) : StorageResult<int>::failure(status);
}

StorageResult<int> AssessmentRepository::setRatings(qint64 id, int expectedRevision, const QList<Rating> &ratings)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<int>::failure(transaction.status());
    }
    StorageStatus status = bumpDraft(id, expectedRevision);
    if (status.ok()) {
        status = writeRatings(id, ratings);
    }
    if (status.ok()) {
        QStringList keys;
        for (const Rating &rating : ratings) {
            keys << QStringLiteral("%1/%2").arg(rating.criterion, rating.assessor);
        }
        status = m_workspace.audit(QStringLiteral("rate"), QStringLiteral("assessment"), id,
                                   keys.join(QStringLiteral(", ")));
    }
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<int>::of(expectedRevision + 1) : StorageResult<int>::failure(status);
}

StorageResult<int> AssessmentRepository::setConsensus(qint64 id, int expectedRevision,
                                                      const QList<Consensus> &consensus)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<int>::failure(transaction.status());
    }
    StorageStatus status = bumpDraft(id, expectedRevision);
    QStringList keys;
    for (const Consensus &c : consensus) {
        if (!status.ok()) {
            break;
        }
        if (c.value < 1.0 || c.value > 5.0) {
            status = StorageStatus::failure(
                StorageError::Invalid, QCoreApplication::translate("pf::core::AssessmentRepository",
                                                                   "A consensus value must be between 1 and 5 (%1).")
                                           .arg(c.criterion));
            break;
        }
        status = ProfileTables::exec(
            m_workspace, QStringLiteral("DELETE FROM consensus WHERE assessment_id = ? AND criterion = ?"),
            {id, c.criterion}, QCoreApplication::translate("pf::core::AssessmentRepository", "save the consensus"));
        if (status.ok()) {
            status = ProfileTables::exec(
                m_workspace,
                QStringLiteral("INSERT INTO consensus (assessment_id, criterion, value, "
                               "rationale) VALUES (?, ?, ?, ?)"),
                {id, c.criterion, c.value, StorageCodec::text(c.rationale)},
                QCoreApplication::translate("pf::core::AssessmentRepository", "save the consensus"));
        }
        keys << c.criterion;
    }
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("consensus"), QStringLiteral("assessment"), id,
                                   keys.join(QStringLiteral(", ")));
    }
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<int>::of(expectedRevision + 1) : StorageResult<int>::failure(status);
}

StorageResult<int> AssessmentRepository::finalise(qint64 id, int expectedRevision, const StoredScore &score)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<int>::failure(transaction.status());
    }
    StorageStatus status = bumpDraft(id, expectedRevision);
    const QString now = WorkspaceFiles::nowUtc();
    if (status.ok()) {
        status = ProfileTables::exec(
            m_workspace,
            QStringLiteral("UPDATE assessment SET status = 'finalised', finalised_at = ? "
                           "WHERE id = ?"),
            {now, id}, QCoreApplication::translate("pf::core::AssessmentRepository", "finalise the assessment"));
    }
    if (status.ok()) {
        status = ProfileTables::exec(
            m_workspace,
            QStringLiteral("INSERT INTO score_cache (assessment_id, overall, band, confidence, coverage, computed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {id, ProfileTables::optionalValue(score.overall), score.band, score.confidence, score.coverage,
             score.computedAt.isEmpty() ? now : score.computedAt},
            QCoreApplication::translate("pf::core::AssessmentRepository", "store the score"));
    }
    if (status.ok()) {
        status = ProfileTables::exec(
            m_workspace,
            QStringLiteral(
                "UPDATE framework SET frozen = 1 WHERE id = (SELECT framework_id FROM assessment WHERE id = ?)"),
            {id}, QCoreApplication::translate("pf::core::AssessmentRepository", "freeze the framework"));
    }
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("finalise"), QStringLiteral("assessment"), id,
                                   score.overall ? QString::number(*score.overall, 'g', 17) : QString());
    }
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<int>::of(expectedRevision + 1) : StorageResult<int>::failure(status);
}

StorageResult<qint64> AssessmentRepository::revise(qint64 id)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<qint64>::failure(transaction.status());
    }
    auto old = get(id);
    if (!old.ok()) {
        return StorageResult<qint64>::failure(old.status);
    }
    if (!old.value->isFinalised() || !old.value->current) {
        return StorageResult<qint64>::failure(
            StorageError::ChangedElsewhere,
            QCoreApplication::translate(
                "pf::core::AssessmentRepository",
                "Only the current finalised version can be revised; this one was revised or changed elsewhere. Reload "
                "the assessment."));
    }
    // Order matters: the partial unique index allows one current version per series.
    StorageStatus status = ProfileTables::exec(
        m_workspace, QStringLiteral("UPDATE assessment SET is_current = 0 WHERE id = ? AND is_current = 1"), {id},
        QCoreApplication::translate("pf::core::AssessmentRepository", "revise the assessment"));
    QSqlQuery insert = m_workspace.prepare(QStringLiteral(
        "INSERT INTO assessment (series_id, version, previous_id, partner_id, framework_id, kind, status, is_current, "
        "as_of, aggregation, title, created_at, created_by, finalised_at, revision, next_due) "
        "SELECT series_id, version + 1, id, partner_id, framework_id, kind, 'draft', 1, as_of, aggregation, title, ?, "
        "?, NULL, 1, next_due FROM assessment WHERE id = ?"));
    insert.addBindValue(WorkspaceFiles::nowUtc());
    insert.addBindValue(m_workspace.actor());
    insert.addBindValue(id);
    if (status.ok() && !insert.exec()) {
        status = m_workspace.failure(
            insert, QCoreApplication::translate("pf::core::AssessmentRepository", "revise the assessment"));
    }
    const qint64 newId = status.ok() ? insert.lastInsertId().toLongLong() : 0;
    if (status.ok()) {
        status = writeInputs(newId, *old.value);
    }
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("revise"), QStringLiteral("assessment"), newId,
                                   QStringLiteral("version %1 from %2").arg(old.value->version + 1).arg(id));
    }
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<qint64>::of(newId) : StorageResult<qint64>::failure(status);
}

StorageStatus AssessmentRepository::setNextDue(qint64 id, const QDate &nextDue)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    StorageStatus status = ProfileTables::exec(
        m_workspace, QStringLiteral("UPDATE assessment SET next_due = ? WHERE id = ?"), {dateValue(nextDue), id},
        QCoreApplication::translate("pf::core::AssessmentRepository", "set the next due date"));
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("set_next_due"), QStringLiteral("assessment"), id,
                                   nextDue.toString(Qt::ISODate));
    }
    return status.ok() ? transaction.commit() : status;
}

StorageStatus AssessmentRepository::removeDraft(qint64 id, int expectedRevision)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    QSqlQuery query = m_workspace.prepare(
        QStringLiteral("DELETE FROM assessment WHERE id = ? AND revision = ? AND status = 'draft' AND version = 1"));
    query.addBindValue(id);
    query.addBindValue(expectedRevision);
    if (!query.exec()) {
        return m_workspace.failure(query,
                                   QCoreApplication::translate("pf::core::AssessmentRepository", "delete the draft"));
    }
    if (query.numRowsAffected() != 1) {
        return StorageStatus::failure(
            StorageError::ChangedElsewhere,
            QCoreApplication::translate("pf::core::AssessmentRepository",
                                        "The draft was changed, finalised or deleted elsewhere. Reload it."));
    }
    StorageStatus status = m_workspace.audit(QStringLiteral("delete"), QStringLiteral("assessment"), id);
    return status.ok() ? transaction.commit() : status;
}

StorageResult<QList<AssessmentSummary>> AssessmentRepository::summaries(const QString &where,
                                                                        const QVariantList &values) const
{
    QSqlQuery query = m_workspace.prepare(
        QStringLiteral("SELECT a.id, a.series_id, a.version, a.partner_id, p.name, f.framework_key, f.version, a.kind, "
                       "a.status, a.as_of, a.next_due, a.title, s.overall, s.band, s.confidence, s.coverage, "
                       "s.computed_at, s.assessment_id FROM assessment a JOIN partner p ON p.id = a.partner_id "
                       "JOIN framework f ON f.id = a.framework_id LEFT JOIN score_cache s ON s.assessment_id = a.id %1")
            .arg(where));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    query.setForwardOnly(true);
    if (!query.exec()) {
        return StorageResult<QList<AssessmentSummary>>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::AssessmentRepository", "list the assessments")));
    }
    QList<AssessmentSummary> list;
    while (query.next()) {
        AssessmentSummary s;
        s.id = query.value(0).toLongLong();
        s.seriesId = query.value(1).toLongLong();
        s.version = query.value(2).toInt();
        s.partnerId = query.value(3).toLongLong();
        s.partnerName = query.value(4).toString();
        s.frameworkKey = query.value(5).toString();
        s.frameworkVersion = query.value(6).toInt();
        s.kind = StorageCodec::kind(query.value(7).toString()).value_or(AssessmentKind::Selection);
        s.status = StorageCodec::status(query.value(8).toString()).value_or(AssessmentStatus::Draft);
        s.asOf = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        s.nextDue = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        s.title = query.value(11).toString();
        if (!query.value(17).isNull()) {
            StoredScore score;
            const QVariant overall = query.value(12);
            score.overall = overall.isNull() ? std::nullopt : std::optional<double>(overall.toDouble());
            score.band = query.value(13).toString();
            score.confidence = query.value(14).toString();
            score.coverage = query.value(15).toDouble();
            score.computedAt = query.value(16).toString();
            s.score = score;
        }
        list << s;
    }
    return StorageResult<QList<AssessmentSummary>>::of(list);
}

StorageResult<QList<AssessmentSummary>> AssessmentRepository::listCurrent(qint64 partnerId) const
{
    if (partnerId > 0) {
        return summaries(QStringLiteral("WHERE a.is_current = 1 AND a.partner_id = ? ORDER BY a.as_of DESC, a.id DESC"),
                         {partnerId});
    }
    return summaries(QStringLiteral("WHERE a.is_current = 1 ORDER BY p.name, a.as_of DESC, a.id DESC"), {});
}

StorageResult<QList<AssessmentSummary>> AssessmentRepository::history(qint64 seriesId) const
{
    return summaries(QStringLiteral("WHERE a.series_id = ? ORDER BY a.version"), {seriesId});
}

std::optional<StoredScore> AssessmentRepository::score(qint64 id) const
{
    QSqlQuery query = m_workspace.prepare(QStringLiteral(
        "SELECT overall, band, confidence, coverage, computed_at FROM score_cache WHERE assessment_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    StoredScore score;
    score.overall = query.value(0).isNull() ? std::nullopt : std::optional<double>(query.value(0).toDouble());
    score.band = query.value(1).toString();
    score.confidence = query.value(2).toString();
    score.coverage = query.value(3).toDouble();
    score.computedAt = query.value(4).toString();
    return score;
}

} // namespace pf::core

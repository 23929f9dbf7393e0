// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceJson.h"

#include "core/storage/AssessmentRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/HomeProfileRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pf::core::io {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject cultureJson(const CultureProfile &culture)
{
    QJsonObject object;
    for (auto it = culture.values.cbegin(); it != culture.values.cend(); ++it) {
        object.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    }
    return object;
}

CultureProfile cultureFrom(const QJsonObject &object)
{
    CultureProfile culture;
    for (auto it = object.begin(); it != object.end(); ++it) {
        culture.values.insert(it.key(),
                              it.value().isDouble() ? std::optional<double>(it.value().toDouble()) : std::nullopt);
    }
    return culture;
}

QJsonArray roadmapJson(const QList<RoadmapItem> &items)
{
    QJsonArray array;
    for (const RoadmapItem &item : items) {
        array << QJsonObject{{QStringLiteral("theme"), item.theme},
                             {QStringLiteral("from"), item.from},
                             {QStringLiteral("to"), item.to},
                             {QStringLiteral("commitment"), StorageCodec::commitmentKey(item.commitment)},
                             {QStringLiteral("stance"), StorageCodec::stanceKey(item.stance)}};
    }
    return array;
}

/// Collects the first error with its JSON path.
struct Reader
{
    QString error;

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty()) {
            error = QStringLiteral("%1: %2").arg(path, message);
        }
    }

    QList<RoadmapItem> roadmap(const QJsonValue &value, const QString &path)
    {
        QList<RoadmapItem> items;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
            RoadmapItem item;
            item.theme = o.value(QStringLiteral("theme")).toString();
            item.from = o.value(QStringLiteral("from")).toInt();
            item.to = o.value(QStringLiteral("to")).toInt();
            const auto commitment = StorageCodec::commitment(o.value(QStringLiteral("commitment")).toString());
            const auto stance = StorageCodec::stance(o.value(QStringLiteral("stance")).toString());
            if (!commitment) {
                fail(at + QStringLiteral(".commitment"),
                     QCoreApplication::translate("pf::core::io::WorkspaceJson", "unknown commitment"));
            }
            if (!stance) {
                fail(at + QStringLiteral(".stance"),
                     QCoreApplication::translate("pf::core::io::WorkspaceJson", "unknown stance"));
            }
            item.commitment = commitment.value_or(Commitment::Planned);
            item.stance = stance.value_or(Stance::Invest);
            items << item;
        }
        return items;
    }
};

} // namespace

StorageResult<QJsonObject> WorkspaceJson::exportWorkspace(Workspace &workspace)
{
    QJsonObject settings;
    const QMap<QString, QString> values = workspace.settings();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // Identity of this file, not content.
        if (it.key() != QLatin1String("created_at")) {
            settings.insert(it.key(), it.value());
        }
    }
    auto home = HomeProfileRepository(workspace).load();
    auto people = PersonRepository(workspace).list();
    auto frameworks = FrameworkRepository(workspace).list();
    auto partners = PartnerRepository(workspace).list();
    auto ids = AssessmentRepository(workspace).ids();
    auto audit = AuditLog(workspace).entries();
    for (const StorageStatus *status :
         {&home.status, &people.status, &frameworks.status, &partners.status, &ids.status, &audit.status}) {
        if (!status->ok()) {
            return StorageResult<QJsonObject>::failure(*status);
        }
    }
    QJsonArray peopleJson;
    for (const Person &p : *people.value) {
        peopleJson << QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("role"), p.role}};
    }
    QHash<qint64, QJsonObject> frameworkRefs;
    QJsonArray frameworksJson;
    for (const FrameworkRecord &f : *frameworks.value) {
        frameworkRefs.insert(f.id, QJsonObject{{QStringLiteral("key"), f.key}, {QStringLiteral("version"), f.version}});
        frameworksJson << QJsonObject{{QStringLiteral("key"), f.key},
                                      {QStringLiteral("version"), f.version},
                                      {QStringLiteral("name"), f.name},
                                      {QStringLiteral("frozen"), f.frozen},
                                      {QStringLiteral("definition"), QJsonDocument::fromJson(f.definition).object()}};
    }
    QHash<qint64, QString> partnerNames;
    QJsonArray partnersJson;
    for (const Partner &p : *partners.value) {
        partnerNames.insert(p.id, p.name);
        QJsonArray contacts;
        for (const Contact &c : p.contacts) {
            contacts << QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("role"), c.role},
                                    {QStringLiteral("email"), c.email},
                                    {QStringLiteral("phone"), c.phone}};
        }
        partnersJson << QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("website"), p.website},
                                    {QStringLiteral("type"), p.type},
                                    {QStringLiteral("industry"), p.industry},
                                    {QStringLiteral("regions"), QJsonArray::fromStringList(p.regions)},
                                    {QStringLiteral("stage"), p.stage},
                                    {QStringLiteral("owner"), p.owner},
                                    {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
                                    {QStringLiteral("notes"), p.notes},
                                    {QStringLiteral("contacts"), contacts},
                                    {QStringLiteral("culture"), cultureJson(p.culture)},
                                    {QStringLiteral("roadmap"), roadmapJson(p.roadmap)}};
    }
    // Assessment versions are numbered 1..n in id order; series and previous refer to those numbers.
    AssessmentRepository assessments(workspace);
    QHash<qint64, int> number;
    QJsonArray assessmentsJson;
    for (const qint64 id : *ids.value) {
        auto record = assessments.get(id);
        if (!record.ok()) {
            return StorageResult<QJsonObject>::failure(record.status);
        }
        const AssessmentRecord &r = *record.value;
        number.insert(id, int(number.size()) + 1);
        QJsonArray ratings;
        for (const Rating &rating : r.ratings) {
            QJsonObject o{{QStringLiteral("criterion"), rating.criterion},
                          {QStringLiteral("assessor"), rating.assessor}};
            o.insert(QStringLiteral("value"), rating.state == RatingState::Rated ? QJsonValue(rating.value)
                                              : rating.state == RatingState::NotApplicable
                                                  ? QJsonValue(QStringLiteral("n/a"))
                                                  : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("note"), rating.note);
            ratings << o;
        }
        QJsonArray consensus;
        for (const Consensus &c : r.consensus) {
            consensus << QJsonObject{{QStringLiteral("criterion"), c.criterion},
                                     {QStringLiteral("value"), c.value},
                                     {QStringLiteral("rationale"), c.rationale}};
        }
        QJsonValue score(QJsonValue::Null);
        if (const auto cached = assessments.score(id)) {
            score = QJsonObject{{QStringLiteral("overall"),
                                 cached->overall ? QJsonValue(*cached->overall) : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("band"), cached->band},
                                {QStringLiteral("confidence"), cached->confidence},
                                {QStringLiteral("coverage"), cached->coverage},
                                {QStringLiteral("computedAt"), cached->computedAt}};
        }
        assessmentsJson << QJsonObject{
            {QStringLiteral("number"), number.value(id)},
            {QStringLiteral("series"), number.value(r.seriesId)},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("previous"), r.previousId > 0 ? QJsonValue(number.value(r.previousId)) : QJsonValue()},
            {QStringLiteral("partner"), partnerNames.value(r.partnerId)},
            {QStringLiteral("framework"), frameworkRefs.value(r.frameworkId)},
            {QStringLiteral("kind"), StorageCodec::kindKey(r.kind)},
            {QStringLiteral("status"), StorageCodec::statusKey(r.status)},
            {QStringLiteral("current"), r.current},
            {QStringLiteral("asOf"), r.asOf.toString(Qt::ISODate)},
            {QStringLiteral("nextDue"), nullable(r.nextDue.toString(Qt::ISODate))},
            {QStringLiteral("aggregation"), StorageCodec::aggregationKey(r.aggregation)},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("createdAt"), r.createdAt},
            {QStringLiteral("createdBy"), r.createdBy},
            {QStringLiteral("finalisedAt"), nullable(r.finalisedAt)},
            {QStringLiteral("home"), QJsonObject{{QStringLiteral("culture"), cultureJson(r.homeCulture)},
                                                 {QStringLiteral("roadmap"), roadmapJson(r.homeRoadmap)}}},
            {QStringLiteral("partnerProfile"), QJsonObject{{QStringLiteral("culture"), cultureJson(r.partnerCulture)},
                                                           {QStringLiteral("roadmap"), roadmapJson(r.partnerRoadmap)}}},
            {QStringLiteral("ratings"), ratings},
            {QStringLiteral("consensus"), consensus},
            {QStringLiteral("score"), score}};
    }
    QJsonArray auditJson;
    for (const AuditEntry &e : *audit.value) {
        auditJson << QJsonObject{{QStringLiteral("at"), e.at},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("entity"), e.entity},
                                 {QStringLiteral("entityId"), e.entityId > 0 ? QJsonValue(e.entityId) : QJsonValue()},
                                 {QStringLiteral("detail"), e.detail}};
    }
    return StorageResult<QJsonObject>::of(
        QJsonObject{{QStringLiteral("format"), Format},
                    {QStringLiteral("version"), FormatVersion},
                    {QStringLiteral("settings"), settings},
                    {QStringLiteral("home"),
                     QJsonObject{{QStringLiteral("culture"), cultureJson(home.value->culture)},
                                 {QStringLiteral("roadmap"), roadmapJson(home.value->roadmap)},
                                 {QStringLiteral("themes"), QJsonArray::fromStringList(home.value->themes)}}},
                    {QStringLiteral("people"), peopleJson},
                    {QStringLiteral("frameworks"), frameworksJson},
                    {QStringLiteral("partners"), partnersJson},
                    {QStringLiteral("assessments"), assessmentsJson},
                    {QStringLiteral("audit"), auditJson}});
}

StorageStatus WorkspaceJson::importWorkspace(Workspace &workspace, const QJsonObject &document)
{
    auto invalid = [](const QString &message) {
        return StorageStatus::failure(StorageError::Invalid, message);
    };
    if (document.value(QStringLiteral("format")).toString() != Format) {
        return invalid(
            QCoreApplication::translate("pf::core::io::WorkspaceJson",
                                        "$.format: expected \"%1\"; this is not a PartnerFit workspace export.")
                .arg(Format));
    }
    if (document.value(QStringLiteral("version")).toInt() != FormatVersion) {
        return invalid(QCoreApplication::translate(
                           "pf::core::io::WorkspaceJson",
                           "$.version: this PartnerFit reads workspace exports of version %1; update PartnerFit to "
                           "read version %2.")
                           .arg(FormatVersion)
                           .arg(document.value(QStringLiteral("version")).toInt()));
    }
    if (!AssessmentRepository(workspace).ids().value.value_or(QList<qint64>{}).isEmpty() ||
        !PartnerRepository(workspace).list().value.value_or(QList<Partner>{}).isEmpty()) {
        return invalid(QCoreApplication::translate(
            "pf::core::io::WorkspaceJson",
            "The workspace already has partners or assessments. Import a workspace export into a new, "
            "empty workspace."));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    AuditLog audit(workspace);
    const qint64 auditBefore = audit.lastId();
    Reader reader;
    StorageStatus status;

    const QJsonObject settings = document.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end() && status.ok(); ++it) {
        status = workspace.setSetting(it.key(), it.value().toString());
    }
    const QJsonObject homeJson = document.value(QStringLiteral("home")).toObject();
    HomeProfile home;
    home.culture = cultureFrom(homeJson.value(QStringLiteral("culture")).toObject());
    home.roadmap = reader.roadmap(homeJson.value(QStringLiteral("roadmap")), QStringLiteral("$.home.roadmap"));
    for (const QJsonValue &theme : homeJson.value(QStringLiteral("themes")).toArray()) {
        home.themes << theme.toString();
    }
    if (status.ok() && reader.error.isEmpty()) {
        status = HomeProfileRepository(workspace).save(home);
    }
    const QJsonArray people = document.value(QStringLiteral("people")).toArray();
    for (qsizetype i = 0; i < people.size() && status.ok(); ++i) {
        const QJsonObject p = people.at(i).toObject();
        status = PersonRepository(workspace)
                     .add(Person{0, p.value(QStringLiteral("name")).toString(),
                                 p.value(QStringLiteral("role")).toString(), 0})
                     .status;
        if (!status.ok()) {
            status.message = QStringLiteral("$.people[%1]: %2").arg(i).arg(status.message);
        }
    }
    QHash<QString, qint64> frameworkIds;
    const QJsonArray frameworks = document.value(QStringLiteral("frameworks")).toArray();
    for (qsizetype i = 0; i < frameworks.size() && status.ok(); ++i) {
        const QJsonObject f = frameworks.at(i).toObject();
        FrameworkRecord record;
        record.key = f.value(QStringLiteral("key")).toString();
        record.version = f.value(QStringLiteral("version")).toInt();
        record.name = f.value(QStringLiteral("name")).toString();
        record.frozen = f.value(QStringLiteral("frozen")).toBool();
        record.definition =
            QJsonDocument(f.value(QStringLiteral("definition")).toObject()).toJson(QJsonDocument::Compact);
        auto id = FrameworkRepository(workspace).add(record);
        status = id.status;
        if (id.ok()) {
            frameworkIds.insert(QStringLiteral("%1#%2").arg(record.key).arg(record.version), *id.value);
        } else {
            status.message = QStringLiteral("$.frameworks[%1]: %2").arg(i).arg(status.message);
        }
    }
    QHash<QString, qint64> partnerIds;
    const QJsonArray partners = document.value(QStringLiteral("partners")).toArray();
    for (qsizetype i = 0; i < partners.size() && status.ok(); ++i) {
        const QJsonObject o = partners.at(i).toObject();
        const QString path = QStringLiteral("$.partners[%1]").arg(i);
        Partner p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.website = o.value(QStringLiteral("website")).toString();
        p.type = o.value(QStringLiteral("type")).toString();
        p.industry = o.value(QStringLiteral("industry")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("regions")).toArray()) {
            p.regions << v.toString();
        }
        p.stage = o.value(QStringLiteral("stage")).toString(QStringLiteral("prospect"));
        p.owner = o.value(QStringLiteral("owner")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("tags")).toArray()) {
            p.tags << v.toString();
        }
        p.notes = o.value(QStringLiteral("notes")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("contacts")).toArray()) {
            const QJsonObject c = v.toObject();
            p.contacts << Contact{
                c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("role")).toString(),
                c.value(QStringLiteral("email")).toString(), c.value(QStringLiteral("phone")).toString()};
        }
        p.culture = cultureFrom(o.value(QStringLiteral("culture")).toObject());
        p.roadmap = reader.roadmap(o.value(QStringLiteral("roadmap")), path + QStringLiteral(".roadmap"));
        if (!reader.error.isEmpty()) {
            break;
        }
        auto id = PartnerRepository(workspace).add(p);
        status = id.status;
        if (id.ok()) {
            partnerIds.insert(p.name, *id.value);
        } else {
            status.message = QStringLiteral("%1: %2").arg(path, status.message);
        }
    }
    QHash<int, qint64> assessmentIds;
    const QJsonArray assessments = document.value(QStringLiteral("assessments")).toArray();
    for (qsizetype i = 0; i < assessments.size() && status.ok() && reader.error.isEmpty(); ++i) {
        const QJsonObject o = assessments.at(i).toObject();
        const QString path = QStringLiteral("$.assessments[%1]").arg(i);
        AssessmentRecord r;
        const int series = o.value(QStringLiteral("series")).toInt();
        const int number = o.value(QStringLiteral("number")).toInt();
        r.seriesId = series == number ? 0 : assessmentIds.value(series);
        r.version = o.value(QStringLiteral("version")).toInt(1);
        r.previousId = o.value(QStringLiteral("previous")).isDouble()
                           ? assessmentIds.value(o.value(QStringLiteral("previous")).toInt())
                           : 0;
        r.partnerId = partnerIds.value(o.value(QStringLiteral("partner")).toString());
        const QJsonObject framework = o.value(QStringLiteral("framework")).toObject();
        r.frameworkId = frameworkIds.value(QStringLiteral("%1#%2")
                                               .arg(framework.value(QStringLiteral("key")).toString())
                                               .arg(framework.value(QStringLiteral("version")).toInt()));
        if (r.partnerId == 0) {
            reader.fail(
                path + QStringLiteral(".partner"),
                QCoreApplication::translate("pf::core::io::WorkspaceJson", "names no partner of this document"));
        }
        if (r.frameworkId == 0) {
            reader.fail(
                path + QStringLiteral(".framework"),
                QCoreApplication::translate("pf::core::io::WorkspaceJson", "names no framework of this document"));
        }
        if (series != number && r.seriesId == 0) {
            reader.fail(path + QStringLiteral(".series"),
                        QCoreApplication::translate("pf::core::io::WorkspaceJson", "must name an earlier assessment"));
        }
        const auto kind = StorageCodec::kind(o.value(QStringLiteral("kind")).toString());
        const auto statusKey = StorageCodec::status(o.value(QStringLiteral("status")).toString());
        const auto aggregation = StorageCodec::aggregation(o.value(QStringLiteral("aggregation")).toString());
        if (!kind || !statusKey || !aggregation) {
            reader.fail(path, QCoreApplication::translate("pf::core::io::WorkspaceJson",
                                                          "kind, status or aggregation is not one PartnerFit knows"));
        }
        r.asOf = QDate::fromString(o.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
        if (!r.asOf.isValid()) {
            reader.fail(path + QStringLiteral(".asOf"),
                        QCoreApplication::translate("pf::core::io::WorkspaceJson", "expected a date like 2026-11-26"));
        }
        if (!reader.error.isEmpty()) {
            break;
        }
        r.kind = *kind;
        r.status = *statusKey;
        r.aggregation = *aggregation;
        r.current = o.value(QStringLiteral("current")).toBool();
        r.nextDue = QDate::fromString(o.value(QStringLiteral("nextDue")).toString(), Qt::ISODate);
        r.title = o.value(QStringLiteral("title")).toString();
        r.createdAt = o.value(QStringLiteral("createdAt")).toString();
        r.createdBy = o.value(QStringLiteral("createdBy")).toString();
        r.finalisedAt = o.value(QStringLiteral("finalisedAt")).toString();
        const QJsonObject homeSide = o.value(QStringLiteral("home")).toObject();
        const QJsonObject partnerSide = o.value(QStringLiteral("partnerProfile")).toObject();
        r.homeCulture = cultureFrom(homeSide.value(QStringLiteral("culture")).toObject());
        r.homeRoadmap =
            reader.roadmap(homeSide.value(QStringLiteral("roadmap")), path + QStringLiteral(".home.roadmap"));
        r.partnerCulture = cultureFrom(partnerSide.value(QStringLiteral("culture")).toObject());
        r.partnerRoadmap = reader.roadmap(partnerSide.value(QStringLiteral("roadmap")),
                                          path + QStringLiteral(".partnerProfile.roadmap"));
        const QJsonArray ratings = o.value(QStringLiteral("ratings")).toArray();
        for (qsizetype j = 0; j < ratings.size(); ++j) {
            const QJsonObject ro = ratings.at(j).toObject();
            Rating rating;
            rating.criterion = ro.value(QStringLiteral("criterion")).toString();
            rating.assessor = ro.value(QStringLiteral("assessor")).toString();
            rating.note = ro.value(QStringLiteral("note")).toString();
            const QJsonValue value = ro.value(QStringLiteral("value"));
            if (value.isDouble()) {
                rating.state = RatingState::Rated;
                rating.value = value.toInt();
            } else if (value.toString() == QLatin1String("n/a")) {
                rating.state = RatingState::NotApplicable;
            }
            r.ratings << rating;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("consensus")).toArray()) {
            const QJsonObject c = v.toObject();
            r.consensus << Consensus{c.value(QStringLiteral("criterion")).toString(),
                                     c.value(QStringLiteral("value")).toDouble(),
                                     c.value(QStringLiteral("rationale")).toString()};
        }
        std::optional<StoredScore> score;
        if (o.value(QStringLiteral("score")).isObject()) {
            const QJsonObject s = o.value(QStringLiteral("score")).toObject();
            score = StoredScore{
                s.value(QStringLiteral("overall")).isDouble()
                    ? std::optional<double>(s.value(QStringLiteral("overall")).toDouble())
                    : std::nullopt,
                s.value(QStringLiteral("band")).toString(), s.value(QStringLiteral("confidence")).toString(),
                s.value(QStringLiteral("coverage")).toDouble(), s.value(QStringLiteral("computedAt")).toString()};
        }
        auto id = AssessmentRepository(workspace).insertVersion(r, score);
        status = id.status;
        if (id.ok()) {
            assessmentIds.insert(number, *id.value);
        } else {
            status.message = QStringLiteral("%1: %2").arg(path, status.message);
        }
    }
    if (!reader.error.isEmpty()) {
        return invalid(reader.error);
    }
    if (!status.ok()) {
        return status;
    }
    QList<AuditEntry> entries;
    for (const QJsonValue &v : document.value(QStringLiteral("audit")).toArray()) {
        const QJsonObject e = v.toObject();
        entries << AuditEntry{0,
                              e.value(QStringLiteral("at")).toString(),
                              e.value(QStringLiteral("actor")).toString(),
                              e.value(QStringLiteral("action")).toString(),
                              e.value(QStringLiteral("entity")).toString(),
                              e.value(QStringLiteral("entityId")).toVariant().toLongLong(),
                              e.value(QStringLiteral("detail")).toString()};
    }
    // The repositories logged each row they added; the history that counts is the document's, plus one entry
    // for the import itself.
    status = audit.replaceAfter(auditBefore, entries);
    if (status.ok()) {
        status = workspace.audit(
            QStringLiteral("import"), QStringLiteral("workspace"), 0,
            QCoreApplication::translate("pf::core::io::WorkspaceJson", "%1 partners, %2 assessment versions")
                .arg(partners.size())
                .arg(assessments.size()));
    }
    return status.ok() ? transaction.commit() : status;
}

} // namespace pf::core::io

// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "core/scoring/AssessmentScorer.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/HomeProfileRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/WorkspaceScoring.h"
#include "support/CatchCompat.h"

#include <QTemporaryDir>

using namespace pf::core;
using namespace pf::test;

namespace {

Partner fullPartner()
{
    Partner p;
    p.name = QStringLiteral("Zürich Data AG");
    p.website = QStringLiteral("https://zuerich-data.example");
    p.type = QStringLiteral("technology");
    p.industry = QStringLiteral("Analytics");
    p.regions = {QStringLiteral("DACH"), QStringLiteral("Nordics")};
    p.stage = QStringLiteral("evaluating");
    p.owner = QStringLiteral("ana");
    p.tags = {QStringLiteral("cloud"), QStringLiteral("ai")};
    p.notes = QStringLiteral("Line one\nline two with <b>bold</b> and \"quotes\"");
    p.contacts = {Contact{QStringLiteral("Jana Novák"), QStringLiteral("CEO"), QStringLiteral("jana@z.example"),
                          QStringLiteral("+41 44 000")},
                  Contact{QStringLiteral("Li Wei"), QStringLiteral("CTO"), {}, {}}};
    p.culture.values = {{QStringLiteral("decision_speed"), 3.0},
                        {QStringLiteral("risk_appetite"), 5.5},
                        {QStringLiteral("structure"), std::nullopt}};
    p.roadmap = {RoadmapItem{QStringLiteral("cloud"), 2026, 2030, Commitment::Committed, Stance::Invest},
                 RoadmapItem{QStringLiteral("on-prem"), 2026, 2027, Commitment::Exploring, Stance::Divest}};
    return p;
}

AssessmentRecord draftFor(qint64 partnerId, qint64 frameworkId)
{
    AssessmentRecord r;
    r.partnerId = partnerId;
    r.frameworkId = frameworkId;
    r.kind = AssessmentKind::Selection;
    r.asOf = QDate(2026, 11, 26);
    r.nextDue = QDate(2027, 5, 26);
    r.title = QStringLiteral("Initial selection");
    r.homeCulture.values = {{QStringLiteral("decision_speed"), 5.0}, {QStringLiteral("risk_appetite"), 4.0}};
    r.partnerCulture.values = {{QStringLiteral("decision_speed"), 3.0}, {QStringLiteral("risk_appetite"), 4.0}};
    r.homeRoadmap = {RoadmapItem{QStringLiteral("Cloud"), 2027, 2029, Commitment::Committed, Stance::Invest}};
    r.partnerRoadmap = {RoadmapItem{QStringLiteral("cloud"), 2026, 2031, Commitment::Planned, Stance::Invest}};
    r.ratings = {Rating{QStringLiteral("leadership_commitment"), QStringLiteral("ana"), RatingState::Rated, 4,
                        QStringLiteral("CEO sponsors it")},
                 Rating{QStringLiteral("leadership_commitment"), QStringLiteral("ben"), RatingState::Rated, 2, {}},
                 Rating{QStringLiteral("risk_sharing"), QStringLiteral("ana"), RatingState::NotApplicable, 0, {}},
                 Rating{QStringLiteral("us_revenue_potential"), QStringLiteral("ana"), RatingState::Rated, 4, {}},
                 Rating{QStringLiteral("partner_revenue_potential"), QStringLiteral("ana"), RatingState::Rated, 3, {}}};
    r.consensus = {Consensus{QStringLiteral("leadership_commitment"), 3.0, QStringLiteral("agreed in review")}};
    return r;
}

Partner named(const QString &name)
{
    Partner p;
    p.name = name;
    return p;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace = createWorkspace(dir.filePath(QStringLiteral("repo.partnerfit")));
};

} // namespace

TEST_CASE("a partner round-trips with contacts, culture and roadmap", "[repository]")
{
    Fixture f;
    PartnerRepository partners(*f.workspace);
    const Partner original = fullPartner();
    auto id = partners.add(original);
    INFO(id.status.message.toStdString());
    REQUIRE(id.ok());
    auto loaded = partners.get(*id.value);
    REQUIRE(loaded.ok());
    Partner expected = original;
    expected.id = *id.value;
    expected.revision = 1;
    CHECK(*loaded.value == expected);
    CHECK(partners.findByName(original.name).value == loaded.value);
    auto all = partners.list();
    REQUIRE(all.ok());
    REQUIRE(all.value->size() == 1);
    CHECK(all.value->first() == expected);
}

TEST_CASE("partner validation and duplicate names are refused with a message", "[repository]")
{
    Fixture f;
    PartnerRepository partners(*f.workspace);
    Partner p = fullPartner();
    REQUIRE(partners.add(p).ok());
    auto duplicate = partners.add(p);
    CHECK(duplicate.status.error == StorageError::Invalid);
    CHECK(duplicate.status.message.contains(QStringLiteral("already exists")));
    p.name = QStringLiteral("Other");
    p.stage = QStringLiteral("married");
    CHECK(partners.add(p).status.message.contains(QStringLiteral("not a partner stage")));
    p.stage = QStringLiteral("active");
    p.roadmap.first().to = 2020;
    CHECK(partners.add(p).status.message.contains(QStringLiteral("ends")));
    CHECK(partners.list().value->size() == 1);
}

TEST_CASE("a stale partner update fails as changed elsewhere and changes nothing", "[repository][optimistic]")
{
    Fixture f;
    PartnerRepository partners(*f.workspace);
    const qint64 id = *partners.add(fullPartner()).value;
    Partner mine = *partners.get(id).value;
    Partner theirs = mine;
    theirs.notes = QStringLiteral("their change");
    auto first = partners.update(theirs);
    REQUIRE(first.ok());
    CHECK(*first.value == 2);
    mine.notes = QStringLiteral("my change");
    auto second = partners.update(mine);
    CHECK(second.status.error == StorageError::ChangedElsewhere);
    CHECK(second.status.message.contains(QStringLiteral("changed elsewhere")));
    const Partner now = *partners.get(id).value;
    CHECK(now.notes == QStringLiteral("their change"));
    CHECK(now.revision == 2);
    CHECK(now.contacts.size() == 2);
    CHECK(partners.remove(id, 1).error == StorageError::ChangedElsewhere);
    CHECK(partners.remove(id, 2).ok());
    CHECK(partners.get(id).status.error == StorageError::NotFound);
}

TEST_CASE("people and the default assessor round-trip", "[repository]")
{
    Fixture f;
    PersonRepository people(*f.workspace);
    CHECK(people.defaultAssessor() == Workspace::osUser());
    auto id = people.add(Person{0, QStringLiteral("Ana Lima"), QStringLiteral("Partner manager"), 0});
    REQUIRE(id.ok());
    Person ana = *people.findByName(QStringLiteral("Ana Lima")).value;
    CHECK(ana == Person{*id.value, QStringLiteral("Ana Lima"), QStringLiteral("Partner manager"), 1});
    ana.role = QStringLiteral("Director");
    CHECK(*people.update(ana).value == 2);
    CHECK(people.update(ana).status.error == StorageError::ChangedElsewhere);
    REQUIRE(people.setDefaultAssessor(QStringLiteral("Ben")).ok());
    CHECK(people.defaultAssessor() == QStringLiteral("Ben"));
    CHECK(people.list().value->size() == 2);
}

TEST_CASE("a removed partner is restored under its old id with everything it had", "[repository][undo]")
{
    Fixture f;
    PartnerRepository partners(*f.workspace);
    const qint64 first = *partners.add(named(QStringLiteral("First"))).value;
    const qint64 id = *partners.add(fullPartner()).value;
    Partner removed = *partners.get(id).value;
    REQUIRE(partners.remove(id, removed.revision).ok());

    auto restored = partners.restore(removed);
    REQUIRE(restored.ok());
    CHECK(*restored.value == id);
    Partner expected = removed;
    expected.revision = 1;
    CHECK(*partners.get(id).value == expected);
    CHECK(AuditLog(*f.workspace).entries(QStringLiteral("partner"), id).value->last().action ==
          QStringLiteral("restore"));

    // The old id taken by now: the partner comes back under a new one rather than not at all.
    Partner stale = named(QStringLiteral("Second"));
    stale.id = first;
    auto renumbered = partners.restore(stale);
    REQUIRE(renumbered.ok());
    CHECK(*renumbered.value != first);
    CHECK(partners.get(first).value->name == QStringLiteral("First"));
    CHECK(partners.restore(named(QStringLiteral("First"))).status.message.contains(QStringLiteral("already exists")));
    Partner clash = *partners.get(id).value;
    clash.name = QStringLiteral("First");
    CHECK(partners.update(clash).status.message.contains(QStringLiteral("A partner named \"First\" already exists")));
}

TEST_CASE("a person without ratings is removed and restored, one with ratings is refused", "[repository][people]")
{
    Fixture f;
    PersonRepository people(*f.workspace);
    const qint64 anaId = *people.add(Person{0, QStringLiteral("Ana Lima"), QStringLiteral("Director"), 0}).value;
    const qint64 cyId = *people.add(Person{0, QStringLiteral("Cy Park"), {}, 0}).value;
    const qint64 partner = *PartnerRepository(*f.workspace).add(named(QStringLiteral("Acme"))).value;
    const qint64 framework = *WorkspaceScoring::ensureDefaultFramework(*f.workspace).value;
    AssessmentRecord draft = draftFor(partner, framework);
    draft.ratings = {
        Rating{QStringLiteral("leadership_commitment"), QStringLiteral("Ana Lima"), RatingState::Rated, 4, {}}};
    REQUIRE(AssessmentRepository(*f.workspace).createDraft(draft).ok());

    const Person ana = *people.findByName(QStringLiteral("Ana Lima")).value;
    CHECK(*people.ratedAssessments(anaId).value == 1);
    const StorageStatus refused = people.remove(ana);
    CHECK(refused.error == StorageError::Invalid);
    CHECK(refused.message.contains(QStringLiteral("Ana Lima has ratings")));
    CHECK(people.findByName(QStringLiteral("Ana Lima")).ok());

    const Person cy = *people.findByName(QStringLiteral("Cy Park")).value;
    CHECK(people.remove(Person{cy.id, cy.name, cy.role, cy.revision + 1}).error == StorageError::ChangedElsewhere);
    REQUIRE(people.remove(cy).ok());
    CHECK(people.findByName(QStringLiteral("Cy Park")).status.error == StorageError::NotFound);
    auto back = people.restore(cy);
    REQUIRE(back.ok());
    CHECK(*back.value == cyId);
    CHECK(*people.findByName(QStringLiteral("Cy Park")).value == cy);

    // Renaming onto an existing name is refused with a message saying so.
    Person renamed = *people.findByName(QStringLiteral("Cy Park")).value;
    renamed.name = QStringLiteral("Ana Lima");
    CHECK(people.update(renamed).status.message.contains(QStringLiteral("already exists")));
    renamed.name = QStringLiteral("  ");
    CHECK(people.update(renamed).status.error == StorageError::Invalid);
}

TEST_CASE("the home profile round-trips, themes stay unique", "[repository]")
{
    Fixture f;
    HomeProfileRepository home(*f.workspace);
    HomeProfile profile;
    profile.culture.values = {{QStringLiteral("innovation"), 6.0}, {QStringLiteral("structure"), std::nullopt}};
    profile.roadmap = {RoadmapItem{QStringLiteral("AI"), 2026, 2028, Commitment::Planned, Stance::Maintain}};
    profile.themes = {QStringLiteral("AI"), QStringLiteral("Cloud"), QStringLiteral("Security")};
    REQUIRE(home.save(profile).ok());
    CHECK(*home.load().value == profile);
    REQUIRE(home.addThemes({QStringLiteral(" cloud "), QStringLiteral("Edge")}).ok());
    CHECK(home.load().value->themes == QStringList{QStringLiteral("AI"), QStringLiteral("Cloud"),
                                                   QStringLiteral("Security"), QStringLiteral("Edge")});
}

TEST_CASE("an assessment round-trips, finalising caches a score that recomputing reproduces", "[repository]")
{
    Fixture f;
    const qint64 partnerId = *PartnerRepository(*f.workspace).add(fullPartner()).value;
    auto frameworkId = WorkspaceScoring::ensureDefaultFramework(*f.workspace);
    REQUIRE(frameworkId.ok());
    AssessmentRepository assessments(*f.workspace);
    const AssessmentRecord draft = draftFor(partnerId, *frameworkId.value);
    auto id = assessments.createDraft(draft);
    REQUIRE(id.ok());
    AssessmentRecord loaded = *assessments.get(*id.value).value;
    CHECK(loaded.seriesId == *id.value);
    CHECK(loaded.version == 1);
    CHECK(loaded.current);
    CHECK(loaded.status == AssessmentStatus::Draft);
    CHECK(loaded.createdBy == QStringLiteral("tester"));
    AssessmentRecord expected = draft;
    expected.id = loaded.id;
    expected.seriesId = loaded.seriesId;
    expected.createdAt = loaded.createdAt;
    expected.createdBy = loaded.createdBy;
    expected.revision = 1;
    // Stored ordered by criterion then assessor.
    std::sort(expected.ratings.begin(), expected.ratings.end(), [](const Rating &a, const Rating &b) {
        return std::tie(a.criterion, a.assessor) < std::tie(b.criterion, b.assessor);
    });
    CHECK(loaded == expected);

    auto revision = WorkspaceScoring::finalise(*f.workspace, loaded.id, loaded.revision);
    REQUIRE(revision.ok());
    const auto cached = assessments.score(loaded.id);
    REQUIRE(cached.has_value());
    const AssessmentResult recomputed = *WorkspaceScoring::score(*f.workspace, loaded.id).value;
    CHECK(cached->overall == recomputed.overall);
    CHECK(cached->band == recomputed.band);
    CHECK(cached->coverage == recomputed.coverage);
    CHECK(WorkspaceScoring::summary(recomputed).confidence == cached->confidence);
    CHECK(FrameworkRepository(*f.workspace).get(*frameworkId.value).value->frozen);

    auto list = assessments.listCurrent();
    REQUIRE(list.ok());
    REQUIRE(list.value->size() == 1);
    CHECK(list.value->first().partnerName == QStringLiteral("Zürich Data AG"));
    CHECK(list.value->first().frameworkKey == QStringLiteral("five-lessons"));
    CHECK(list.value->first().score == cached);
    QStringList problems;
    CHECK(f.workspace->check(&problems).ok());
    CHECK(problems.isEmpty());
}

TEST_CASE("finalised assessments are immutable, revising makes a linked new current version", "[repository]")
{
    Fixture f;
    const qint64 partnerId = *PartnerRepository(*f.workspace).add(fullPartner()).value;
    const qint64 frameworkId = *WorkspaceScoring::ensureDefaultFramework(*f.workspace).value;
    AssessmentRepository assessments(*f.workspace);
    const qint64 id = *assessments.createDraft(draftFor(partnerId, frameworkId)).value;
    REQUIRE(WorkspaceScoring::finalise(*f.workspace, id, 1).ok());
    const AssessmentRecord finalised = *assessments.get(id).value;

    AssessmentRecord edited = finalised;
    edited.title = QStringLiteral("sneaky");
    CHECK(assessments.updateDraft(edited).status.error == StorageError::Immutable);
    CHECK(assessments
              .setRatings(id, finalised.revision,
                          {Rating{QStringLiteral("trust_openness"), QStringLiteral("ana"), RatingState::Rated, 5, {}}})
              .status.error == StorageError::Immutable);
    CHECK(assessments.get(id).value == finalised);
    CHECK(FrameworkRepository(*f.workspace).updateDefinition(frameworkId, "{}").error == StorageError::Immutable);

    auto next = assessments.revise(id);
    REQUIRE(next.ok());
    const AssessmentRecord v2 = *assessments.get(*next.value).value;
    CHECK(v2.version == 2);
    CHECK(v2.previousId == id);
    CHECK(v2.seriesId == id);
    CHECK(v2.current);
    CHECK(v2.status == AssessmentStatus::Draft);
    CHECK(v2.ratings == finalised.ratings);
    CHECK(v2.partnerRoadmap == finalised.partnerRoadmap);
    CHECK_FALSE(assessments.get(id).value->current);
    CHECK(assessments.revise(id).status.error == StorageError::ChangedElsewhere);

    auto rated = assessments.setRatings(v2.id, v2.revision,
                                        {Rating{QStringLiteral("trust_openness"), QStringLiteral("cleo"),
                                                RatingState::Rated, 5, QStringLiteral("new assessor")}});
    REQUIRE(rated.ok());
    CHECK(assessments.setRatings(v2.id, v2.revision, {}).status.error == StorageError::ChangedElsewhere);
    auto agreed = assessments.setConsensus(v2.id, *rated.value,
                                           {Consensus{QStringLiteral("trust_openness"), 4.5, QStringLiteral("ok")}});
    REQUIRE(agreed.ok());
    REQUIRE(WorkspaceScoring::finalise(*f.workspace, v2.id, *agreed.value).ok());
    // The old version's content is untouched; it is only no longer the current one.
    AssessmentRecord superseded = finalised;
    superseded.current = false;
    CHECK(assessments.get(id).value == superseded);
    auto history = assessments.history(id);
    REQUIRE(history.value->size() == 2);
    CHECK(history.value->at(1).status == AssessmentStatus::Finalised);
    CHECK(assessments.listCurrent().value->size() == 1);
    CHECK(assessments.listCurrent().value->first().id == v2.id);
    CHECK(PersonRepository(*f.workspace).findByName(QStringLiteral("cleo")).ok());
    CHECK(f.workspace->check().ok());
}

TEST_CASE("every change is in the audit log with when, who and what", "[repository][audit]")
{
    Fixture f;
    PartnerRepository partners(*f.workspace);
    const qint64 id = *partners.add(fullPartner()).value;
    Partner p = *partners.get(id).value;
    p.stage = QStringLiteral("active");
    REQUIRE(partners.update(p).ok());
    REQUIRE(
        partners.addMany({named(QStringLiteral("A")), named(QStringLiteral("B"))}, QStringLiteral("list.csv")).ok());
    auto entries = AuditLog(*f.workspace).entries(QStringLiteral("partner"));
    REQUIRE(entries.ok());
    REQUIRE(entries.value->size() == 3);
    CHECK(entries.value->at(0).action == QStringLiteral("create"));
    CHECK(entries.value->at(0).entityId == id);
    CHECK(entries.value->at(1).action == QStringLiteral("update"));
    CHECK(entries.value->at(2).action == QStringLiteral("import"));
    CHECK(entries.value->at(2).detail.contains(QStringLiteral("list.csv")));
    for (const AuditEntry &entry : *entries.value) {
        CHECK(entry.actor == QStringLiteral("tester"));
        CHECK(QDateTime::fromString(entry.at, Qt::ISODateWithMs).isValid());
    }
    // A failed change leaves no audit entry behind.
    CHECK_FALSE(
        partners.addMany({named(QStringLiteral("C")), named(QStringLiteral("A"))}, QStringLiteral("dup.csv")).ok());
    CHECK(AuditLog(*f.workspace).entries(QStringLiteral("partner")).value->size() == 3);
    CHECK_FALSE(partners.findByName(QStringLiteral("C")).ok());
}

TEST_CASE("a cancelled import rolls back every partner it had added", "[repository][cancel]")
{
    Fixture f;
    PartnerRepository partners(*f.workspace);
    QList<Partner> many;
    for (int i = 0; i < 1000; ++i) {
        many << named(QStringLiteral("Partner %1").arg(i));
    }
    QList<qint64> reported;
    const auto cancelled = partners.addMany(many, QStringLiteral("big.csv"), [&](qint64 done, qint64 total) {
        CHECK(total == 1000);
        reported << done;
        return done < 600;
    });
    CHECK(cancelled.status.error == StorageError::Cancelled);
    CHECK(reported.size() >= 3);
    CHECK(reported.constLast() >= 600);
    CHECK(partners.list().value->isEmpty());
    CHECK(AuditLog(*f.workspace).entries(QStringLiteral("partner")).value->isEmpty());

    // Carried through: progress ends at the total.
    reported.clear();
    REQUIRE(partners
                .addMany(many, QStringLiteral("big.csv"),
                         [&](qint64 done, qint64) {
                             reported << done;
                             return true;
                         })
                .ok());
    CHECK(reported.constLast() == 1000);
    CHECK(partners.list().value->size() == 1000);
}

TEST_CASE("framework versions round-trip, a changed definition needs a new version", "[repository]")
{
    Fixture f;
    FrameworkRepository frameworks(*f.workspace);
    FrameworkRecord record{0, QStringLiteral("custom"), 1, QStringLiteral("Custom"), "{\"key\":\"custom\"}", false};
    auto id = frameworks.add(record);
    REQUIRE(id.ok());
    record.id = *id.value;
    CHECK(*frameworks.get(*id.value).value == record);
    CHECK(*frameworks.find(QStringLiteral("custom"), 1).value == record);
    CHECK(*frameworks.ensure(record).value == *id.value);
    FrameworkRecord edited = record;
    edited.definition = "{\"key\":\"custom\",\"name\":\"changed\"}";
    CHECK(frameworks.ensure(edited).status.message.contains(QStringLiteral("new version number")));
    edited.version = 2;
    auto second = frameworks.ensure(edited);
    REQUIRE(second.ok());
    CHECK(*second.value != *id.value);
    CHECK(frameworks.list().value->size() == 2);
    REQUIRE(frameworks.updateDefinition(*id.value, "{\"key\":\"custom\",\"v\":1}").ok());
    REQUIRE(frameworks.freeze(*id.value).ok());
    CHECK(frameworks.updateDefinition(*id.value, "{}").error == StorageError::Immutable);
    CHECK(frameworks.get(*id.value).value->definition == "{\"key\":\"custom\",\"v\":1}");
}

TEST_CASE("the audit log names the operating-system user when no name is configured", "[repository][audit]")
{
    QTemporaryDir dir;
    WorkspaceOptions options = testOptions();
    options.actorName.clear();
    auto workspace = createWorkspace(dir.filePath(QStringLiteral("os.partnerfit")), options);
    Partner p;
    p.name = QStringLiteral("Anyone");
    REQUIRE(PartnerRepository(*workspace).add(p).ok());
    const auto entries = AuditLog(*workspace).entries();
    REQUIRE(entries.value->size() == 1);
    CHECK(entries.value->first().actor == Workspace::osUser());
    CHECK_FALSE(Workspace::osUser().isEmpty());
}

TEST_CASE("a stored score that no longer matches its inputs is found by the cache check", "[repository]")
{
    Fixture f;
    const qint64 partnerId = *PartnerRepository(*f.workspace).add(fullPartner()).value;
    const qint64 frameworkId = *WorkspaceScoring::ensureDefaultFramework(*f.workspace).value;
    const qint64 id = *AssessmentRepository(*f.workspace).createDraft(draftFor(partnerId, frameworkId)).value;
    REQUIRE(WorkspaceScoring::finalise(*f.workspace, id, 1).ok());
    auto clean = WorkspaceScoring::verifyScoreCache(*f.workspace);
    REQUIRE(clean.ok());
    CHECK(clean.value->isEmpty());
    REQUIRE(rawExec(f.workspace->path(), {QStringLiteral("UPDATE score_cache SET overall = overall + 1")}).isEmpty());
    auto tampered = WorkspaceScoring::verifyScoreCache(*f.workspace);
    REQUIRE(tampered.ok());
    REQUIRE(tampered.value->size() == 1);
    CHECK(tampered.value->first().contains(QStringLiteral("differs from a recomputation")));
}

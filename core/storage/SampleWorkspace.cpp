// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleWorkspace.h"

#include "core/io/FrameworkJson.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/HomeProfileRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceFiles.h"
#include "core/storage/WorkspaceScoring.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace pf::core {

namespace {

struct SamplePartner
{
    const char16_t *name;
    const char *website;
    const char *type;
    const char *industry;
    const char *regions;
    const char *stage;
    const char *owner;
    const char *tags;
    const char16_t *notes;
    /// How well the partner fits, 1 (poor) .. 5 (excellent): drives ratings, culture and roadmap.
    int fit;
    /// Health checks after selection (0 for partners not yet signed).
    int healthChecks;
};

const SamplePartner partners[] = {
    {u"Acme Cloud GmbH", "https://acme-cloud.example", "reseller", "Cloud services", "DACH", "active", "Ana Lima",
     "cloud;smb", u"Long-standing reseller; strong in Mittelstand accounts.", 4, 4},
    {u"Nordlys Analytics AS", "https://nordlys.example", "technology", "Analytics", "Nordics", "active", "Ben Okafor",
     "ai;data", u"Joint roadmap on embedded analytics agreed in 2025.", 5, 4},
    {u"Société Générale d'Intégration SA", "https://sgi.example", "reseller", "Systems integration", "France;Benelux",
     "evaluating", "Ana Lima", "integration", u"Références solides dans le secteur public; décision attendue.", 3, 0},
    {u"東京データシステム株式会社", "https://tokyo-data.example", "distributor", "IT distribution", "Japan;APAC",
     "active", "Chen Wei", "apac;distribution", u"Distributor for Japan since 2024; quarterly business reviews.", 4, 3},
    {u"شركة الأفق للتقنية", "https://alufuq.example", "reseller", "IT services", "MENA", "evaluating", "Ben Okafor",
     "mena;public-sector", u"Introduced at GITEX; strong government relationships.", 3, 0},
    {u"Brightpath Solutions Ltd", "https://brightpath.example", "reseller", "Managed services", "UK;Ireland", "paused",
     "Ana Lima", "msp", u"Paused after the 2025 reorganisation on their side.", 2, 3},
    {u"Meridian Health Alliance", "https://meridian-health.example", "strategic_alliance", "Healthcare",
     "North America", "active", "Chen Wei", "healthcare;alliance", u"Co-development of a clinical data product.", 4, 4},
    {u"Cobalt Logistics BV", "https://cobalt-logistics.example", "distributor", "Logistics", "Benelux", "exited",
     "Ben Okafor", "logistics", u"Exited in 2025: channel conflict with our direct sales.", 2, 2},
    {u"Quantum Leaf Labs", "https://quantumleaf.example", "technology", "Research software", "Global", "prospect",
     "Chen Wei", "ai;research", u"Early talks; promising technology, small team.", 3, 0},
    {u"Patagonia Redes SA", "https://patagonia-redes.example", "distributor", "Networking", "LATAM", "evaluating",
     "Ana Lima", "latam;networking", u"Would open Argentina and Chile; needs enablement.", 3, 0},
    {u"Ironbridge Consulting", "https://ironbridge.example", "reseller", "Consulting", "US", "active", "Ben Okafor",
     "consulting", u"Relationship run through the contract's penalty clauses; review urgently.", 1, 2},
    {u"Helios Energy Partners", "https://helios-energy.example", "strategic_alliance", "Energy", "Europe", "prospect",
     "Chen Wei", "energy;iot", u"Exploring a joint offer for grid operators.", 4, 0},
    {u"Kestrel Security Inc.", "https://kestrel-sec.example", "technology", "Security", "North America;Europe",
     "active", "Ana Lima", "security", u"Integration certified; joint pipeline growing.", 5, 3},
    {u"Vistula Software sp. z o.o.", "https://vistula.example", "reseller", "Software", "Poland;CEE", "evaluating",
     "Ben Okafor", "cee", u"Strong <b>channel</b> in retail; watch the margin expectations.", 3, 0},
    {u"Oakmont Retail Group", "https://oakmont.example", "strategic_alliance", "Retail", "UK", "paused", "Chen Wei",
     "retail", u"Alliance on hold until their platform migration finishes.", 2, 2},
};

const char *const assessors[][2] = {
    {"Ana Lima", "Partner manager"}, {"Ben Okafor", "Solutions architect"}, {"Chen Wei", "Finance lead"}};

/// Small deterministic generator: the sample is the same on every platform.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_state(seed * 2654435761u + 1) {}
    int roll(int sides)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return int((m_state >> 16) % quint32(sides));
    }

private:
    quint32 m_state;
};

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

CultureProfile homeCulture()
{
    CultureProfile culture;
    const std::pair<const char *, double> values[] = {{"decision_speed", 5},    {"risk_appetite", 4}, {"structure", 5},
                                                      {"process_formality", 3}, {"time_horizon", 6},  {"innovation", 5},
                                                      {"communication", 6},     {"customer_focus", 6}};
    for (const auto &[axis, value] : values) {
        culture.values.insert(QString::fromLatin1(axis), value);
    }
    return culture;
}

QList<RoadmapItem> homeRoadmap(int year)
{
    return {RoadmapItem{QStringLiteral("Cloud"), year - 1, year + 5, Commitment::Committed, Stance::Invest},
            RoadmapItem{QStringLiteral("AI"), year, year + 5, Commitment::Planned, Stance::Invest},
            RoadmapItem{QStringLiteral("Security"), year - 1, year + 4, Commitment::Committed, Stance::Maintain},
            RoadmapItem{QStringLiteral("On-premises"), year - 1, year + 1, Commitment::Planned, Stance::Divest}};
}

CultureProfile partnerCulture(const CultureProfile &home, int fit, Dice &dice)
{
    CultureProfile culture;
    for (auto it = home.values.cbegin(); it != home.values.cend(); ++it) {
        const int distance = (5 - fit) + dice.roll(2);
        const int direction = dice.roll(2) == 0 ? -1 : 1;
        double value = *it.value() + direction * distance;
        if (value < 1 || value > 7) {
            value = *it.value() - direction * distance;
        }
        culture.values.insert(it.key(), std::clamp(value, 1.0, 7.0));
    }
    // One axis the partner has not been placed on yet.
    if (fit == 3) {
        culture.values.insert(QStringLiteral("customer_focus"), std::nullopt);
    }
    return culture;
}

QList<RoadmapItem> partnerRoadmap(int fit, int year)
{
    if (fit >= 4) {
        return {RoadmapItem{QStringLiteral("cloud"), year, year + 5, Commitment::Committed, Stance::Invest},
                RoadmapItem{QStringLiteral("AI"), year + 1, year + 5, Commitment::Planned, Stance::Invest},
                RoadmapItem{QStringLiteral("Data"), year, year + 3, Commitment::Exploring, Stance::Invest}};
    }
    if (fit == 3) {
        return {RoadmapItem{QStringLiteral("Cloud"), year, year + 2, Commitment::Planned, Stance::Invest},
                RoadmapItem{QStringLiteral("On-premises"), year, year + 4, Commitment::Planned, Stance::Maintain}};
    }
    return {RoadmapItem{QStringLiteral("On-premises"), year, year + 5, Commitment::Committed, Stance::Invest},
            RoadmapItem{QStringLiteral("Cloud"), year + 2, year + 5, Commitment::Exploring, Stance::Divest}};
}

const char16_t *const evidence[] = {
    u"Named executive sponsor with budget.",
    u"Joint plan reviewed in the last QBR.",
    u"Only informal contact so far.",
    u"Their engineers attended our certification.",
    u"Pipeline shared openly, including lost deals.",
};

} // namespace

StorageStatus SampleWorkspace::create(const QString &path, const WorkspaceOptions &options,
                                      const ProgressCallback &progress)
{
    if (path.isEmpty() || QFileInfo::exists(path)) {
        return StorageStatus::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::Workspace",
                                        "%1 already exists. Open it, or choose another name for the new workspace.")
                .arg(path));
    }
    // Filled under a temporary name, then renamed: a cancelled or failed sample leaves no file behind.
    const QString temporary = path + QStringLiteral(".filling");
    auto removeTemporary = [&temporary] {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(temporary + suffix);
        }
    };
    removeTemporary();
    WorkspaceOptions temporaryOptions = options;
    temporaryOptions.dailyBackups = false;
    StorageStatus status;
    {
        WorkspaceOpenResult result = Workspace::create(temporary, temporaryOptions);
        if (!result.ok()) {
            return result.status;
        }
        status = fill(*result.workspace, progress);
    } // closed here: the write-ahead log is folded into the file
    // A log left beside the file would not follow it to its new name: then the sample is not complete.
    const QFileInfo log(temporary + QStringLiteral("-wal"));
    const bool logLeft = log.exists() && log.size() > 0;
    if (status.ok() && (logLeft || !WorkspaceFiles::syncFile(temporary) || !QFile::rename(temporary, path))) {
        status = StorageStatus::failure(
            StorageError::Io, QCoreApplication::translate("pf::core::Workspace", "Cannot create %1.").arg(path));
    }
    if (!status.ok()) {
        removeTemporary();
        return status;
    }
    WorkspaceFiles::syncDirectory(QFileInfo(path).absolutePath());
    return status;
}

StorageStatus SampleWorkspace::fill(Workspace &workspace, const ProgressCallback &progress)
{
    const auto framework = io::FrameworkJson::builtIn(QStringLiteral("five-lessons"));
    if (!framework.ok()) {
        return StorageStatus::failure(StorageError::Io, framework.error.toString());
    }
    WriteTransaction transaction(workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    const QDate today = QDate::currentDate();
    const int year = today.year();
    auto frameworkId = WorkspaceScoring::ensureFramework(workspace, *framework.value);
    if (!frameworkId.ok()) {
        return frameworkId.status;
    }
    PersonRepository people(workspace);
    for (const auto &[name, role] : assessors) {
        auto added = people.add(Person{0, QString::fromUtf8(name), QString::fromUtf8(role), 0});
        if (!added.ok()) {
            return added.status;
        }
    }
    StorageStatus status = people.setDefaultAssessor(QString::fromUtf8(assessors[0][0]));
    HomeProfile home;
    home.culture = homeCulture();
    home.roadmap = homeRoadmap(year);
    home.themes = {QStringLiteral("Cloud"),       QStringLiteral("AI"),   QStringLiteral("Security"),
                   QStringLiteral("On-premises"), QStringLiteral("Data"), QStringLiteral("IoT")};
    if (status.ok()) {
        status = HomeProfileRepository(workspace).save(home);
    }

    QStringList ratedKeys;
    for (const Criterion &criterion : framework.value->criteria) {
        if (!criterion.isComputed()) {
            ratedKeys << criterion.key;
        }
    }
    for (const GainInput &input : framework.value->gainInputs) {
        ratedKeys << input.key;
    }

    PartnerRepository partnerRepository(workspace);
    AssessmentRepository assessmentRepository(workspace);
    int index = 0;
    const qint64 total = std::size(partners);
    for (const SamplePartner &sample : partners) {
        if (!status.ok()) {
            break;
        }
        if (!reportProgress(progress, index, total)) {
            // The transaction rolls back: the workspace stays empty.
            return StorageStatus::failure(StorageError::Cancelled,
                                          QCoreApplication::translate("pf::core::SampleWorkspace",
                                                                      "Creating the sample workspace was cancelled."));
        }
        Dice dice(quint32(++index));
        Partner partner;
        partner.name = QString::fromUtf16(sample.name);
        partner.website = QString::fromUtf8(sample.website);
        partner.type = QString::fromUtf8(sample.type);
        partner.industry = QString::fromUtf8(sample.industry);
        partner.regions = split(sample.regions);
        partner.stage = QString::fromUtf8(sample.stage);
        partner.owner = QString::fromUtf8(sample.owner);
        partner.tags = split(sample.tags);
        partner.notes = QString::fromUtf16(sample.notes);
        partner.contacts = {Contact{
            QStringLiteral("Partner desk"),
            QStringLiteral("Alliances"),
            QStringLiteral("partners@%1").arg(QString::fromUtf8(sample.website).section(QLatin1String("//"), 1)),
            {}}};
        partner.culture = partnerCulture(home.culture, sample.fit, dice);
        partner.roadmap = partnerRoadmap(sample.fit, year);
        auto partnerId = partnerRepository.add(partner);
        if (!partnerId.ok()) {
            status = partnerId.status;
            break;
        }
        // A selection assessment two years ago (or recently for partners still being evaluated), then health checks
        // every six months; prospects have a draft only.
        const bool signed_ = sample.healthChecks > 0;
        const int assessments = 1 + sample.healthChecks;
        for (int n = 0; n < assessments && status.ok(); ++n) {
            AssessmentRecord record;
            record.partnerId = *partnerId.value;
            record.frameworkId = *frameworkId.value;
            record.kind = n == 0 ? AssessmentKind::Selection : AssessmentKind::HealthCheck;
            record.asOf = signed_ ? today.addMonths(-24 + 6 * n) : today.addDays(-20 - 7 * index);
            record.nextDue = record.asOf.addMonths(6);
            record.title = n == 0 ? QStringLiteral("Selection") : QStringLiteral("Health check %1").arg(n);
            record.createdAt = record.asOf.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
            record.createdBy = partner.owner;
            record.homeCulture = home.culture;
            record.homeRoadmap = homeRoadmap(record.asOf.year());
            record.partnerCulture = partner.culture;
            record.partnerRoadmap = partnerRoadmap(sample.fit, record.asOf.year());
            // Health of declining partners drops over time; the knock-out partner never recovers.
            const int trend = sample.fit <= 2 ? -n / 2 : 0;
            const int raters = 2 + index % 2;
            for (const QString &key : ratedKeys) {
                for (int a = 0; a < raters; ++a) {
                    Rating rating;
                    rating.criterion = key;
                    rating.assessor = QString::fromUtf8(assessors[a][0]);
                    if (key == QLatin1String("risk_sharing") && sample.fit == 3 && a == 2) {
                        rating.state = RatingState::NotApplicable;
                    } else {
                        rating.state = RatingState::Rated;
                        rating.value = std::clamp(sample.fit + trend + dice.roll(3) - 1, 1, 5);
                    }
                    if (key == QLatin1String("relationship_over_contract") && sample.fit == 1) {
                        rating.value = 1;
                        rating.note = QStringLiteral("Every discussion starts from the contract's penalty clauses.");
                    }
                    if (dice.roll(5) == 0) {
                        rating.note = QString::fromUtf16(evidence[dice.roll(5)]);
                    }
                    record.ratings << rating;
                }
            }
            // Disagreements: one assessor sees a criterion very differently; some are settled in discussion.
            const QString disputed = ratedKeys.at((index * 3 + n) % ratedKeys.size());
            for (Rating &rating : record.ratings) {
                if (rating.criterion == disputed && rating.assessor == QString::fromUtf8(assessors[1][0]) &&
                    rating.isRated()) {
                    rating.value = rating.value >= 3 ? 1 : 5;
                    rating.note = QStringLiteral("Sees this very differently after the last joint deal.");
                }
            }
            if (n % 2 == 0 && disputed != QLatin1String("relationship_over_contract")) {
                record.consensus << Consensus{disputed, double(std::clamp(sample.fit, 1, 5)),
                                              QStringLiteral("Agreed in the partner review meeting.")};
            }
            auto id = assessmentRepository.createDraft(record);
            if (!id.ok()) {
                status = id.status;
                break;
            }
            const bool keepDraft = !signed_ && QString::fromUtf8(sample.stage) == QLatin1String("prospect");
            if (!keepDraft) {
                auto finalised = WorkspaceScoring::finalise(workspace, *id.value, 1);
                status = finalised.status;
                // One selection was revised after new information: version 2 replaces version 1.
                if (status.ok() && n == 0 && index == 2) {
                    auto revised = assessmentRepository.revise(*id.value);
                    status = revised.status;
                    if (status.ok()) {
                        auto rated = assessmentRepository.setRatings(
                            *revised.value, 1,
                            {Rating{QStringLiteral("leadership_commitment"), QString::fromUtf8(assessors[0][0]),
                                    RatingState::Rated, 5, QStringLiteral("New CEO confirmed as sponsor.")}});
                        status = rated.ok() ? WorkspaceScoring::finalise(workspace, *revised.value, *rated.value).status
                                            : rated.status;
                    }
                }
            }
        }
    }
    if (status.ok()) {
        status = workspace.audit(QStringLiteral("create_sample"), QStringLiteral("workspace"), 0);
    }
    return status.ok() ? transaction.commit() : status;
}

} // namespace pf::core

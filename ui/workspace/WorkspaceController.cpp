// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceController.h"

#include "core/storage/AssessmentRepository.h"
#include "core/storage/HomeProfileRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceScoring.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/common/Settings.h"

#include <QDate>
#include <QTimer>

namespace pf::ui {

using core::StorageError;
using core::StorageStatus;

WorkspaceController::WorkspaceController(AssessmentEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_storeTimer(new QTimer(this))
{
    m_storeTimer->setSingleShot(true);
    m_storeTimer->setInterval(300);
    connect(m_storeTimer, &QTimer::timeout, this, &WorkspaceController::store);
    connect(m_editor, &AssessmentEditor::edited, this, [this] {
        if (!m_loading) {
            m_pending = true;
            m_storeTimer->start();
        }
    });
}

WorkspaceController::~WorkspaceController() = default;

namespace {

/// The user's preferences that storage honours.
core::WorkspaceOptions workspaceOptions(bool deferCheck)
{
    core::WorkspaceOptions options;
    options.backupsToKeep = qMax(1, Settings::instance().integer(Settings::Key::BackupsToKeep));
    // At start-up the window shows the workspace first; a damaged file is refused (closed) when the check
    // reports it. A workspace opened later is checked before it replaces the open one, which stays open if the
    // new one is damaged.
    options.deferQuickCheck = deferCheck;
    // The daily backup is not made while opening, on the GUI thread: a worker makes it right after
    // (WorkspaceTasks::dailyBackupIfDue), so that opening a large workspace does not wait for a copy of it.
    options.dailyBackups = false;
    return options;
}

} // namespace

StorageStatus WorkspaceController::open(const QString &path, bool create, QString *suggestedBackup)
{
    const core::WorkspaceOptions options = workspaceOptions(!m_openedBefore);
    core::WorkspaceOpenResult result =
        create ? core::Workspace::create(path, options) : core::Workspace::open(path, options);
    m_openedBefore = true;
    return adopt(result, suggestedBackup);
}

StorageStatus WorkspaceController::openDefault(QString *suggestedBackup)
{
    core::WorkspaceOpenResult result = core::Workspace::openDefault(workspaceOptions(!m_openedBefore));
    m_openedBefore = true;
    return adopt(result, suggestedBackup);
}

StorageStatus WorkspaceController::adopt(core::WorkspaceOpenResult &result, QString *suggestedBackup)
{
    if (suggestedBackup) {
        *suggestedBackup = result.suggestedBackup;
    }
    if (!result.ok()) {
        return result.status;
    }
    if (!saveNow()) {
        return unsavedStatus();
    }
    m_loading = true;
    m_editor->setInput({});
    m_loading = false;
    m_record.reset();
    m_partnerId = 0;
    m_selected.reset();
    m_workspace = std::move(result.workspace);
    core::Workspace *opened = m_workspace.get();
    connect(opened, &core::Workspace::checkFinished, this,
            [this, opened](const StorageStatus &checked, const QString &backup) {
                if (checked.ok()) {
                    return;
                }
                // Close it from the event loop, not from inside the workspace's own signal.
                QMetaObject::invokeMethod(
                    this,
                    [this, opened, checked, backup] {
                        if (m_workspace.get() != opened) {
                            return;
                        }
                        m_storeTimer->stop();
                        m_pending = false;
                        m_unsaved = false;
                        m_loading = true;
                        m_editor->setInput({});
                        m_loading = false;
                        m_record.reset();
                        m_partnerId = 0;
                        m_selected.reset();
                        m_workspace.reset();
                        reloadPeople();
                        reload();
                        emit workspaceRefused(checked, backup);
                    },
                    Qt::QueuedConnection);
            });
    reloadPeople();
    const StorageStatus status = m_firstRows > 0 ? reloadFirst() : reload();
    emit workspaceOpened(m_workspace->path());
    return status;
}

QString WorkspaceController::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

StorageStatus WorkspaceController::saveAs(const QString &target)
{
    if (!m_workspace) {
        return noWorkspace();
    }
    if (!saveNow()) {
        return unsavedStatus();
    }
    const StorageStatus status = core::WorkspaceBackup::backupTo(*m_workspace, target);
    return status.ok() ? open(target) : status;
}

StorageStatus WorkspaceController::restore(const QString &backupFile, QString *setAside)
{
    if (!m_workspace) {
        return noWorkspace();
    }
    if (!saveNow()) {
        return unsavedStatus();
    }
    const QString path = m_workspace->path();
    // The file must not be open while it is replaced.
    close();
    const StorageStatus restored = core::WorkspaceBackup::restore(backupFile, path, setAside);
    const StorageStatus reopened = open(path);
    return restored.ok() ? reopened : restored;
}

StorageStatus WorkspaceController::close()
{
    if (!saveNow()) {
        return unsavedStatus();
    }
    m_loading = true;
    m_editor->setInput({});
    m_loading = false;
    m_record.reset();
    m_partnerId = 0;
    m_selected.reset();
    m_workspace.reset();
    m_rows.clear();
    reloadPeople();
    emit partnersChanged();
    return StorageStatus::success();
}

StorageStatus WorkspaceController::reloadFirst()
{
    m_rows.clear();
    m_partial = false;
    auto page = core::PartnerListing::loadFirst(*m_workspace, m_firstRows);
    if (!page.ok()) {
        return reload(); // the whole list, or its refusal
    }
    m_rows = std::move(page.value->entries);
    m_partial = !page.value->complete;
    const StorageStatus status = readSelected();
    emit partnersChanged();
    return status;
}

StorageStatus WorkspaceController::loadRest()
{
    if (!m_partial || !m_workspace) {
        return StorageStatus::success();
    }
    QSet<qint64> shown;
    shown.reserve(m_rows.size());
    for (const PartnerRow &row : std::as_const(m_rows)) {
        shown.insert(row.partner.id);
    }
    auto rest = core::PartnerListing::loadExcept(*m_workspace, shown);
    if (!rest.ok()) {
        return rest.status;
    }
    m_partial = false;
    const int first = int(m_rows.size());
    m_rows.append(std::move(*rest.value));
    emit partnersAppended(first);
    return StorageStatus::success();
}

StorageStatus WorkspaceController::reload()
{
    m_rows.clear();
    m_partial = false;
    if (!m_workspace) {
        m_selected.reset();
        emit partnersChanged();
        return StorageStatus::success();
    }
    // The list reads only its columns in one statement; the selected partner's full record is read on its own.
    auto rows = core::PartnerListing::load(*m_workspace);
    if (!rows.ok()) {
        m_selected.reset();
        emit partnersChanged();
        return rows.status;
    }
    m_rows = std::move(*rows.value);
    const StorageStatus status = readSelected();
    emit partnersChanged();
    return status;
}

StorageStatus WorkspaceController::readSelected()
{
    m_selected.reset();
    if (!m_workspace || m_partnerId == 0) {
        return StorageStatus::success();
    }
    auto partner = core::PartnerRepository(*m_workspace).get(m_partnerId);
    if (partner.ok()) {
        m_selected = std::move(*partner.value);
        return StorageStatus::success();
    }
    return partner.status.error == StorageError::NotFound ? StorageStatus::success() : partner.status;
}

core::StorageResult<qint64> WorkspaceController::addPartner(const core::Partner &partner)
{
    if (!m_workspace) {
        return core::StorageResult<qint64>::failure(noWorkspace());
    }
    auto result = core::PartnerRepository(*m_workspace).add(partner);
    if (result.ok()) {
        reload();
    }
    return result;
}

core::StorageResult<QList<qint64>> WorkspaceController::addPartners(const QList<core::Partner> &partners,
                                                                    const QString &source)
{
    if (!m_workspace) {
        return core::StorageResult<QList<qint64>>::failure(noWorkspace());
    }
    auto result = core::PartnerRepository(*m_workspace).addMany(partners, source);
    if (result.ok()) {
        reload();
    }
    return result;
}

StorageStatus WorkspaceController::updatePartner(const core::Partner &partner)
{
    if (!m_workspace) {
        return noWorkspace();
    }
    const auto result = core::PartnerRepository(*m_workspace).update(partner);
    if (result.ok()) {
        reload();
    }
    return result.status;
}

StorageStatus WorkspaceController::removePartner(qint64 partnerId)
{
    if (!m_workspace) {
        return noWorkspace();
    }
    const std::optional<core::Partner> partner =
        partnerId == m_partnerId ? selectedPartner() : std::optional<core::Partner>();
    const auto found = partner ? core::StorageResult<core::Partner>::of(*partner)
                               : core::PartnerRepository(*m_workspace).get(partnerId);
    if (!found.ok()) {
        return found.status;
    }
    const StorageStatus status = core::PartnerRepository(*m_workspace).remove(partnerId, found.value->revision);
    if (status.ok()) {
        if (partnerId == m_partnerId) {
            selectPartner(0);
        }
        reload();
    }
    return status;
}

core::StorageResult<qint64> WorkspaceController::restorePartner(const core::Partner &partner)
{
    if (!m_workspace) {
        return core::StorageResult<qint64>::failure(noWorkspace());
    }
    auto result = core::PartnerRepository(*m_workspace).restore(partner);
    if (result.ok()) {
        reload();
    }
    return result;
}

std::optional<core::Partner> WorkspaceController::partner(qint64 partnerId) const
{
    // The list rows carry only the listed columns: undo needs the whole record (notes, contacts, profile).
    if (!m_workspace) {
        return std::nullopt;
    }
    if (m_selected && m_selected->id == partnerId) {
        return m_selected;
    }
    auto stored = core::PartnerRepository(*m_workspace).get(partnerId);
    if (!stored.ok()) {
        return std::nullopt;
    }
    return *stored.value;
}

StorageStatus WorkspaceController::reloadPeople()
{
    m_people.clear();
    StorageStatus status = StorageStatus::success();
    if (m_workspace) {
        const auto people = core::PersonRepository(*m_workspace).list();
        if (people.ok()) {
            m_people = *people.value;
        }
        status = people.status;
    }
    m_myName = m_workspace ? core::PersonRepository(*m_workspace).defaultAssessor() : QString();
    QStringList names;
    for (const core::Person &person : m_people) {
        names << person.name;
    }
    m_editor->setPeople(names);
    emit peopleChanged();
    return status;
}

std::optional<core::Person> WorkspaceController::person(qint64 personId) const
{
    for (const core::Person &person : m_people) {
        if (person.id == personId) {
            return person;
        }
    }
    return std::nullopt;
}

core::StorageResult<qint64> WorkspaceController::addPerson(const core::Person &person)
{
    if (!m_workspace) {
        return core::StorageResult<qint64>::failure(noWorkspace());
    }
    core::PersonRepository people(*m_workspace);
    auto result = person.id > 0 ? people.restore(person) : people.add(person);
    if (result.ok()) {
        reloadPeople();
    }
    return result;
}

StorageStatus WorkspaceController::updatePerson(const core::Person &person)
{
    if (!m_workspace) {
        return noWorkspace();
    }
    const std::optional<core::Person> before = this->person(person.id);
    // Ratings name their assessor: what is waiting is stored under the old name first.
    if (!saveNow()) {
        return unsavedStatus();
    }
    const auto result = core::PersonRepository(*m_workspace).update(person);
    if (!result.ok()) {
        return result.status;
    }
    const QString oldName = before ? before->name : QString();
    const bool renamed = before && oldName != person.name.trimmed();
    const bool wasCurrent = renamed && m_editor->currentAssessor() == oldName;
    reloadPeople();
    if (renamed && m_record) {
        // The editor's ratings and its undo history (redoable ratings too) name the old assessor: read the
        // assessment again under the new name, which also closes that history.
        loadAssessment(m_record->id);
    }
    if (wasCurrent) {
        m_editor->setCurrentAssessor(person.name.trimmed());
    }
    return StorageStatus::success();
}

StorageStatus WorkspaceController::removePerson(const core::Person &person)
{
    if (!m_workspace) {
        return noWorkspace();
    }
    // A rating typed a moment ago counts: store it before asking whether the person has ratings.
    if (!saveNow()) {
        return unsavedStatus();
    }
    const StorageStatus status = core::PersonRepository(*m_workspace).remove(person);
    if (status.ok()) {
        reloadPeople();
    }
    return status;
}

int WorkspaceController::ratedAssessments(qint64 personId) const
{
    if (!m_workspace) {
        return 0;
    }
    const auto count = core::PersonRepository(*m_workspace).ratedAssessments(personId);
    return count.ok() ? *count.value : 0;
}

QString WorkspaceController::myName() const
{
    return m_myName;
}

StorageStatus WorkspaceController::setMyName(const QString &name)
{
    if (!m_workspace) {
        return noWorkspace();
    }
    const StorageStatus status = core::PersonRepository(*m_workspace).setDefaultAssessor(name);
    reloadPeople();
    return status;
}

StorageStatus WorkspaceController::selectPartner(qint64 partnerId)
{
    if (partnerId != m_partnerId && !saveNow()) {
        return unsavedStatus();
    }
    m_partnerId = partnerId;
    m_record.reset();
    const StorageStatus read = readSelected();
    if (!read.ok()) {
        m_loading = true;
        m_editor->setInput({});
        m_editor->setReadOnly(true);
        m_loading = false;
        return read;
    }
    for (const PartnerRow &row : m_rows) {
        if (row.partner.id == partnerId && row.latest) {
            return loadAssessment(row.latest->id);
        }
    }
    m_loading = true;
    m_editor->setReadOnly(false);
    m_editor->setInput({});
    m_loading = false;
    return StorageStatus::success();
}

StorageStatus WorkspaceController::loadAssessment(qint64 assessmentId)
{
    // On a failure the editor shows nothing rather than the previous partner's assessment.
    auto clear = [this](const StorageStatus &status) {
        m_loading = true;
        m_editor->setInput({});
        m_editor->setReadOnly(true);
        m_loading = false;
        // Forget the record too: an edit of the empty editor must never be stored over the draft.
        m_record.reset();
        m_storeTimer->stop();
        m_pending = false;
        return status;
    };
    const auto record = core::AssessmentRepository(*m_workspace).get(assessmentId);
    if (!record.ok()) {
        return clear(record.status);
    }
    const auto input = core::WorkspaceScoring::input(*m_workspace, assessmentId);
    if (!input.ok()) {
        return clear(input.status);
    }
    m_record = *record.value;
    m_loading = true;
    m_editor->setReadOnly(false);
    m_editor->setInput(*input.value);
    m_editor->setReadOnly(m_record->isFinalised());
    m_loading = false;
    return StorageStatus::success();
}

StorageStatus WorkspaceController::noWorkspace() const
{
    return StorageStatus::failure(StorageError::NotFound, tr("No workspace is open."));
}

StorageStatus WorkspaceController::unsavedStatus() const
{
    return StorageStatus::failure(StorageError::Io, tr("Your last change is not saved yet. Retry saving it first."));
}

bool WorkspaceController::saveNow()
{
    if (m_pending || m_unsaved) {
        store();
    }
    return !m_unsaved;
}

void WorkspaceController::store()
{
    m_storeTimer->stop();
    m_pending = false;
    if (m_loading) {
        return;
    }
    if (!m_workspace || !m_record || m_record->isFinalised()) {
        // An edit with nowhere to go is reported, never dropped silently.
        emit saved(StorageStatus::failure(StorageError::Invalid, tr("There is no draft assessment to store it in.")));
        return;
    }
    const core::AssessmentInput &input = m_editor->input();
    core::AssessmentRecord record = *m_record;
    record.ratings = input.ratings;
    record.consensus = input.consensus;
    record.homeCulture = input.homeCulture;
    record.homeRoadmap = input.homeRoadmap;
    record.partnerCulture = input.partnerCulture;
    record.partnerRoadmap = input.partnerRoadmap;
    const auto result = core::AssessmentRepository(*m_workspace).updateDraft(record);
    if (result.ok()) {
        record.revision = *result.value;
        m_record = record;
    }
    m_unsaved = !result.ok();
    emit saved(result.status);
    if (result.ok()) {
        // Storing a rating adds its assessor to the workspace's people when they were not there yet.
        for (const core::Rating &rating : record.ratings) {
            if (std::none_of(m_people.cbegin(), m_people.cend(),
                             [&](const core::Person &p) { return p.name == rating.assessor; })) {
                reloadPeople();
                break;
            }
        }
    }
}

StorageStatus WorkspaceController::newAssessment(core::AssessmentKind kind)
{
    const std::optional<core::Partner> partner = selectedPartner();
    if (!m_workspace || !partner) {
        return StorageStatus::failure(StorageError::NotFound, tr("Select a partner first."));
    }
    const auto home = core::HomeProfileRepository(*m_workspace).load();
    if (!home.ok()) {
        return home.status;
    }
    const auto framework = core::WorkspaceScoring::ensureDefaultFramework(*m_workspace);
    if (!framework.ok()) {
        return framework.status;
    }
    core::AssessmentRecord record;
    record.partnerId = partner->id;
    record.frameworkId = *framework.value;
    record.kind = kind;
    record.asOf = QDate::currentDate();
    record.title = kind == core::AssessmentKind::HealthCheck ? tr("Health check %1").arg(record.asOf.year())
                                                             : tr("Selection %1").arg(record.asOf.year());
    record.homeCulture = home.value->culture;
    record.homeRoadmap = home.value->roadmap;
    record.partnerCulture = partner->culture;
    record.partnerRoadmap = partner->roadmap;
    const auto created = core::AssessmentRepository(*m_workspace).createDraft(record);
    if (!created.ok()) {
        return created.status;
    }
    reload();
    return loadAssessment(*created.value);
}

StorageStatus WorkspaceController::finalise()
{
    if (!m_workspace || !m_record || m_record->isFinalised()) {
        return StorageStatus::failure(StorageError::Invalid, tr("There is no draft assessment to finalise."));
    }
    // Finalising scores what is stored: the editor's last change must be stored first.
    if (!saveNow()) {
        return unsavedStatus();
    }
    const auto result = core::WorkspaceScoring::finalise(*m_workspace, m_record->id, m_record->revision);
    if (!result.ok()) {
        return result.status;
    }
    const qint64 id = m_record->id;
    reload();
    return loadAssessment(id);
}

StorageStatus WorkspaceController::revise()
{
    if (!m_workspace || !m_record || !m_record->isFinalised()) {
        return StorageStatus::failure(StorageError::Invalid, tr("Only a finalised assessment can be revised."));
    }
    const auto result = core::AssessmentRepository(*m_workspace).revise(m_record->id);
    if (!result.ok()) {
        return result.status;
    }
    reload();
    return loadAssessment(*result.value);
}

core::StorageResult<core::HomeProfile> WorkspaceController::homeProfile() const
{
    if (!m_workspace) {
        return core::StorageResult<core::HomeProfile>::failure(noWorkspace());
    }
    return core::HomeProfileRepository(*m_workspace).load();
}

StorageStatus WorkspaceController::saveHomeProfile(const core::HomeProfile &profile)
{
    if (!m_workspace) {
        return noWorkspace();
    }
    const StorageStatus status = core::HomeProfileRepository(*m_workspace).save(profile);
    if (status.ok() && m_record && !m_record->isFinalised()) {
        // The draft's snapshot of our profile follows; a finalised assessment keeps the one it was made with.
        m_editor->applyHomeProfile(profile.culture, profile.roadmap);
    }
    return status;
}

QList<core::AssessmentSummary> WorkspaceController::history() const
{
    QList<core::AssessmentSummary> all;
    if (!m_workspace || m_partnerId == 0) {
        return all;
    }
    const auto current = core::AssessmentRepository(*m_workspace).listCurrent(m_partnerId);
    if (!current.ok()) {
        return all;
    }
    for (const core::AssessmentSummary &summary : *current.value) {
        const auto versions = core::AssessmentRepository(*m_workspace).history(summary.seriesId);
        if (versions.ok()) {
            all.append(*versions.value);
        }
    }
    std::sort(all.begin(), all.end(), [](const core::AssessmentSummary &a, const core::AssessmentSummary &b) {
        return a.asOf != b.asOf ? a.asOf < b.asOf : a.id < b.id;
    });
    return all;
}

} // namespace pf::ui

// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceController.h"

#include "core/storage/AssessmentRepository.h"
#include "core/storage/HomeProfileRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceScoring.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/common/Settings.h"

#include <QDate>
#include <QHash>
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
core::WorkspaceOptions workspaceOptions()
{
    core::WorkspaceOptions options;
    options.backupsToKeep = qMax(1, Settings::instance().integer(Settings::Key::BackupsToKeep));
    // The daily backup is not made while opening, on the GUI thread: a worker makes it right after
    // (WorkspaceTasks::dailyBackupIfDue), so that opening a large workspace does not wait for a copy of it.
    options.dailyBackups = false;
    return options;
}

} // namespace

StorageStatus WorkspaceController::open(const QString &path, bool create, QString *suggestedBackup)
{
    core::WorkspaceOpenResult result =
        create ? core::Workspace::create(path, workspaceOptions()) : core::Workspace::open(path, workspaceOptions());
    return adopt(result, suggestedBackup);
}

StorageStatus WorkspaceController::openDefault(QString *suggestedBackup)
{
    core::WorkspaceOpenResult result = core::Workspace::openDefault(workspaceOptions());
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
    m_workspace = std::move(result.workspace);
    const StorageStatus status = reload();
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
        return StorageStatus::failure(StorageError::NotFound, tr("No workspace is open."));
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
        return StorageStatus::failure(StorageError::NotFound, tr("No workspace is open."));
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
    m_workspace.reset();
    m_rows.clear();
    emit partnersChanged();
    return StorageStatus::success();
}

StorageStatus WorkspaceController::reload()
{
    m_rows.clear();
    if (!m_workspace) {
        emit partnersChanged();
        return StorageStatus::success();
    }
    const auto partners = core::PartnerRepository(*m_workspace).list();
    if (!partners.ok()) {
        emit partnersChanged();
        return partners.status;
    }
    const auto assessments = core::AssessmentRepository(*m_workspace).listCurrent();
    QHash<qint64, core::AssessmentSummary> latest;
    if (assessments.ok()) {
        // listCurrent is newest first: the first seen per partner is the one to show.
        for (const core::AssessmentSummary &summary : *assessments.value) {
            if (!latest.contains(summary.partnerId)) {
                latest.insert(summary.partnerId, summary);
            }
        }
    }
    for (const core::Partner &partner : *partners.value) {
        PartnerRow row{partner, std::nullopt};
        if (latest.contains(partner.id)) {
            row.latest = latest.value(partner.id);
        }
        m_rows.append(row);
    }
    emit partnersChanged();
    return assessments.ok() ? StorageStatus::success() : assessments.status;
}

core::StorageResult<qint64> WorkspaceController::addPartner(const core::Partner &partner)
{
    if (!m_workspace) {
        return core::StorageResult<qint64>::failure(StorageError::NotFound, tr("No workspace is open."));
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
        return core::StorageResult<QList<qint64>>::failure(StorageError::NotFound, tr("No workspace is open."));
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
        return StorageStatus::failure(StorageError::NotFound, tr("No workspace is open."));
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
        return StorageStatus::failure(StorageError::NotFound, tr("No workspace is open."));
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

std::optional<core::Partner> WorkspaceController::selectedPartner() const
{
    for (const PartnerRow &row : m_rows) {
        if (row.partner.id == m_partnerId) {
            return row.partner;
        }
    }
    return std::nullopt;
}

StorageStatus WorkspaceController::selectPartner(qint64 partnerId)
{
    if (partnerId != m_partnerId && !saveNow()) {
        return unsavedStatus();
    }
    m_partnerId = partnerId;
    m_record.reset();
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
        return core::StorageResult<core::HomeProfile>::failure(StorageError::NotFound, tr("No workspace is open."));
    }
    return core::HomeProfileRepository(*m_workspace).load();
}

StorageStatus WorkspaceController::saveHomeProfile(const core::HomeProfile &profile)
{
    if (!m_workspace) {
        return StorageStatus::failure(StorageError::NotFound, tr("No workspace is open."));
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

// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleActions.h"

#include "PeopleDialog.h"
#include "core/storage/Workspace.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/common/DialogRunner.h"
#include "ui/workspace/WorkspaceController.h"
#include "ui/workspace/WorkspaceEditor.h"

#include <QAction>
#include <QInputDialog>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace pf::ui {

PeopleActions::PeopleActions(WorkspaceEditor *workspace, AssessmentEditor *assessment, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_assessment(assessment)
    , m_window(window)
    , m_people(new QAction(tr("&People…"), this))
    , m_addMe(new QAction(tr("Add &Me as Assessor"), this))
    , m_addAssessor(new QAction(tr("Add &Assessor…"), this))
{
    m_people->setObjectName(QStringLiteral("actionPeople"));
    m_people->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_people->setToolTip(tr("Everyone who rates partners in this workspace"));
    m_addMe->setObjectName(QStringLiteral("actionAddMe"));
    m_addMe->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_addAssessor->setObjectName(QStringLiteral("actionAddAssessor"));
    connect(m_people, &QAction::triggered, this, &PeopleActions::showPeople);
    connect(m_addMe, &QAction::triggered, this, &PeopleActions::addMe);
    connect(m_addAssessor, &QAction::triggered, this, &PeopleActions::addAssessor);
    connect(m_workspace->controller(), &WorkspaceController::peopleChanged, this, &PeopleActions::update);
    connect(m_workspace->controller(), &WorkspaceController::workspaceOpened, this, &PeopleActions::update);
    connect(m_assessment, &AssessmentEditor::changed, this, &PeopleActions::update);
    update();
}

QString PeopleActions::osFullName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_gecos) {
        // GECOS: "Full Name,room,phone,...".
        const QString full = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty()) {
            return full;
        }
    }
#endif
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return {};
}

void PeopleActions::update()
{
    WorkspaceController *controller = m_workspace->controller();
    const bool open = controller->isOpen();
    m_people->setEnabled(open);
    m_addAssessor->setEnabled(open);
    const QString me = open ? controller->myName() : QString();
    bool known = false;
    for (const core::Person &person : controller->people()) {
        known = known || person.name == me;
    }
    // Known: one click rates as them. Not yet: one click asks for the name to add (the login name is rarely it).
    m_addMe->setText(known ? tr("Rate as %1").arg(me) : tr("Add &Me as Assessor"));
    m_addMe->setEnabled(open);
    m_addMe->setVisible(!known || m_assessment->currentAssessor() != me);
}

bool PeopleActions::ensurePerson(const QString &name)
{
    for (const core::Person &person : m_workspace->controller()->people()) {
        if (person.name == name) {
            return true;
        }
    }
    const auto added = m_workspace->addPerson(core::Person{0, name, {}, 0});
    if (!added.ok()) {
        emit failed(added.status, tr("%1 could not be added.").arg(name));
    }
    return added.ok();
}

void PeopleActions::addMe()
{
    WorkspaceController *controller = m_workspace->controller();
    if (!controller->isOpen()) {
        return;
    }
    QString me = controller->myName();
    bool known = false;
    for (const core::Person &person : controller->people()) {
        known = known || person.name == me;
    }
    if (!known) {
        QInputDialog dialog(m_window);
        dialog.setObjectName(QStringLiteral("addMeDialog"));
        dialog.setWindowTitle(tr("Add Me as Assessor"));
        dialog.setLabelText(tr("Your name as colleagues will see it beside your ratings:"));
        dialog.setTextValue(me.isEmpty() || me == core::Workspace::osUser() ? osFullName() : me);
        if (DialogRunner::exec(dialog) != QDialog::Accepted || dialog.textValue().trimmed().isEmpty()) {
            return;
        }
        me = dialog.textValue().trimmed();
        if (!ensurePerson(me)) {
            return;
        }
        // Remembered in the workspace: the next time, one click.
        const core::StorageStatus status = controller->setMyName(me);
        if (!status.ok()) {
            emit failed(status, tr("Your name could not be remembered."));
        }
    }
    m_assessment->setCurrentAssessor(me);
}

void PeopleActions::addAssessor()
{
    if (!m_workspace->controller()->isOpen()) {
        return;
    }
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("addAssessorDialog"));
    dialog.setWindowTitle(tr("Add Assessor"));
    dialog.setLabelText(tr("Name of the colleague who rates this partner:"));
    if (DialogRunner::exec(dialog) != QDialog::Accepted || dialog.textValue().trimmed().isEmpty()) {
        return;
    }
    const QString name = dialog.textValue().trimmed();
    if (ensurePerson(name)) {
        m_assessment->setCurrentAssessor(name);
    }
}

void PeopleActions::showPeople()
{
    if (!m_workspace->controller()->isOpen()) {
        return;
    }
    PeopleDialog dialog(m_workspace, this, m_window);
    DialogRunner::exec(dialog);
}

} // namespace pf::ui

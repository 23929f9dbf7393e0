// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleDialog.h"

#include "PeopleActions.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBar.h"
#include "ui/workspace/WorkspaceController.h"
#include "ui/workspace/WorkspaceEditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pf::ui {

namespace {
constexpr int PersonIdRole = Qt::UserRole + 1;
}

PeopleDialog::PeopleDialog(WorkspaceEditor *workspace, PeopleActions *actions, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actions(actions)
    , m_message(new MessageBar(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("&Add Person…"), this))
    , m_addMe(new QPushButton(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People"));
    auto *intro = new QLabel(tr("Everyone who rates partners in this workspace. Double-click a name or role to "
                                "change it. Ratings keep their assessor, so someone who has rated cannot be removed."),
                             this);
    intro->setWordWrap(true);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Assessments rated")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAccessibleName(tr("People"));
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_addMe->setObjectName(QStringLiteral("addMeButton"));
    m_remove->setObjectName(QStringLiteral("removePersonButton"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_addMe);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addWidget(close);

    // Undo and redo reach the workspace's history while the dialog is open.
    if (QWidget *window = parent ? parent->window() : nullptr) {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->objectName() == QLatin1String("actionUndo") ||
                action->objectName() == QLatin1String("actionRedo")) {
                addAction(action);
            }
        }
    }

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    connect(m_addMe, &QPushButton::clicked, this, [this] {
        m_actions->addMe();
        selectPerson(m_workspace->controller()->myName());
    });
    connect(m_remove, &QPushButton::clicked, this, &PeopleDialog::removeSelected);
    // Delete removes the selected person (a cell being edited takes the key itself).
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellChanged, this, &PeopleDialog::cellEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    connect(m_workspace->controller(), &WorkspaceController::peopleChanged, this, &PeopleDialog::refresh);
    connect(m_actions->addMeAction(), &QAction::changed, this, &PeopleDialog::updateButtons);
    connect(m_workspace, &WorkspaceEditor::failed, this,
            [this](const core::StorageStatus &status, const QString &doing) {
                m_message->showError(tr("%1 %2").arg(doing, status.message));
            });
    refresh();
    resize(560, 420);
}

bool PeopleDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        removeSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void PeopleDialog::refresh()
{
    if (m_editing) {
        return; // the edited item is still in use: refreshed right after
    }
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
                                 ? m_table->item(m_table->currentRow(), 0)->text()
                                 : QString();
    m_refreshing = true;
    const QList<core::Person> &people = m_workspace->controller()->people();
    m_table->setRowCount(int(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const core::Person &person = people.at(row);
        auto *name = new QTableWidgetItem(person.name);
        name->setData(PersonIdRole, person.id);
        m_table->setItem(row, 0, name);
        auto *role = new QTableWidgetItem(person.role);
        role->setData(PersonIdRole, person.id);
        m_table->setItem(row, 1, role);
        // Who has rated cannot be removed: the count says so before anyone tries.
        auto *rated = new QTableWidgetItem(QLocale().toString(m_workspace->controller()->ratedAssessments(person.id)));
        rated->setData(PersonIdRole, person.id);
        rated->setFlags(rated->flags() & ~Qt::ItemIsEditable);
        rated->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, rated);
    }
    m_refreshing = false;
    if (!selected.isEmpty()) {
        selectPerson(selected);
    }
    updateButtons();
}

bool PeopleDialog::selectPerson(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == name) {
            m_table->setCurrentCell(row, 0);
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void PeopleDialog::updateButtons()
{
    // Hidden while you are the one rating already.
    m_addMe->setText(m_actions->addMeAction()->text());
    m_addMe->setVisible(m_actions->addMeAction()->isVisible());
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void PeopleDialog::cellEdited(int row, int column)
{
    if (m_refreshing) {
        return;
    }
    const QTableWidgetItem *item = m_table->item(row, column);
    const std::optional<core::Person> before =
        item ? m_workspace->controller()->person(item->data(PersonIdRole).toLongLong()) : std::nullopt;
    if (!before || column > 1) {
        return;
    }
    core::Person after = *before;
    (column == 0 ? after.name : after.role) = item->text().trimmed();
    m_editing = true;
    const core::StorageStatus status = m_workspace->editPerson(after);
    m_editing = false;
    // Back to what is stored (the item that changed must outlive this signal, so not at once).
    QTimer::singleShot(0, this, &PeopleDialog::refresh);
    if (!status.ok()) {
        m_message->showError(tr("%1 could not be changed: %2").arg(before->name, status.message));
        return;
    }
    m_message->hide();
}

void PeopleDialog::addPerson()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addPersonDialog"));
    dialog.setWindowTitle(tr("Add Person"));
    dialog.setLabelText(tr("Name of the colleague who rates partners:"));
    if (DialogRunner::exec(dialog) != QDialog::Accepted || dialog.textValue().trimmed().isEmpty()) {
        return;
    }
    const QString name = dialog.textValue().trimmed();
    const auto added = m_workspace->addPerson(core::Person{0, name, {}, 0});
    if (!added.ok()) {
        m_message->showError(tr("%1 could not be added: %2").arg(name, added.status.message));
        return;
    }
    m_message->hide();
    selectPerson(name);
}

void PeopleDialog::removeSelected()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty()) {
        return;
    }
    const qint64 id = items.constFirst()->data(PersonIdRole).toLongLong();
    const std::optional<core::Person> person = m_workspace->controller()->person(id);
    if (!person) {
        return;
    }
    // No confirmation: removing someone who never rated loses nothing, and Undo brings them back.
    const core::StorageStatus status = m_workspace->removePerson(id);
    if (!status.ok()) {
        m_message->showError(tr("%1 cannot be removed: %2").arg(person->name, status.message));
        return;
    }
    m_message->hide();
}

} // namespace pf::ui

// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Partner, home-profile and people edits through the real main window: stored at once, undone and redone
// from Edit ▸ Undo/Redo, and found as they were after closing and reopening the workspace.
#include "TemporarySettings.h"
#include "core/storage/HomeProfileRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "support/CatchCompat.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/assessment/RatingRow.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBar.h"
#include "ui/common/ScaleButtons.h"
#include "ui/home/HomeProfileDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/OverviewPage.h"
#include "ui/partners/PartnerDialog.h"
#include "ui/partners/PartnerView.h"
#include "ui/people/PeopleActions.h"
#include "ui/people/PeopleDialog.h"
#include "ui/workspace/WorkspaceController.h"
#include "ui/workspace/WorkspaceEditor.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace pf;
using pf::test::TemporarySettings;
using pf::ui::DialogRunner;
using pf::ui::MainWindow;

namespace {

const QString Trust = QStringLiteral("trust_openness");

QAction *action(const MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

/// Answers dialogs with @p responder for the life of a test.
struct Responder
{
    explicit Responder(DialogRunner::DialogResponder responder)
    {
        DialogRunner::setDialogResponder(std::move(responder));
        DialogRunner::setQuestionResponder([](const QString &, const QString &) { return QMessageBox::Yes; });
    }
    ~Responder()
    {
        DialogRunner::setDialogResponder({});
        DialogRunner::setQuestionResponder({});
    }
};

/// What the partner editor is filled in with next.
struct PartnerInput
{
    QString name;
    QString stage;
    QString tags;
};

core::Partner stored(const MainWindow &window, qint64 id)
{
    const auto partner = core::PartnerRepository(*window.controller()->workspace()).get(id);
    REQUIRE(partner.ok());
    return *partner.value;
}

} // namespace

TEST_CASE("A partner edit is undone and redone, and reopening the workspace finds the redone state", "[editing][undo]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("edits.partnerfit"));
    PartnerInput next{QStringLiteral("Acme GmbH"), {}, {}};
    Responder responder([&next](QDialog &dialog) {
        auto &partner = dynamic_cast<ui::PartnerDialog &>(dialog);
        partner.setName(next.name);
        if (!next.stage.isEmpty()) {
            auto *stage = partner.findChild<QComboBox *>(QStringLiteral("partnerStageCombo"));
            stage->setCurrentIndex(stage->findData(next.stage));
        }
        partner.findChild<QLineEdit *>(QStringLiteral("partnerTagsEdit"))->setText(next.tags);
        return int(QDialog::Accepted);
    });
    qint64 id = 0;
    {
        MainWindow window(path);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK_FALSE(action(window, "actionUndo")->isEnabled());

        action(window, "actionAddPartner")->trigger();
        id = window.controller()->selectedPartnerId();
        REQUIRE(id != 0);
        CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo new partner Acme GmbH"));

        next = {QStringLiteral("Acme Cloud GmbH"), QStringLiteral("active"), QStringLiteral("cloud, ai")};
        action(window, "actionEditPartner")->trigger();
        // Stored at once, named in the Edit menu.
        CHECK(stored(window, id).name == QStringLiteral("Acme Cloud GmbH"));
        CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo rename of partner Acme GmbH"));

        action(window, "actionUndo")->trigger();
        core::Partner partner = stored(window, id);
        CHECK(partner.name == QStringLiteral("Acme GmbH"));
        CHECK(partner.stage == QStringLiteral("prospect"));
        CHECK(partner.tags.isEmpty());
        CHECK(window.partnerTable()->model()->index(0, 0).data().toString() == QStringLiteral("Acme GmbH"));
        CHECK(action(window, "actionRedo")->text() == QStringLiteral("Redo rename of partner Acme GmbH"));

        // Undoing the addition removes the partner; redoing brings it back under the same id.
        action(window, "actionUndo")->trigger();
        CHECK(window.controller()->partners().isEmpty());
        CHECK(core::PartnerRepository(*window.controller()->workspace()).get(id).status.error ==
              core::StorageError::NotFound);
        action(window, "actionRedo")->trigger();
        REQUIRE(window.controller()->partners().size() == 1);
        CHECK(window.controller()->partners().constFirst().partner.id == id);

        action(window, "actionRedo")->trigger();
        partner = stored(window, id);
        CHECK(partner.name == QStringLiteral("Acme Cloud GmbH"));
        CHECK(partner.stage == QStringLiteral("active"));
        CHECK(partner.tags == QStringList{QStringLiteral("cloud"), QStringLiteral("ai")});
        CHECK_FALSE(action(window, "actionRedo")->isEnabled());

        // An edit of only the stage is named as such.
        window.selectPartner(id);
        next = {QStringLiteral("Acme Cloud GmbH"), QStringLiteral("paused"), QStringLiteral("cloud, ai")};
        action(window, "actionEditPartner")->trigger();
        CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo stage of Acme Cloud GmbH"));
        action(window, "actionUndo")->trigger();
        CHECK(stored(window, id).stage == QStringLiteral("active"));
        window.close();
    }

    MainWindow again(path);
    REQUIRE(again.controller()->isOpen());
    REQUIRE(again.controller()->partners().size() == 1);
    const core::Partner reopened = again.controller()->partners().constFirst().partner;
    CHECK(reopened.id == id);
    CHECK(reopened.name == QStringLiteral("Acme Cloud GmbH"));
    CHECK(reopened.stage == QStringLiteral("active"));
    CHECK(reopened.tags == QStringList{QStringLiteral("cloud"), QStringLiteral("ai")});
    // A newly opened workspace starts with an empty history.
    CHECK_FALSE(action(again, "actionUndo")->isEnabled());
}

TEST_CASE("A deleted partner comes back on Undo with its id and details", "[editing][undo]")
{
    TemporarySettings temp;
    Responder responder([](QDialog &dialog) {
        auto &partner = dynamic_cast<ui::PartnerDialog &>(dialog);
        partner.setName(QStringLiteral("Echo Systems"));
        partner.findChild<QLineEdit *>(QStringLiteral("partnerTagsEdit"))->setText(QStringLiteral("edge"));
        partner.findChild<QPlainTextEdit *>(QStringLiteral("partnerNotesEdit"))
            ->setPlainText(QStringLiteral("Met at the fair"));
        return int(QDialog::Accepted);
    });
    MainWindow window(temp.dir.filePath(QStringLiteral("delete.partnerfit")));
    action(window, "actionAddPartner")->trigger();
    const qint64 id = window.controller()->selectedPartnerId();
    const core::Partner before = stored(window, id);
    action(window, "actionDeletePartner")->trigger();
    CHECK(window.controller()->partners().isEmpty());
    CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo deletion of Echo Systems"));
    action(window, "actionUndo")->trigger();
    REQUIRE(window.controller()->partners().size() == 1);
    core::Partner after = stored(window, id);
    CHECK(after.notes == QStringLiteral("Met at the fair"));
    after.revision = before.revision;
    CHECK(after == before);
    action(window, "actionRedo")->trigger();
    CHECK(window.controller()->partners().isEmpty());
}

TEST_CASE("A refused edit is shown and not recorded, an undo storage refuses says why and leaves the data",
          "[editing][undo]")
{
    TemporarySettings temp;
    QString name = QStringLiteral("Foxtrot Media");
    Responder responder([&name](QDialog &dialog) {
        dynamic_cast<ui::PartnerDialog &>(dialog).setName(name);
        return int(QDialog::Accepted);
    });
    MainWindow window(temp.dir.filePath(QStringLiteral("refused.partnerfit")));
    action(window, "actionAddPartner")->trigger();
    name = QStringLiteral("Golf Retail");
    action(window, "actionAddPartner")->trigger();
    const qint64 golf = window.controller()->selectedPartnerId();

    // Renaming Golf to Foxtrot's name is refused: the message says so, and there is nothing new to undo.
    name = QStringLiteral("Foxtrot Media");
    action(window, "actionEditPartner")->trigger();
    CHECK(window.messageBar()->text().contains(QStringLiteral("already exists")));
    CHECK(stored(window, golf).name == QStringLiteral("Golf Retail"));
    CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo new partner Golf Retail"));

    // Once Golf has an assessment, undoing its addition is refused with the reason; Golf stays, and the
    // history moves on to the edit before.
    action(window, "actionNewAssessment")->trigger();
    REQUIRE(window.controller()->assessment());
    action(window, "actionUndo")->trigger();
    CHECK(window.messageBar()->text().contains(QStringLiteral("Adding Golf Retail could not be undone.")));
    CHECK(window.messageBar()->text().contains(QStringLiteral("has assessments")));
    CHECK(stored(window, golf).name == QStringLiteral("Golf Retail"));
    CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo new partner Foxtrot Media"));
    CHECK_FALSE(action(window, "actionRedo")->isEnabled());
}

TEST_CASE("Undo takes back the newest edit, whether it was a rating or a partner edit", "[editing][undo]")
{
    TemporarySettings temp;
    QString name = QStringLiteral("Borealis AB");
    Responder responder([&name](QDialog &dialog) {
        if (auto *partner = qobject_cast<ui::PartnerDialog *>(&dialog)) {
            partner->setName(name);
        } else if (auto *input = qobject_cast<QInputDialog *>(&dialog)) {
            input->setTextValue(QStringLiteral("Ana Lopez"));
        }
        return int(QDialog::Accepted);
    });
    MainWindow window(temp.dir.filePath(QStringLiteral("order.partnerfit")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    action(window, "actionAddPartner")->trigger();
    const qint64 id = window.controller()->selectedPartnerId();
    action(window, "actionNewAssessment")->trigger();
    action(window, "actionAddAssessor")->trigger();
    REQUIRE(window.editor()->currentAssessor() == QStringLiteral("Ana Lopez"));
    ui::RatingRow *row = window.partnerView()->assessmentPage()->row(Trust);
    REQUIRE(row);
    QTest::mouseClick(row->button(4), Qt::LeftButton);
    name = QStringLiteral("Borealis Group AB");
    action(window, "actionEditPartner")->trigger();

    CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo rename of partner Borealis AB"));
    action(window, "actionUndo")->trigger();
    CHECK(stored(window, id).name == QStringLiteral("Borealis AB"));
    CHECK(window.editor()->rating(Trust, QStringLiteral("Ana Lopez"))->value == 4);
    CHECK(action(window, "actionUndo")->iconText() == QStringLiteral("Undo rating of Trust & openness"));
    action(window, "actionUndo")->trigger();
    CHECK_FALSE(window.editor()->rating(Trust, QStringLiteral("Ana Lopez")));
    // Redo in the order they were made: the rating, then the rename.
    CHECK(action(window, "actionRedo")->iconText() == QStringLiteral("Redo rating of Trust & openness"));
    action(window, "actionRedo")->trigger();
    action(window, "actionRedo")->trigger();
    CHECK(window.editor()->rating(Trust, QStringLiteral("Ana Lopez"))->value == 4);
    CHECK(stored(window, id).name == QStringLiteral("Borealis Group AB"));
}

TEST_CASE("A home profile edit is stored, undone and redone", "[editing][undo]")
{
    TemporarySettings temp;
    Responder responder([](QDialog &dialog) {
        auto &home = dynamic_cast<ui::HomeProfileDialog &>(dialog);
        QTest::mouseClick(home.axisButtons(QStringLiteral("decision_speed"))->button(5), Qt::LeftButton);
        home.addRoadmapItem();
        return int(QDialog::Accepted);
    });
    MainWindow window(temp.dir.filePath(QStringLiteral("home.partnerfit")));
    auto load = [&] {
        return *core::HomeProfileRepository(*window.controller()->workspace()).load().value;
    };
    const core::HomeProfile before = load();
    action(window, "actionEditHomeProfile")->trigger();
    const core::HomeProfile after = load();
    CHECK(after.culture.value(QStringLiteral("decision_speed")) == 5.0);
    CHECK(after.roadmap.size() == before.roadmap.size() + 1);
    CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo home profile"));

    action(window, "actionUndo")->trigger();
    CHECK(load() == before);
    action(window, "actionRedo")->trigger();
    CHECK(load() == after);
}

TEST_CASE("People: add a colleague, add me in one click, pick the assessor, rename, and no removal of who rated",
          "[editing][people]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("people.partnerfit"));
    const QString Cy = QStringLiteral("Cy Park");
    const QString Dana = QStringLiteral("Dana Reyes");
    std::function<void(ui::PeopleDialog &)> inPeople;
    QString prefilled;
    int prompts = 0;
    Responder responder([&](QDialog &dialog) {
        if (auto *partner = qobject_cast<ui::PartnerDialog *>(&dialog)) {
            partner->setName(QStringLiteral("Cobalt Logistics"));
        } else if (auto *people = qobject_cast<ui::PeopleDialog *>(&dialog)) {
            inPeople(*people);
        } else if (auto *input = qobject_cast<QInputDialog *>(&dialog)) {
            ++prompts;
            if (input->objectName() == QLatin1String("addMeDialog")) {
                prefilled = input->textValue();
                input->setTextValue(Dana);
            } else {
                input->setTextValue(Cy);
            }
        }
        return int(QDialog::Accepted);
    });
    MainWindow window(path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    action(window, "actionAddPartner")->trigger();
    action(window, "actionNewAssessment")->trigger();
    ui::AssessmentEditor *editor = window.editor();
    ui::AssessmentPage *page = window.partnerView()->assessmentPage();
    auto names = [&] {
        QStringList list;
        for (const core::Person &person : window.controller()->people()) {
            list << person.name;
        }
        return list;
    };

    // Add a colleague in the People dialog and give them a role.
    inPeople = [&](ui::PeopleDialog &people) {
        people.addPerson();
        REQUIRE(people.table()->rowCount() == 1);
        CHECK(people.table()->item(0, 0)->text() == Cy);
        people.table()->item(0, 1)->setText(QStringLiteral("Partner manager"));
    };
    action(window, "actionPeople")->trigger();
    CHECK(names() == QStringList{Cy});
    CHECK(window.controller()->people().constFirst().role == QStringLiteral("Partner manager"));
    CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo role of Cy Park"));

    // Add me: the prompt offers the name the operating system knows; the name is remembered, so the next
    // time is one click without a question.
    QPushButton *addMe = page->findChild<QPushButton *>(QStringLiteral("addMeButton"));
    REQUIRE(addMe);
    QTest::mouseClick(addMe, Qt::LeftButton);
    CHECK(prefilled == ui::PeopleActions::osFullName());
    CHECK(prompts == 2);
    CHECK(names().contains(Dana));
    CHECK(editor->currentAssessor() == Dana);
    CHECK(core::PersonRepository(*window.controller()->workspace()).defaultAssessor() == Dana);
    CHECK(addMe->isHidden()); // rating as yourself already

    // Pick the colleague in the assessor list and rate as them.
    auto *assessor = page->findChild<QComboBox *>(QStringLiteral("assessorCombo"));
    REQUIRE(assessor);
    CHECK(assessor->findText(Cy) >= 0);
    CHECK(assessor->findText(Dana) >= 0);
    assessor->setCurrentIndex(assessor->findText(Cy));
    CHECK(editor->currentAssessor() == Cy);
    CHECK_FALSE(addMe->isHidden());
    CHECK(addMe->text() == QStringLiteral("Rate as Dana Reyes"));
    QTest::mouseClick(page->row(Trust)->button(2), Qt::LeftButton);
    CHECK(editor->rating(Trust, Cy)->value == 2);

    // One click back to yourself.
    QTest::mouseClick(addMe, Qt::LeftButton);
    CHECK(prompts == 2);
    CHECK(editor->currentAssessor() == Dana);

    // Someone who rated cannot be removed, and the dialog says why; someone who did not can, and comes back on Undo.
    inPeople = [&](ui::PeopleDialog &people) {
        REQUIRE(people.selectPerson(Cy));
        people.removeSelected();
        CHECK_FALSE(people.messageBar()->isHidden());
        CHECK(people.messageBar()->text().contains(QStringLiteral("Cy Park has ratings")));
        // The Delete key removes the selected person.
        REQUIRE(people.selectPerson(Dana));
        people.table()->setFocus();
        QTest::keyClick(people.table(), Qt::Key_Delete);
        CHECK_FALSE(people.selectPerson(Dana));
    };
    action(window, "actionPeople")->trigger();
    CHECK(names() == QStringList{Cy});
    CHECK(editor->currentAssessor().isEmpty());
    CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo removal of Dana Reyes"));
    action(window, "actionUndo")->trigger();
    CHECK(names() == (QStringList{Cy, Dana}));

    // A rename shows in the ratings at once, and undoes.
    inPeople = [&](ui::PeopleDialog &people) {
        REQUIRE(people.selectPerson(Cy));
        people.table()->item(people.table()->currentRow(), 0)->setText(QStringLiteral("Cy Park-Lee"));
    };
    action(window, "actionPeople")->trigger();
    CHECK(editor->rating(Trust, QStringLiteral("Cy Park-Lee"))->value == 2);
    CHECK_FALSE(editor->rating(Trust, Cy));
    CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo rename of Cy Park"));
    action(window, "actionUndo")->trigger();
    CHECK(editor->rating(Trust, Cy)->value == 2);
    CHECK(names() == (QStringList{Cy, Dana}));
    window.close();

    // Reopened: the people and the rating are there.
    MainWindow again(path);
    QStringList reopened;
    for (const core::Person &person : again.controller()->people()) {
        reopened << person.name;
    }
    CHECK(reopened == (QStringList{Cy, Dana}));
    again.selectPartner(again.controller()->partners().constFirst().partner.id);
    REQUIRE(again.controller()->assessment());
    CHECK(again.editor()->rating(Trust, Cy)->value == 2);
}

TEST_CASE("The Overview page leaves the verdict to the partner header, which shows it all once", "[overview]")
{
    TemporarySettings temp;
    Responder responder([](QDialog &dialog) {
        if (auto *partner = qobject_cast<ui::PartnerDialog *>(&dialog)) {
            partner->setName(QStringLiteral("Delta Analytics"));
        }
        return int(QDialog::Accepted);
    });
    MainWindow window(temp.dir.filePath(QStringLiteral("overview.partnerfit")));
    action(window, "actionAddPartner")->trigger();
    action(window, "actionNewAssessment")->trigger();
    ui::PartnerView *view = window.partnerView();
    CHECK_FALSE(view->overviewPage()->isVerdictShown());
    // Band, overall, confidence and coverage in the header.
    const QString header = view->headerText();
    CHECK(header.contains(QStringLiteral("Not assessed yet")));
    CHECK(header.contains(QStringLiteral("| — |")));
    CHECK(header.contains(QStringLiteral("coverage")));
    // A page of its own still shows it.
    ui::OverviewPage standalone(window.editor());
    CHECK(standalone.isVerdictShown());
}

TEST_CASE("Undo follows a partner restored under a new id and never touches the one that took its old id",
          "[editing][undo]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("ids.partnerfit")));
    auto *editor = window.findChild<ui::WorkspaceEditor *>();
    REQUIRE(editor);
    auto partner = [](const char *name, const char *notes) {
        core::Partner p;
        p.name = QLatin1String(name);
        p.type = QStringLiteral("reseller");
        p.stage = QStringLiteral("prospect");
        p.notes = QLatin1String(notes);
        return p;
    };
    const auto added = editor->addPartner(partner("Zeta AG", "Zeta's notes"));
    REQUIRE(added.ok());
    const qint64 zetaId = *added.value;
    core::Partner renamed = stored(window, zetaId);
    renamed.name = QStringLiteral("Zeta Group AG");
    REQUIRE(editor->editPartner(renamed).ok());
    REQUIRE(editor->removePartner(zetaId).ok());
    // Not recorded in the history, like an import: a new partner is given the freed id.
    const auto omegaId = window.controller()->addPartner(partner("Omega Ltd", "Omega's notes"));
    REQUIRE(omegaId.ok());
    REQUIRE(*omegaId.value == zetaId);

    editor->undoStack()->undo(); // the removal: Zeta comes back under another id
    editor->undoStack()->undo(); // the rename: Zeta's, not Omega's
    CHECK(stored(window, zetaId).name == QStringLiteral("Omega Ltd"));
    CHECK(stored(window, zetaId).notes == QStringLiteral("Omega's notes"));
    const auto zeta = core::PartnerRepository(*window.controller()->workspace()).findByName(QStringLiteral("Zeta AG"));
    REQUIRE(zeta.ok());
    CHECK(zeta.value->id != zetaId);
    CHECK(zeta.value->notes == QStringLiteral("Zeta's notes"));

    editor->undoStack()->redo(); // rename Zeta again
    editor->undoStack()->redo(); // and remove it
    CHECK(stored(window, zetaId).name == QStringLiteral("Omega Ltd"));
    CHECK_FALSE(
        core::PartnerRepository(*window.controller()->workspace()).findByName(QStringLiteral("Zeta Group AG")).ok());
}

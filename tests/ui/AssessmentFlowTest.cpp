// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole flow a BD manager goes through, driven through the real main window.
#include "TemporarySettings.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/WorkspaceBackup.h"
#include "support/CatchCompat.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/assessment/ConsensusDialog.h"
#include "ui/assessment/RatingRow.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/EmptyState.h"
#include "ui/common/MessageBar.h"
#include "ui/common/ScaleButtons.h"
#include "ui/history/HistoryPage.h"
#include "ui/home/HomeProfileDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/OverviewPage.h"
#include "ui/partners/PartnerDialog.h"
#include "ui/partners/PartnerListModel.h"
#include "ui/partners/PartnerView.h"
#include "ui/workspace/WorkspaceController.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
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
const QString Ana = QStringLiteral("Ana Lopez");
const QString Ben = QStringLiteral("Ben Cole");

QAction *action(const MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QWidget *currentPage(const MainWindow &window)
{
    return window.findChild<QStackedWidget *>()->currentWidget();
}

/// Answers every dialog and question for the life of a test.
struct Responders
{
    Responders()
    {
        DialogRunner::setDialogResponder([](QDialog &dialog) {
            if (auto *partner = qobject_cast<ui::PartnerDialog *>(&dialog)) {
                partner->setName(QStringLiteral("Acme GmbH"));
            } else if (auto *input = qobject_cast<QInputDialog *>(&dialog)) {
                input->setTextValue(Ben);
            } else if (auto *consensus = qobject_cast<ui::ConsensusDialog *>(&dialog)) {
                consensus->setValue(3.0);
                consensus->setRationale(QStringLiteral("Agreed in the steering review"));
            }
            return int(QDialog::Accepted);
        });
        DialogRunner::setQuestionResponder([](const QString &, const QString &) { return QMessageBox::Yes; });
    }
    ~Responders()
    {
        DialogRunner::setDialogResponder({});
        DialogRunner::setQuestionResponder({});
    }
};

} // namespace

TEST_CASE("From a new partner to a finalised, explained verdict that survives closing the workspace", "[flow]")
{
    TemporarySettings temp;
    Responders responders;
    const QString path = temp.dir.filePath(QStringLiteral("team.partnerfit"));
    qint64 partnerId = 0;
    {
        MainWindow window(path);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(currentPage(window)->objectName() == QStringLiteral("emptyState"));

        // Add a partner: it is selected and offers to start an assessment.
        action(window, "actionAddPartner")->trigger();
        REQUIRE(window.controller()->partners().size() == 1);
        partnerId = window.controller()->selectedPartnerId();
        CHECK(partnerId != 0);
        CHECK(currentPage(window)->objectName() == QStringLiteral("noAssessment"));
        CHECK(window.partnerTable()->model()->index(0, 0).data().toString() == QStringLiteral("Acme GmbH"));

        action(window, "actionNewAssessment")->trigger();
        ui::PartnerView *view = window.partnerView();
        REQUIRE(currentPage(window) == view);
        CHECK(view->currentPage() == ui::PartnerView::Assessment);
        CHECK(action(window, "actionFinalise")->isEnabled());

        // Two assessors: Ana added in one step, Ben through "Add assessor".
        ui::AssessmentEditor *editor = window.editor();
        editor->addAssessor(Ana);
        view->assessmentPage()->setCurrentAssessor(Ana);
        ui::RatingRow *row = view->assessmentPage()->row(Trust);
        REQUIRE(row);
        QTest::mouseClick(row->button(4), Qt::LeftButton);
        // "Add Assessor…", answered with Ben.
        QTest::mouseClick(view->assessmentPage()->findChild<QPushButton *>(QStringLiteral("addAssessorButton")),
                          Qt::LeftButton);
        REQUIRE(editor->currentAssessor() == Ben);
        row->setFocus();
        QTest::keyClick(row, Qt::Key_1);

        // Median of {4, 1} = 2.5 → 37.5; spread 3 → discuss, on the row and on the Overview.
        CHECK(editor->result().criterion(Trust)->score == Approx(37.5));
        CHECK(row->isDiscussShown());
        CHECK(view->overviewPage()->attentionText().contains(QStringLiteral("Discuss")));
        CHECK(view->headerText().contains(QStringLiteral("| — |"))); // culture needs its model's input first

        // Both profiles on one axis, the same: similarity 100. Culture = (3×100 + 1×37.5) / 4 = 84.375,
        // the only assessed dimension, so the overall is 84.
        editor->setCultureValue(ui::Side::Home, QStringLiteral("decision_speed"), 5.0);
        view->showPage(ui::PartnerView::Culture);
        editor->setCultureValue(ui::Side::Partner, QStringLiteral("decision_speed"), 5.0);
        CHECK(editor->result().overall == Approx(84.375));
        CHECK(view->headerText().contains(QStringLiteral("| 84 |")));

        // Settle the disagreement.
        QTest::mouseClick(row->findChild<QToolButton *>(QStringLiteral("discussButton")), Qt::LeftButton);
        CHECK(editor->result().criterion(Trust)->score == Approx(50.0));
        CHECK(editor->result().overall == Approx(87.5)); // (300 + 50) / 4
        CHECK_FALSE(row->isDiscussShown());
        // The menu shows the ampersand itself (escaped as "&&", not taken as a mnemonic).
        CHECK(action(window, "actionUndo")->text() == QStringLiteral("Undo consensus on Trust && openness"));
        CHECK(action(window, "actionUndo")->iconText() == QStringLiteral("Undo consensus on Trust & openness"));

        // Undo and redo the consensus.
        action(window, "actionUndo")->trigger();
        CHECK(row->isDiscussShown());
        action(window, "actionRedo")->trigger();
        CHECK_FALSE(row->isDiscussShown());

        // Every edit is stored within a fraction of a second.
        // What the file holds catches up with what is on screen.
        auto storedMatches = [&] {
            const auto stored = core::AssessmentRepository(*window.controller()->workspace())
                                    .get(window.controller()->assessment()->id);
            return stored.ok() && stored.value->ratings == editor->input().ratings &&
                   stored.value->consensus == editor->input().consensus &&
                   stored.value->partnerCulture == editor->input().partnerCulture;
        };
        CHECK(QTest::qWaitFor(storedMatches, 2000));

        // Finalise: fixed, read-only, and the list shows the score.
        action(window, "actionFinalise")->trigger();
        INFO(window.messageBar()->text().toStdString());
        CHECK(window.controller()->assessment()->isFinalised());
        CHECK(editor->isReadOnly());
        CHECK_FALSE(editor->undoStack()->canUndo());
        CHECK_FALSE(row->button(5)->isEnabled());
        CHECK(action(window, "actionRevise")->isEnabled());
        CHECK(window.partnerTable()->model()->index(0, ui::PartnerListModel::Overall).data().toString() ==
              QStringLiteral("88"));
        window.close();
    }

    // Reopen: everything is as it was.
    MainWindow again(path);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    INFO(again.messageBar()->text().toStdString());
    REQUIRE(again.controller()->isOpen());
    again.selectPartner(partnerId);
    INFO(again.messageBar()->text().toStdString());
    ui::AssessmentEditor *editor = again.editor();
    REQUIRE(again.controller()->assessment());
    CHECK(again.controller()->assessment()->isFinalised());
    CHECK(editor->rating(Trust, Ana)->value == 4);
    CHECK(editor->rating(Trust, Ben)->value == 1);
    REQUIRE(editor->consensus(Trust));
    CHECK(editor->consensus(Trust)->rationale == QStringLiteral("Agreed in the steering review"));
    CHECK(editor->result().overall == Approx(87.5));

    // Revise: a new draft version that can be edited again.
    action(again, "actionRevise")->trigger();
    CHECK_FALSE(again.controller()->assessment()->isFinalised());
    CHECK(again.controller()->assessment()->version == 2);
    CHECK_FALSE(editor->isReadOnly());

    // The History page lists both versions; the trend follows the finalised one.
    again.partnerView()->showPage(ui::PartnerView::History);
    QTableWidget *history = again.partnerView()->historyPage()->table();
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(0, 3)->text() == QStringLiteral("Finalised"));
    CHECK(history->item(0, 4)->text() == QStringLiteral("87.5"));
    CHECK(history->item(1, 3)->text() == QStringLiteral("Draft"));
}

TEST_CASE("A workspace that cannot be opened is explained, with the way out", "[flow]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("notes.partnerfit"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a workspace.");
    }
    MainWindow window(path);
    CHECK_FALSE(window.controller()->isOpen());
    CHECK_FALSE(window.messageBar()->isHidden());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("actionAddPartner"))->isEnabled());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("These are meeting notes, not a workspace.")); // never overwritten
}

TEST_CASE("Search and filters narrow the partner list as you type", "[flow][partners]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("list.partnerfit")));
    for (const auto &[name, stage, type] :
         {std::tuple{"Acme GmbH", "active", "reseller"}, std::tuple{"Borealis Data", "prospect", "technology"},
          std::tuple{"Cobalt Distribution", "active", "distributor"}}) {
        core::Partner partner;
        partner.name = QLatin1String(name);
        partner.stage = QLatin1String(stage);
        partner.type = QLatin1String(type);
        REQUIRE(window.controller()->addPartner(partner).ok());
    }
    QAbstractItemModel *list = window.partnerTable()->model();
    CHECK(list->rowCount() == 3);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("partnerSearch"));
    QTest::keyClicks(search, QStringLiteral("bore"));
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 0).data().toString() == QStringLiteral("Borealis Data"));
    search->clear();
    auto *stage = window.findChild<QComboBox *>(QStringLiteral("stageFilter"));
    stage->setCurrentIndex(stage->findData(QStringLiteral("active")));
    CHECK(list->rowCount() == 2);
    QTest::keyClicks(search, QStringLiteral("distrib"));
    CHECK(list->rowCount() == 1);
}

TEST_CASE("The sample workspace opens from the empty state with partners to explore", "[flow][sample]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("empty.partnerfit")));
    QAction *sample = window.findChild<QAction *>(QStringLiteral("actionOpenSample"));
    REQUIRE(sample->isEnabled());
    sample->trigger();
    // The sample is created off the GUI thread.
    REQUIRE(ui::BackgroundTask::waitForIdle());
    CHECK(window.workspacePath().endsWith(QStringLiteral("sample.partnerfit")));
    CHECK(window.controller()->partners().size() >= 12);
    // Every partner with a finalised assessment shows its score in the list.
    int scored = 0;
    for (const ui::PartnerRow &row : window.controller()->partners()) {
        scored += row.latest && row.latest->score ? 1 : 0;
    }
    CHECK(scored >= 8);
    QFile::remove(window.workspacePath());
}

TEST_CASE("Our home profile is edited once and every draft measures against it", "[flow][home]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("home.partnerfit")));
    core::Partner partner;
    partner.name = QStringLiteral("Acme GmbH");
    partner.culture.values.insert(QStringLiteral("decision_speed"), 3.0);
    const auto added = window.controller()->addPartner(partner);
    REQUIRE(added.ok());
    window.selectPartner(*added.value);
    window.findChild<QAction *>(QStringLiteral("actionNewAssessment"))->trigger();
    REQUIRE(window.controller()->assessment());
    CHECK_FALSE(window.editor()->result().culture.similarity.has_value()); // our side is empty

    DialogRunner::setDialogResponder([](QDialog &dialog) {
        auto &home = dynamic_cast<ui::HomeProfileDialog &>(dialog);
        QTest::mouseClick(home.axisButtons(QStringLiteral("decision_speed"))->button(5), Qt::LeftButton);
        home.addRoadmapItem();
        return int(QDialog::Accepted);
    });
    window.findChild<QAction *>(QStringLiteral("actionEditHomeProfile"))->trigger();
    DialogRunner::setDialogResponder({});

    // |5 - 3| = 2, tolerance 1: fit 1 - 1/5 = 0.8 → similarity 80.
    CHECK(window.editor()->result().culture.similarity == Approx(80.0));
    CHECK(window.editor()->roadmap(ui::Side::Home).size() == 1);
    const auto stored = window.controller()->homeProfile();
    REQUIRE(stored.ok());
    CHECK(stored.value->culture.value(QStringLiteral("decision_speed")) == 5.0);
    CHECK(stored.value->themes.contains(QStringLiteral("New theme")));
}

TEST_CASE("Back up, restore the backup, and save the workspace under a new name", "[flow][backup]")
{
    TemporarySettings temp;
    const QString path = temp.dir.filePath(QStringLiteral("deals.partnerfit"));
    MainWindow window(path);
    core::Partner acme;
    acme.name = QStringLiteral("Acme GmbH");
    REQUIRE(window.controller()->addPartner(acme).ok());
    window.findChild<QAction *>(QStringLiteral("actionBackup"))->trigger();
    REQUIRE(ui::BackgroundTask::waitForIdle());
    const QStringList backups = core::WorkspaceBackup::backups(path);
    REQUIRE(backups.size() >= 1);

    core::Partner later;
    later.name = QStringLiteral("Borealis Data");
    REQUIRE(window.controller()->addPartner(later).ok());
    REQUIRE(window.controller()->partners().size() == 2);

    // Restore: the workspace goes back to the backup, the file it replaced is kept.
    QString asked;
    DialogRunner::setFileResponder([&](const QString &) { return backups.constFirst(); });
    DialogRunner::setQuestionResponder([&](const QString &, const QString &text) {
        asked = text;
        return QMessageBox::Yes;
    });
    window.findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    REQUIRE(ui::BackgroundTask::waitForIdle());
    CHECK(asked.contains(QStringLiteral("deals.partnerfit")));
    CHECK(window.controller()->isOpen());
    REQUIRE(window.controller()->partners().size() == 1);
    CHECK(window.controller()->partners().constFirst().partner.name == QStringLiteral("Acme GmbH"));
    CHECK(window.messageBar()->text().contains(QStringLiteral("previous file is kept")));

    // Save As: a verified copy is opened; the original stays where it was.
    const QString copy = temp.dir.filePath(QStringLiteral("copy"));
    DialogRunner::setFileResponder([&](const QString &) { return copy; });
    window.findChild<QAction *>(QStringLiteral("actionSaveWorkspaceAs"))->trigger();
    REQUIRE(ui::BackgroundTask::waitForIdle());
    DialogRunner::setFileResponder({});
    DialogRunner::setQuestionResponder({});
    CHECK(window.workspacePath().endsWith(QStringLiteral("copy.partnerfit")));
    CHECK(window.controller()->partners().size() == 1);
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("Partners are imported from a spreadsheet's CSV, all valid rows or nothing", "[flow][import]")
{
    TemporarySettings temp;
    MainWindow window(temp.dir.filePath(QStringLiteral("import.partnerfit")));
    const QString csv = temp.dir.filePath(QStringLiteral("partners.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // Semicolons, as a spreadsheet saves in a European locale; the third row has no name.
        file.write("name;type;stage\nAcme GmbH;reseller;prospect\nBorealis Data;technology;active\n;reseller;active\n");
    }
    DialogRunner::setFileResponder([&](const QString &) { return csv; });
    QString asked;
    DialogRunner::setQuestionResponder([&](const QString &, const QString &text) {
        asked = text;
        return QMessageBox::Cancel;
    });
    window.findChild<QAction *>(QStringLiteral("actionImportPartners"))->trigger();
    REQUIRE(ui::BackgroundTask::waitForIdle());
    CHECK(asked.contains(QStringLiteral("Line 4")));
    CHECK(window.controller()->partners().isEmpty()); // declined: nothing imported

    DialogRunner::setQuestionResponder([&](const QString &, const QString &) { return QMessageBox::Yes; });
    window.findChild<QAction *>(QStringLiteral("actionImportPartners"))->trigger();
    REQUIRE(ui::BackgroundTask::waitForIdle());
    DialogRunner::setFileResponder({});
    DialogRunner::setQuestionResponder({});
    REQUIRE(window.controller()->partners().size() == 2);
    CHECK(window.messageBar()->text().contains(QStringLiteral("partners.csv: 2")));
}

// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assessment/AssessmentPage.h"

#include "core/io/FrameworkJson.h"
#include "support/CatchCompat.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/ConsensusDialog.h"
#include "ui/assessment/RatingRow.h"
#include "ui/common/DialogRunner.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace pf;
using pf::ui::AssessmentEditor;
using pf::ui::AssessmentPage;
using pf::ui::DialogRunner;

namespace {

core::AssessmentInput freshInput()
{
    core::AssessmentInput input;
    input.asOf = QDate(2026, 11, 26);
    input.framework = *core::io::FrameworkJson::builtIn(QStringLiteral("five-lessons")).value;
    input.partnerName = QStringLiteral("Acme GmbH");
    return input;
}

const QString Trust = QStringLiteral("trust_openness");

} // namespace

TEST_CASE("Two assessors rate a criterion, a spread of 2 shows the discuss marker and consensus resolves it",
          "[assessment]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    editor.addAssessor(QStringLiteral("Ana Lopez"));
    editor.addAssessor(QStringLiteral("Ben Cole"));
    AssessmentPage page(&editor);
    page.resize(1000, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    ui::RatingRow *row = page.row(Trust);
    REQUIRE(row);
    page.setCurrentAssessor(QStringLiteral("Ana Lopez"));
    QTest::mouseClick(row->button(4), Qt::LeftButton);
    REQUIRE(editor.rating(Trust, QStringLiteral("Ana Lopez")));
    CHECK(editor.rating(Trust, QStringLiteral("Ana Lopez"))->value == 4);
    // Trust is rated 4 → (4-1)/4*100 = 75.
    CHECK(editor.result().criterion(Trust)->score == Approx(75.0));
    CHECK_FALSE(row->isDiscussShown());

    page.setCurrentAssessor(QStringLiteral("Ben Cole"));
    row->setFocus();
    QTest::keyClick(row, Qt::Key_2);
    CHECK(editor.rating(Trust, QStringLiteral("Ben Cole"))->value == 2);
    // Median of {4, 2} = 3 → 50; spread 2 → discuss.
    CHECK(editor.result().criterion(Trust)->score == Approx(50.0));
    CHECK(row->isDiscussShown());
    CHECK(row->assessorSummary() == QStringLiteral("AL 4 · BC 2"));
    CHECK(editor.result().discuss.contains(Trust));

    DialogRunner::setDialogResponder([](QDialog &dialog) {
        auto &consensus = static_cast<ui::ConsensusDialog &>(dialog);
        consensus.setValue(3.5);
        consensus.setRationale(QStringLiteral("Agreed in the review: open on pricing, closed on roadmap"));
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(row->findChild<QToolButton *>(QStringLiteral("discussButton")), Qt::LeftButton);
    DialogRunner::setDialogResponder({});

    REQUIRE(editor.consensus(Trust));
    CHECK(editor.consensus(Trust)->value == 3.5);
    // Consensus 3.5 → (3.5-1)/4*100 = 62.5, and the flag is resolved.
    CHECK(editor.result().criterion(Trust)->score == Approx(62.5));
    CHECK_FALSE(row->isDiscussShown());
    CHECK_FALSE(editor.result().discuss.contains(Trust));
    CHECK(row->assessorSummary() == QStringLiteral("AL 4 · BC 2")); // individual values stay visible
}

TEST_CASE("Every edit is undoable by name, and redo restores it", "[assessment][undo]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    QSignalSpy edited(&editor, &AssessmentEditor::edited);

    editor.rate(Trust, QStringLiteral("ana"), core::RatingState::Rated, 5);
    editor.rate(Trust, QStringLiteral("ana"), core::RatingState::Rated, 2);
    CHECK(edited.count() == 2);
    CHECK(editor.undoStack()->undoText() == QStringLiteral("rating of Trust & openness"));

    editor.undoStack()->undo();
    CHECK(editor.rating(Trust, QStringLiteral("ana"))->value == 5);
    editor.undoStack()->undo();
    CHECK_FALSE(editor.rating(Trust, QStringLiteral("ana")).has_value());
    CHECK_FALSE(editor.result().criterion(Trust)->score.has_value()); // not assessed, never 0
    editor.undoStack()->redo();
    editor.undoStack()->redo();
    CHECK(editor.rating(Trust, QStringLiteral("ana"))->value == 2);
    CHECK(edited.count() == 6); // undo and redo are edits to store too
}

TEST_CASE("Typing an evidence note is one undo step", "[assessment][undo]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    editor.rate(Trust, QStringLiteral("ana"), core::RatingState::Rated, 4);
    for (const QString &text : {QStringLiteral("C"), QStringLiteral("CE"), QStringLiteral("CEO sponsors")}) {
        editor.setNote(Trust, QStringLiteral("ana"), text);
    }
    CHECK(editor.undoStack()->count() == 2);
    CHECK(editor.undoStack()->undoText() == QStringLiteral("note on Trust & openness"));
    editor.undoStack()->undo();
    CHECK(editor.rating(Trust, QStringLiteral("ana"))->note.isEmpty());
    CHECK(editor.rating(Trust, QStringLiteral("ana"))->value == 4);
}

TEST_CASE("Keys 0 and Delete mark not applicable and clear, the anchor of the level is shown", "[assessment]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    editor.addAssessor(QStringLiteral("ana"));
    AssessmentPage page(&editor);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ui::RatingRow *row = page.row(QStringLiteral("leadership_commitment"));
    REQUIRE(row);
    row->setFocus();

    QTest::keyClick(row, Qt::Key_5);
    const QString anchor5 = editor.input().framework.criterion(QStringLiteral("leadership_commitment"))->anchors.at(4);
    CHECK(row->shownAnchor().endsWith(anchor5));

    QTest::keyClick(row, Qt::Key_0);
    CHECK(editor.rating(QStringLiteral("leadership_commitment"), QStringLiteral("ana"))->state ==
          core::RatingState::NotApplicable);
    CHECK(editor.result().criterion(QStringLiteral("leadership_commitment"))->notApplicable);

    QTest::keyClick(row, Qt::Key_Delete);
    CHECK_FALSE(editor.rating(QStringLiteral("leadership_commitment"), QStringLiteral("ana")).has_value());
}

TEST_CASE("A finalised assessment cannot be edited and its undo history is closed", "[assessment]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    editor.rate(Trust, QStringLiteral("ana"), core::RatingState::Rated, 4);
    editor.setReadOnly(true);
    CHECK_FALSE(editor.undoStack()->canUndo());
    editor.rate(Trust, QStringLiteral("ana"), core::RatingState::Rated, 1);
    CHECK(editor.rating(Trust, QStringLiteral("ana"))->value == 4);

    AssessmentPage page(&editor);
    CHECK_FALSE(page.row(Trust)->button(1)->isEnabled());
}

TEST_CASE("Computed criteria show their model's score and link to the page that edits it", "[assessment]")
{
    core::AssessmentInput input = freshInput();
    input.homeCulture.values.insert(QStringLiteral("decision_speed"), 5.0);
    input.partnerCulture.values.insert(QStringLiteral("decision_speed"), 3.0);
    AssessmentEditor editor;
    editor.setInput(input);
    AssessmentPage page(&editor);
    auto *label = page.findChild<QLabel *>(QStringLiteral("computed_culture_profile_similarity"));
    REQUIRE(label);
    // One axis, |5-3| = 2, tolerance 1: f = 1 - (2-1)/(6-1) = 0.8 → 80.0.
    CHECK(label->text().contains(QStringLiteral("80.0")));
    QSignalSpy requested(&page, &AssessmentPage::modelPageRequested);
    emit label->linkActivated(QStringLiteral("#"));
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() == QStringLiteral("culture"));
}

TEST_CASE("Clicking the chosen level again keeps the rating and shows it", "[assessment]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    editor.addAssessor(QStringLiteral("ana"));
    AssessmentPage page(&editor);
    ui::RatingRow *row = page.row(Trust);
    QTest::mouseClick(row->button(4), Qt::LeftButton);
    QTest::mouseClick(row->button(4), Qt::LeftButton);
    CHECK(editor.rating(Trust, QStringLiteral("ana"))->value == 4);
    CHECK(row->button(4)->isChecked()); // what is shown is what is stored
    QTest::mouseClick(row->button(-1), Qt::LeftButton);
    CHECK_FALSE(editor.rating(Trust, QStringLiteral("ana")).has_value());
    CHECK_FALSE(row->button(4)->isChecked());
}

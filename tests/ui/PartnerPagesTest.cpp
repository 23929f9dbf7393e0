// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FrameworkJson.h"
#include "support/CatchCompat.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/assessment/RatingRow.h"
#include "ui/charts/ChartWidget.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/ScaleButtons.h"
#include "ui/culture/CulturePage.h"
#include "ui/mutualgain/MutualGainPage.h"
#include "ui/overview/OverviewPage.h"
#include "ui/overview/VerdictBadge.h"
#include "ui/partners/PartnerView.h"
#include "ui/roadmap/RoadmapItemsModel.h"
#include "ui/roadmap/RoadmapPage.h"

#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace pf;
using ui::AssessmentEditor;
using ui::Side;

namespace {

core::AssessmentInput freshInput()
{
    core::AssessmentInput input;
    input.asOf = QDate(2026, 11, 26);
    input.framework = *core::io::FrameworkJson::builtIn(QStringLiteral("five-lessons")).value;
    input.partnerName = QStringLiteral("Acme GmbH");
    return input;
}

void rate(core::AssessmentInput &input, const char *key, int value, const char *assessor = "ana")
{
    input.ratings.append({QLatin1String(key), QLatin1String(assessor), core::RatingState::Rated, value, {}});
}

} // namespace

TEST_CASE("The Overview says what each pillar needs while its model lacks input", "[overview]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    ui::OverviewPage page(&editor);
    CHECK(page.verdictText().startsWith(QStringLiteral("— Not assessed yet")));
    CHECK(page.pillarText(QStringLiteral("culture")).contains(QStringLiteral("at least one culture axis")));
    CHECK(page.pillarText(QStringLiteral("mutual_gain")).contains(QStringLiteral("value-to-partner")));
    CHECK(page.pillarText(QStringLiteral("roadmap")).contains(QStringLiteral("roadmap items")));
    CHECK(page.explanationText().contains(QStringLiteral("Nothing is scored yet")));
}

TEST_CASE("The Overview shows the verdict, the contributions and a knock-out", "[overview]")
{
    core::AssessmentInput input = freshInput();
    rate(input, "us_revenue_potential", 5);  // U = 100
    rate(input, "partner_market_access", 1); // P = 0 → index sqrt(0) = 0: knock-out below 30
    rate(input, "leadership_commitment", 5);
    AssessmentEditor editor;
    editor.setInput(input);
    ui::OverviewPage page(&editor);

    REQUIRE(editor.result().isKnockedOut());
    CHECK(page.verdictText().contains(QStringLiteral("Not recommended")));
    CHECK(page.attentionText().contains(QStringLiteral("Knock-out")));
    CHECK(page.attentionText().contains(QStringLiteral("Mutual-gain index")));
    // U = 100, P = 0: high value to us only.
    CHECK(page.pillarText(QStringLiteral("mutual_gain")).contains(QStringLiteral("we win")));
    CHECK(ui::VerdictBadge::bandOf(editor.result(), input.framework) == ui::VerdictBadge::Band::NotRecommended);
}

TEST_CASE("Clicking a criterion on the Overview opens its row on the Assessment page", "[overview][navigation]")
{
    core::AssessmentInput input = freshInput();
    rate(input, "trust_openness", 5, "ana");
    rate(input, "trust_openness", 1, "ben");
    AssessmentEditor editor;
    editor.setInput(input);
    ui::PartnerView view(&editor);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.overviewPage()->attentionText().contains(QStringLiteral("Trust & openness")));

    emit view.overviewPage()->navigationRequested(QStringLiteral("trust_openness"));
    CHECK(view.currentPage() == ui::PartnerView::Assessment);
    CHECK(view.assessmentPage()->row(QStringLiteral("trust_openness"))->hasFocus());

    emit view.overviewPage()->navigationRequested(QStringLiteral("culture_profile_similarity"));
    CHECK(view.currentPage() == ui::PartnerView::Culture);
    emit view.overviewPage()->navigationRequested(QStringLiteral("us_market_access"));
    CHECK(view.currentPage() == ui::PartnerView::MutualGain);
}

TEST_CASE("The partner's culture is set on the Culture page and the fit follows", "[culture]")
{
    core::AssessmentInput input = freshInput();
    input.homeCulture.values.insert(QStringLiteral("structure"), 6.0);
    AssessmentEditor editor;
    editor.setInput(input);
    ui::CulturePage page(&editor);
    CHECK(page.fitText(QStringLiteral("structure")) == QStringLiteral("—"));

    QTest::mouseClick(page.partnerButtons(QStringLiteral("structure"))->button(2), Qt::LeftButton);
    CHECK(editor.cultureValue(Side::Partner, QStringLiteral("structure")) == 2.0);
    // |6-2| = 4, tolerance 1: f = 1 - 3/5 = 0.4 → 40 %.
    CHECK(page.fitText(QStringLiteral("structure")) == QStringLiteral("40%"));
    CHECK(editor.result().culture.similarity == Approx(40.0));
    CHECK(editor.undoStack()->undoText() == QStringLiteral("partner culture on Hierarchical ↔ Flat"));

    QTest::mouseClick(page.partnerButtons(QStringLiteral("structure"))->button(0), Qt::LeftButton);
    CHECK_FALSE(editor.cultureValue(Side::Partner, QStringLiteral("structure")).has_value());
    CHECK_FALSE(editor.result().culture.similarity.has_value());
}

TEST_CASE("Mutual-gain inputs are rated per assessor and place the partnership", "[mutualgain]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    editor.addAssessor(QStringLiteral("ana"));
    ui::MutualGainPage page(&editor);
    ui::RatingRow *us = page.row(QStringLiteral("us_revenue_potential"));
    ui::RatingRow *them = page.row(QStringLiteral("partner_revenue_potential"));
    REQUIRE(us);
    REQUIRE(them);
    QTest::mouseClick(us->button(5), Qt::LeftButton);
    QTest::mouseClick(them->button(3), Qt::LeftButton);
    // U = 100, P = 50: index sqrt(5000) = 70.7, balance 0.5, both ≥ 50 → win-win.
    const core::MutualGainResult &gain = editor.result().mutualGain;
    CHECK(*gain.index == Approx(70.7107).epsilon(1e-4));
    CHECK(gain.quadrant == core::GainQuadrant::WinWin);
    CHECK(page.summaryText().contains(QStringLiteral("70.7")));
    CHECK(page.summaryText().contains(QStringLiteral("Win-win")));
}

TEST_CASE("Roadmap items are added and edited in the tables, undoably", "[roadmap]")
{
    AssessmentEditor editor;
    editor.setInput(freshInput());
    ui::RoadmapPage page(&editor);
    page.addItem(Side::Home);
    page.addItem(Side::Partner);
    ui::RoadmapItemsModel *home = page.model(Side::Home);
    ui::RoadmapItemsModel *partner = page.model(Side::Partner);
    REQUIRE(home->rowCount() == 1);
    CHECK(home->index(0, ui::RoadmapItemsModel::From).data().toString() == QStringLiteral("2026"));

    CHECK(home->setData(home->index(0, ui::RoadmapItemsModel::Theme), QStringLiteral("Cloud")));
    CHECK(partner->setData(partner->index(0, ui::RoadmapItemsModel::Theme), QStringLiteral(" cloud ")));
    CHECK(editor.roadmap(Side::Partner).constFirst().theme == QStringLiteral("cloud"));
    // Same theme, same years, both planned investments: cosine 1, equal strength → 100.
    CHECK(*editor.result().roadmap.direction == Approx(100.0));
    CHECK(editor.result().roadmap.shared == QStringList{QStringLiteral("cloud")});

    CHECK(partner->setData(partner->index(0, ui::RoadmapItemsModel::Stance), int(core::Stance::Divest)));
    CHECK(editor.result().roadmap.conflicts == QStringList{QStringLiteral("cloud")});
    CHECK(page.summaryText().contains(QStringLiteral("Conflicts: cloud")));

    editor.undoStack()->undo();
    CHECK(editor.roadmap(Side::Partner).constFirst().stance == core::Stance::Invest);
    CHECK_FALSE(home->setData(home->index(0, ui::RoadmapItemsModel::Theme), QStringLiteral("  "))); // no empty theme
}

TEST_CASE("The partner header shows the verdict on every page", "[partnerview]")
{
    core::AssessmentInput input = freshInput();
    rate(input, "success_metrics_agreed", 5);
    AssessmentEditor editor;
    editor.setInput(input);
    ui::PartnerView view(&editor);
    view.setPartner(QStringLiteral("Acme GmbH"), QStringLiteral("Reseller · Evaluating · ana"));
    // Only governance is assessed: success metrics 5 → 100 → overall 100, Strong fit.
    CHECK(view.headerText().contains(QStringLiteral("Acme GmbH")));
    CHECK(view.headerText().contains(QStringLiteral("Strong fit")));
    CHECK(view.headerText().contains(QStringLiteral("| 100 |")));
    CHECK(view.tabs()->count() == 5);
}

TEST_CASE("Every chart on a page offers its data as a table", "[partnerview][accessibility]")
{
    core::AssessmentInput input = freshInput();
    input.homeCulture.values.insert(QStringLiteral("decision_speed"), 5.0);
    input.partnerCulture.values.insert(QStringLiteral("decision_speed"), 3.0);
    AssessmentEditor editor;
    editor.setInput(input);
    ui::CulturePage page(&editor);
    auto *radar = page.findChild<ui::charts::ChartWidget *>(QStringLiteral("cultureRadar"));
    REQUIRE(radar);
    int rows = 0;
    QString firstCell;
    ui::DialogRunner::setDialogResponder([&](QDialog &dialog) {
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("chartDataTable"));
        rows = table ? table->model()->rowCount() : -1;
        firstCell = table ? table->model()->index(0, 0).data().toString() : QString();
        return int(QDialog::Rejected);
    });
    radar->setFocus();
    QTest::keyClick(radar, Qt::Key_Return);
    ui::DialogRunner::setDialogResponder({});
    CHECK(rows == int(input.framework.cultureAxes.size())); // one row per axis
    CHECK(firstCell.contains(QStringLiteral("Deliberate")));
}

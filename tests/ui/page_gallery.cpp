// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the partner pages with example data into PNG files, to look at them
// (and for docs/screenshots). Not a test: run it by hand with an output folder.
#include "core/io/FrameworkJson.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/partners/PartnerView.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>

#include <cstdio>

using namespace pf;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());

    core::AssessmentInput input;
    input.asOf = QDate(2026, 11, 26);
    input.framework = *core::io::FrameworkJson::builtIn(QStringLiteral("five-lessons")).value;
    input.partnerName = QStringLiteral("Acme GmbH");
    const QList<std::pair<const char *, QPair<double, double>>> culture = {
        {"decision_speed", {5, 3}}, {"risk_appetite", {4, 4}}, {"structure", {5, 2}},     {"process_formality", {3, 5}},
        {"time_horizon", {6, 6}},   {"innovation", {5, 4}},    {"communication", {6, 3}}, {"customer_focus", {6, 5}}};
    for (const auto &[axis, values] : culture) {
        input.homeCulture.values.insert(QLatin1String(axis), values.first);
        input.partnerCulture.values.insert(QLatin1String(axis), values.second);
    }
    using core::Commitment;
    using core::Stance;
    input.homeRoadmap = {{QStringLiteral("Cloud"), 2026, 2031, Commitment::Committed, Stance::Invest},
                         {QStringLiteral("AI"), 2027, 2031, Commitment::Planned, Stance::Invest},
                         {QStringLiteral("On-premise"), 2026, 2028, Commitment::Planned, Stance::Divest}};
    input.partnerRoadmap = {{QStringLiteral("cloud"), 2026, 2028, Commitment::Planned, Stance::Invest},
                            {QStringLiteral("On-premise"), 2026, 2031, Commitment::Committed, Stance::Invest}};
    const QString ana = QStringLiteral("Ana Lopez");
    const QString ben = QStringLiteral("Ben Cole");
    input.ratings = {
        {QStringLiteral("leadership_commitment"), ana, core::RatingState::Rated, 4, QStringLiteral("CEO sponsors it")},
        {QStringLiteral("leadership_commitment"), ben, core::RatingState::Rated, 4, {}},
        {QStringLiteral("trust_openness"), ana, core::RatingState::Rated, 4, {}},
        {QStringLiteral("trust_openness"), ben, core::RatingState::Rated, 2, {}},
        {QStringLiteral("learning_capacity"), ana, core::RatingState::NotApplicable, 0, {}},
        {QStringLiteral("us_revenue_potential"), ana, core::RatingState::Rated, 4, {}},
        {QStringLiteral("us_market_access"), ana, core::RatingState::Rated, 5, {}},
        {QStringLiteral("partner_revenue_potential"), ana, core::RatingState::Rated, 3, {}},
        {QStringLiteral("partner_capability_complement"), ana, core::RatingState::Rated, 2, {}},
        {QStringLiteral("success_metrics_agreed"), ana, core::RatingState::Rated, 2, {}},
        {QStringLiteral("relationship_over_contract"), ana, core::RatingState::Rated, 3, {}},
        {QStringLiteral("risk_sharing"), ben, core::RatingState::Rated, 4, {}},
        {QStringLiteral("enablement_plan"), ben, core::RatingState::Rated, 3, {}},
    };

    ui::AssessmentEditor editor;
    editor.setInput(input);
    ui::AssessmentPage page(&editor);
    page.setCurrentAssessor(ana);
    page.resize(1100, 900);
    page.show();
    QApplication::processEvents();
    const QString file = out.filePath(QStringLiteral("page-assessment.png"));
    page.grab().save(file);
    std::printf("%s\n", qPrintable(file));

    ui::PartnerView view(&editor);
    view.setPartner(input.partnerName, QStringLiteral("Reseller · Evaluating · Ana Lopez"));
    view.resize(1200, 860);
    view.show();
    const char *names[] = {"overview", "assessment", "culture", "mutual-gain", "roadmap"};
    for (int page = 0; page < view.tabs()->count(); ++page) {
        view.tabs()->setCurrentIndex(page);
        QApplication::processEvents();
        const QString path = out.filePath(QStringLiteral("page-%1.png").arg(QLatin1String(names[page])));
        view.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}

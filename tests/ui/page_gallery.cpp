// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the partner pages with example data into PNG files, to look at them
// (and for docs/screenshots). Not a test: run it by hand with an output folder.
#include "core/io/FrameworkJson.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/AssessmentPage.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

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
    input.homeCulture.values.insert(QStringLiteral("decision_speed"), 5.0);
    input.partnerCulture.values.insert(QStringLiteral("decision_speed"), 3.0);
    const QString ana = QStringLiteral("Ana Lopez");
    const QString ben = QStringLiteral("Ben Cole");
    input.ratings = {
        {QStringLiteral("leadership_commitment"), ana, core::RatingState::Rated, 4, QStringLiteral("CEO sponsors it")},
        {QStringLiteral("leadership_commitment"), ben, core::RatingState::Rated, 4, {}},
        {QStringLiteral("trust_openness"), ana, core::RatingState::Rated, 4, {}},
        {QStringLiteral("trust_openness"), ben, core::RatingState::Rated, 2, {}},
        {QStringLiteral("learning_capacity"), ana, core::RatingState::NotApplicable, 0, {}},
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
    return 0;
}

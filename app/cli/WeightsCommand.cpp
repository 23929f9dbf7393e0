// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "core/io/PairwiseJson.h"
#include "core/scoring/AhpCalculator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace pf::cli {

int runWeights(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Derive weights from pairwise comparisons (AHP) in a partnerfit.pairwise file."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print the result as JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("cli", "The partnerfit.pairwise file."));
    if (!parser.parse(arguments.mid(1))) {
        err << QStringLiteral("partnerfit-cli weights: %1\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options] file"), QStringLiteral("weights [options] file"));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << QCoreApplication::translate("cli", "partnerfit-cli weights: expected exactly one FILE\n");
        return UsageError;
    }
    const QString path = files.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QStringLiteral("%1: %2\n").arg(path, file.errorString());
        return RuntimeError;
    }
    const auto input = core::io::PairwiseJson::fromBytes(file.readAll());
    if (!input.ok()) {
        err << QStringLiteral("%1: %2\n").arg(QFileInfo(path).fileName(), input.error.toString());
        return RuntimeError;
    }
    const auto result = core::scoring::AhpCalculator::compute(input.value->items, input.value->matrix);
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(core::io::PairwiseJson::resultToJson(result)).toJson());
        return Success;
    }
    const QLocale c = QLocale::c();
    out << QCoreApplication::translate("cli", "Weights (principal eigenvector)\n");
    for (qsizetype i = 0; i < result.items.size(); ++i) {
        out << QStringLiteral("  %1 %2\n")
                   .arg(result.items.at(i).leftJustified(24), c.toString(result.weights.at(i), 'f', 4));
    }
    out << QCoreApplication::translate("cli", "lambda max %1, CI %2, CR %3\n")
               .arg(c.toString(result.lambdaMax, 'f', 4), c.toString(result.ci, 'f', 4), c.toString(result.cr, 'f', 4));
    if (result.isInconsistent()) {
        out << QCoreApplication::translate("cli", "Warning: CR above 0.10, the judgments are inconsistent. "
                                                  "Most inconsistent: %1 vs %2 judged %3, the weights imply %4.\n")
                   .arg(result.items.at(result.inconsistentRow), result.items.at(result.inconsistentColumn),
                        c.toString(result.judged, 'g', 4), c.toString(result.implied, 'g', 4));
    }
    return Success;
}

} // namespace pf::cli

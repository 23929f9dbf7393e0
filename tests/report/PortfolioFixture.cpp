// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioFixture.h"

#include "core/scoring/AssessmentScorer.h"
#include "core/scoring/SensitivityAnalysis.h"
#include "core/storage/SampleWorkspace.h"
#include "core/storage/Workspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

namespace pf::test {

bool createSampleWorkspace(const QString &path)
{
    return core::SampleWorkspace::create(path).ok();
}

ui::report::PortfolioReportData largePortfolio(int count, int draws)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.pfw"));
    createSampleWorkspace(path);
    auto opened = core::Workspace::open(path);
    core::scoring::MonteCarloOptions options;
    options.draws = draws;
    auto sample = ui::report::PortfolioReportData::gather(*opened.workspace, {}, options);
    const QList<ui::report::PortfolioReportData::Entry> base = sample.value->entries;
    std::mt19937 random(20261127);
    std::uniform_real_distribution<double> shift(-18.0, 18.0);
    QList<ui::report::PortfolioReportData::Entry> entries;
    for (int i = 0; i < count; ++i) {
        ui::report::PortfolioReportData::Entry entry = base.at(i % base.size());
        QString name = QStringLiteral("Partner %1").arg(i + 1, 4, 10, QLatin1Char('0'));
        if (i % 7 == 3) {
            name = QStringLiteral("東京パートナー %1").arg(i + 1);
        } else if (i % 11 == 5) {
            name = QStringLiteral("شركة الشريك %1").arg(i + 1);
        }
        entry.partner.name = name;
        entry.partner.id = i + 1;
        entry.assessment.partnerName = name;
        for (core::DimensionResult &dimension : entry.result.dimensions) {
            if (dimension.score) {
                dimension.score = std::clamp(*dimension.score + shift(random), 0.0, 100.0);
            }
        }
        core::MutualGainResult &gain = entry.result.mutualGain;
        if (gain.us && gain.partner) {
            gain.us = std::clamp(*gain.us + shift(random), 0.0, 100.0);
            gain.partner = std::clamp(*gain.partner + shift(random), 0.0, 100.0);
        }
        entry.result.overall = core::scoring::AssessmentScorer::overallWithWeights(
            entry.result, core::scoring::SensitivityAnalysis::weights(entry.result));
        if (!entry.result.isKnockedOut() && entry.result.overall) {
            entry.result.band = sample.value->framework.bandFor(*entry.result.overall);
        }
        entries << entry;
    }
    return ui::report::PortfolioReportData::fromEntries(entries, sample.value->framework, options);
}

QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool hasPoppler()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdfimages"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            return false;
        }
    }
    return true;
}

QString pdfText(const QString &pdf, int page)
{
    QStringList arguments;
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    }
    arguments << pdf << QStringLiteral("-");
    QString text = popplerOutput(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC);
    // Bidi marks pdftotext puts around right-to-left runs.
    for (const char16_t mark : {u'\u200e', u'\u200f', u'\u202a', u'\u202b', u'\u202c', u'\u202d', u'\u202e'}) {
        text.remove(QChar(mark));
    }
    return text;
}

QString pdfInfo(const QString &pdf, const QString &key)
{
    const QStringList lines = popplerOutput(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char(':'))) {
            return line.mid(key.size() + 1).trimmed();
        }
    }
    return {};
}

QStringList pdfTableRows(const QString &tool, const QString &pdf)
{
    QStringList arguments;
    if (tool == QLatin1String("pdfimages")) {
        arguments << QStringLiteral("-list");
    }
    arguments << pdf;
    QStringList lines = popplerOutput(tool, arguments).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

} // namespace pf::test

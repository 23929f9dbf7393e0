// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace pf::test {

void PdfTools::requirePoppler()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdfimages"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            std::fprintf(stdout,
                         "SKIPPED: %s (poppler-utils) is not installed; install poppler-utils to read the "
                         "reports back.\n",
                         tool);
            std::fflush(stdout);
            std::exit(77); // SKIP_RETURN_CODE in tests/report/CMakeLists.txt
        }
    }
}

QString PdfTools::run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString PdfTools::text(const QString &pdf, int page)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    }
    arguments << pdf << QStringLiteral("-");
    QString text = run(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC);
    // Bidi embedding and marks that pdftotext wraps right-to-left runs in.
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text;
}

QString PdfTools::info(const QString &pdf, const QString &key)
{
    const QStringList lines = run(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char(':'))) {
            return line.mid(key.size() + 1).trimmed();
        }
    }
    return {};
}

QStringList PdfTools::fonts(const QString &pdf)
{
    return run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
}

QStringList PdfTools::images(const QString &pdf)
{
    return run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        .mid(2);
}

} // namespace pf::test

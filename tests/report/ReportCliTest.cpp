// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"
#include "ReportTestSupport.h"
#include "cli/CliRunner.h"
#include "support/CatchCompat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using pf::test::runCli;

TEST_CASE("partnerfit-cli report writes a partner's PDF", "[report][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("acme.pdf"));
    const auto run = runCli({QStringLiteral("report"), QStringLiteral("--workspace"), pf::test::sampleWorkspacePath(),
                             QStringLiteral("--partner"), QStringLiteral("Acme Cloud GmbH"), QStringLiteral("-o"), out,
                             QStringLiteral("--page-size"), QStringLiteral("letter")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("acme.pdf")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        CHECK(pf::test::PdfTools::info(out, QStringLiteral("Page size")).contains(QStringLiteral("letter")));
    }
}

TEST_CASE("partnerfit-cli report refuses an unknown partner and a bad workspace", "[report][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.pdf"));
    const auto unknown =
        runCli({QStringLiteral("report"), QStringLiteral("--workspace"), pf::test::sampleWorkspacePath(),
                QStringLiteral("--partner"), QStringLiteral("Nobody Ltd"), QStringLiteral("-o"), out});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("There is no partner named \"Nobody Ltd\"")));
    CHECK_FALSE(QFileInfo::exists(out));

    const QString notAWorkspace = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notAWorkspace);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("just some text, not a workspace");
    }
    const auto bad =
        runCli({QStringLiteral("report"), QStringLiteral("--workspace"), notAWorkspace, QStringLiteral("--partner"),
                QStringLiteral("Acme Cloud GmbH"), QStringLiteral("-o"), out});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("notes.txt")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("partnerfit-cli report usage errors exit with 2", "[report][cli]")
{
    const QString ws = pf::test::sampleWorkspacePath();
    const auto noOutput = runCli({QStringLiteral("report"), QStringLiteral("--workspace"), ws,
                                  QStringLiteral("--partner"), QStringLiteral("Acme Cloud GmbH")});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o FILE")));
    const auto noPartner = runCli(
        {QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("-o"), QStringLiteral("x.pdf")});
    CHECK(noPartner.exitCode == 2);
    CHECK(noPartner.err.contains(QStringLiteral("--partner")));
    const auto badSize = runCli({QStringLiteral("report"), QStringLiteral("--workspace"), ws,
                                 QStringLiteral("--partner"), QStringLiteral("Acme Cloud GmbH"), QStringLiteral("-o"),
                                 QStringLiteral("x.pdf"), QStringLiteral("--page-size"), QStringLiteral("a5")});
    CHECK(badSize.exitCode == 2);
    CHECK(badSize.err.contains(QStringLiteral("a5")));
}

TEST_CASE("commands other than report still run without a display", "[report][cli]")
{
    // No QGuiApplication: an unusable platform plugin must not matter to the non-drawing commands.
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    const auto version = runCli({QStringLiteral("version")});
    const auto list = runCli({QStringLiteral("partners"), QStringLiteral("list"), QStringLiteral("--workspace"),
                              pf::test::sampleWorkspacePath()});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    CHECK(version.exitCode == 0);
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Acme Cloud GmbH")));
}

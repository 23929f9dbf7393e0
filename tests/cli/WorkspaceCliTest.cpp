// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "support/CatchCompat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using pf::test::runCli;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("workspace init, check and backup", "[cli][workspace]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("team.partnerfit"));
    const auto init = runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--workspace"), ws});
    CHECK(init.exitCode == 0);
    CHECK(QFileInfo::exists(ws));
    const auto again = runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--workspace"), ws});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    const auto check = runCli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("--json")});
    CHECK(check.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(check.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("ok")).toBool());

    const QString copy = dir.filePath(QStringLiteral("copy.partnerfit"));
    const auto backup =
        runCli({QStringLiteral("workspace"), QStringLiteral("backup"), copy, QStringLiteral("--workspace"), ws});
    CHECK(backup.exitCode == 0);
    CHECK(backup.out.contains(copy));
    CHECK(
        runCli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--workspace"), copy}).exitCode ==
        0);
    CHECK(runCli({QStringLiteral("workspace"), QStringLiteral("frobnicate")}).exitCode == 2);
}

TEST_CASE("workspace commands refuse a file that is not a workspace, naming it", "[cli][workspace]")
{
    QTemporaryDir dir;
    const QString notes = write(dir, QStringLiteral("notes.partnerfit"), "just some text, long enough............");
    const auto check =
        runCli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--workspace"), notes});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("not a PartnerFit workspace")));
    CHECK(check.err.contains(QStringLiteral("notes.partnerfit")));
}

TEST_CASE("workspace restore brings back a backup", "[cli][workspace]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("r.partnerfit"));
    REQUIRE(runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--workspace"), ws}).exitCode ==
            0);
    const QString backup = dir.filePath(QStringLiteral("before.partnerfit"));
    REQUIRE(runCli({QStringLiteral("workspace"), QStringLiteral("backup"), backup, QStringLiteral("--workspace"), ws})
                .exitCode == 0);
    const QString csv = write(dir, QStringLiteral("p.csv"), "name\nAcme\n");
    REQUIRE(runCli({QStringLiteral("partners"), QStringLiteral("import"), csv, QStringLiteral("--workspace"), ws})
                .exitCode == 0);
    const auto restore =
        runCli({QStringLiteral("workspace"), QStringLiteral("restore"), backup, QStringLiteral("--workspace"), ws});
    CHECK(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("kept as")));
    const auto list = runCli({QStringLiteral("partners"), QStringLiteral("list"), QStringLiteral("--workspace"), ws});
    CHECK(list.exitCode == 0);
    CHECK(list.out.isEmpty());
}

TEST_CASE("partners import is all-or-nothing unless --valid-only, list and export show them", "[cli][partners]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("p.partnerfit"));
    REQUIRE(runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--workspace"), ws}).exitCode ==
            0);
    const QString csv = write(dir, QStringLiteral("partners.csv"),
                              "\xEF\xBB\xBFName;Stage;Tags\r\n=Evil;active;x\r\nNovák s.r.o.;prospect;cz, eu\r\n"
                              "Broken;someday;\r\n");
    const auto strict =
        runCli({QStringLiteral("partners"), QStringLiteral("import"), csv, QStringLiteral("--workspace"), ws});
    CHECK(strict.exitCode == 1);
    CHECK(strict.err.contains(QStringLiteral("partners.csv:4:")));
    CHECK(strict.err.contains(QStringLiteral("nothing was imported")));
    CHECK(
        runCli({QStringLiteral("partners"), QStringLiteral("list"), QStringLiteral("--workspace"), ws}).out.isEmpty());

    const auto lenient =
        runCli({QStringLiteral("partners"), QStringLiteral("import"), csv, QStringLiteral("--valid-only"),
                QStringLiteral("--json"), QStringLiteral("--workspace"), ws});
    CHECK(lenient.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(lenient.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(report.value(QStringLiteral("invalid")).toArray().size() == 1);

    const auto list = runCli({QStringLiteral("partners"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--workspace"), ws});
    const QJsonArray partners = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(partners.size() == 2);
    CHECK(partners.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("=Evil"));
    CHECK(partners.at(1).toObject().value(QStringLiteral("tags")).toArray().size() == 2);

    const QString out = dir.filePath(QStringLiteral("out.csv"));
    CHECK(runCli({QStringLiteral("partners"), QStringLiteral("export"), QStringLiteral("-o"), out,
                  QStringLiteral("--workspace"), ws})
              .exitCode == 0);
    QFile exported(out);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    CHECK(text.contains(QStringLiteral("'=Evil")));
    CHECK(text.contains(QStringLiteral("Novák s.r.o.")));
}

TEST_CASE("workspace sample, assessments list/export/import and score --partner", "[cli][assessments]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("sample.partnerfit"));
    const auto sample = runCli({QStringLiteral("workspace"), QStringLiteral("sample"), ws});
    REQUIRE(sample.exitCode == 0);
    CHECK(runCli({QStringLiteral("workspace"), QStringLiteral("sample"), ws}).exitCode == 1);
    const auto check =
        runCli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--workspace"), ws});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("stored scores checked")));

    const auto list = runCli({QStringLiteral("assessments"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--workspace"), ws});
    REQUIRE(list.exitCode == 0);
    const QJsonArray assessments = QJsonDocument::fromJson(list.out.toUtf8()).array();
    CHECK(assessments.size() > 30);

    const QString partner = QStringLiteral("Kestrel Security Inc.");
    const auto score = runCli({QStringLiteral("score"), QStringLiteral("--partner"), partner, QStringLiteral("--json"),
                               QStringLiteral("--workspace"), ws});
    REQUIRE(score.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(score.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("band")).toString() == QStringLiteral("Strong fit"));
    const auto text =
        runCli({QStringLiteral("score"), QStringLiteral("--partner"), partner, QStringLiteral("--workspace"), ws});
    CHECK(text.out.contains(partner));
    const auto unknown = runCli({QStringLiteral("score"), QStringLiteral("--partner"), QStringLiteral("Nobody"),
                                 QStringLiteral("--workspace"), ws});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no partner named \"Nobody\"")));

    const QString file = dir.filePath(QStringLiteral("kestrel.json"));
    REQUIRE(runCli({QStringLiteral("assessments"), QStringLiteral("export"), QStringLiteral("--partner"), partner,
                    QStringLiteral("-o"), file, QStringLiteral("--workspace"), ws})
                .exitCode == 0);
    // The exported file scores the same on its own.
    const auto fileScore = runCli({QStringLiteral("score"), file, QStringLiteral("--json")});
    REQUIRE(fileScore.exitCode == 0);
    CHECK(QJsonDocument::fromJson(fileScore.out.toUtf8()).object().value(QStringLiteral("overall")) ==
          result.value(QStringLiteral("overall")));

    const QString other = dir.filePath(QStringLiteral("other.partnerfit"));
    REQUIRE(
        runCli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--workspace"), other}).exitCode ==
        0);
    const auto imported =
        runCli({QStringLiteral("assessments"), QStringLiteral("import"), file, QStringLiteral("--workspace"), other});
    CHECK(imported.exitCode == 0);
    const auto rescored = runCli({QStringLiteral("score"), QStringLiteral("--partner"), partner,
                                  QStringLiteral("--json"), QStringLiteral("--workspace"), other});
    CHECK(QJsonDocument::fromJson(rescored.out.toUtf8()).object().value(QStringLiteral("overall")) ==
          result.value(QStringLiteral("overall")));

    const QString json = dir.filePath(QStringLiteral("all.json"));
    REQUIRE(runCli({QStringLiteral("workspace"), QStringLiteral("export"), json, QStringLiteral("--workspace"), ws})
                .exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.partnerfit"));
    CHECK(runCli({QStringLiteral("workspace"), QStringLiteral("import"), json, QStringLiteral("--workspace"), copy})
              .exitCode == 0);
    const auto copied =
        runCli({QStringLiteral("partners"), QStringLiteral("list"), QStringLiteral("--workspace"), copy});
    CHECK(copied.out.count(QLatin1Char('\n')) == 15);
    CHECK(copied.out.contains(QStringLiteral("東京データシステム株式会社")));
}

TEST_CASE("workspace check on a damaged workspace refuses it and names the backup to restore", "[cli][workspace]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("d.partnerfit"));
    REQUIRE(runCli({QStringLiteral("workspace"), QStringLiteral("sample"), ws}).exitCode == 0);
    const auto backup =
        runCli({QStringLiteral("workspace"), QStringLiteral("backup"), QStringLiteral("--workspace"), ws});
    REQUIRE(backup.exitCode == 0);
    {
        QFile file(ws);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(8192);
        file.write(QByteArray(16384, '\x7f'));
    }
    const auto check =
        runCli({QStringLiteral("workspace"), QStringLiteral("check"), QStringLiteral("--workspace"), ws});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("damaged")));
    CHECK(check.err.contains(QStringLiteral("partnerfit-cli workspace restore")));
    CHECK(check.err.contains(QStringLiteral("-manual.partnerfit")));
}

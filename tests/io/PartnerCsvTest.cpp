// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PartnerCsv.h"

#include "core/io/CsvDocument.h"
#include "support/CatchCompat.h"

using namespace pf::core;
using namespace pf::core::io;

TEST_CASE("CSV parsing follows RFC 4180: quotes, doubled quotes, line breaks in fields, CRLF", "[csv]")
{
    const auto doc = CsvDocument::parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\r\n\r\n1,,3\n");
    REQUIRE(doc.error.isEmpty());
    CHECK(doc.delimiter == QLatin1Char(','));
    CHECK(doc.header == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    REQUIRE(doc.rows.size() == 2);
    CHECK(doc.rows[0].fields ==
          QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("line1\nline2")});
    CHECK(doc.rows[0].line == 2);
    CHECK(doc.rows[1].fields == QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")});
    CHECK(doc.rows[1].line == 5);
    CHECK_FALSE(CsvDocument::parse("a\n\"open").error.isEmpty());
}

TEST_CASE("CSV detects a semicolon as the delimiter and strips a UTF-8 BOM", "[csv]")
{
    const auto doc = CsvDocument::parse("\xEF\xBB\xBFname;notes\nMüller, Söhne;\"a;b\"\n");
    CHECK(doc.delimiter == QLatin1Char(';'));
    CHECK(doc.header.first() == QStringLiteral("name"));
    REQUIRE(doc.rows.size() == 1);
    CHECK(doc.rows[0].fields == QStringList{QStringLiteral("Müller, Söhne"), QStringLiteral("a;b")});
}

TEST_CASE("partner CSV maps headers by name and reports every invalid row", "[csv][partners]")
{
    const QByteArray csv = "Stage,Company,Web,Region,Favourite colour,Tags,Notes\n"
                           "active,Acme GmbH,https://acme.example,DACH;Nordics,blue,\"cloud, ai\",\"multi\nline\"\n"
                           ",Beta SA,,,red,,\n"
                           "married,Gamma,,,,,\n"
                           "prospect,,,,,,\n"
                           "prospect,acme gmbh,,,,,\n"
                           "prospect,Existing Ltd,,,,,\n"
                           "prospect,Too,many,fields,,,,\n";
    const auto report = PartnerCsv::read(csv, {QStringLiteral("existing ltd")});
    CHECK(report.rowCount == 7);
    CHECK(report.ignoredColumns == QStringList{QStringLiteral("Favourite colour")});
    REQUIRE(report.valid.size() == 2);
    const Partner &acme = report.valid[0];
    CHECK(acme.name == QStringLiteral("Acme GmbH"));
    CHECK(acme.website == QStringLiteral("https://acme.example"));
    CHECK(acme.stage == QStringLiteral("active"));
    CHECK(acme.regions == QStringList{QStringLiteral("DACH"), QStringLiteral("Nordics")});
    CHECK(acme.tags == QStringList{QStringLiteral("cloud"), QStringLiteral("ai")});
    CHECK(acme.notes == QStringLiteral("multi\nline"));
    CHECK(report.valid[1].stage == QStringLiteral("prospect"));
    REQUIRE(report.issues.size() == 5);
    CHECK(report.issues[0].line == 5);
    CHECK(report.issues[0].message.contains(QStringLiteral("married")));
    CHECK(report.issues[1].message.contains(QStringLiteral("no name")));
    CHECK(report.issues[2].message.contains(QStringLiteral("already on line 2")));
    CHECK(report.issues[3].message.contains(QStringLiteral("already in the workspace")));
    CHECK(report.issues[4].message.contains(QStringLiteral("8 fields")));
    CHECK_FALSE(report.allValid());
}

TEST_CASE("partner CSV without a name column is a file error", "[csv][partners]")
{
    const auto report = PartnerCsv::read("website,stage\nx,active\n");
    CHECK(report.fileError);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues[0].message.contains(QStringLiteral("\"name\"")));
}

TEST_CASE("CSV export neutralises formulas and reads back unchanged otherwise", "[csv][partners]")
{
    CHECK(CsvDocument::neutralise(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(CsvDocument::neutralise(QStringLiteral("+1 555")) == QStringLiteral("'+1 555"));
    CHECK(CsvDocument::neutralise(QStringLiteral("-cmd")) == QStringLiteral("'-cmd"));
    CHECK(CsvDocument::neutralise(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvDocument::neutralise(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(CsvDocument::neutralise(QStringLiteral("\rx")) == QStringLiteral("'\rx"));
    CHECK(CsvDocument::neutralise(QStringLiteral("-12.5")) == QStringLiteral("-12.5"));
    CHECK(CsvDocument::neutralise(QStringLiteral("Acme")) == QStringLiteral("Acme"));

    Partner evil;
    evil.name = QStringLiteral("=cmd|' /C calc'!A0");
    evil.notes = QStringLiteral("@risk, \"quoted\"\nsecond line");
    evil.tags = {QStringLiteral("a"), QStringLiteral("b")};
    Partner plain;
    plain.name = QStringLiteral("Société Générale; Ôptique");
    plain.stage = QStringLiteral("active");
    const QByteArray bytes = PartnerCsv::writePartners({evil, plain});
    CHECK(bytes.startsWith("name,website,type,industry,regions,stage,owner,tags,notes\r\n"));
    CHECK(bytes.contains("'=cmd"));
    const auto back = PartnerCsv::read(bytes);
    REQUIRE(back.allValid());
    REQUIRE(back.valid.size() == 2);
    CHECK(back.valid[0].name == QStringLiteral("'=cmd|' /C calc'!A0"));
    CHECK(back.valid[0].notes == QStringLiteral("'@risk, \"quoted\"\nsecond line"));
    CHECK(back.valid[0].tags == evil.tags);
    CHECK(back.valid[1].name == plain.name);
    CHECK(back.valid[1].stage == plain.stage);
}

TEST_CASE("score CSV lists each assessment with its cached score", "[csv]")
{
    AssessmentSummary a;
    a.partnerName = QStringLiteral("-Minus Corp");
    a.asOf = QDate(2026, 1, 2);
    a.status = AssessmentStatus::Finalised;
    a.score = StoredScore{62.5, QStringLiteral("Promising"), QStringLiteral("Medium"), 0.75, {}};
    AssessmentSummary b;
    b.partnerName = QStringLiteral("Draft Ltd");
    b.asOf = QDate(2026, 3, 4);
    const auto doc = CsvDocument::parse(PartnerCsv::writeScores({a, b}));
    REQUIRE(doc.rows.size() == 2);
    CHECK(doc.rows[0].fields.at(0) == QStringLiteral("'-Minus Corp"));
    CHECK(doc.rows[0].fields.at(5) == QStringLiteral("62.5"));
    CHECK(doc.rows[0].fields.at(6) == QStringLiteral("Promising"));
    CHECK(doc.rows[1].fields.at(3) == QStringLiteral("draft"));
    CHECK(doc.rows[1].fields.at(5).isEmpty());
}

TEST_CASE("reading partner CSV reports progress and stops when asked", "[csv][partners][cancel]")
{
    QByteArray csv = "name,stage\n";
    for (int i = 0; i < 2000; ++i) {
        csv += "Partner " + QByteArray::number(i) + ",prospect\n";
    }
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const PartnerCsv::Import all = PartnerCsv::read(csv, {}, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    CHECK_FALSE(all.cancelled);
    CHECK(all.valid.size() == 2000);
    CHECK(lastTotal == 2000);
    CHECK(lastDone >= 1500);

    const PartnerCsv::Import stopped =
        PartnerCsv::read(csv, {}, [](qint64 done, qint64 total) { return total == 0 || done < 1000; });
    CHECK(stopped.cancelled);
    CHECK(stopped.valid.size() < 2000);
}

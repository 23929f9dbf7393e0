// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/AssessmentJson.h"
#include "core/io/JsonReader.h"
#include "core/io/PairwiseJson.h"
#include "support/CatchCompat.h"

#include <QFile>
#include <QRegularExpression>

using namespace pf::core::io;

TEST_CASE("Every json example in docs/exchange-format.md loads", "[docs]")
{
    QFile file(QStringLiteral(PARTNERFIT_TEST_DATA_DIR "/../../docs/exchange-format.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    int assessments = 0;
    int pairwise = 0;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const QByteArray json = it.next().captured(1).toUtf8();
        const auto document = JsonReader::parseObject(json);
        INFO(json.toStdString());
        REQUIRE(document.ok());
        const QString format = document.value->value(QStringLiteral("format")).toString();
        if (format == AssessmentJson::Format) {
            const auto read = AssessmentJson::fromJson(*document.value);
            INFO(read.error.toString().toStdString());
            CHECK(read.ok());
            ++assessments;
        } else if (format == PairwiseJson::Format) {
            const auto read = PairwiseJson::fromJson(*document.value);
            INFO(read.error.toString().toStdString());
            CHECK(read.ok());
            ++pairwise;
        } else {
            FAIL("a json example with an unknown format");
        }
    }
    CHECK(assessments == 1);
    CHECK(pairwise == 2);
}

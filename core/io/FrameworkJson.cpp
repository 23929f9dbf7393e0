// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FrameworkJson.h"

#include "core/io/JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace pf::core::io {

namespace {

const QString DimensionsKey = QStringLiteral("dimensions");
const QString CriteriaKey = QStringLiteral("criteria");
const QString GainInputsKey = QStringLiteral("gainInputs");
const QString AxesKey = QStringLiteral("cultureAxes");
const QString KnockoutsKey = QStringLiteral("knockouts");
const QString BandsKey = QStringLiteral("bands");

QString modelName(ComputedModel model)
{
    switch (model) {
    case ComputedModel::Culture:
        return QStringLiteral("culture");
    case ComputedModel::MutualGain:
        return QStringLiteral("mutual_gain");
    case ComputedModel::Roadmap:
        return QStringLiteral("roadmap");
    case ComputedModel::None:
        break;
    }
    return {};
}

QString comparisonName(KnockoutRule::Comparison comparison)
{
    switch (comparison) {
    case KnockoutRule::Comparison::Below:
        return QStringLiteral("below");
    case KnockoutRule::Comparison::AtMost:
        return QStringLiteral("at_most");
    case KnockoutRule::Comparison::Equal:
        return QStringLiteral("equal");
    }
    return {};
}

class Parser
{
public:
    Parser(JsonReader &reader, const QString &path) : m_reader(reader), m_path(path) {}

    /// A non-empty key unique among @p seen.
    QString key(const QJsonObject &object, const QString &path, QSet<QString> &seen)
    {
        const QString key = m_reader.string(object, QStringLiteral("key"), path);
        if (m_reader.failed()) {
            return {};
        }
        if (key.trimmed().isEmpty()) {
            m_reader.fail(JsonReader::member(path, QStringLiteral("key")),
                          QCoreApplication::translate("FrameworkJson", "a key must not be empty"));
        } else if (seen.contains(key)) {
            m_reader.fail(JsonReader::member(path, QStringLiteral("key")),
                          QCoreApplication::translate("FrameworkJson", "duplicate key '%1'").arg(key));
        }
        seen.insert(key);
        return key;
    }

    double weight(const QJsonObject &object, const QString &path)
    {
        const double weight = m_reader.number(object, QStringLiteral("weight"), path, false, 1.0);
        if (!m_reader.failed() && weight <= 0.0) {
            m_reader.fail(JsonReader::member(path, QStringLiteral("weight")),
                          QCoreApplication::translate("FrameworkJson", "weight %1 must be greater than 0").arg(weight));
        }
        return weight;
    }

    QStringList anchors(const QJsonObject &object, const QString &path)
    {
        const QJsonArray array = m_reader.array(object, QStringLiteral("anchors"), path);
        const QString at = JsonReader::member(path, QStringLiteral("anchors"));
        QStringList anchors;
        if (!m_reader.failed() && array.size() != 5) {
            m_reader.fail(
                at, QCoreApplication::translate("FrameworkJson", "expected five anchor texts (levels 1 to 5), found %1")
                        .arg(array.size()));
        }
        for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty()) {
                m_reader.fail(JsonReader::element(at, i),
                              QCoreApplication::translate("FrameworkJson", "an anchor must be a non-empty text"));
            }
            anchors.append(array.at(i).toString());
        }
        return anchors;
    }

    Framework parse(const QJsonObject &root)
    {
        Framework f;
        if (root.contains(QStringLiteral("format")) &&
            root.value(QStringLiteral("format")).toString() != FrameworkJson::Format) {
            m_reader.fail(JsonReader::member(m_path, QStringLiteral("format")),
                          QCoreApplication::translate("FrameworkJson", "expected \"%1\"").arg(FrameworkJson::Format));
        }
        f.key = m_reader.string(root, QStringLiteral("key"), m_path);
        f.name = m_reader.string(root, QStringLiteral("name"), m_path, false);
        f.version = m_reader.integer(root, QStringLiteral("frameworkVersion"), m_path, false, 1);
        f.description = m_reader.string(root, QStringLiteral("description"), m_path, false);
        if (m_reader.failed()) {
            return f;
        }
        parseDimensions(root, f);
        parseCriteria(root, f);
        parseGainInputs(root, f);
        parseAxes(root, f);
        parseKnockouts(root, f);
        parseBands(root, f);
        return f;
    }

private:
    void parseDimensions(const QJsonObject &root, Framework &f)
    {
        const QString at = JsonReader::member(m_path, DimensionsKey);
        const QJsonArray array = m_reader.array(root, DimensionsKey, m_path);
        if (!m_reader.failed() && array.isEmpty()) {
            m_reader.fail(at, QCoreApplication::translate("FrameworkJson", "a framework needs at least one dimension"));
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i) {
            const QString path = JsonReader::element(at, i);
            const QJsonObject o = m_reader.asObject(array.at(i), path);
            Dimension d;
            d.key = key(o, path, seen);
            d.name = m_reader.string(o, QStringLiteral("name"), path, false);
            d.weight = weight(o, path);
            d.description = m_reader.string(o, QStringLiteral("description"), path, false);
            f.dimensions.append(d);
        }
    }

    void parseCriteria(const QJsonObject &root, Framework &f)
    {
        const QString at = JsonReader::member(m_path, CriteriaKey);
        const QJsonArray array = m_reader.array(root, CriteriaKey, m_path);
        QSet<ComputedModel> models;
        for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i) {
            const QString path = JsonReader::element(at, i);
            const QJsonObject o = m_reader.asObject(array.at(i), path);
            Criterion c;
            c.key = key(o, path, m_keys);
            c.name = m_reader.string(o, QStringLiteral("name"), path, false);
            c.dimension = m_reader.string(o, QStringLiteral("dimension"), path);
            if (!m_reader.failed() && !f.dimension(c.dimension)) {
                m_reader.fail(JsonReader::member(path, QStringLiteral("dimension")),
                              QCoreApplication::translate("FrameworkJson", "unknown dimension '%1'").arg(c.dimension));
            }
            c.weight = weight(o, path);
            c.description = m_reader.string(o, QStringLiteral("description"), path, false);
            const QString kind = m_reader.string(o, QStringLiteral("kind"), path, false);
            if (kind == QLatin1String("computed")) {
                c.kind = CriterionKind::Computed;
                const QString model = m_reader.string(o, QStringLiteral("model"), path);
                for (ComputedModel m : {ComputedModel::Culture, ComputedModel::MutualGain, ComputedModel::Roadmap}) {
                    if (model == modelName(m)) {
                        c.model = m;
                    }
                }
                const QString modelPath = JsonReader::member(path, QStringLiteral("model"));
                if (!m_reader.failed() && c.model == ComputedModel::None) {
                    m_reader.fail(modelPath,
                                  QCoreApplication::translate(
                                      "FrameworkJson", "unknown model '%1' (expected culture, mutual_gain or roadmap)")
                                      .arg(model));
                } else if (!m_reader.failed() && models.contains(c.model)) {
                    m_reader.fail(modelPath, QCoreApplication::translate(
                                                 "FrameworkJson", "model '%1' already computes another criterion")
                                                 .arg(model));
                }
                models.insert(c.model);
            } else if (kind.isEmpty() || kind == QLatin1String("rated")) {
                c.anchors = anchors(o, path);
            } else {
                m_reader.fail(
                    JsonReader::member(path, QStringLiteral("kind")),
                    QCoreApplication::translate("FrameworkJson", "unknown kind '%1' (expected rated or computed)")
                        .arg(kind));
            }
            f.criteria.append(c);
        }
    }

    void parseGainInputs(const QJsonObject &root, Framework &f)
    {
        const QString at = JsonReader::member(m_path, GainInputsKey);
        const QJsonArray array = m_reader.array(root, GainInputsKey, m_path, false);
        for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i) {
            const QString path = JsonReader::element(at, i);
            const QJsonObject o = m_reader.asObject(array.at(i), path);
            GainInput g;
            g.key = key(o, path, m_keys);
            g.name = m_reader.string(o, QStringLiteral("name"), path, false);
            const QString side = m_reader.string(o, QStringLiteral("side"), path);
            if (side == QLatin1String("partner")) {
                g.side = GainSide::Partner;
            } else if (side != QLatin1String("us") && !m_reader.failed()) {
                m_reader.fail(JsonReader::member(path, QStringLiteral("side")),
                              QCoreApplication::translate("FrameworkJson", "unknown side '%1' (expected us or partner)")
                                  .arg(side));
            }
            g.weight = weight(o, path);
            g.description = m_reader.string(o, QStringLiteral("description"), path, false);
            g.anchors = anchors(o, path);
            f.gainInputs.append(g);
        }
    }

    void parseAxes(const QJsonObject &root, Framework &f)
    {
        const QString at = JsonReader::member(m_path, AxesKey);
        const QJsonArray array = m_reader.array(root, AxesKey, m_path, false);
        QSet<QString> seen;
        for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i) {
            const QString path = JsonReader::element(at, i);
            const QJsonObject o = m_reader.asObject(array.at(i), path);
            CultureAxis a;
            a.key = key(o, path, seen);
            a.lowPole = m_reader.string(o, QStringLiteral("low"), path);
            a.highPole = m_reader.string(o, QStringLiteral("high"), path);
            a.weight = weight(o, path);
            a.tolerance = m_reader.number(o, QStringLiteral("tolerance"), path, false, 1.0);
            if (!m_reader.failed() && (a.tolerance < 0.0 || a.tolerance > 6.0)) {
                m_reader.fail(
                    JsonReader::member(path, QStringLiteral("tolerance")),
                    QCoreApplication::translate("FrameworkJson", "tolerance %1 is outside 0–6").arg(a.tolerance));
            }
            f.cultureAxes.append(a);
        }
    }

    void parseKnockouts(const QJsonObject &root, Framework &f)
    {
        const QString at = JsonReader::member(m_path, KnockoutsKey);
        const QJsonArray array = m_reader.array(root, KnockoutsKey, m_path, false);
        for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i) {
            const QString path = JsonReader::element(at, i);
            const QJsonObject o = m_reader.asObject(array.at(i), path);
            KnockoutRule k;
            k.criterion = m_reader.string(o, QStringLiteral("criterion"), path);
            const QString comparison = m_reader.string(o, QStringLiteral("comparison"), path);
            const QString scale = m_reader.string(o, QStringLiteral("scale"), path, false);
            k.threshold = m_reader.number(o, QStringLiteral("threshold"), path, true);
            k.reason = m_reader.string(o, QStringLiteral("reason"), path, false);
            if (m_reader.failed()) {
                return;
            }
            if (!f.criterion(k.criterion) && !f.gainInput(k.criterion)) {
                m_reader.fail(JsonReader::member(path, QStringLiteral("criterion")),
                              QCoreApplication::translate("FrameworkJson", "unknown criterion '%1'").arg(k.criterion));
            }
            bool known = false;
            for (auto c :
                 {KnockoutRule::Comparison::Below, KnockoutRule::Comparison::AtMost, KnockoutRule::Comparison::Equal}) {
                if (comparison == comparisonName(c)) {
                    k.comparison = c;
                    known = true;
                }
            }
            if (!known) {
                m_reader.fail(JsonReader::member(path, QStringLiteral("comparison")),
                              QCoreApplication::translate("FrameworkJson",
                                                          "unknown comparison '%1' (expected below, at_most or equal)")
                                  .arg(comparison));
            }
            if (scale == QLatin1String("rating")) {
                k.scale = KnockoutRule::Scale::Rating;
                if (!f.isRatable(k.criterion)) {
                    m_reader.fail(JsonReader::member(path, QStringLiteral("scale")),
                                  QCoreApplication::translate(
                                      "FrameworkJson", "a computed criterion has no rating; use the score scale"));
                }
            } else if (!scale.isEmpty() && scale != QLatin1String("score")) {
                m_reader.fail(
                    JsonReader::member(path, QStringLiteral("scale")),
                    QCoreApplication::translate("FrameworkJson", "unknown scale '%1' (expected score or rating)")
                        .arg(scale));
            }
            f.knockouts.append(k);
        }
    }

    void parseBands(const QJsonObject &root, Framework &f)
    {
        const QString at = JsonReader::member(m_path, BandsKey);
        const QJsonArray array = m_reader.array(root, BandsKey, m_path);
        if (!m_reader.failed() && array.isEmpty()) {
            m_reader.fail(at, QCoreApplication::translate("FrameworkJson", "a framework needs at least one band"));
        }
        for (qsizetype i = 0; i < array.size() && !m_reader.failed(); ++i) {
            const QString path = JsonReader::element(at, i);
            const QJsonObject o = m_reader.asObject(array.at(i), path);
            BandThreshold b;
            b.label = m_reader.string(o, QStringLiteral("label"), path);
            b.minimum = m_reader.number(o, QStringLiteral("minimum"), path, true);
            if (!m_reader.failed() && !f.bands.isEmpty() && b.minimum >= f.bands.constLast().minimum) {
                m_reader.fail(JsonReader::member(path, QStringLiteral("minimum")),
                              QCoreApplication::translate(
                                  "FrameworkJson", "bands must be listed from the highest minimum to the lowest"));
            }
            f.bands.append(b);
        }
    }

    JsonReader &m_reader;
    QString m_path;
    /// Criterion and gain-input keys share one name space (ratings name either).
    QSet<QString> m_keys;
};

QJsonArray anchorsJson(const QStringList &anchors)
{
    return QJsonArray::fromStringList(anchors);
}

} // namespace

ReadResult<Framework> FrameworkJson::fromJson(const QJsonObject &object, const QString &path)
{
    JsonReader reader;
    Parser parser(reader, path);
    Framework framework = parser.parse(object);
    if (reader.failed()) {
        return ReadResult<Framework>::failure(reader.error());
    }
    return {framework, {}};
}

QJsonObject FrameworkJson::toJson(const Framework &f)
{
    QJsonArray dimensions;
    for (const Dimension &d : f.dimensions) {
        dimensions.append(QJsonObject{{QStringLiteral("key"), d.key},
                                      {QStringLiteral("name"), d.name},
                                      {QStringLiteral("weight"), d.weight},
                                      {QStringLiteral("description"), d.description}});
    }
    QJsonArray criteria;
    for (const Criterion &c : f.criteria) {
        QJsonObject o{{QStringLiteral("key"), c.key},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("dimension"), c.dimension},
                      {QStringLiteral("weight"), c.weight},
                      {QStringLiteral("description"), c.description}};
        if (c.isComputed()) {
            o.insert(QStringLiteral("kind"), QStringLiteral("computed"));
            o.insert(QStringLiteral("model"), modelName(c.model));
        } else {
            o.insert(QStringLiteral("kind"), QStringLiteral("rated"));
            o.insert(QStringLiteral("anchors"), anchorsJson(c.anchors));
        }
        criteria.append(o);
    }
    QJsonArray inputs;
    for (const GainInput &g : f.gainInputs) {
        inputs.append(QJsonObject{
            {QStringLiteral("key"), g.key},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("side"), g.side == GainSide::Us ? QStringLiteral("us") : QStringLiteral("partner")},
            {QStringLiteral("weight"), g.weight},
            {QStringLiteral("description"), g.description},
            {QStringLiteral("anchors"), anchorsJson(g.anchors)}});
    }
    QJsonArray axes;
    for (const CultureAxis &a : f.cultureAxes) {
        axes.append(QJsonObject{{QStringLiteral("key"), a.key},
                                {QStringLiteral("low"), a.lowPole},
                                {QStringLiteral("high"), a.highPole},
                                {QStringLiteral("weight"), a.weight},
                                {QStringLiteral("tolerance"), a.tolerance}});
    }
    QJsonArray knockouts;
    for (const KnockoutRule &k : f.knockouts) {
        knockouts.append(
            QJsonObject{{QStringLiteral("criterion"), k.criterion},
                        {QStringLiteral("comparison"), comparisonName(k.comparison)},
                        {QStringLiteral("scale"),
                         k.scale == KnockoutRule::Scale::Score ? QStringLiteral("score") : QStringLiteral("rating")},
                        {QStringLiteral("threshold"), k.threshold},
                        {QStringLiteral("reason"), k.reason}});
    }
    QJsonArray bands;
    for (const BandThreshold &b : f.bands) {
        bands.append(QJsonObject{{QStringLiteral("label"), b.label}, {QStringLiteral("minimum"), b.minimum}});
    }
    return QJsonObject{{QStringLiteral("format"), Format},
                       {QStringLiteral("version"), FormatVersion},
                       {QStringLiteral("key"), f.key},
                       {QStringLiteral("name"), f.name},
                       {QStringLiteral("frameworkVersion"), f.version},
                       {QStringLiteral("description"), f.description},
                       {DimensionsKey, dimensions},
                       {CriteriaKey, criteria},
                       {GainInputsKey, inputs},
                       {AxesKey, axes},
                       {KnockoutsKey, knockouts},
                       {BandsKey, bands}};
}

QStringList FrameworkJson::builtInKeys()
{
    return {QStringLiteral("five-lessons")};
}

ReadResult<Framework> FrameworkJson::builtIn(const QString &key)
{
    if (!builtInKeys().contains(key)) {
        return ReadResult<Framework>::failure(
            {QString(), QCoreApplication::translate("FrameworkJson", "unknown built-in framework '%1'").arg(key)});
    }
    QFile file(QStringLiteral(":/frameworks/%1.json").arg(key));
    if (!file.open(QIODevice::ReadOnly)) {
        return ReadResult<Framework>::failure(
            {QString(),
             QCoreApplication::translate("FrameworkJson", "the built-in framework '%1' is missing from this build")
                 .arg(key)});
    }
    const ReadResult<QJsonObject> document = JsonReader::parseObject(file.readAll());
    if (!document.ok()) {
        return ReadResult<Framework>::failure(document.error);
    }
    return fromJson(*document.value);
}

} // namespace pf::core::io

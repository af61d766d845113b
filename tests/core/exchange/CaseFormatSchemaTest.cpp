// docs/case-format.schema.json is written by hand for other programs; these tests keep its
// lists of SAC labels and answer codes the same as the ones the reader accepts.

#include "codecs/CaseFormat.h"
#include "codecs/WholeCaseLayout.h"
#include "model/Answers.h"
#include "model/DesiredOutcome.h"
#include "model/Person.h"
#include "model/SacCategories.h"

#include "support/Catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace alongside;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject schema()
{
    QFile file(QStringLiteral(ALONGSIDE_SOURCE_DIR "/docs/case-format.schema.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// The value at a path of keys and list positions.
QJsonValue at(const QJsonValue& root, const QVariantList& path)
{
    QJsonValue node = root;
    for (const QVariant& step : path)
        node = step.typeId() == QMetaType::QString ? node[step.toString()] : node[step.toInt()];
    return node;
}

QStringList enumAt(const QVariantList& path)
{
    QStringList values;
    const QJsonValue node = at(schema(), path);
    REQUIRE(node.isArray());
    for (const QJsonValue& value : node.toArray())
        values << value.toString();
    return values;
}

QStringList withEmpty(const QStringList& labels)
{
    return QStringList{QString()} + labels;
}

const QString d = QStringLiteral("$defs");
const QString p = QStringLiteral("properties");
const QString e = QStringLiteral("enum");
const QString c = QStringLiteral("case");

} // namespace

TEST_CASE("the JSON Schema lists exactly the SAC labels the reader accepts, in the published order")
{
    CHECK(enumAt({d, QStringLiteral("sacRiskType"), e}) == core::sac::riskTypes());
    const QVariantList concern{d, c, p, QStringLiteral("concern"), p};
    CHECK(enumAt({d, QStringLiteral("sacRiskLocation"), e}) == core::sac::riskLocations());
    CHECK(enumAt({d, QStringLiteral("sacRiskSource"), e}) == core::sac::riskSources());
    CHECK(at(schema(),
             concern
                 + QVariantList{QStringLiteral("locationsOfRisk"), QStringLiteral("items"),
                                QStringLiteral("$ref")})
              .toString()
          == QStringLiteral("#/$defs/sacRiskLocation"));
    CHECK(at(schema(),
             concern
                 + QVariantList{QStringLiteral("sourcesOfRisk"), QStringLiteral("items"),
                                QStringLiteral("$ref")})
              .toString()
          == QStringLiteral("#/$defs/sacRiskSource"));
    // Files from before the lists keep importing: the single fields stay, with the old spelling.
    CHECK(enumAt(concern + QVariantList{QStringLiteral("locationOfRisk"), e})
          == withEmpty(core::sac::riskLocations()));
    CHECK(enumAt(concern + QVariantList{QStringLiteral("sourceOfRisk"), e})
          == withEmpty(core::sac::riskSources())
              + QStringList{QStringLiteral("Other – Known to Individual"),
                            QStringLiteral("Other – Unknown to Individual")});
    const QVariantList person{d, c, p, QStringLiteral("person"), p};
    CHECK(enumAt(person + QVariantList{QStringLiteral("gender"), e}) == withEmpty(core::sac::genders()));
    CHECK(enumAt(person + QVariantList{QStringLiteral("ethnicity"), e})
          == withEmpty(core::sac::ethnicities()));
    CHECK(enumAt(person + QVariantList{QStringLiteral("primarySupportReason"), e})
          == withEmpty(core::sac::primarySupportReasons()));
    CHECK(enumAt(person + QVariantList{QStringLiteral("autismCondition"), e})
          == withEmpty(core::sac::autismConditions()));
    CHECK(enumAt({d, c, p, QStringLiteral("mspAsked"), e}) == withEmpty(core::sac::mspAskedAnswers()));
    const QVariantList closure{d, c, p, QStringLiteral("closure"), QStringLiteral("anyOf"), 1, p};
    // Files from before SG2c took the published spelling keep importing.
    CHECK(enumAt(closure + QVariantList{QStringLiteral("riskAssessmentOutcome"), e})
          == withEmpty(core::sac::riskAssessmentOutcomes())
              + QStringList{QStringLiteral("Risk – assessment inconclusive and action taken"),
                            QStringLiteral("Risk – assessment inconclusive and no action taken")});
    CHECK(enumAt(closure + QVariantList{QStringLiteral("riskOutcome"), e})
          == withEmpty(core::sac::riskOutcomes()));
}

TEST_CASE("the JSON Schema lists exactly the answer codes of the model")
{
    using namespace core;
    CHECK(enumAt({d, QStringLiteral("yesNoUnknown"), e}) == allStorageCodes<YesNoUnknown>());
    CHECK(enumAt({d, c, p, QStringLiteral("closure"), QStringLiteral("anyOf"), 1, p,
                  QStringLiteral("feelsSafer"), e})
          == allStorageCodes<FeelsSafer>());
    const QVariantList experience{
        d, c, p, QStringLiteral("closure"), QStringLiteral("anyOf"), 1, p, QStringLiteral("experience"), p};
    CHECK(enumAt(experience + QVariantList{QStringLiteral("answeredBy"), e})
          == allStorageCodes<ExperienceRespondent>());
    CHECK(enumAt(experience + QVariantList{QStringLiteral("listenedTo"), e})
          == allStorageCodes<ExperienceAnswer>());
    CHECK(enumAt(experience + QVariantList{QStringLiteral("involved"), e})
          == allStorageCodes<ExperienceAnswer>());
    const QVariantList outcome{d, c, p, QStringLiteral("outcomes"), QStringLiteral("items"), p};
    CHECK(enumAt(outcome + QVariantList{QStringLiteral("voice"), e}) == allStorageCodes<OutcomeVoice>());
    CHECK(enumAt(outcome
                 + QVariantList{QStringLiteral("achievement"), QStringLiteral("anyOf"), 1, p,
                                QStringLiteral("achieved"), e})
          == QStringList{storageCode(Achievement::Fully), storageCode(Achievement::Partly),
                         storageCode(Achievement::Not)});
    CHECK(enumAt({d, c, p, QStringLiteral("section42"), QStringLiteral("anyOf"), 1, p,
                  QStringLiteral("decision"), e})
          == allStorageCodes<EnquiryDecision>());
    CHECK(enumAt({d, c, p, QStringLiteral("conversations"), QStringLiteral("items"), p,
                  QStringLiteral("tookPartHow"), QStringLiteral("items"), e})
          == allStorageCodes<Participation>());
    const QVariantList person{d, c, p, QStringLiteral("person"), p};
    CHECK(enumAt(person
                 + QVariantList{QStringLiteral("importantPeople"), QStringLiteral("items"), p,
                                QStringLiteral("involvement"), e})
          == allStorageCodes<Involvement>());
    CHECK(enumAt(person
                 + QVariantList{QStringLiteral("legalRepresentatives"), QStringLiteral("items"), p,
                                QStringLiteral("kind"), e})
          == legalRepresentativeKindCodes());
}

TEST_CASE("the JSON Schema names the format and the versions the reader reads")
{
    CHECK(at(schema(), {p, QStringLiteral("format"), QStringLiteral("const")}).toString()
          == QStringLiteral("alongside-case"));
    const QJsonArray versions = at(schema(), {p, QStringLiteral("version"), e}).toArray();
    CHECK(versions == QJsonArray{core::caseformat::kVersion1, core::caseformat::kVersion});
}

TEST_CASE("the JSON Schema describes every member of every kind of record in version 2, and no other")
{
    const QJsonObject whole = at(schema(), {d, QStringLiteral("wholeCase"), p}).toObject();
    QStringList caseMembers{QStringLiteral("uid")};
    for (const core::wholecase::Kind& kind : core::wholecase::kinds()) {
        const QString member = QLatin1String(kind.member);
        QStringList members{QStringLiteral("uid")};
        if (*kind.parentMember != '\0')
            members << QLatin1String(kind.parentMember);
        for (const core::wholecase::Field& field : kind.fields)
            members << QLatin1String(field.member);
        if (member == QStringLiteral("case")) {
            caseMembers << members.mid(1);
            continue;
        }
        caseMembers << member;
        const QString def = QStringLiteral("v2") + member.front().toUpper() + member.mid(1);
        QStringList described = at(schema(), {d, def, p}).toObject().keys();
        members.sort();
        INFO(member.toStdString());
        CHECK(described.join(u", "_s).toStdString() == members.join(u", "_s).toStdString());
    }
    caseMembers.sort();
    CHECK(whole.keys().join(u", "_s).toStdString() == caseMembers.join(u", "_s).toStdString());
}

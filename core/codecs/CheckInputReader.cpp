#include "codecs/CheckInputReader.h"

#include "codecs/CheckInputParts.h"
#include "codecs/CheckInputText.h"
#include "codecs/InputLimits.h"
#include "codecs/StrictJson.h"

#include <QJsonDocument>

namespace alongside::core {

namespace checkinput {

std::optional<QJsonObject> topObject(const QByteArray& bytes, JsonOrigin origin, CaseFileProblems* problems)
{
    QJsonDocument document;
    if (origin == JsonOrigin::OwnStore) {
        document = QJsonDocument::fromJson(bytes); // written by RecordWriters/SituationWriters
    } else {
        StrictJson read = readStrictJson(bytes, checkInputLimits());
        if (!read.ok()) {
            problems->insert(problems->end(), read.problems.begin(), read.problems.end());
            return std::nullopt;
        }
        document = std::move(read.document);
    }
    if (!document.isObject()) {
        problems->push_back({QStringLiteral("$"), CheckInputText::tr("expected an object")});
        return std::nullopt;
    }
    return document.object();
}

} // namespace checkinput

namespace {

template <typename Value>
CheckInput<Value> readWith(const QByteArray& bytes, JsonOrigin origin, Value (*read)(CheckFields&))
{
    CheckInput<Value> input;
    const std::optional<QJsonObject> top = checkinput::topObject(bytes, origin, &input.problems);
    if (!top)
        return input;
    CheckFields fields(*top, QStringLiteral("$"), &input.problems);
    input.value = read(fields);
    fields.finish();
    return input;
}

OneAdvocateSituation readOneAdvocate(CheckFields& fields)
{
    OneAdvocateSituation situation;
    fields.object(
        QStringLiteral("careAct"),
        [&situation](CheckFields& careAct) { situation.careAct = checkinput::readAdvocacy(careAct); },
        Presence::Required);
    fields.object(
        QStringLiteral("imca"),
        [&situation](CheckFields& imca) { situation.imca = checkinput::readImca(imca); }, Presence::Required);
    situation.advocates = checkinput::readReferrals(fields, QStringLiteral("advocates"));
    return situation;
}

} // namespace

CheckInput<AdvocacySituation> readAdvocacyInput(const QByteArray& bytes, JsonOrigin origin)
{
    return readWith(bytes, origin, &checkinput::readAdvocacy);
}

CheckInput<ImcaSituation> readImcaInput(const QByteArray& bytes, JsonOrigin origin)
{
    return readWith(bytes, origin, &checkinput::readImca);
}

CheckInput<OneAdvocateSituation> readOneAdvocateInput(const QByteArray& bytes, JsonOrigin origin)
{
    return readWith(bytes, origin, &readOneAdvocate);
}

CheckInput<CapacityAssessment> readCapacityInput(const QByteArray& bytes, JsonOrigin origin)
{
    return readWith(bytes, origin, &checkinput::readCapacity);
}

CheckInput<BestInterestsDecision> readBestInterestsInput(const QByteArray& bytes, JsonOrigin origin)
{
    return readWith(bytes, origin, &checkinput::readBestInterests);
}

CheckInput<WishesSituation> readWishesInput(const QByteArray& bytes, JsonOrigin origin)
{
    return readWith(bytes, origin, &checkinput::readWishes);
}

} // namespace alongside::core

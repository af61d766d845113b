#include "codecs/CheckInputReader.h"

#include "codecs/CheckInputParts.h"
#include "codecs/CheckInputText.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace alongside::core {

namespace checkinput {

std::optional<QJsonObject> topObject(const QByteArray& bytes, CaseFileProblems* problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people and editors count lines and characters.
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        problems->push_back({QStringLiteral("$"),
                             CheckInputText::tr("not valid JSON at line %1, column %2: %3")
                                 .arg(line)
                                 .arg(column)
                                 .arg(parseError.errorString())});
        return std::nullopt;
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
CheckInput<Value> readWith(const QByteArray& bytes, Value (*read)(CheckFields&))
{
    CheckInput<Value> input;
    const std::optional<QJsonObject> top = checkinput::topObject(bytes, &input.problems);
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

CheckInput<AdvocacySituation> readAdvocacyInput(const QByteArray& bytes)
{
    return readWith(bytes, &checkinput::readAdvocacy);
}

CheckInput<ImcaSituation> readImcaInput(const QByteArray& bytes)
{
    return readWith(bytes, &checkinput::readImca);
}

CheckInput<OneAdvocateSituation> readOneAdvocateInput(const QByteArray& bytes)
{
    return readWith(bytes, &readOneAdvocate);
}

CheckInput<CapacityAssessment> readCapacityInput(const QByteArray& bytes)
{
    return readWith(bytes, &checkinput::readCapacity);
}

CheckInput<BestInterestsDecision> readBestInterestsInput(const QByteArray& bytes)
{
    return readWith(bytes, &checkinput::readBestInterests);
}

CheckInput<WishesSituation> readWishesInput(const QByteArray& bytes)
{
    return readWith(bytes, &checkinput::readWishes);
}

} // namespace alongside::core

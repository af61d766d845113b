#include "model/EasyReadLetterJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace alongside::core {

namespace {

QString tintCode(PaperTint tint)
{
    return tint == PaperTint::PaleYellow ? QStringLiteral("pale-yellow") : QStringLiteral("white");
}

QJsonObject blockToJson(const LetterBlock& block)
{
    QJsonArray sentences;
    for (const LetterSentence& sentence : block.sentences) {
        QJsonObject item{{QStringLiteral("text"), sentence.text},
                         {QStringLiteral("reviewed"), sentence.reviewed}};
        if (sentence.ownWords)
            item.insert(QStringLiteral("ownWords"), true);
        if (!sentence.copiedFrom.isEmpty())
            item.insert(QStringLiteral("copiedFrom"), sentence.copiedFrom);
        if (!sentence.fromRecord.isEmpty())
            item.insert(QStringLiteral("fromRecord"), sentence.fromRecord);
        if (!sentence.suggestion.isEmpty())
            item.insert(QStringLiteral("suggestion"), sentence.suggestion);
        sentences.append(item);
    }
    return {{QStringLiteral("pictogram"), block.pictogram}, {QStringLiteral("sentences"), sentences}};
}

LetterBlock blockFromJson(const QJsonObject& json)
{
    LetterBlock block;
    block.pictogram = json.value(QStringLiteral("pictogram")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("sentences")).toArray()) {
        const QJsonObject item = value.toObject();
        LetterSentence sentence;
        sentence.text = item.value(QStringLiteral("text")).toString();
        sentence.ownWords = item.value(QStringLiteral("ownWords")).toBool();
        sentence.reviewed = item.value(QStringLiteral("reviewed")).toBool();
        sentence.copiedFrom = item.value(QStringLiteral("copiedFrom")).toString();
        sentence.fromRecord = item.value(QStringLiteral("fromRecord")).toString();
        sentence.suggestion = item.value(QStringLiteral("suggestion")).toString();
        block.sentences.push_back(sentence);
    }
    return block;
}

} // namespace

QJsonObject letterToJson(const EasyReadLetter& letter)
{
    QJsonArray sections;
    for (const LetterSection& part : letter.sections) {
        QJsonArray blocks;
        for (const LetterBlock& block : part.blocks)
            blocks.append(blockToJson(block));
        sections.append(QJsonObject{{QStringLiteral("kind"), storageCode(part.kind)},
                                    {QStringLiteral("heading"), part.heading},
                                    {QStringLiteral("blocks"), blocks}});
    }
    QJsonObject json{{QStringLiteral("caseId"), QString::number(letter.caseId)},
                     {QStringLiteral("caseReference"), letter.caseReference},
                     {QStringLiteral("recipientName"), letter.recipientName},
                     {QStringLiteral("readerNames"), QJsonArray::fromStringList(letter.readerNames)},
                     {QStringLiteral("date"), letter.date.toString(Qt::ISODate)},
                     {QStringLiteral("language"), letter.language},
                     {QStringLiteral("largePrint"), letter.largePrint},
                     {QStringLiteral("tint"), tintCode(letter.tint)},
                     {QStringLiteral("contactName"), letter.contactName},
                     {QStringLiteral("contactPhone"), letter.contactPhone},
                     {QStringLiteral("peopleNamed"), QJsonArray::fromStringList(letter.peopleNamed)},
                     {QStringLiteral("sections"), sections}};
    if (!letter.practitionerPicture.isEmpty())
        json.insert(QStringLiteral("practitionerPicture"),
                    QString::fromLatin1(letter.practitionerPicture.toBase64()));
    return json;
}

std::optional<EasyReadLetter> letterFromJson(const QJsonObject& json)
{
    EasyReadLetter letter;
    letter.caseId = json.value(QStringLiteral("caseId")).toString().toLongLong();
    letter.caseReference = json.value(QStringLiteral("caseReference")).toString();
    letter.recipientName = json.value(QStringLiteral("recipientName")).toString();
    for (const QJsonValue& name : json.value(QStringLiteral("readerNames")).toArray())
        letter.readerNames << name.toString();
    letter.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    letter.language = json.value(QStringLiteral("language")).toString(QStringLiteral("en-GB"));
    letter.largePrint = json.value(QStringLiteral("largePrint")).toBool();
    letter.tint = json.value(QStringLiteral("tint")).toString() == QLatin1String("pale-yellow")
        ? PaperTint::PaleYellow
        : PaperTint::White;
    letter.contactName = json.value(QStringLiteral("contactName")).toString();
    letter.contactPhone = json.value(QStringLiteral("contactPhone")).toString();
    for (const QJsonValue& name : json.value(QStringLiteral("peopleNamed")).toArray())
        letter.peopleNamed << name.toString();
    letter.practitionerPicture = QByteArray::fromBase64(
        json.value(QStringLiteral("practitionerPicture")).toString().toLatin1());
    for (const QJsonValue& value : json.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject item = value.toObject();
        const auto kind = letterSectionKindFromCode(item.value(QStringLiteral("kind")).toString());
        if (!kind)
            return std::nullopt;
        LetterSection part;
        part.kind = *kind;
        part.heading = item.value(QStringLiteral("heading")).toString();
        for (const QJsonValue& block : item.value(QStringLiteral("blocks")).toArray())
            part.blocks.push_back(blockFromJson(block.toObject()));
        letter.sections.push_back(part);
    }
    return letter;
}

QByteArray letterToJsonBytes(const EasyReadLetter& letter)
{
    return QJsonDocument(letterToJson(letter)).toJson(QJsonDocument::Compact);
}

std::optional<EasyReadLetter> letterFromJsonBytes(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return letterFromJson(document.object());
}

} // namespace alongside::core

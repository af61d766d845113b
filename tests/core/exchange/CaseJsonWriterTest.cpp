// Writing the case format: every field, deterministic bytes, links as positions.

#include "ExampleCases.h"

#include "codecs/CaseFileReader.h"
#include "codecs/CaseJsonWriter.h"

#include "support/Catch.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace alongside;

namespace {

// Paths of every empty string, null and empty list under `value`.
void collectEmpty(const QJsonValue& value, const QString& path, QStringList* empty)
{
    if (value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty())) {
        *empty << path;
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectEmpty(array.at(i), path + QStringLiteral("[%1]").arg(i), empty);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectEmpty(it.value(), path + u'.' + it.key(), empty);
    }
}

} // namespace

TEST_CASE("the maximal case fills every field of the format, and the writer writes every one")
{
    QStringList empty;
    collectEmpty(core::caseToJson(test::maximalCase()), QStringLiteral("$"), &empty);
    // Empty only where the journey itself leaves them empty: an outstanding action, actions
    // that ended one way and not the other, an action for the case as a whole, a conversation
    // held alone, notes that are not addenda, notes that are not about a conversation, and the
    // letter wording of an outcome in the person's own words (the letter quotes them instead).
    INFO(empty.join(u' ').toStdString());
    CHECK(empty
          == QStringList{QStringLiteral("$.actions[0].noLongerNeededOn"),
                         QStringLiteral("$.actions[1].doneOn"),
                         QStringLiteral("$.actions[1].endedWhy"),
                         QStringLiteral("$.actions[1].noLongerNeededOn"),
                         QStringLiteral("$.actions[2].noLongerNeededOn"),
                         QStringLiteral("$.actions[2].outcome"),
                         QStringLiteral("$.actions[3].doneOn"),
                         QStringLiteral("$.actions[4].endedWhy"),
                         QStringLiteral("$.actions[4].noLongerNeededOn"),
                         QStringLiteral("$.conversations[0].aloneConversationPlannedFor"),
                         QStringLiteral("$.conversations[0].notAloneReason"),
                         QStringLiteral("$.notes[0].aboutConversation"),
                         QStringLiteral("$.notes[0].addendumTo"),
                         QStringLiteral("$.notes[1].aboutConversation"),
                         QStringLiteral("$.notes[1].addendumTo"),
                         QStringLiteral("$.notes[2].aboutConversation"),
                         QStringLiteral("$.notes[3].aboutConversation"),
                         QStringLiteral("$.notes[3].addendumTo"),
                         QStringLiteral("$.notes[4].aboutConversation"),
                         QStringLiteral("$.notes[5].addendumTo"),
                         QStringLiteral("$.outcomes[0].letterWording")});
}

TEST_CASE("the maximal case is written byte for byte as the committed fixture")
{
    // The fixture pins the format: a change here is a change to version 1 of the case format
    // (docs/case-format.md), which old files and other programs rely on.
    CHECK(QString::fromUtf8(core::caseFileText({test::maximalCase()}))
          == QString::fromUtf8(test::readFixture(QStringLiteral("maximal-case.json"))));
}

TEST_CASE("writing, reading and writing again gives the same bytes")
{
    const std::vector<core::CaseRecord> cases{test::maximalCase(QStringLiteral("A")),
                                              test::minimalCase(QStringLiteral("B"))};
    const QByteArray first = core::caseFileText(cases);
    const core::CaseFileContents read = core::readCaseFile(first);
    REQUIRE(read.ok());
    CHECK(QString::fromUtf8(core::caseFileText(read.cases)) == QString::fromUtf8(first));
}

TEST_CASE("the file starts with its format and version and is indented UTF-8 ending in a newline")
{
    const QByteArray text = core::caseFileText({test::maximalCase()});
    const QJsonObject top = QJsonDocument::fromJson(text).object();
    CHECK(top.value(QStringLiteral("format")).toString() == QStringLiteral("alongside-case"));
    CHECK(top.value(QStringLiteral("version")).toInt() == 1);
    CHECK(text.endsWith("}\n"));
    CHECK(text.contains("\n    \"cases\": ["));
    CHECK(text.contains("\"locationsOfRisk\": [\n"));
}

TEST_CASE("date-times keep the offset they were recorded with, and UTC is written with Z")
{
    const QJsonObject json = core::caseToJson(test::maximalCase());
    const QJsonArray conversations = json.value(QStringLiteral("conversations")).toArray();
    CHECK(conversations.at(0)[QStringLiteral("heldAt")].toString() == QStringLiteral("2026-03-02T15:30:00Z"));
    CHECK(conversations.at(1)[QStringLiteral("heldAt")].toString()
          == QStringLiteral("2026-03-30T10:00:00+01:00"));
    CHECK(json[QStringLiteral("concern")][QStringLiteral("receivedTime")].toString()
          == QStringLiteral("09:45"));
}

TEST_CASE("links are written as positions in the case, whatever the store's ids")
{
    core::CaseRecord record = test::maximalCase();
    record.outcomes[0].id = 101;
    record.outcomes[1].id = 205;
    record.outcomes[2].id = 17;
    record.actions[0].outcomeId = 17;
    record.actions[1].outcomeId = 101;
    for (std::size_t i = 0; i < record.notes.size(); ++i)
        record.notes[i].id = 900 + static_cast<qint64>(i) * 3;
    record.notes[4].addendumTo = 900;
    const QJsonObject json = core::caseToJson(record);
    const QJsonArray actions = json.value(QStringLiteral("actions")).toArray();
    CHECK(actions.at(0)[QStringLiteral("outcome")] == QJsonValue(2));
    CHECK(actions.at(1)[QStringLiteral("outcome")] == QJsonValue(0));
    CHECK(actions.at(2)[QStringLiteral("outcome")].isNull());
    CHECK(json.value(QStringLiteral("notes")).toArray().at(4)[QStringLiteral("addendumTo")] == QJsonValue(0));
    CHECK(json.value(QStringLiteral("notes")).toArray().at(0)[QStringLiteral("addendumTo")].isNull());
}

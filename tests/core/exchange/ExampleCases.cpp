#include "ExampleCases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <stdexcept>

namespace alongside::test {

using namespace core;

namespace {

QDateTime at(int year, int month, int day, int hour, int minute, int offsetSeconds)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::OffsetFromUTC, offsetSeconds);
}

constexpr int kBst = 3600;

QJsonValue editedValue(const QJsonValue& node, const QVariantList& path, qsizetype depth,
                       const std::optional<QJsonValue>& replacement)
{
    const QVariant& step = path.at(depth);
    const bool last = depth + 1 == path.size();
    if (step.typeId() == QMetaType::QString) {
        QJsonObject object = node.toObject();
        const QString key = step.toString();
        if (last && !replacement)
            object.remove(key);
        else
            object.insert(key,
                          last ? *replacement : editedValue(object.value(key), path, depth + 1, replacement));
        return object;
    }
    QJsonArray array = node.toArray();
    const auto index = step.toLongLong();
    if (last && !replacement)
        array.removeAt(index);
    else
        array.replace(index,
                      last ? *replacement : editedValue(array.at(index), path, depth + 1, replacement));
    return array;
}

} // namespace

CaseRecord maximalCase(const QString& reference)
{
    CaseRecord record;
    record.reference = reference;

    Person& person = record.person;
    person.givenName = QStringLiteral("Ada");
    person.familyName = QStringLiteral("Fixture");
    person.preferredName = QStringLiteral("Addie");
    person.dateOfBirth = QDate(1941, 7, 19);
    person.nhsNumber = QStringLiteral("943 476 5919"); // the NHS's published test number
    person.address = QStringLiteral("1 Example Row, Testbury, TE1 1ST");
    person.phone = QStringLiteral("01632 960001"); // Ofcom's range for drama
    person.email = QStringLiteral("addie@example.invalid");
    person.communication = {QStringLiteral("English"),
                            true,
                            QStringLiteral("hearing aid, left ear; face me when talking"),
                            QStringLiteral("large print, 18 point"),
                            true,
                            QStringLiteral("\"Short questions, one at a time, and give me time.\"")};
    person.importantPeople = {
        {0, QStringLiteral("Bea Fixture"), QStringLiteral("daughter"), Involvement::Wanted,
         QStringLiteral("07700 900001")},
        {0, QStringLiteral("Cal Sample"), QStringLiteral("neighbour"), Involvement::NotWanted,
         QStringLiteral("next door, no. 3")},
        {0, QStringLiteral("Dot Placeholder"), QStringLiteral("friend from church"), Involvement::NotAsked,
         QStringLiteral("via the church office")},
    };
    person.legalRepresentatives = {
        {0,
         LegalRepresentative::Kind::LpaPropertyAndFinancialAffairs,
         QStringLiteral("Bea Fixture"),
         QStringLiteral("07700 900001"),
         {AuthorityMatter::PropertyAndAffairs},
         QStringLiteral("Registered 2021; may not sell the house")},
        {0,
         LegalRepresentative::Kind::DeputyHealthAndWelfare,
         QStringLiteral("Eve Madeup"),
         QStringLiteral("Madeup & Co, solicitors"),
         {AuthorityMatter::Accommodation},
         QStringLiteral("Where she lives and her care; not medical treatment")},
    };
    person.gender = QStringLiteral("Female");
    person.ethnicity = QStringLiteral("Black / African / Caribbean / Black British");
    person.primarySupportReason = QStringLiteral("Support with Memory and Cognition");
    person.autismCondition = QStringLiteral(
        "Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High Functioning Autism)");

    Concern& concern = record.concern;
    concern.receivedOn = QDate(2026, 3, 2);
    concern.receivedTime = QTime(9, 45);
    concern.raisedByRole = QStringLiteral("home care worker");
    concern.raisedByName = QStringLiteral("Fay Testcase");
    concern.whatWasReported = QStringLiteral(
        "Money missing from Addie's purse after visits; a new carer is \"always in a hurry\".");
    concern.riskTypes = {QStringLiteral("Financial or Material Abuse"),
                         QStringLiteral("Neglect and Acts of Omission")};
    concern.locationsOfRisk = {QStringLiteral("Own Home"), QStringLiteral("Community Service")};
    concern.sourcesOfRisk = {QStringLiteral("Service Provider"),
                             QStringLiteral("Other – Known to individual")};
    concern.personKnows = YesNoUnknown::Yes;
    concern.personsView = QStringLiteral("\"I don't want anyone in trouble, I just want it to stop.\"");
    concern.childrenAtRisk = YesNoUnknown::No;
    concern.otherAdultsAtRisk = YesNoUnknown::NotKnown;

    record.section42 = Section42Decision{
        YesNoUnknown::Yes,
        QStringLiteral("Needs help with washing, dressing and money since her stroke."),
        YesNoUnknown::Yes,
        QStringLiteral("Money missing on three visits by the same agency."),
        YesNoUnknown::Yes,
        QStringLiteral("Cannot check her purse or statements without help."),
        EnquiryDecision::Section42,
        QStringLiteral("Agency manager told; carer moved off the round meanwhile."),
        QDate(2026, 3, 3),
        QStringLiteral("Gil Example, safeguarding lead")};
    record.mspAsked = QStringLiteral("Yes they were asked and outcomes were expressed");

    DesiredOutcome stopIt;
    stopIt.id = 1;
    stopIt.voice = OutcomeVoice::Person;
    stopIt.revisions = {
        {QDate(2026, 3, 3), QStringLiteral("I want the money to stop going missing."),
         QStringLiteral("first visit")},
        {QDate(2026, 3, 17), QStringLiteral("I want the money to stop going missing, and to keep my carers."),
         QStringLiteral("after the meeting with the agency")},
        {QDate(2026, 4, 1), QStringLiteral("I want to keep my own money safe and still have Jo as my carer."),
         QStringLiteral("review")},
    };
    stopIt.achievement = OutcomeAchievement{Achievement::Fully, QStringLiteral("\"Nothing has gone since.\""),
                                            QDate(2026, 4, 20)};
    stopIt.achievement->letterWhy = QStringLiteral("You told us no money has gone since.");
    DesiredOutcome talk;
    talk.id = 2;
    talk.voice = OutcomeVoice::Advocate;
    talk.revisions = {{QDate(2026, 3, 10),
                       QStringLiteral("Addie to be told what is happening, in plain words."),
                       QStringLiteral("said by her advocate")}};
    talk.achievement = OutcomeAchievement{Achievement::Partly, QStringLiteral("Letters came late twice."),
                                          QDate(2026, 4, 20)};
    talk.letterWording = QStringLiteral("You want us to tell you what is happening, in plain words.");
    talk.achievement->letterWhy = QStringLiteral("Our letters came late 2 times. We are sorry.");
    DesiredOutcome home;
    home.id = 3;
    home.voice = OutcomeVoice::BestInterests;
    home.revisions = {{QDate(2026, 3, 12), QStringLiteral("Stay living at home."),
                       QStringLiteral("best-interests meeting")},
                      {QDate(2026, 3, 26), QStringLiteral("Stay living at home with a key safe."),
                       QStringLiteral("after OT visit")}};
    home.achievement = OutcomeAchievement{Achievement::Not, QStringLiteral("The key safe is still on order."),
                                          QDate(2026, 4, 20)};
    home.letterWording = QStringLiteral("We decided it is best for you to stay living at home.");
    home.achievement->letterWhy = QStringLiteral("The key safe has not come yet.");
    record.outcomes = {stopIt, talk, home};

    Conversation first;
    first.id = 1; // record-local ids, as the reader gives them: a note's addendum points here
    first.heldAt = at(2026, 3, 2, 15, 30, 0);
    first.place = QStringLiteral("Addie's home, front room");
    first.present = {QStringLiteral("social worker")};
    first.seenAlone = true;
    first.tookPartHow = {Participation::InPerson};
    first.notes = QStringLiteral("Spoke with Addie alone. Hearing aid in; we sat facing.");
    first.personsWords = {QStringLiteral("I just want it to stop."),
                          QStringLiteral("Jo is lovely, it isn't Jo.")};
    first.author = QStringLiteral("Hal Example");
    first.writtenAt = at(2026, 3, 2, 17, 5, 0);
    Conversation meeting;
    meeting.id = 2;
    meeting.heldAt = at(2026, 3, 30, 10, 0, kBst);
    meeting.place = QStringLiteral("Testbury day centre");
    meeting.present = {QStringLiteral("advocate"), QStringLiteral("Bea Fixture (daughter)"),
                       QStringLiteral("agency manager")};
    meeting.seenAlone = false;
    meeting.notAloneReason = QStringLiteral("A planning meeting Addie asked her daughter to come to.");
    meeting.aloneConversationPlannedFor = QDate(2026, 4, 2);
    meeting.tookPartHow = {Participation::AtMeeting, Participation::WithAdvocate};
    meeting.notes = QStringLiteral("Agreed the plan together; Addie chaired the last item.");
    meeting.personsWords = {QStringLiteral("I'd like my statements in big print.")};
    meeting.author = QStringLiteral("Hal Example");
    meeting.writtenAt = at(2026, 3, 30, 12, 40, kBst);
    record.conversations = {first, meeting};

    record.actions = {
        {0, 1, QStringLiteral("agency manager"),
         QStringLiteral("Audit the visit logs for February and March."), QDate(2026, 3, 20),
         QDate(2026, 3, 19), QStringLiteral("The agency manager checked when your carers came."), QDate(),
         QStringLiteral("Three visits in March were cut short.")},
        {0, 3, QStringLiteral("occupational therapist"), QStringLiteral("Fit a key safe."),
         QDate(2026, 4, 30), QDate(),
         QStringLiteral("The occupational therapist will fit a key safe for you.")},
        {0, 0, QStringLiteral("social worker"),
         QStringLiteral("Tell the Safeguarding Adults Board of the agency pattern."), QDate(2026, 4, 10),
         QDate(2026, 4, 9), QStringLiteral("I told the people who check care agencies what happened."),
         QDate(), QStringLiteral("Told at the April meeting.")},
        {0, 1, QStringLiteral("agency manager"), QStringLiteral("Change the visit rota."), QDate(2026, 4, 15),
         QDate(), QStringLiteral("The agency is changing; your new carers start on Monday."),
         QDate(2026, 4, 2), QStringLiteral("The agency ended its contract; the new carers start Monday.")},
        {0, 2, QStringLiteral("advocate"), QStringLiteral("Go through each letter with Addie."),
         QDate(2026, 4, 15), QDate(2026, 4, 15),
         QStringLiteral("Your advocate went through each letter with you.")},
    };

    record.notes = {
        {1, at(2026, 3, 2, 9, 50, 0), QStringLiteral("Hal Example"),
         QStringLiteral("Concern logged from the home care worker."), 0},
        {2, at(2026, 3, 3, 11, 0, 0), QStringLiteral("Hal Example"),
         QStringLiteral("s.42 duty applies; enquiry opened."), 0},
        {3, at(2026, 3, 5, 16, 20, 0), QStringLiteral("Hal Example"),
         QStringLiteral("Addendum: the enquiry was opened on 3 March, not 4 March as first typed elsewhere."),
         2},
        {4, at(2026, 4, 20, 14, 0, kBst), QStringLiteral("Iris Sample"),
         QStringLiteral("Closing summary agreed with Addie."), 0},
        {5, at(2026, 4, 21, 9, 0, kBst), QStringLiteral("Iris Sample"),
         QStringLiteral("Addendum: Addie's daughter was sent a copy, at Addie's request."), 4},
        {6, at(2026, 4, 22, 10, 0, kBst), QStringLiteral("Iris Sample"),
         QStringLiteral(
             "Addendum to the conversation of 2 March: her hearing aid battery was low that day; she "
             "asked for visits in daylight."),
         0, 1},
    };

    record.closure = Closure{
        QDate(2026, 4, 20),
        FeelsSafer::Partly,
        QStringLiteral("Risk identified and action taken"),
        QStringLiteral("Risk reduced"),
        QStringLiteral("Agency review in three months; Addie knows how to call us."),
        {ExperienceRespondent::FamilyMember, ExperienceAnswer::Yes, ExperienceAnswer::Partly},
        QStringLiteral("We will check the care agency again in 3 months.")};
    return record;
}

CaseRecord minimalCase(const QString& reference)
{
    CaseRecord record;
    record.reference = reference;
    record.person.givenName = QStringLiteral("Jon");
    record.person.familyName = QStringLiteral("Placeholder");
    record.concern.receivedOn = QDate(2026, 5, 1);
    record.concern.riskTypes = {QStringLiteral("Self-Neglect")};
    return record;
}

QString fixturePath(const QString& name)
{
    return QDir(QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/cases")).filePath(name);
}

QByteArray readFixture(const QString& name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read fixture " + name.toStdString());
    return file.readAll();
}

QJsonObject edited(const QJsonObject& root, const QVariantList& path,
                   const std::optional<QJsonValue>& replacement)
{
    return editedValue(root, path, 0, replacement).toObject();
}

} // namespace alongside::test

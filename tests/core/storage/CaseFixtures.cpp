#include "CaseFixtures.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::test {

using namespace Qt::Literals::StringLiterals;
using namespace core;

CaseRecord concernOnly(const QString& reference, const QDate& receivedOn)
{
    CaseRecord r;
    r.reference = reference;
    r.person.givenName = u"Olive"_s;
    r.person.familyName = u"Testperson"_s;
    r.concern.receivedOn = receivedOn;
    r.concern.riskTypes = QStringList{u"Self-Neglect"_s};
    return r;
}

CaseRecord fullCase(const QString& reference)
{
    CaseRecord r;
    r.reference = reference;
    Person& p = r.person;
    p.givenName = u"Nora"_s;
    p.familyName = u"Testperson"_s;
    p.preferredName = u"Norrie"_s;
    p.dateOfBirth = QDate(1950, 5, 6);
    p.nhsNumber = u"9434765919"_s;
    p.address = u"1 Madeup Row, Nowhere"_s;
    p.phone = u"01632 960001"_s;
    p.email = u"norrie@example.invalid"_s;
    p.communication = {u"Welsh"_s,       true, u"Hearing aid, right ear"_s,
                       u"Large print"_s, true, u"Over a cup of tea, not in a rush"_s};
    p.importantPeople = {{0, u"Ben Testperson"_s, u"son"_s, Involvement::NotWanted, u"07700 900001"_s},
                         {0, u"Dot Neighbour"_s, u"neighbour"_s, Involvement::Wanted, {}}};
    p.legalRepresentatives = {{0,
                               LegalRepresentative::Kind::LpaPropertyAndFinancialAffairs,
                               u"Cara Solicitor"_s,
                               u"cara@example.invalid"_s,
                               {AuthorityMatter::PropertyAndAffairs},
                               {}}};

    Concern& c = r.concern;
    c.receivedOn = QDate(2026, 1, 5);
    c.receivedTime = QTime(10, 15);
    c.raisedByRole = u"bank cashier"_s;
    c.raisedByName = u"Sid Cashier"_s;
    c.whatWasReported = u"Large cash withdrawals; her son waits outside the bank with her purse."_s;
    c.riskTypes = QStringList{u"Financial or Material Abuse"_s, u"Psychological Abuse"_s};
    c.locationsOfRisk = {u"In the Community"_s};
    c.sourcesOfRisk = {u"Other – Known to individual"_s};
    c.personKnows = YesNoUnknown::Yes;
    c.personsView = u"She is embarrassed but glad someone noticed."_s;
    c.childrenAtRisk = YesNoUnknown::No;
    c.otherAdultsAtRisk = YesNoUnknown::NotKnown;

    Section42Decision d;
    d.hasCareAndSupportNeeds = YesNoUnknown::Yes;
    d.careAndSupportNeedsReason = u"Needs help with shopping and money since her stroke."_s;
    d.experiencingOrAtRiskOfAbuse = YesNoUnknown::Yes;
    d.abuseReason = u"Money taken without her agreement."_s;
    d.unableToProtectThemselves = YesNoUnknown::Yes;
    d.unableToProtectReason = u"Relies on her son to get to the bank."_s;
    d.decision = EnquiryDecision::Section42;
    d.responseGiven = u"Bank asked to flag the account."_s;
    d.decidedOn = QDate(2026, 1, 6);
    d.decidedBy = u"Team Manager Example"_s;
    r.section42 = d;
    r.mspAsked = u"Yes they were asked and outcomes were expressed"_s;

    DesiredOutcome first;
    first.id = 11;
    first.voice = OutcomeVoice::Person;
    first.revisions = {{QDate(2026, 1, 7), u"For Ben to stop taking my pension."_s, {}},
                       {QDate(2026, 2, 1), u"For Ben to stop taking my pension, but still visit."_s,
                        u"After the family meeting"_s}};
    first.achievement = OutcomeAchievement{
        Achievement::Partly, u"Ben visits, but money still goes missing sometimes."_s, QDate(2026, 3, 1)};
    DesiredOutcome second;
    second.id = 12;
    second.voice = OutcomeVoice::Advocate;
    second.revisions = {{QDate(2026, 1, 20), u"Norrie would like to manage her own bank card again."_s, {}}};
    r.outcomes = {first, second};

    Conversation alone;
    alone.heldAt = QDateTime(QDate(2026, 1, 6), QTime(9, 30));
    alone.place = u"Norrie's kitchen"_s;
    alone.seenAlone = true;
    alone.tookPartHow = {Participation::InPerson, Participation::WithInterpreter};
    alone.notes = u"Talked alone while Ben was at work."_s;
    alone.personsWords = QStringList{u"I don't want him in trouble, I want my pension."_s,
                                     u"He's a good lad really."_s};
    alone.author = u"Sam Colleague"_s;
    alone.writtenAt = QDateTime(QDate(2026, 1, 6), QTime(12, 0));
    Conversation withOthers;
    withOthers.heldAt = QDateTime(QDate(2026, 2, 1), QTime(14, 0));
    withOthers.place = u"Family meeting at the library"_s;
    withOthers.present = QStringList{u"Ben Testperson (son)"_s, u"Independent advocate"_s};
    withOthers.notAloneReason = u"Family meeting she asked for."_s;
    withOthers.aloneConversationPlannedFor = QDate(2026, 2, 8);
    withOthers.tookPartHow = {Participation::AtMeeting, Participation::WithAdvocate};
    withOthers.notes = u"Agreed a plan together."_s;
    withOthers.personsWords = QStringList{u"I'd like to do my own banking."_s};
    withOthers.author = u"Sam Colleague"_s;
    withOthers.writtenAt = QDateTime(QDate(2026, 2, 1), QTime(17, 0));
    r.conversations = {alone, withOthers};

    r.actions = {
        {0, 11, u"Bank"_s, u"Add a flag to unusual withdrawals"_s, QDate(2026, 1, 20), QDate(2026, 1, 18)},
        {0, 0, u"Alex Practitioner"_s, u"Book a review visit"_s, QDate(2026, 3, 10), {}}};

    r.notes = {{21, QDateTime(QDate(2026, 1, 5), QTime(11, 0)), u"Sam Colleague"_s,
                u"Concern logged from the bank."_s, 0},
               {22, QDateTime(QDate(2026, 1, 9), QTime(16, 0)), u"Sam Colleague"_s,
                u"Bank confirmed the flag."_s, 0},
               {23, QDateTime(QDate(2026, 1, 10), QTime(9, 0)), u"Sam Colleague"_s,
                u"Addendum: the concern came from the branch on the high street."_s, 21}};

    r.closure = Closure{QDate(2026, 3, 1), FeelsSafer::Partly, u"Risk identified and action taken"_s,
                        u"Risk reduced"_s, u"Review in three months."_s};
    return r;
}

qint64 rowsIn(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace alongside::test

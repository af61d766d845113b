#include "harness/CaseStories.h"

#include "model/SacCategories.h"
#include "storage/repositories/CaseRepository.h"

#include <stdexcept>

namespace alongside::test {

namespace {

qint64 written(const core::CaseWriteResult& result)
{
    if (!result.ok())
        throw std::runtime_error(result.error.toStdString());
    return result.id;
}

core::CaseRecord concernAbout(const QString& given, const QString& family, const QDate& receivedOn,
                              const QString& reported, const QString& riskType)
{
    core::CaseRecord record;
    record.person.givenName = given;
    record.person.familyName = family;
    record.concern.receivedOn = receivedOn;
    record.concern.receivedTime = QTime(9, 0);
    record.concern.raisedByRole = QStringLiteral("Home care worker");
    record.concern.whatWasReported = reported;
    record.concern.riskTypes = {riskType};
    return record;
}

core::Conversation visit(const QDateTime& heldAt, bool alone, const QStringList& words, const QString& notes)
{
    core::Conversation conversation;
    conversation.heldAt = heldAt;
    conversation.place = QStringLiteral("At home");
    conversation.seenAlone = alone;
    if (!alone) {
        conversation.present = {QStringLiteral("son")};
        conversation.notAloneReason = QStringLiteral("Her son would not leave the room");
    }
    conversation.tookPartHow = {core::Participation::InPerson};
    conversation.personsWords = words;
    conversation.notes = notes;
    return conversation;
}

} // namespace

CaseStories writeCaseStories(QSqlDatabase db)
{
    CaseStories stories;
    const QDate day(2026, 2, 20);
    core::CaseRepository onTheDay(db, QStringLiteral("Test Practitioner"),
                                  [day] { return QDateTime(day, QTime(16, 0)); });

    core::CaseRecord doris = concernAbout(QStringLiteral("Doris"), QStringLiteral("Example"), day,
                                          QStringLiteral("Money missing from her purse after visits."),
                                          QStringLiteral("Financial or Material Abuse"));
    doris.mspAsked = core::sac::kMspAskedExpressed;
    core::DesiredOutcome stop;
    stop.revisions = {{day, QString::fromLatin1(kDorisOutcome), {}}};
    doris.outcomes = {stop};
    doris.conversations = {visit(QDateTime(day, QTime(14, 0)), true,
                                 {QStringLiteral("I don't want anyone in trouble")},
                                 QStringLiteral("Spoke in the kitchen."))};
    stories.doris = written(onTheDay.createCase(doris));
    stories.dorisNote = written(onTheDay.addNote(stories.doris, QStringLiteral("Agency manager rang back.")));

    core::CaseRecord sam = concernAbout(QStringLiteral("Samuel"), QStringLiteral("Sample"), day,
                                        QStringLiteral("Not collecting his medication."),
                                        QStringLiteral("Neglect and Acts of Omission"));
    sam.person.preferredName = QStringLiteral("Sam");
    sam.conversations = {
        visit(QDateTime(day, QTime(15, 0)), false, {}, QStringLiteral("Son answered most questions."))};
    stories.sam = written(onTheDay.createCase(sam));

    core::CaseRecord priya = concernAbout(QStringLiteral("Priya"), QStringLiteral("Placeholder"), day,
                                          QStringLiteral("A new boyfriend may be taking her benefits."),
                                          QStringLiteral("Financial or Material Abuse"));
    priya.mspAsked = core::sac::kMspAskedExpressed;
    core::DesiredOutcome card;
    card.revisions = {{day, QStringLiteral("Keep control of my money"), {}}};
    priya.outcomes = {card};
    priya.conversations = {visit(QDateTime(day, QTime(11, 0)), true, {QString::fromLatin1(kPriyasWords)},
                                 QStringLiteral("Met at college with her tutor nearby."))};
    stories.priya = written(onTheDay.createCase(priya));
    return stories;
}

ui::CaseAccess testAccess(QSqlDatabase db, QDateTime now)
{
    return ui::CaseAccess{std::move(db), [] { return QStringLiteral("Test Practitioner"); },
                          [now] { return now; }};
}

} // namespace alongside::test

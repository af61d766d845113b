#include "WholeCaseFixture.h"

#include "application/LetterService.h"
#include "demo/DemoCaseload.h"
#include "model/ReflectivePrompt.h"
#include "storage/CaseFixtures.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/SupervisionRepository.h"
#include "support/Catch.h"

using namespace Qt::Literals::StringLiterals;

namespace alongside::test {

WholeCaseStore::WholeCaseStore() : store(createStore(folder.storePath()))
{
    REQUIRE(store);
    const QSqlDatabase db = store->database();
    REQUIRE(core::populateDemoCaseload(db, kWholeCaseToday));
    const auto clock = [] { return QDateTime(kWholeCaseToday, QTime(11, 0)); };
    core::CaseRepository cases(db, kPractitioner, clock);
    core::SupervisionRepository supervision(db, kPractitioner, clock);

    core::SignOffCandidate decision;
    for (const qint64 id : cases.allCaseIds()) {
        const auto decisions = supervision.decisionsFor(id);
        if (!decisions.empty()) {
            supervisedCase = id;
            decision = decisions.front();
            break;
        }
    }
    REQUIRE(supervisedCase != 0);

    const qint64 session =
        supervision.startSession({0, kWholeCaseToday, kPractitioner, u"Jo Teamleader"_s}).id;
    REQUIRE(session != 0);
    core::ReflectiveNote note;
    note.sessionId = session;
    note.caseId = supervisedCase;
    note.answers = {{core::ReflectivePrompt::PersonWants, u"To keep going to the allotment"_s},
                    {core::ReflectivePrompt::MissingVoice, u"Her daughter's"_s}};
    note.actions = {
        {0, 0, 0, u"Ask her daughter to the review"_s, u"Alex"_s, kWholeCaseToday.addDays(7), {}, {}}};
    REQUIRE(supervision.saveNote(note).ok());
    REQUIRE(supervision
                .addAction({0,
                            supervisedCase,
                            0,
                            u"Book the review room"_s,
                            u"Jo"_s,
                            kWholeCaseToday.addDays(3),
                            {},
                            {}})
                .ok());

    core::ManagerSignOff signOff;
    signOff.caseId = supervisedCase;
    signOff.subject = core::SignOffSubject(decision.subject);
    signOff.subjectId = decision.subjectId;
    signOff.name = u"Jo Teamleader"_s;
    signOff.role = u"Team manager"_s;
    signOff.signedOn = kWholeCaseToday;
    signOff.comment = u"Agreed"_s;
    REQUIRE(supervision.signOff(signOff).ok());
    signOff.comment = u"Agreed, with a review in a month"_s;
    REQUIRE(supervision.signOff(signOff).ok()); // supersedes the first

    const std::optional<core::CaseRecord> record = cases.load(supervisedCase);
    REQUIRE(record);
    REQUIRE_FALSE(record->conversations.empty());
    REQUIRE(cases.addConversationAddendum(record->conversations.front().id, u"She rang to add one thing."_s)
                .ok());

    const core::LetterService letters(db, kPractitioner, clock);
    std::optional<core::EasyReadLetter> draft = letters.draftFromCase(supervisedCase);
    REQUIRE(draft);
    draft->markEverySentenceReviewed(true);
    core::LetterRepository saved(db, kPractitioner, clock);
    const core::LetterWriteResult written = saved.save(0, *draft);
    REQUIRE(written.ok());
    const core::LetterWriteResult approved = saved.approve(written.id);
    INFO(approved.error.toStdString());
    REQUIRE(approved.ok());
    core::LetterDelivery delivery;
    delivery.route = core::LetterRoute::GiveInPerson;
    delivery.note = u"At the next visit"_s;
    delivery.answeredAt = QDateTime(kWholeCaseToday, QTime(11, 0));
    delivery.answeredBy = kPractitioner;
    REQUIRE(saved.recordDelivery(written.id, delivery).ok());
}

std::string firstDifference(const QByteArray& before, const QByteArray& after)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray left = i < a.size() ? a[i] : QByteArray("(end of file)");
        const QByteArray right = i < b.size() ? b[i] : QByteArray("(end of file)");
        if (left != right)
            return "line " + std::to_string(i + 1) + ": " + left.trimmed().toStdString() + "  became  "
                + right.trimmed().toStdString();
    }
    return "the same lines, other bytes";
}

} // namespace alongside::test

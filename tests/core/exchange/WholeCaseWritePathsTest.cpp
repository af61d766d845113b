// Every write path a practitioner can take leaves a case that travels exactly: after each one,
// the case exported, imported into a fresh store and exported again gives the same bytes.

#include "WholeCaseFixture.h"

#include "exchange/CaseExport.h"
#include "exchange/CaseImport.h"
#include "storage/CaseFixtures.h"
#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/RiskEnablementRepository.h"
#include "storage/repositories/SupervisionRepository.h"
#include "support/Catch.h"

#include <functional>

using namespace alongside;
using namespace Qt::Literals::StringLiterals;

namespace {

struct WritePath {
    const char* name;
    std::function<QString(QSqlDatabase, qint64)> write; // the error, empty when written
};

QDateTime later()
{
    return QDateTime(test::kWholeCaseToday, QTime(15, 30));
}

core::CaseRepository cases(const QSqlDatabase& db)
{
    return core::CaseRepository(db, test::kPractitioner, later);
}

core::CaseRecord load(const QSqlDatabase& db, qint64 caseId)
{
    const std::optional<core::CaseRecord> record = cases(db).load(caseId);
    REQUIRE(record);
    return *record;
}

std::vector<WritePath> writePaths()
{
    return {
        {"the person's details changed",
         [](QSqlDatabase db, qint64 id) {
             core::Person person = load(db, id).person;
             person.phone = u"01632 960999"_s;
             person.importantPeople.push_back(
                 {0, u"Sam Neighbour"_s, u"neighbour"_s, core::Involvement::Wanted, u"next door"_s});
             return cases(db).updatePerson(id, person).error;
         }},
        {"the concern recorded again",
         [](QSqlDatabase db, qint64 id) {
             core::Concern concern = load(db, id).concern;
             concern.personsView += u" She wants it to stop."_s;
             return cases(db).recordConcern(id, concern).error;
         }},
        {"a conversation added",
         [](QSqlDatabase db, qint64 id) {
             core::Conversation talk;
             talk.heldAt = later().addSecs(-3600);
             talk.place = u"Her kitchen"_s;
             talk.seenAlone = true;
             talk.notes = u"We talked about what happens next."_s;
             talk.personsWords = {u"I just want a quiet life."_s};
             talk.writtenAt = later();
             return cases(db).addConversation(id, talk).error;
         }},
        {"an outcome added and revised",
         [](QSqlDatabase db, qint64 id) {
             const core::CaseWriteResult added = cases(db).addOutcome(
                 id, core::OutcomeVoice::Person, {test::kWholeCaseToday, u"To feel safe at home."_s, {}});
             if (!added.ok())
                 return added.error;
             return cases(db)
                 .reviseOutcome(added.id,
                                {test::kWholeCaseToday, u"To feel safe at home, with the door locked."_s,
                                 u"after the visit"_s})
                 .error;
         }},
        {"an action added and ended as no longer needed",
         [](QSqlDatabase db, qint64 id) {
             core::PlanAction action;
             action.who = u"housing officer"_s;
             action.what = u"Change the locks."_s;
             action.dueOn = test::kWholeCaseToday.addDays(5);
             const core::CaseWriteResult added = cases(db).addAction(id, action);
             if (!added.ok())
                 return added.error;
             return cases(db)
                 .endAction(added.id,
                            {core::ActionEnd::Kind::NoLongerNeeded, test::kWholeCaseToday,
                             u"She moved to her sister's."_s})
                 .error;
         }},
        {"a note added, corrected on the day and added to",
         [](QSqlDatabase db, qint64 id) {
             const core::CaseWriteResult note = cases(db).addNote(id, u"Rang the GP."_s);
             if (!note.ok())
                 return note.error;
             const QString corrected = cases(db).correctNote(note.id, u"Rang the GP surgery."_s).error;
             if (!corrected.isEmpty())
                 return corrected;
             return cases(db).addAddendum(note.id, u"They will call back tomorrow."_s).error;
         }},
        {"the SAC capacity answers recorded",
         [](QSqlDatabase db, qint64 id) {
             return core::CapacityRepository(db, test::kPractitioner, later)
                 .setEnquiryCapacity(id, u"yes"_s, u"yes"_s)
                 .error;
         }},
        {"a doubt about capacity noted",
         [](QSqlDatabase db, qint64 id) {
             return core::CapacityRepository(db, test::kPractitioner, later)
                 .noteDoubt(id, u"Whether to move to a care home"_s, test::kWholeCaseToday,
                            u"She seemed confused"_s)
                 .error;
         }},
        {"a risk-enablement note changed",
         [](QSqlDatabase db, qint64 id) {
             core::RiskEnablementRepository risks(db, test::kPractitioner, later);
             const auto notes = risks.notes(id);
             if (notes.empty())
                 return QString();
             core::RiskEnablementNote note = notes.front().note;
             note.activity += u" (reviewed)"_s;
             return risks
                 .updateNote(notes.front().id, note, notes.front().outcomeIds,
                             notes.front().capacityAssessmentId)
                 .error;
         }},
        {"a referral to an advocate",
         [](QSqlDatabase db, qint64 id) {
             core::AdvocateReferral referral;
             referral.referredOn = test::kWholeCaseToday;
             referral.role = core::AdvocateRole::CareAct;
             referral.provider = u"Advocacy Together"_s;
             return core::AdvocacyRepository(db, test::kPractitioner, later).addReferral(id, referral).error;
         }},
        {"a supervision action done",
         [](QSqlDatabase db, qint64 id) {
             core::SupervisionRepository supervision(db, test::kPractitioner, later);
             const auto actions = supervision.actionsFor(id);
             if (actions.empty())
                 return u"no supervision action to complete"_s;
             return supervision.completeAction(actions.front().id, test::kWholeCaseToday).error;
         }},
        {"the letter edited after approval",
         [](QSqlDatabase db, qint64 id) {
             core::LetterRepository letters(db, test::kPractitioner, later);
             const auto saved = letters.forCase(id);
             if (saved.empty())
                 return u"no letter"_s;
             core::EasyReadLetter letter = saved.front().letter;
             letter.largePrint = !letter.largePrint;
             return letters.save(saved.front().id, letter).error;
         }},
    };
}

} // namespace

TEST_CASE("after every write path a practitioner can take, the case travels exactly: export, import into a "
          "fresh store, export again gives the same bytes")
{
    const test::WholeCaseStore from;
    const QSqlDatabase db = from.store->database();
    const qint64 caseId = from.supervisedCase;
    const QString reference = load(db, caseId).reference;
    for (const WritePath& path : writePaths()) {
        INFO(path.name);
        const QString error = path.write(db, caseId);
        REQUIRE(error.toStdString() == "");

        const core::CaseExportResult first = core::exportCases(cases(db), {reference});
        REQUIRE(first.ok());
        // Another case first, so the case's records get other local ids there than here.
        test::TempStoreFolder folder;
        const auto fresh = test::createStore(folder.storePath());
        REQUIRE(
            cases(fresh->database()).createCase(test::concernOnly(u"OTHER-1"_s, test::kWholeCaseToday)).ok());
        const core::CaseImportResult imported = core::importCaseFile(first.json, fresh->database(),
                                                                     u"Importer"_s, later().addDays(1));
        QStringList problems;
        for (const auto& problem : imported.problems)
            problems << problem.toString();
        INFO(problems.join(u'\n').toStdString() << imported.storeError.toStdString());
        REQUIRE(imported.ok());
        const core::CaseExportResult second = core::exportCases(cases(fresh->database()), {reference});
        REQUIRE(second.ok());
        CHECK(test::firstDifference(first.json, second.json) == "");
    }
}

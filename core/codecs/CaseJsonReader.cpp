#include "codecs/CaseJsonReader.h"

#include "codecs/CaseFileText.h"
#include "codecs/JsonFieldReader.h"

#include "model/CheckVocabulary.h"
#include "model/SacCategories.h"
#include "rules/NhsNumber.h"

namespace alongside::core {

namespace {

// An answer code from model/Answers.h; the fallback (the model's default) when absent.
template <typename Enum>
Enum answer(JsonFieldReader& fields, const QString& key, Enum fallback,
            Presence presence = Presence::Optional)
{
    const QString code = fields.oneOf(key, allStorageCodes<Enum>(), CaseFileText::tr("known answer"),
                                      presence);
    return fromStorageCode<Enum>(code).value_or(fallback);
}

void readCommunication(JsonFieldReader& fields, CommunicationNeeds& needs)
{
    needs.language = fields.text(QStringLiteral("language"));
    needs.needsInterpreter = fields.flag(QStringLiteral("needsInterpreter"));
    needs.hearing = fields.text(QStringLiteral("hearing"));
    needs.sight = fields.text(QStringLiteral("sight"));
    needs.learningDisability = fields.flag(QStringLiteral("learningDisability"));
    needs.preferredWayOfTalking = fields.text(QStringLiteral("preferredWayOfTalking"));
}

void readPerson(JsonFieldReader& fields, Person& person)
{
    person.givenName = fields.text(QStringLiteral("givenName"));
    person.familyName = fields.text(QStringLiteral("familyName"));
    person.preferredName = fields.text(QStringLiteral("preferredName"));
    if (person.displayName().isEmpty()) {
        fields.problem(fields.path(),
                       CaseFileText::tr("a name is needed: givenName, familyName or preferredName"));
    }
    person.dateOfBirth = fields.date(QStringLiteral("dateOfBirth"));
    person.nhsNumber = fields.text(QStringLiteral("nhsNumber"));
    if (!person.nhsNumber.isEmpty() && !isValidNhsNumber(person.nhsNumber)) {
        fields.problem(fields.pathOf(QStringLiteral("nhsNumber")),
                       CaseFileText::tr("\"%1\" is not a valid NHS number (ten digits, the last a check "
                                        "digit over the other nine)")
                           .arg(person.nhsNumber));
    }
    person.address = fields.text(QStringLiteral("address"));
    person.phone = fields.text(QStringLiteral("phone"));
    person.email = fields.text(QStringLiteral("email"));
    fields.object(QStringLiteral("communication"), Presence::Optional,
                  [&](JsonFieldReader& needs) { readCommunication(needs, person.communication); });
    fields.objects(
        QStringLiteral("importantPeople"), Presence::Optional, [&](JsonFieldReader& item, qsizetype) {
            ImportantPerson important;
            important.name = item.nonBlankText(QStringLiteral("name"));
            important.relationship = item.text(QStringLiteral("relationship"));
            important.involvement = answer(item, QStringLiteral("involvement"), Involvement::NotAsked);
            important.contact = item.text(QStringLiteral("contact"));
            person.importantPeople.push_back(important);
        });
    fields.objects(
        QStringLiteral("legalRepresentatives"), Presence::Optional, [&](JsonFieldReader& item, qsizetype) {
            LegalRepresentative representative;
            const QString kind = item.oneOf(QStringLiteral("kind"), legalRepresentativeKindCodes(),
                                            CaseFileText::tr("kind of legal representative"),
                                            Presence::Required);
            representative.kind = legalRepresentativeKindFromCode(kind).value_or(representative.kind);
            representative.name = item.nonBlankText(QStringLiteral("name"));
            representative.contact = item.text(QStringLiteral("contact"));
            // Added in issue 13; a v1 file without them reads as "not recorded".
            representative.covers = authorityMattersFromCodes(
                item.someOf(QStringLiteral("covers"), allStorageCodes<AuthorityMatter>(),
                            CaseFileText::tr("matter their authority covers")));
            representative.authorityNote = item.text(QStringLiteral("authorityNote"));
            person.legalRepresentatives.push_back(representative);
        });
    person.gender = fields.oneOf(QStringLiteral("gender"), sac::genders(), CaseFileText::tr("SAC gender (SG1b)"));
    person.ethnicity = fields.oneOf(QStringLiteral("ethnicity"), sac::ethnicities(),
                                    CaseFileText::tr("SAC ethnicity (SG1c)"));
    person.primarySupportReason = fields.oneOf(QStringLiteral("primarySupportReason"),
                                               sac::primarySupportReasons(),
                                               CaseFileText::tr("SAC primary support reason (SG1d)"));
    person.autismCondition = fields.oneOf(QStringLiteral("autismCondition"), sac::autismConditions(),
                                          CaseFileText::tr("SAC autism (SG1e)"));
}

// The sources of risk as files may spell them: today's labels, and the capital "Individual"
// files written before the spelling was corrected to the guidance's (read as today's).
QStringList riskSourcesAsWritten()
{
    QStringList labels = sac::riskSources();
    return labels << QStringLiteral("Other – Known to Individual") << QStringLiteral("Other – Unknown to Individual");
}

// SG2c as files may spell it: today's labels, and "Risk – assessment inconclusive …" as files
// written before the spelling was corrected to the published tables' (read as today's).
QStringList riskAssessmentOutcomesAsFilesSpellThem()
{
    QStringList labels = sac::riskAssessmentOutcomes();
    return labels << QStringLiteral("Risk – assessment inconclusive and action taken")
                  << QStringLiteral("Risk – assessment inconclusive and no action taken");
}

// A list of SAC labels (`listKey`), or the single label earlier files give (`singleKey`); not both.
QStringList labelsOrSingle(JsonFieldReader& fields, const QString& listKey, const QString& singleKey,
                           const QStringList& allowed, const QString& what)
{
    QStringList labels = fields.someOf(listKey, allowed, what);
    const QString single = fields.oneOf(singleKey, allowed, what);
    if (single.isEmpty())
        return labels;
    if (!labels.isEmpty()) {
        fields.problem(fields.pathOf(singleKey),
                       CaseFileText::tr("give %1 or %2, not both").arg(listKey, singleKey));
        return labels;
    }
    return {single};
}

void readConcern(JsonFieldReader& fields, Concern& concern)
{
    concern.receivedOn = fields.date(QStringLiteral("receivedOn"), Presence::Required);
    concern.receivedTime = fields.timeOfDay(QStringLiteral("receivedTime"));
    concern.raisedByRole = fields.text(QStringLiteral("raisedByRole"));
    concern.raisedByName = fields.text(QStringLiteral("raisedByName"));
    concern.whatWasReported = fields.text(QStringLiteral("whatWasReported"));
    concern.riskTypes = fields.someOf(QStringLiteral("riskTypes"), sac::riskTypes(),
                                      CaseFileText::tr("SAC type of risk (SG2a)"), Presence::Required);
    concern.locationsOfRisk = labelsOrSingle(fields, QStringLiteral("locationsOfRisk"),
                                             QStringLiteral("locationOfRisk"), sac::riskLocations(),
                                             CaseFileText::tr("SAC location of risk (SG2b)"));
    for (const QString& source :
         labelsOrSingle(fields, QStringLiteral("sourcesOfRisk"), QStringLiteral("sourceOfRisk"),
                        riskSourcesAsWritten(), CaseFileText::tr("SAC source of risk (SG2b)"))) {
        const QString current = sac::currentRiskSourceLabel(source);
        if (concern.sourcesOfRisk.contains(current))
            fields.problem(fields.pathOf(QStringLiteral("sourcesOfRisk")),
                           CaseFileText::tr("\"%1\" is listed more than once").arg(current));
        else
            concern.sourcesOfRisk << current;
    }
    concern.personKnows = answer(fields, QStringLiteral("personKnows"), YesNoUnknown::NotKnown);
    concern.personsView = fields.text(QStringLiteral("personsView"));
    concern.childrenAtRisk = answer(fields, QStringLiteral("childrenAtRisk"), YesNoUnknown::NotKnown);
    concern.otherAdultsAtRisk = answer(fields, QStringLiteral("otherAdultsAtRisk"), YesNoUnknown::NotKnown);
}

void readSection42(JsonFieldReader& fields, Section42Decision& decision)
{
    decision.hasCareAndSupportNeeds = answer(fields, QStringLiteral("hasCareAndSupportNeeds"),
                                             YesNoUnknown::NotKnown);
    decision.careAndSupportNeedsReason = fields.text(QStringLiteral("careAndSupportNeedsReason"));
    decision.experiencingOrAtRiskOfAbuse = answer(fields, QStringLiteral("experiencingOrAtRiskOfAbuse"),
                                                  YesNoUnknown::NotKnown);
    decision.abuseReason = fields.text(QStringLiteral("abuseReason"));
    decision.unableToProtectThemselves = answer(fields, QStringLiteral("unableToProtectThemselves"),
                                                YesNoUnknown::NotKnown);
    decision.unableToProtectReason = fields.text(QStringLiteral("unableToProtectReason"));
    decision.decision = answer(fields, QStringLiteral("decision"), EnquiryDecision::NoEnquiry,
                               Presence::Required);
    decision.responseGiven = fields.text(QStringLiteral("responseGiven"));
    decision.decidedOn = fields.date(QStringLiteral("decidedOn"));
    decision.decidedBy = fields.text(QStringLiteral("decidedBy"));
}

void readOutcome(JsonFieldReader& fields, DesiredOutcome& outcome)
{
    outcome.voice = answer(fields, QStringLiteral("voice"), OutcomeVoice::Person);
    fields.objects(QStringLiteral("revisions"), Presence::Required, [&](JsonFieldReader& item, qsizetype) {
        OutcomeRevision revision;
        revision.recordedOn = item.date(QStringLiteral("recordedOn"), Presence::Required);
        revision.wording = item.nonBlankText(QStringLiteral("wording"));
        revision.context = item.text(QStringLiteral("context"));
        outcome.revisions.push_back(revision);
    });
    outcome.letterWording = fields.text(QStringLiteral("letterWording"));
    fields.object(QStringLiteral("achievement"), Presence::Optional, [&](JsonFieldReader& item) {
        OutcomeAchievement achievement;
        const QString code = item.oneOf(QStringLiteral("achieved"),
                                        {storageCode(Achievement::Fully), storageCode(Achievement::Partly),
                                         storageCode(Achievement::Not)},
                                        CaseFileText::tr("known answer"), Presence::Required);
        achievement.achieved = achievementFromCode(code).value_or(Achievement::Not);
        achievement.why = item.text(QStringLiteral("why"));
        achievement.letterWhy = item.text(QStringLiteral("letterWhy"));
        achievement.recordedOn = item.date(QStringLiteral("recordedOn"), Presence::Required);
        outcome.achievement = achievement;
    });
}

void readConversation(JsonFieldReader& fields, Conversation& conversation)
{
    conversation.heldAt = fields.dateTime(QStringLiteral("heldAt"), Presence::Required);
    conversation.place = fields.text(QStringLiteral("place"));
    conversation.present = fields.texts(QStringLiteral("present"));
    conversation.seenAlone = fields.flag(QStringLiteral("seenAlone"), Presence::Required);
    conversation.notAloneReason = fields.text(QStringLiteral("notAloneReason"));
    conversation.aloneConversationPlannedFor = fields.date(QStringLiteral("aloneConversationPlannedFor"));
    for (const QString& code : fields.someOf(QStringLiteral("tookPartHow"), allStorageCodes<Participation>(),
                                             CaseFileText::tr("known way of taking part"))) {
        conversation.tookPartHow.push_back(*fromStorageCode<Participation>(code));
    }
    conversation.notes = fields.text(QStringLiteral("notes"));
    conversation.personsWords = fields.texts(QStringLiteral("personsWords"));
    for (qsizetype i = 0; i < conversation.personsWords.size(); ++i) {
        if (conversation.personsWords.at(i).trimmed().isEmpty())
            fields.problem(fields.pathOf(QStringLiteral("personsWords")) + QStringLiteral("[%1]").arg(i),
                           CaseFileText::tr("a quote of the person's words must not be empty"));
    }
    conversation.author = fields.text(QStringLiteral("author"));
    conversation.writtenAt = fields.dateTime(QStringLiteral("writtenAt"), Presence::Required);
}

void readClosure(JsonFieldReader& fields, Closure& closure)
{
    closure.closedOn = fields.date(QStringLiteral("closedOn"), Presence::Required);
    closure.feelsSafer = answer(fields, QStringLiteral("feelsSafer"), FeelsSafer::NotAsked,
                                Presence::Required);
    // Files written before SG2c was respelt as the published tables spell it are read in today's
    // spelling.
    closure.riskAssessmentOutcome = sac::currentRiskAssessmentOutcomeLabel(
        fields.oneOf(QStringLiteral("riskAssessmentOutcome"), riskAssessmentOutcomesAsFilesSpellThem(),
                     CaseFileText::tr("SAC risk assessment outcome (SG2c)")));
    closure.riskOutcome = fields.oneOf(QStringLiteral("riskOutcome"), sac::riskOutcomes(),
                                       CaseFileText::tr("SAC risk outcome (SG2e)"));
    closure.whatHappensNext = fields.text(QStringLiteral("whatHappensNext"));
    fields.object(QStringLiteral("experience"), Presence::Optional, [&](JsonFieldReader& experience) {
        closure.experience.answeredBy = answer(experience, QStringLiteral("answeredBy"),
                                               ExperienceRespondent::NotAsked);
        closure.experience.listenedTo = answer(experience, QStringLiteral("listenedTo"), ExperienceAnswer::NotAsked);
        closure.experience.involved = answer(experience, QStringLiteral("involved"), ExperienceAnswer::NotAsked);
    });
    closure.letterNext = fields.text(QStringLiteral("letterNext"));
}

} // namespace

CaseRecord readCaseJson(const QJsonObject& object, const QString& path, CaseFileProblems* problems)
{
    CaseRecord record;
    JsonFieldReader fields(object, path, problems);
    // Spaces around a reference are not part of it (the store trims them too).
    record.reference = fields.nonBlankText(QStringLiteral("reference")).trimmed();
    fields.object(QStringLiteral("person"), Presence::Required,
                  [&](JsonFieldReader& person) { readPerson(person, record.person); });
    fields.object(QStringLiteral("concern"), Presence::Required,
                  [&](JsonFieldReader& concern) { readConcern(concern, record.concern); });
    fields.object(QStringLiteral("section42"), Presence::Optional, [&](JsonFieldReader& section42) {
        record.section42.emplace();
        readSection42(section42, *record.section42);
    });
    record.mspAsked = fields.oneOf(QStringLiteral("mspAsked"), sac::mspAskedAnswers(),
                                   CaseFileText::tr("SAC Making Safeguarding Personal answer (SG4a)"));
    fields.objects(QStringLiteral("outcomes"), Presence::Optional,
                   [&](JsonFieldReader& item, qsizetype position) {
                       DesiredOutcome outcome;
                       outcome.id = localIdForPosition(position);
                       readOutcome(item, outcome);
                       record.outcomes.push_back(outcome);
                   });
    fields.objects(QStringLiteral("conversations"), Presence::Optional,
                   [&](JsonFieldReader& item, qsizetype position) {
                       Conversation conversation;
                       conversation.id = localIdForPosition(position);
                       readConversation(item, conversation);
                       record.conversations.push_back(conversation);
                   });
    fields.objects(QStringLiteral("actions"), Presence::Optional, [&](JsonFieldReader& item, qsizetype) {
        PlanAction action;
        const qint64 outcome = item.position(QStringLiteral("outcome"));
        action.outcomeId = outcome < 0 ? 0 : localIdForPosition(outcome);
        action.who = item.nonBlankText(QStringLiteral("who"));
        action.what = item.nonBlankText(QStringLiteral("what"));
        action.letterWording = item.text(QStringLiteral("letterWording"));
        action.dueOn = item.date(QStringLiteral("dueOn"));
        action.doneOn = item.date(QStringLiteral("doneOn"));
        action.noLongerNeededOn = item.date(QStringLiteral("noLongerNeededOn"));
        action.endedWhy = item.text(QStringLiteral("endedWhy"));
        record.actions.push_back(action);
    });
    fields.objects(QStringLiteral("notes"), Presence::Optional,
                   [&](JsonFieldReader& item, qsizetype position) {
                       CaseNote note;
                       note.id = localIdForPosition(position);
                       note.writtenAt = item.dateTime(QStringLiteral("writtenAt"), Presence::Required);
                       note.author = item.text(QStringLiteral("author"));
                       note.body = item.nonBlankText(QStringLiteral("body"));
                       const qint64 original = item.position(QStringLiteral("addendumTo"));
                       note.addendumTo = original < 0 ? 0 : localIdForPosition(original);
                       const qint64 conversation = item.position(QStringLiteral("aboutConversation"));
                       note.aboutConversation = conversation < 0 ? 0 : localIdForPosition(conversation);
                       record.notes.push_back(note);
                   });
    fields.object(QStringLiteral("closure"), Presence::Optional, [&](JsonFieldReader& closure) {
        record.closure.emplace();
        readClosure(closure, *record.closure);
    });
    fields.finish();
    return record;
}

} // namespace alongside::core

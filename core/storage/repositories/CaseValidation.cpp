#include "storage/repositories/CaseValidation.h"

#include "model/SacCategories.h"
#include "rules/NhsNumber.h"

#include <QCoreApplication>
#include <QSet>

namespace alongside::core {

namespace {

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct CaseValidationText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::CaseValidation)
};

QString problem(const QString& where, const QString& what)
{
    return where + QStringLiteral(": ") + what;
}

QString notSacLabel(const QString& where, const QString& label, const char* table)
{
    return problem(
        where,
        CaseValidationText::tr(
            "“%1” is not one of the Safeguarding Adults Collection's %2 labels (they must match exactly).")
            .arg(label, CaseValidationText::tr(table)));
}

// A list of SAC labels: each one of `allowed`, each at most once (SAC counts an enquiry once
// per different category).
QString checkLabels(const QString& where, const QStringList& labels, const QStringList& allowed,
                    const char* table)
{
    QSet<QString> seen;
    for (const QString& label : labels) {
        if (!allowed.contains(label))
            return notSacLabel(where, label, table);
        if (seen.contains(label))
            return problem(where, CaseValidationText::tr("“%1” is listed twice.").arg(label));
        seen.insert(label);
    }
    return {};
}

// An optional SAC label: empty (not recorded) or one of `allowed`.
QString checkLabel(const QString& where, const QString& label, const QStringList& allowed, const char* table)
{
    return label.isEmpty() || allowed.contains(label) ? QString() : notSacLabel(where, label, table);
}

// A required day: present, and not before the concern.
QString checkDay(const QDate& day, const QDate& concernReceivedOn, const QString& where)
{
    if (!day.isValid())
        return problem(where, CaseValidationText::tr("the date is missing or not a real date."));
    if (concernReceivedOn.isValid() && day < concernReceivedOn)
        return problem(where,
                       CaseValidationText::tr("%1 is before the concern was received (%2).")
                           .arg(day.toString(Qt::ISODate), concernReceivedOn.toString(Qt::ISODate)));
    return {};
}

} // namespace

QString nth(const char* what, std::size_t index)
{
    return CaseValidationText::tr(what) + u' ' + QString::number(index + 1);
}

QString checkPerson(const Person& person)
{
    if (person.givenName.trimmed().isEmpty() && person.familyName.trimmed().isEmpty()
        && person.preferredName.trimmed().isEmpty())
        return problem(
            CaseValidationText::tr("Person"),
            CaseValidationText::tr("a name is needed (given, family or the name they like to be called)."));
    if (!person.nhsNumber.isEmpty() && !isValidNhsNumber(person.nhsNumber))
        return problem(
            CaseValidationText::tr("Person, NHS number"),
            CaseValidationText::tr("“%1” is not a valid NHS number (ten digits; the last is a check digit).")
                .arg(person.nhsNumber));
    if (QString failure = checkLabel(CaseValidationText::tr("Person, gender"), person.gender, sac::genders(),
                                     "gender");
        !failure.isEmpty())
        return failure;
    if (QString failure = checkLabel(CaseValidationText::tr("Person, ethnicity"), person.ethnicity,
                                     sac::ethnicities(), "ethnicity");
        !failure.isEmpty())
        return failure;
    if (QString failure = checkLabel(CaseValidationText::tr("Person, primary support reason"),
                                     person.primarySupportReason, sac::primarySupportReasons(),
                                     "primary support reason");
        !failure.isEmpty())
        return failure;
    if (QString failure = checkLabel(CaseValidationText::tr("Person, autism (SAC SG1e)"),
                                     person.autismCondition, sac::autismConditions(), "autism condition");
        !failure.isEmpty())
        return failure;
    for (std::size_t i = 0; i < person.importantPeople.size(); ++i) {
        if (person.importantPeople[i].name.trimmed().isEmpty())
            return problem(CaseValidationText::tr("Person, ") + nth("important person", i),
                           CaseValidationText::tr("a name is needed."));
    }
    for (std::size_t i = 0; i < person.legalRepresentatives.size(); ++i) {
        if (person.legalRepresentatives[i].name.trimmed().isEmpty())
            return problem(CaseValidationText::tr("Person, ") + nth("legal representative", i),
                           CaseValidationText::tr("a name is needed."));
    }
    return {};
}

QString checkConcern(const Concern& concern)
{
    if (!concern.receivedOn.isValid())
        return problem(CaseValidationText::tr("Concern, date received"),
                       CaseValidationText::tr("the date is missing or not a real date."));
    if (concern.riskTypes.isEmpty())
        return problem(CaseValidationText::tr("Concern, type of risk"),
                       CaseValidationText::tr("at least one type of risk is needed."));
    if (QString failure = checkLabels(CaseValidationText::tr("Concern, type of risk"), concern.riskTypes,
                                      sac::riskTypes(), "type of risk");
        !failure.isEmpty())
        return failure;
    if (QString failure = checkLabels(CaseValidationText::tr("Concern, location of risk"),
                                      concern.locationsOfRisk, sac::riskLocations(), "location of risk");
        !failure.isEmpty())
        return failure;
    if (QString failure = checkLabels(CaseValidationText::tr("Concern, source of risk"), concern.sourcesOfRisk,
                                      sac::riskSources(), "source of risk");
        !failure.isEmpty())
        return failure;
    return {};
}

QString checkSection42(const Section42Decision& decision, const QDate& concernReceivedOn)
{
    if (!decision.decidedOn.isNull()) {
        if (QString failure = checkDay(decision.decidedOn, concernReceivedOn,
                                       CaseValidationText::tr("s.42 decision, date decided"));
            !failure.isEmpty())
            return failure;
    }
    // Concerns that do not become enquiries still have a recorded response.
    if (decision.decision == EnquiryDecision::NoEnquiry && decision.responseGiven.trimmed().isEmpty())
        return problem(
            CaseValidationText::tr("s.42 decision, response given"),
            CaseValidationText::tr("when there is to be no enquiry, record the response given instead."));
    return {};
}

QString checkMspAsked(const QString& sacLabel)
{
    if (!sacLabel.isEmpty() && !sac::mspAskedAnswers().contains(sacLabel))
        return notSacLabel(CaseValidationText::tr("Making Safeguarding Personal, asked about outcomes"),
                           sacLabel, "“asked?”");
    return {};
}

QString checkRevision(const OutcomeRevision& revision, const QDate& concernReceivedOn,
                      const QDate& previousOn, const QString& where)
{
    if (QString failure = checkDay(revision.recordedOn, concernReceivedOn,
                                   where + CaseValidationText::tr(", date"));
        !failure.isEmpty())
        return failure;
    if (previousOn.isValid() && revision.recordedOn < previousOn)
        return problem(where + CaseValidationText::tr(", date"),
                       CaseValidationText::tr("%1 is before the wording it revises (%2).")
                           .arg(revision.recordedOn.toString(Qt::ISODate), previousOn.toString(Qt::ISODate)));
    if (revision.wording.trimmed().isEmpty())
        return problem(where + CaseValidationText::tr(", wording"),
                       CaseValidationText::tr("the outcome's words are empty."));
    return {};
}

QString checkAchievement(const OutcomeAchievement& achievement, const QDate& concernReceivedOn,
                         const QString& where)
{
    return checkDay(achievement.recordedOn, concernReceivedOn,
                    where + CaseValidationText::tr(", achievement date"));
}

QString checkConversation(const Conversation& conversation, const QString& where)
{
    if (!conversation.heldAt.isValid())
        return problem(where + CaseValidationText::tr(", date and time"),
                       CaseValidationText::tr("missing or not a real date and time."));
    for (const QString& words : conversation.personsWords) {
        if (words.trimmed().isEmpty())
            return problem(where + CaseValidationText::tr(", the person's words"),
                           CaseValidationText::tr("a quote is empty."));
    }
    return {};
}

QString checkAction(const PlanAction& action, const QString& where)
{
    if (action.who.trimmed().isEmpty())
        return problem(where + CaseValidationText::tr(", who"),
                       CaseValidationText::tr("say who will do it."));
    if (action.what.trimmed().isEmpty())
        return problem(where + CaseValidationText::tr(", what"),
                       CaseValidationText::tr("say what will be done."));
    if (action.doneOn.isValid() && action.noLongerNeededOn.isValid())
        return problem(where, CaseValidationText::tr("it is either done or no longer needed, not both."));
    if (action.noLongerNeededOn.isValid() && action.endedWhy.trimmed().isEmpty())
        return problem(where + CaseValidationText::tr(", why"),
                       CaseValidationText::tr("say why it is no longer needed."));
    return {};
}

QString checkNoteBody(const QString& body, const QString& where)
{
    if (body.trimmed().isEmpty())
        return problem(where, CaseValidationText::tr("the note is empty."));
    return {};
}

QString checkClosure(const Closure& closure, const QDate& concernReceivedOn)
{
    if (QString failure = checkDay(closure.closedOn, concernReceivedOn,
                                   CaseValidationText::tr("Closure, date closed"));
        !failure.isEmpty())
        return failure;
    if (!closure.riskAssessmentOutcome.isEmpty()
        && !sac::riskAssessmentOutcomes().contains(closure.riskAssessmentOutcome))
        return notSacLabel(CaseValidationText::tr("Closure, risk assessment outcome"),
                           closure.riskAssessmentOutcome, "risk assessment outcome");
    if (!closure.riskOutcome.isEmpty()) {
        if (!sac::riskOutcomes().contains(closure.riskOutcome))
            return notSacLabel(CaseValidationText::tr("Closure, risk outcome"), closure.riskOutcome,
                               "risk outcome");
        if (!sac::isActionTaken(closure.riskAssessmentOutcome))
            return problem(
                CaseValidationText::tr("Closure, risk outcome"),
                CaseValidationText::tr("a risk outcome is recorded only where action was taken (SAC SG2e)."));
    }
    return {};
}

QString checkCaseRecord(const CaseRecord& record)
{
    QString failure = checkPerson(record.person);
    if (failure.isEmpty())
        failure = checkConcern(record.concern);
    if (failure.isEmpty())
        failure = checkCaseParts(record);
    return failure;
}

QString checkCaseParts(const CaseRecord& record)
{
    QString failure;
    const QDate concernOn = record.concern.receivedOn;
    if (record.section42)
        failure = checkSection42(*record.section42, concernOn);
    if (failure.isEmpty())
        failure = checkMspAsked(record.mspAsked);

    QSet<qint64> outcomeIds;
    for (std::size_t i = 0; failure.isEmpty() && i < record.outcomes.size(); ++i) {
        const DesiredOutcome& outcome = record.outcomes[i];
        const QString where = nth("Outcome", i);
        if (outcome.revisions.empty())
            failure = problem(
                where, CaseValidationText::tr("an outcome needs the person's words (at least one wording)."));
        QDate previous;
        for (std::size_t r = 0; failure.isEmpty() && r < outcome.revisions.size(); ++r) {
            failure = checkRevision(outcome.revisions[r], concernOn, previous,
                                    where + CaseValidationText::tr(", ") + nth("wording", r));
            previous = outcome.revisions[r].recordedOn;
        }
        if (failure.isEmpty() && outcome.achievement)
            failure = checkAchievement(*outcome.achievement, concernOn, where);
        if (failure.isEmpty() && outcome.id != 0 && outcomeIds.contains(outcome.id))
            failure = problem(
                where, CaseValidationText::tr("another outcome has the same id (%1).").arg(outcome.id));
        outcomeIds.insert(outcome.id);
    }
    for (std::size_t i = 0; failure.isEmpty() && i < record.conversations.size(); ++i)
        failure = checkConversation(record.conversations[i], nth("Conversation", i));
    for (std::size_t i = 0; failure.isEmpty() && i < record.actions.size(); ++i) {
        const PlanAction& action = record.actions[i];
        failure = checkAction(action, nth("Action", i));
        if (failure.isEmpty() && action.outcomeId != 0 && !outcomeIds.contains(action.outcomeId))
            failure = problem(
                nth("Action", i) + CaseValidationText::tr(", outcome"),
                CaseValidationText::tr("it refers to outcome %1, which is not an outcome of this case.")
                    .arg(action.outcomeId));
    }
    QSet<qint64> conversationIds;
    for (const Conversation& conversation : record.conversations)
        conversationIds.insert(conversation.id);
    QSet<qint64> noteIds;
    for (std::size_t i = 0; failure.isEmpty() && i < record.notes.size(); ++i) {
        const CaseNote& note = record.notes[i];
        failure = checkNoteBody(note.body, nth("Note", i));
        if (failure.isEmpty() && note.aboutConversation != 0
            && !conversationIds.contains(note.aboutConversation))
            failure = problem(nth("Note", i) + CaseValidationText::tr(", addendum to conversation"),
                              CaseValidationText::tr(
                                  "it refers to conversation %1, which is not a conversation of this case.")
                                  .arg(note.aboutConversation));
        if (failure.isEmpty() && note.addendumTo != 0 && !noteIds.contains(note.addendumTo))
            failure = problem(
                nth("Note", i) + CaseValidationText::tr(", addendum to"),
                CaseValidationText::tr("it refers to note %1, which is not an earlier note of this case.")
                    .arg(note.addendumTo));
        if (failure.isEmpty() && note.id != 0 && noteIds.contains(note.id))
            failure = problem(nth("Note", i),
                              CaseValidationText::tr("another note has the same id (%1).").arg(note.id));
        noteIds.insert(note.id);
    }
    if (failure.isEmpty() && record.closure)
        failure = checkClosure(*record.closure, concernOn);
    return failure;
}

} // namespace alongside::core

#include "codecs/WholeCaseLayout.h"

namespace alongside::core {

namespace wholecase {

namespace {

constexpr FieldKind T = FieldKind::Text;
constexpr FieldKind N = FieldKind::Integer;
constexpr FieldKind F = FieldKind::Flag;
constexpr FieldKind D = FieldKind::Date;
constexpr FieldKind H = FieldKind::Time;
constexpr FieldKind M = FieldKind::Moment;
constexpr FieldKind J = FieldKind::Json;
constexpr FieldKind L = FieldKind::Link;
constexpr bool kRequired = true;
constexpr bool kOptional = false;

Field f(const char* column, const char* member, FieldKind kind, bool required, const char* linksTo = "")
{
    return {column, member, kind, required, linksTo};
}

// clang-format off
std::vector<Kind> makeKinds()
{
    return {
        {"person", "person", "id", "", "", "", true, true, {
            f("given_name", "givenName", T, kRequired),
            f("family_name", "familyName", T, kRequired),
            f("preferred_name", "preferredName", T, kOptional),
            f("date_of_birth", "dateOfBirth", D, kOptional),
            f("created_at", "createdAt", M, kRequired),
            f("nhs_number", "nhsNumber", T, kOptional),
            f("address", "address", T, kOptional),
            f("phone", "phone", T, kOptional),
            f("email", "email", T, kOptional),
            f("language", "language", T, kOptional),
            f("needs_interpreter", "needsInterpreter", F, kRequired),
            f("hearing_needs", "hearing", T, kOptional),
            f("sight_needs", "sight", T, kOptional),
            f("learning_disability", "learningDisability", F, kRequired),
            f("preferred_way_of_talking", "preferredWayOfTalking", T, kOptional),
            f("gender", "gender", T, kOptional),
            f("ethnicity", "ethnicity", T, kOptional),
            f("primary_support_reason", "primarySupportReason", T, kOptional),
            f("autism_condition", "autismCondition", T, kOptional)}},
        // The case object itself; its person_id is the person above.
        {"case", "safeguarding_case", "id", "", "case", "", true, false, {
            f("reference", "reference", T, kRequired),
            f("origin_store", "originStore", T, kRequired),
            f("stage", "stage", T, kRequired),
            f("concern_received_on", "concernReceivedOn", D, kRequired),
            f("closed_on", "closedOn", D, kOptional),
            f("created_at", "createdAt", M, kRequired),
            f("msp_asked", "mspAsked", T, kOptional),
            f("lacked_capacity", "lackedCapacity", T, kOptional),
            f("capacity_support", "capacitySupport", T, kOptional)}},
        {"importantPeople", "important_person", "id", "person_id", "person", "", false, false, {
            f("name", "name", T, kRequired),
            f("relationship", "relationship", T, kOptional),
            f("involvement", "involvement", T, kRequired),
            f("contact", "contact", T, kOptional)}},
        {"legalRepresentatives", "legal_representative", "id", "person_id", "person", "", false, false, {
            f("kind", "kind", T, kRequired),
            f("name", "name", T, kRequired),
            f("contact", "contact", T, kOptional),
            f("covers", "covers", J, kOptional),
            f("authority_note", "authorityNote", T, kOptional)}},
        {"concern", "concern", "case_id", "case_id", "case", "", true, false, {
            f("received_on", "receivedOn", D, kRequired),
            f("received_time", "receivedTime", H, kOptional),
            f("raised_by_role", "raisedByRole", T, kOptional),
            f("raised_by_name", "raisedByName", T, kOptional),
            f("what_was_reported", "whatWasReported", T, kOptional),
            f("location_of_risk", "locationOfRisk", T, kOptional),
            f("source_of_risk", "sourceOfRisk", T, kOptional),
            f("person_knows", "personKnows", T, kRequired),
            f("persons_view", "personsView", T, kOptional),
            f("children_at_risk", "childrenAtRisk", T, kRequired),
            f("other_adults_at_risk", "otherAdultsAtRisk", T, kRequired)}},
        {"concernRiskTypes", "concern_risk_type", "rowid", "case_id", "case", "", false, false, {
            f("position", "position", N, kRequired),
            f("risk_type", "riskType", T, kRequired)}},
        {"concernRiskLocations", "concern_risk_location", "rowid", "case_id", "case", "", false, false, {
            f("position", "position", N, kRequired),
            f("location", "location", T, kRequired)}},
        {"concernRiskSources", "concern_risk_source", "rowid", "case_id", "case", "", false, false, {
            f("position", "position", N, kRequired),
            f("source", "source", T, kRequired)}},
        {"section42", "section42_decision", "case_id", "case_id", "case", "", true, false, {
            f("care_needs", "hasCareAndSupportNeeds", T, kRequired),
            f("care_needs_reason", "careAndSupportNeedsReason", T, kOptional),
            f("abuse_or_risk", "experiencingOrAtRiskOfAbuse", T, kRequired),
            f("abuse_reason", "abuseReason", T, kOptional),
            f("unable_to_protect", "unableToProtectThemselves", T, kRequired),
            f("unable_reason", "unableToProtectReason", T, kOptional),
            f("decision", "decision", T, kRequired),
            f("response_given", "responseGiven", T, kOptional),
            f("decided_on", "decidedOn", D, kOptional),
            f("decided_by", "decidedBy", T, kOptional)}},
        {"conversations", "conversation", "id", "case_id", "case", "", false, false, {
            f("held_at", "heldAt", M, kRequired),
            f("place", "place", T, kOptional),
            f("present", "present", J, kOptional),
            f("seen_alone", "seenAlone", F, kRequired),
            f("not_alone_reason", "notAloneReason", T, kOptional),
            f("alone_planned_for", "aloneConversationPlannedFor", D, kOptional),
            f("took_part_how", "tookPartHow", J, kOptional),
            f("notes", "notes", T, kOptional),
            f("author", "author", T, kOptional),
            f("written_at", "writtenAt", M, kRequired)}},
        {"personsWords", "persons_words", "id", "conversation_id", "conversations", "conversation", false, false, {
            f("position", "position", N, kRequired),
            f("words", "words", T, kRequired)}},
        {"outcomes", "desired_outcome", "id", "case_id", "case", "", false, false, {
            f("voice", "voice", T, kRequired),
            f("position", "position", N, kRequired),
            f("letter_wording", "letterWording", T, kOptional)}},
        {"outcomeRevisions", "outcome_revision", "id", "outcome_id", "outcomes", "outcome", false, false, {
            f("recorded_on", "recordedOn", D, kRequired),
            f("wording", "wording", T, kRequired),
            f("context", "context", T, kOptional)}},
        {"achievements", "outcome_achievement", "outcome_id", "outcome_id", "outcomes", "outcome", false, false, {
            f("achieved", "achieved", T, kRequired),
            f("why", "why", T, kOptional),
            f("recorded_on", "recordedOn", D, kRequired),
            f("letter_why", "letterWhy", T, kOptional)}},
        {"actions", "plan_action", "id", "case_id", "case", "", false, false, {
            f("outcome_id", "outcome", L, kOptional, "outcomes"),
            f("who", "who", T, kRequired),
            f("what", "what", T, kRequired),
            f("due_on", "dueOn", D, kOptional),
            f("done_on", "doneOn", D, kOptional),
            f("letter_wording", "letterWording", T, kOptional),
            f("no_longer_needed_on", "noLongerNeededOn", D, kOptional),
            f("ended_why", "endedWhy", T, kOptional)}},
        {"notes", "case_note", "id", "case_id", "case", "", false, false, {
            f("written_at", "writtenAt", M, kRequired),
            f("author", "author", T, kRequired),
            f("body", "body", T, kRequired),
            f("addendum_to", "addendumTo", L, kOptional, "notes"),
            f("about_conversation", "aboutConversation", L, kOptional, "conversations")}},
        {"closure", "closure", "case_id", "case_id", "case", "", true, false, {
            f("closed_on", "closedOn", D, kRequired),
            f("feels_safer", "feelsSafer", T, kRequired),
            f("risk_assessment_outcome", "riskAssessmentOutcome", T, kOptional),
            f("risk_outcome", "riskOutcome", T, kOptional),
            f("what_happens_next", "whatHappensNext", T, kOptional),
            f("experience_answered_by", "experienceAnsweredBy", T, kOptional),
            f("listened_to", "listenedTo", T, kOptional),
            f("involved", "involved", T, kOptional),
            f("letter_next", "letterNext", T, kOptional)}},
        {"capacityDoubts", "capacity_doubt", "id", "case_id", "case", "", false, false, {
            f("decision", "decision", T, kRequired),
            f("noted_on", "notedOn", D, kRequired),
            f("why", "why", T, kOptional),
            f("created_at", "createdAt", M, kRequired)}},
        {"capacityAssessments", "capacity_assessment", "id", "case_id", "case", "", false, false, {
            f("doubt_id", "doubt", L, kOptional, "capacityDoubts"),
            f("decision", "decision", T, kRequired),
            f("assessed_on", "assessedOn", D, kRequired),
            f("assessor", "assessor", T, kOptional),
            f("conclusion", "conclusion", T, kRequired),
            f("record", "record", J, kRequired),
            f("created_at", "createdAt", M, kRequired),
            f("updated_at", "updatedAt", M, kRequired)}},
        {"bestInterestsDecisions", "best_interests_decision", "id", "case_id", "case", "", false, false, {
            f("assessment_id", "assessment", L, kOptional, "capacityAssessments"),
            f("decision", "decision", T, kRequired),
            f("decided_on", "decidedOn", D, kRequired),
            f("decision_maker", "decisionMaker", T, kOptional),
            f("record", "record", J, kRequired),
            f("created_at", "createdAt", M, kRequired),
            f("updated_at", "updatedAt", M, kRequired)}},
        {"advocacyChecks", "advocacy_check", "id", "case_id", "case", "", false, false, {
            f("process", "process", T, kRequired),
            f("checked_on", "checkedOn", D, kRequired),
            f("care_act_result", "careActResult", T, kRequired),
            f("imca_result", "imcaResult", T, kRequired),
            f("situation", "situation", J, kRequired),
            f("imca_situation", "imcaSituation", J, kRequired),
            f("created_at", "createdAt", M, kRequired)}},
        {"advocateReferrals", "advocate_referral", "id", "case_id", "case", "", false, false, {
            f("referred_on", "referredOn", D, kRequired),
            f("role", "role", T, kRequired),
            f("provider", "provider", T, kRequired),
            f("advocate_name", "advocateName", T, kOptional),
            f("created_at", "createdAt", M, kRequired)}},
        {"wishesOverrides", "wishes_override", "id", "case_id", "case", "", false, false, {
            f("recorded_on", "recordedOn", D, kRequired),
            f("record", "record", J, kRequired),
            f("created_at", "createdAt", M, kRequired)}},
        {"riskEnablements", "risk_enablement", "id", "case_id", "case", "", false, false, {
            f("capacity_assessment_id", "capacityAssessment", L, kOptional, "capacityAssessments"),
            f("activity", "activity", T, kRequired),
            f("review_on", "reviewOn", D, kOptional),
            f("decided_by", "decidedBy", T, kOptional),
            f("record", "record", J, kRequired),
            f("created_at", "createdAt", M, kRequired),
            f("updated_at", "updatedAt", M, kRequired)}},
        {"riskEnablementOutcomes", "risk_enablement_outcome", "rowid", "risk_enablement_id", "riskEnablements",
         "riskEnablement", false, false, {
            f("outcome_id", "outcome", L, kRequired, "outcomes")}},
        {"supervisionSessions", "supervision_session", "id", "", "case", "", false, true, {
            f("held_on", "heldOn", D, kRequired),
            f("practitioner", "practitioner", T, kRequired),
            f("team_leader", "teamLeader", T, kRequired),
            f("created_at", "createdAt", M, kRequired)}},
        {"reflectiveNotes", "reflective_note", "id", "case_id", "case", "", false, false, {
            f("session_id", "session", L, kRequired, "supervisionSessions"),
            f("written_at", "writtenAt", M, kRequired),
            f("written_by", "writtenBy", T, kRequired)}},
        {"reflectiveAnswers", "reflective_answer", "rowid", "note_id", "reflectiveNotes", "reflectiveNote", false,
         false, {
            f("prompt", "prompt", T, kRequired),
            f("position", "position", N, kRequired),
            f("answer", "answer", T, kRequired)}},
        {"supervisionActions", "supervision_action", "id", "case_id", "case", "", false, false, {
            f("note_id", "reflectiveNote", L, kOptional, "reflectiveNotes"),
            f("what", "what", T, kRequired),
            f("owner", "owner", T, kRequired),
            f("due_on", "dueOn", D, kOptional),
            f("done_on", "doneOn", D, kOptional),
            f("created_at", "createdAt", M, kRequired)}},
        {"signOffs", "manager_signoff", "id", "case_id", "case", "", false, false, {
            f("subject_kind", "subjectKind", T, kRequired),
            f("subject_id", "subject", L, kRequired, "riskEnablements|wishesOverrides"),
            f("signed_by", "signedBy", T, kRequired),
            f("role", "role", T, kRequired),
            f("signed_on", "signedOn", D, kRequired),
            f("comment", "comment", T, kOptional),
            f("supersedes", "supersedes", L, kOptional, "signOffs"),
            f("recorded_by", "recordedBy", T, kRequired),
            f("recorded_at", "recordedAt", M, kRequired)}},
        {"letters", "easy_read_letter", "id", "case_id", "case", "", false, false, {
            f("body", "letter", J, kRequired),
            f("created_at", "createdAt", M, kRequired),
            f("updated_at", "updatedAt", M, kRequired),
            f("approved_at", "approvedAt", M, kOptional),
            f("approved_by", "approvedBy", T, kOptional),
            f("delivery_route", "deliveryRoute", T, kOptional),
            f("delivery_others_may_read", "deliveryOthersMayRead", T, kOptional),
            f("delivery_note", "deliveryNote", T, kOptional),
            f("delivery_answered_at", "deliveryAnsweredAt", M, kOptional),
            f("delivery_answered_by", "deliveryAnsweredBy", T, kOptional)}},
        {"history", "record_history", "id", "case_id", "case", "", false, false, {
            f("record", "record", T, kRequired),
            f("record_id", "recordUid", FieldKind::RecordLink, kOptional),
            f("field", "field", T, kRequired),
            f("old_value", "oldValue", T, kOptional),
            f("new_value", "newValue", T, kOptional),
            f("changed_by", "changedBy", T, kRequired),
            f("changed_at", "changedAt", M, kRequired)}},
    };
}
// clang-format on

} // namespace

const std::vector<Kind>& kinds()
{
    static const std::vector<Kind> all = makeKinds();
    return all;
}

int kindIndex(const QString& member)
{
    const std::vector<Kind>& all = kinds();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (member == QLatin1String(all[i].member))
            return int(i);
    }
    return -1;
}

} // namespace wholecase

QString WholeCase::reference() const
{
    return caseRecord().values.front().toString();
}

} // namespace alongside::core

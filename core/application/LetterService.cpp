#include "application/LetterService.h"

#include "documents/EasyReadLetterBuilder.h"
#include "documents/LetterForPost.h"
#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CaseRepository.h"

#include <map>
#include <set>

namespace alongside::core {

namespace {

// The advocate named in the letter: the latest referral recorded for the case.
std::optional<AdvocateReferral> latestAdvocate(const QSqlDatabase& db, qint64 caseId)
{
    const std::vector<StoredAdvocateReferral> referrals = AdvocacyRepository(db, QString()).referrals(caseId);
    if (referrals.empty())
        return std::nullopt;
    return referrals.back().referral;
}

bool sameContact(const EasyReadLetter& letter, const PractitionerContact& contact)
{
    return letter.contactName == contact.name.trimmed() && letter.contactPhone == contact.phone.trimmed()
        && letter.practitionerPicture == contact.picture;
}

// The sections that carry the practitioner's details, from a fresh draft into a saved letter.
void redraftContact(EasyReadLetter& letter, const EasyReadLetter& fresh)
{
    for (const LetterSectionKind kind : {LetterSectionKind::WhoWeAre, LetterSectionKind::WhoToContact}) {
        LetterSection* saved = letter.section(kind);
        const LetterSection* drafted = fresh.section(kind);
        if (saved && drafted)
            *saved = *drafted;
    }
    letter.contactName = fresh.contactName;
    letter.contactPhone = fresh.contactPhone;
    letter.practitionerPicture = fresh.practitionerPicture;
}

// "action:12" → (Action, 12): where a sentence's words are kept (LetterSentence::fromRecord).
std::optional<std::pair<LetterWordingOf, qint64>> letterWordingTarget(const QString& key)
{
    const QString kind = key.section(u':', 0, 0);
    bool number = false;
    const qint64 id = key.section(u':', 1).toLongLong(&number);
    if (!number)
        return std::nullopt;
    if (kind == QLatin1String("outcome"))
        return std::pair{LetterWordingOf::Outcome, id};
    if (kind == QLatin1String("achievement"))
        return std::pair{LetterWordingOf::Achievement, id};
    if (kind == QLatin1String("action"))
        return std::pair{LetterWordingOf::Action, id};
    if (kind == QLatin1String("closure"))
        return std::pair{LetterWordingOf::Closure, id};
    return std::nullopt;
}

QString currentLetterWording(const CaseRecord& record, LetterWordingOf of, qint64 id)
{
    if (of == LetterWordingOf::Closure)
        return record.closure ? record.closure->letterNext : QString();
    if (of == LetterWordingOf::Action) {
        for (const PlanAction& action : record.actions) {
            if (action.id == id)
                return action.letterWording;
        }
        return {};
    }
    for (const DesiredOutcome& outcome : record.outcomes) {
        if (outcome.id != id)
            continue;
        if (of == LetterWordingOf::Outcome)
            return outcome.letterWording;
        return outcome.achievement ? outcome.achievement->letterWhy : QString();
    }
    return {};
}

// A letter saved before sentences were marked (or by an older Alongside) may still hold
// colleagues' words unmarked: mark any sentence that is word for word one the fresh draft copies
// from the record, so it cannot slip through approval.
void markColleaguesWords(EasyReadLetter& saved, const EasyReadLetter& fresh)
{
    std::map<QString, const LetterSentence*> copied;
    for (const LetterSection& section : fresh.sections) {
        for (const LetterBlock& block : section.blocks) {
            for (const LetterSentence& sentence : block.sentences) {
                if (sentence.isWorkerText())
                    copied[sentence.text] = &sentence;
            }
        }
    }
    for (LetterSection& section : saved.sections) {
        for (LetterBlock& block : section.blocks) {
            for (LetterSentence& sentence : block.sentences) {
                const auto found = copied.find(sentence.text);
                if (!sentence.copiedFrom.isEmpty() || found == copied.end())
                    continue;
                sentence.copiedFrom = found->second->copiedFrom;
                sentence.fromRecord = found->second->fromRecord;
                sentence.suggestion = found->second->suggestion;
            }
        }
    }
}

} // namespace

LetterService::LetterService(QSqlDatabase db, QString practitioner, Clock clock)
    : m_db(std::move(db)), m_practitioner(std::move(practitioner)), m_clock(std::move(clock))
{}

LetterRepository LetterService::letters() const
{
    return LetterRepository(m_db, m_practitioner, m_clock);
}

std::optional<qint64> LetterService::caseWithReference(const QString& reference) const
{
    return CaseRepository(m_db, m_practitioner, m_clock).findByReference(reference);
}

std::optional<EasyReadLetter> LetterService::draftFromCase(qint64 caseId) const
{
    const std::optional<CaseRecord> record = CaseRepository(m_db, m_practitioner, m_clock).load(caseId);
    if (!record)
        return std::nullopt;
    LetterSources sources;
    sources.practitioner = letters().practitionerContact().value_or(PractitionerContact{});
    sources.advocate = latestAdvocate(m_db, caseId);
    sources.date = m_clock().date();
    return buildEasyReadLetter(*record, sources);
}

std::optional<LetterToEdit> LetterService::letterToEdit(qint64 caseId) const
{
    LetterToEdit edit;
    if (const std::optional<SavedLetter> saved = letters().latestForCase(caseId)) {
        edit.letterId = saved->id;
        edit.letter = saved->letter;
        edit.approved = saved->approved();
        edit.savedAt = saved->updatedAt;
        edit.delivery = saved->delivery;
        const PractitionerContact contact = letters().practitionerContact().value_or(PractitionerContact{});
        // An approved letter stays exactly as it was approved; a draft takes new details.
        if (!edit.approved) {
            if (const std::optional<EasyReadLetter> fresh = draftFromCase(caseId)) {
                markColleaguesWords(edit.letter, *fresh);
                if (!sameContact(edit.letter, contact)) {
                    redraftContact(edit.letter, *fresh);
                    edit.contactRedrafted = true;
                }
            }
        }
    } else if (std::optional<EasyReadLetter> fresh = draftFromCase(caseId)) {
        edit.letter = std::move(*fresh);
    } else {
        return std::nullopt;
    }
    edit.problems = edit.approved ? std::vector<LetterProblem>{}
                                  : letterReadiness(edit.letter, edit.delivery);
    if (const std::optional<CaseRecord> record = CaseRepository(m_db, m_practitioner, m_clock).load(caseId))
        edit.address = record->person.address;
    return edit;
}

std::optional<LetterToPrint> LetterService::letterToPrint(qint64 caseId) const
{
    if (const std::optional<SavedLetter> approved = letters().latestApprovedForCase(caseId))
        return LetterToPrint{letterForItsRoute(approved->letter, approved->delivery),
                             false,
                             {},
                             approved->delivery && approved->delivery->postedWhereOthersRead()};
    std::optional<EasyReadLetter> fresh = draftFromCase(caseId);
    if (!fresh)
        return std::nullopt;
    std::vector<LetterProblem> problems = letterReadiness(*fresh, std::nullopt);
    return LetterToPrint{std::move(*fresh), true, std::move(problems), false};
}

LetterWriteResult LetterService::save(qint64 letterId, const EasyReadLetter& letter)
{
    LetterWriteResult saved = letters().save(letterId, letter);
    if (saved.ok())
        saved.note = keepWordingWithRecords(letter);
    return saved;
}

QString LetterService::keepWordingWithRecords(const EasyReadLetter& letter)
{
    // Each record's sentences from the first block that tells it (an advocate's wish is told
    // twice: what you wanted, and what happened).
    std::map<QString, std::pair<const LetterBlock*, QStringList>> rewritten;
    std::set<QString> stillColleagues;
    for (const LetterSection& section : letter.sections) {
        for (const LetterBlock& block : section.blocks) {
            for (const LetterSentence& sentence : block.sentences) {
                if (sentence.fromRecord.isEmpty())
                    continue;
                if (sentence.isWorkerText())
                    stillColleagues.insert(sentence.fromRecord);
                auto& [first, texts] = rewritten[sentence.fromRecord];
                if (!first)
                    first = &block;
                if (first == &block && !sentence.text.trimmed().isEmpty())
                    texts << sentence.text.trimmed();
            }
        }
    }
    CaseRepository cases(m_db, m_practitioner, m_clock);
    const std::optional<CaseRecord> record = cases.load(letter.caseId);
    if (!record)
        return {};
    for (const auto& [key, part] : rewritten) {
        if (stillColleagues.count(key) || part.second.isEmpty())
            continue;
        const std::optional<std::pair<LetterWordingOf, qint64>> target = letterWordingTarget(key);
        if (!target)
            continue;
        const QString wording = part.second.join(u' ');
        if (wording == currentLetterWording(*record, target->first, target->second))
            continue;
        const CaseWriteResult kept = cases.setLetterWording(target->first, target->second, wording);
        if (!kept.ok())
            return tr("The letter is saved, but its wording could not be kept with the case: %1")
                .arg(kept.error);
    }
    return {};
}

LetterWriteResult LetterService::approve(qint64 letterId)
{
    const std::optional<SavedLetter> saved = find(letterId);
    if (!saved)
        return {0, tr("There is no letter %1 in this store.").arg(letterId)};
    const std::vector<LetterProblem> problems = letterReadiness(saved->letter, saved->delivery);
    if (!problems.empty())
        return {0, problems.front().message};
    return letters().approve(letterId);
}

std::optional<SavedLetter> LetterService::find(qint64 letterId) const
{
    return letters().find(letterId);
}

LetterWriteResult LetterService::recordDelivery(qint64 letterId, const LetterDelivery& delivery)
{
    return letters().recordDelivery(letterId, delivery);
}

std::vector<HistoryEntry> LetterService::history(qint64 letterId) const
{
    return letters().history(letterId);
}

EasyReadLetter LetterService::letterForItsRoute(const EasyReadLetter& letter,
                                                const std::optional<LetterDelivery>& delivery)
{
    return delivery && delivery->postedWhereOthersRead() ? letterFitToPost(letter) : letter;
}

} // namespace alongside::core

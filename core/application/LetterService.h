#pragma once

#include "model/EasyReadLetter.h"
#include "rules/LetterReadiness.h"
#include "storage/repositories/LetterRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace alongside::core {

// A case's letter as the practitioner carries on with it.
struct LetterToEdit {
    qint64 letterId = 0; // 0: a fresh draft, not saved yet
    EasyReadLetter letter;
    bool approved = false;
    QDateTime savedAt; // when the saved letter last changed; null for a fresh draft
    // The practitioner's contact details changed since the letter was saved, and the letter's
    // "who we are" and "who to contact" were drafted again with the new ones.
    bool contactRedrafted = false;
    std::optional<LetterDelivery> delivery; // how it will reach them; empty until asked
    QString address;                        // where they live, as recorded (for "post it to their home")
    std::vector<LetterProblem> problems;    // what still stops approval
};

// A case's letter as it leaves Alongside (printed, PDF, web page).
struct LetterToPrint {
    EasyReadLetter letter;               // as it may go by its route (letterForItsRoute)
    bool draft = true;                   // not approved: marked DRAFT on every page
    std::vector<LetterProblem> problems; // for a draft: what stops approval
    bool shortenedForPost = false;       // posted where others may read it: what happened is left out
};

// The easy-read letter use case, written once for the GUI's letter editor and
// `alongside-cli letter` alike, so the two always draft the same letter from the same case:
// the case, the practitioner's contact details and the advocate are read here, never put
// together by a front end. Approval is refused while anything in letterReadiness() stands.
class LetterService {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::LetterService)

public:
    using Clock = std::function<QDateTime()>;
    LetterService(QSqlDatabase db, QString practitioner, Clock clock = &QDateTime::currentDateTime);

    std::optional<qint64> caseWithReference(const QString& reference) const;
    // A new draft from the case as it stands today. Empty if there is no such case.
    std::optional<EasyReadLetter> draftFromCase(qint64 caseId) const;
    // The last saved letter for the case, edits and ticks kept, or a new draft.
    std::optional<LetterToEdit> letterToEdit(qint64 caseId) const;
    // The last approved letter, or else a new draft to be marked DRAFT.
    std::optional<LetterToPrint> letterToPrint(qint64 caseId) const;

    // Saves the letter (0: a new one), then keeps with each record the sentences rewritten for
    // the person in place of colleagues' words (its letter wording), so the next letter for
    // the case starts from them. A record some of whose sentences are still colleagues' words
    // keeps what it had.
    LetterWriteResult save(qint64 letterId, const EasyReadLetter& letter);
    // Saved letters only. Refused, with the first problem's sentence, while letterReadiness
    // finds anything.
    LetterWriteResult approve(qint64 letterId);
    // Safe to send: how the letter will reach the person, and whether others there may read it.
    LetterWriteResult recordDelivery(qint64 letterId, const LetterDelivery& delivery);
    std::optional<SavedLetter> find(qint64 letterId) const;
    std::vector<HistoryEntry> history(qint64 letterId) const;

    // The letter as it may leave by its route: posted where someone named in it, or the person
    // who may have caused harm, may read it, it leaves out what happened (letterFitToPost);
    // otherwise the whole letter.
    static EasyReadLetter letterForItsRoute(const EasyReadLetter& letter,
                                            const std::optional<LetterDelivery>& delivery);

private:
    LetterRepository letters() const;
    QString keepWordingWithRecords(const EasyReadLetter& letter);

    QSqlDatabase m_db;
    QString m_practitioner;
    Clock m_clock;
};

} // namespace alongside::core

#pragma once

#include "model/EasyReadLetter.h"
#include "model/LetterDelivery.h"
#include "storage/repositories/CaseRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace alongside::core {

// A letter as saved: the edited letter, and whether the practitioner approved it (after
// reviewing every sentence). Any later edit clears the approval.
struct SavedLetter {
    qint64 id = 0;
    qint64 caseId = 0;
    EasyReadLetter letter;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime approvedAt; // null until approved
    QString approvedBy;
    std::optional<LetterDelivery> delivery; // how it will reach the person; empty until asked
    bool approved() const { return approvedAt.isValid(); }
};

struct LetterWriteResult {
    qint64 id = 0;  // the letter's id
    QString error;  // empty on success; plain sentences for practitioners
    QString note{}; // on success, something the practitioner should still know
    bool ok() const { return error.isEmpty(); }
};

// Saved easy-read letters (table easy_read_letter) and the practitioner's contact details
// (practitioner_contact, one row per store). Writes run in one transaction and append to the
// case's record history (who = the practitioner given; when = the injected clock).
class LetterRepository {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::LetterRepository)

public:
    using Clock = std::function<QDateTime()>;
    LetterRepository(QSqlDatabase db, QString practitioner, Clock clock = &QDateTime::currentDateTime);

    // Who is writing (storage/PractitionerRepository.h), for the "who to contact" part.
    std::optional<PractitionerContact> practitionerContact() const;
    bool savePractitionerContact(const PractitionerContact& contact);

    // id 0: a new letter for letter.caseId. Otherwise updates that letter; if its text changed
    // since approval, the approval is cleared (a changed letter must be reviewed again).
    LetterWriteResult save(qint64 id, const EasyReadLetter& letter);
    // Refused unless every sentence of the saved letter is ticked as reviewed.
    LetterWriteResult approve(qint64 id);
    // Records how the letter will reach the person and whether that is safe (answeredAt and
    // answeredBy are this repository's clock and practitioner). In the history.
    LetterWriteResult recordDelivery(qint64 id, const LetterDelivery& delivery);
    // Everything that happened to this letter, oldest first: drafted, changed, safe-to-send
    // answers, approved.
    std::vector<HistoryEntry> history(qint64 id) const;

    std::optional<SavedLetter> find(qint64 id) const;
    std::vector<SavedLetter> forCase(qint64 caseId) const; // newest first
    std::optional<SavedLetter> latestForCase(qint64 caseId) const;
    std::optional<SavedLetter> latestApprovedForCase(qint64 caseId) const;

private:
    QSqlDatabase m_db;
    QString m_practitioner;
    Clock m_clock;
};

} // namespace alongside::core

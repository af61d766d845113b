#include "storage/repositories/LetterRepository.h"

#include "model/EasyReadLetterJson.h"
#include "storage/repositories/PractitionerRepository.h"
#include "storage/repositories/RecordHistory.h"
#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

namespace {

const QString kLetterColumns = QStringLiteral(
    "SELECT id, case_id, body, created_at, updated_at, approved_at, approved_by FROM easy_read_letter ");

// The letter's words, for the record history: what changed reads as text, not JSON.
QString plainText(const EasyReadLetter& letter)
{
    QStringList lines;
    for (const LetterSection& part : letter.sections) {
        lines << part.heading;
        for (const LetterBlock& block : part.blocks) {
            for (const LetterSentence& sentence : block.sentences)
                lines << sentence.text;
        }
    }
    return lines.join(u'\n');
}

std::vector<SavedLetter> readLetters(QSqlQuery& query)
{
    std::vector<SavedLetter> letters;
    while (query.next()) {
        auto letter = letterFromJsonBytes(query.value(2).toString().toUtf8());
        if (!letter)
            continue; // unreadable JSON is skipped rather than shown half-built
        SavedLetter saved;
        saved.id = query.value(0).toLongLong();
        saved.caseId = query.value(1).toLongLong();
        saved.letter = *letter;
        saved.letter.caseId = saved.caseId;
        saved.createdAt = stored::toMoment(query.value(3));
        saved.updatedAt = stored::toMoment(query.value(4));
        saved.approvedAt = stored::toMoment(query.value(5));
        saved.approvedBy = query.value(6).toString();
        letters.push_back(saved);
    }
    return letters;
}

} // namespace

LetterRepository::LetterRepository(QSqlDatabase db, QString practitioner, Clock clock)
    : m_db(std::move(db)), m_practitioner(std::move(practitioner)), m_clock(std::move(clock))
{}

std::optional<PractitionerContact> LetterRepository::practitionerContact() const
{
    return PractitionerRepository(m_db).find();
}

bool LetterRepository::savePractitionerContact(const PractitionerContact& contact)
{
    return PractitionerRepository(m_db).save(contact, m_clock());
}

LetterWriteResult LetterRepository::save(qint64 id, const EasyReadLetter& letter)
{
    const QDateTime now = m_clock();
    try {
        WriteTransaction transaction(m_db);
        RecordHistory history(m_db, m_practitioner, now);
        const QString body = QString::fromUtf8(letterToJsonBytes(letter));
        qint64 letterId = id;
        if (id == 0) {
            if (!selectValue(m_db, QStringLiteral("SELECT id FROM safeguarding_case WHERE id = ?"),
                             {letter.caseId})
                     .isValid())
                throw WriteRefused{
                    LetterRepository::tr("There is no case %1 in this store.").arg(letter.caseId)};
            letterId = insertRow(
                m_db,
                QStringLiteral("INSERT INTO easy_read_letter (case_id, body, created_at, updated_at)"
                               " VALUES (?, ?, ?, ?)"),
                {letter.caseId, body, stored::moment(now), stored::moment(now)});
            history.recordChange(letter.caseId, QStringLiteral("letter"), letterId, QStringLiteral("text"),
                                 {}, plainText(letter));
        } else {
            const auto before = find(id);
            if (!before)
                throw WriteRefused{LetterRepository::tr("There is no letter %1 in this store.").arg(id)};
            const QString oldText = plainText(before->letter);
            const QString newText = plainText(letter);
            // A changed letter has not been read as it now stands: its approval goes.
            const bool wordsChanged = oldText != newText;
            execute(m_db,
                    wordsChanged
                        ? QStringLiteral("UPDATE easy_read_letter SET body = ?, updated_at = ?,"
                                         " approved_at = NULL, approved_by = NULL WHERE id = ?")
                        : QStringLiteral("UPDATE easy_read_letter SET body = ?, updated_at = ? WHERE id = ?"),
                    {body, stored::moment(now), id});
            if (wordsChanged)
                history.recordChange(before->caseId, QStringLiteral("letter"), id, QStringLiteral("text"),
                                     oldText, newText);
            if (wordsChanged && before->approved())
                history.recordChange(before->caseId, QStringLiteral("letter"), id, QStringLiteral("approved"),
                                     before->approvedBy, {});
        }
        transaction.commit();
        return {letterId, {}};
    } catch (const WriteRefused& refusal) {
        return {0, refusal.message};
    }
}

LetterWriteResult LetterRepository::approve(qint64 id)
{
    const QDateTime now = m_clock();
    try {
        const auto saved = find(id);
        if (!saved)
            throw WriteRefused{LetterRepository::tr("There is no letter %1 in this store.").arg(id)};
        // Nothing person-facing is sent unseen (issue 5): every sentence must be reviewed.
        if (!saved->letter.everySentenceReviewed())
            throw WriteRefused{
                LetterRepository::tr("%1 of %2 sentences have been reviewed. Read and tick every sentence "
                                     "before you approve the letter.")
                    .arg(saved->letter.reviewedSentenceCount())
                    .arg(saved->letter.sentenceCount())};
        WriteTransaction transaction(m_db);
        RecordHistory history(m_db, m_practitioner, now);
        execute(m_db,
                QStringLiteral("UPDATE easy_read_letter SET approved_at = ?, approved_by = ? WHERE id = ?"),
                {stored::moment(now), m_practitioner, id});
        history.recordChange(saved->caseId, QStringLiteral("letter"), id, QStringLiteral("approved"), {},
                             m_practitioner);
        transaction.commit();
        return {id, {}};
    } catch (const WriteRefused& refusal) {
        return {0, refusal.message};
    }
}

std::optional<SavedLetter> LetterRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kLetterColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    auto letters = readLetters(query);
    if (letters.empty())
        return std::nullopt;
    return letters.front();
}

std::vector<SavedLetter> LetterRepository::forCase(qint64 caseId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kLetterColumns + QStringLiteral("WHERE case_id = ? ORDER BY updated_at DESC, id DESC"));
    query.addBindValue(caseId);
    if (!query.exec())
        return {};
    return readLetters(query);
}

std::optional<SavedLetter> LetterRepository::latestForCase(qint64 caseId) const
{
    auto letters = forCase(caseId);
    if (letters.empty())
        return std::nullopt;
    return letters.front();
}

std::optional<SavedLetter> LetterRepository::latestApprovedForCase(qint64 caseId) const
{
    for (const SavedLetter& saved : forCase(caseId)) {
        if (saved.approved())
            return saved;
    }
    return std::nullopt;
}

} // namespace alongside::core

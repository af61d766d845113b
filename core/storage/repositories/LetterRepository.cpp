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
    "SELECT id, case_id, body, created_at, updated_at, approved_at, approved_by, delivery_route,"
    " delivery_others_may_read, delivery_note, delivery_answered_at, delivery_answered_by FROM "
    "easy_read_letter ");

// The safe-to-send answer as the history shows it.
QString deliveryText(const LetterDelivery& delivery)
{
    QString text;
    switch (delivery.route) {
    case LetterRoute::PostToTheirHome:
        text = LetterRepository::tr("Post it to their home.");
        break;
    case LetterRoute::PostToAnotherAddress:
        text = LetterRepository::tr("Post it to another address.");
        break;
    case LetterRoute::GiveInPerson:
        text = LetterRepository::tr("Give it to them in person.");
        break;
    }
    if (delivery.byPost()) {
        const QString answer = delivery.othersMayRead == YesNoUnknown::Yes ? LetterRepository::tr("yes")
            : delivery.othersMayRead == YesNoUnknown::No                   ? LetterRepository::tr("no")
                                                         : LetterRepository::tr("not known");
        text += u' '
            + LetterRepository::tr(
                  "Anyone named in it, or the person who may have caused harm, lives there or "
                  "may read it: %1.")
                  .arg(answer);
    }
    if (!delivery.note.trimmed().isEmpty())
        text += u' ' + delivery.note.trimmed();
    return text;
}

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
        if (const auto route = letterRouteFromCode(query.value(7).toString())) {
            LetterDelivery delivery;
            delivery.route = *route;
            delivery.othersMayRead =
                fromStorageCode<YesNoUnknown>(query.value(8).toString()).value_or(YesNoUnknown::NotKnown);
            delivery.note = query.value(9).toString();
            delivery.answeredAt = stored::toMoment(query.value(10));
            delivery.answeredBy = query.value(11).toString();
            saved.delivery = delivery;
        }
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

LetterWriteResult LetterRepository::recordDelivery(qint64 id, const LetterDelivery& delivery)
{
    const QDateTime now = m_clock();
    try {
        const auto saved = find(id);
        if (!saved)
            throw WriteRefused{LetterRepository::tr("There is no letter %1 in this store.").arg(id)};
        WriteTransaction transaction(m_db);
        RecordHistory history(m_db, m_practitioner, now);
        execute(m_db,
                QStringLiteral(
                    "UPDATE easy_read_letter SET delivery_route = ?, delivery_others_may_read = ?,"
                    " delivery_note = ?, delivery_answered_at = ?, delivery_answered_by = ? WHERE id = ?"),
                {storageCode(delivery.route), storageCode(delivery.othersMayRead),
                 stored::text(delivery.note.trimmed()), stored::moment(now), m_practitioner, id});
        const QString before = saved->delivery ? deliveryText(*saved->delivery) : QString();
        const QString after = deliveryText(delivery);
        if (before != after)
            history.recordChange(saved->caseId, QStringLiteral("letter"), id, QStringLiteral("safe to send"),
                                 before, after);
        transaction.commit();
        return {id, {}};
    } catch (const WriteRefused& refusal) {
        return {0, refusal.message};
    }
}

std::vector<HistoryEntry> LetterRepository::history(qint64 id) const
{
    const auto saved = find(id);
    if (!saved)
        return {};
    std::vector<HistoryEntry> entries;
    for (const HistoryEntry& entry : RecordHistory::read(m_db, saved->caseId)) {
        if (entry.record == QLatin1String("letter") && entry.recordId == id)
            entries.push_back(entry);
    }
    return entries;
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

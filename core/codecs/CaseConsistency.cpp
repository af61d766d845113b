#include "codecs/CaseConsistency.h"

#include "codecs/CaseFileText.h"
#include "codecs/CaseJsonReader.h"

#include "model/SacCategories.h"

namespace alongside::core {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

class CaseChecks {
public:
    CaseChecks(const CaseRecord& record, QString path, CaseFileProblems* problems)
        : m_record(record), m_path(std::move(path)), m_problems(problems)
    {}

    void notBeforeConcern(const QDate& day, const QString& field, const QString& what)
    {
        const QDate concernOn = m_record.concern.receivedOn;
        if (day.isValid() && concernOn.isValid() && day < concernOn) {
            add(field,
                CaseFileText::tr("%1 cannot be %2, before the concern was received on %3")
                    .arg(what, isoDate(day), isoDate(concernOn)));
        }
    }

    void section42()
    {
        if (!m_record.section42)
            return;
        const Section42Decision& decision = *m_record.section42;
        notBeforeConcern(decision.decidedOn, QStringLiteral(".section42.decidedOn"),
                         CaseFileText::tr("the decision"));
        if (decision.decision == EnquiryDecision::NoEnquiry && decision.responseGiven.trimmed().isEmpty()) {
            add(QStringLiteral(".section42.responseGiven"),
                CaseFileText::tr("when there is to be no enquiry, the response given is recorded instead"));
        }
    }

    void outcomes()
    {
        for (std::size_t i = 0; i < m_record.outcomes.size(); ++i) {
            const DesiredOutcome& outcome = m_record.outcomes[i];
            const QString at = QStringLiteral(".outcomes[%1]").arg(i);
            if (outcome.revisions.empty()) {
                add(at + QStringLiteral(".revisions"),
                    CaseFileText::tr("a desired outcome needs at least one wording"));
                if (outcome.achievement) {
                    add(at + QStringLiteral(".achievement"),
                        CaseFileText::tr(
                            "an achievement needs an outcome to measure, but this outcome has no wording"));
                }
            }
            QDate previous;
            for (std::size_t r = 0; r < outcome.revisions.size(); ++r) {
                const QString field = at + QStringLiteral(".revisions[%1].recordedOn").arg(r);
                const QDate day = outcome.revisions[r].recordedOn;
                notBeforeConcern(day, field, CaseFileText::tr("a wording"));
                if (previous.isValid() && day < previous) {
                    add(field,
                        CaseFileText::tr(
                            "wordings are oldest first, but %1 is before the wording it revises (%2)")
                            .arg(isoDate(day), isoDate(previous)));
                }
                previous = day;
            }
            if (outcome.achievement) {
                notBeforeConcern(outcome.achievement->recordedOn,
                                 at + QStringLiteral(".achievement.recordedOn"),
                                 CaseFileText::tr("an achievement"));
            }
        }
    }

    void links()
    {
        const std::size_t outcomeCount = m_record.outcomes.size();
        for (std::size_t i = 0; i < m_record.actions.size(); ++i) {
            const qint64 outcomeId = m_record.actions[i].outcomeId;
            const qint64 position = positionForLocalId(outcomeId);
            if (outcomeId == 0 || position < static_cast<qint64>(outcomeCount))
                continue;
            const QString positions = outcomeCount == 0 ? CaseFileText::tr("this case has no outcomes")
                : outcomeCount == 1                     ? CaseFileText::tr("the only one is 0")
                                    : CaseFileText::tr("positions run from 0 to %1").arg(outcomeCount - 1);
            add(QStringLiteral(".actions[%1].outcome").arg(i),
                CaseFileText::tr("refers to outcome %1, which does not exist (%2)")
                    .arg(position)
                    .arg(positions));
        }
        for (std::size_t i = 0; i < m_record.notes.size(); ++i) {
            const qint64 originalId = m_record.notes[i].addendumTo;
            const qint64 position = positionForLocalId(originalId);
            if (originalId == 0 || position < static_cast<qint64>(i))
                continue;
            add(QStringLiteral(".notes[%1].addendumTo").arg(i),
                CaseFileText::tr("an addendum adds to an earlier note, but note %1 is not before this one")
                    .arg(position));
        }
        const std::size_t conversationCount = m_record.conversations.size();
        for (std::size_t i = 0; i < m_record.notes.size(); ++i) {
            const qint64 conversationId = m_record.notes[i].aboutConversation;
            const qint64 position = positionForLocalId(conversationId);
            if (conversationId == 0 || position < static_cast<qint64>(conversationCount))
                continue;
            add(QStringLiteral(".notes[%1].aboutConversation").arg(i),
                CaseFileText::tr("refers to conversation %1, which does not exist").arg(position));
        }
    }

    void closure()
    {
        if (!m_record.closure)
            return;
        const Closure& closure = *m_record.closure;
        notBeforeConcern(closure.closedOn, QStringLiteral(".closure.closedOn"),
                         CaseFileText::tr("the closure"));
        // SAC SG2e counts the risk outcome only for enquiries where action was taken (SG2c).
        if (!closure.riskOutcome.isEmpty() && !sac::isActionTaken(closure.riskAssessmentOutcome)) {
            add(QStringLiteral(".closure.riskOutcome"),
                CaseFileText::tr(
                    "a risk outcome (SG2e) is recorded only where action was taken, but the risk "
                    "assessment outcome (SG2c) is \"%1\"")
                    .arg(closure.riskAssessmentOutcome));
        }
    }

private:
    void add(const QString& field, const QString& reason) { m_problems->push_back({m_path + field, reason}); }

    const CaseRecord& m_record;
    QString m_path;
    CaseFileProblems* m_problems;
};

} // namespace

void checkCaseConsistency(const CaseRecord& record, const QString& path, CaseFileProblems* problems)
{
    CaseChecks checks(record, path, problems);
    checks.section42();
    checks.outcomes();
    checks.links();
    checks.closure();
}

} // namespace alongside::core

#pragma once

#include "model/CaseNote.h"
#include "model/Conversation.h"

#include <QWidget>

#include <vector>

namespace alongside::ui {

class CorrectionEditor;

// One conversation as recorded: when and where, whether the person was seen on their own
// (and, if not, why and when that will happen), how they took part, their own words set apart
// as quotes, then the practitioner's notes and any addenda. It is put right as a note is
// (CorrectionEditor): its notes corrected on the day it was written up, addenda at any time;
// the person's words are never edited.
class ConversationCard : public QWidget {
    Q_OBJECT

public:
    ConversationCard(const core::Conversation& conversation, const std::vector<core::CaseNote>& addenda,
                     QWidget* parent = nullptr);

    qint64 conversationId() const { return m_conversationId; }
    CorrectionEditor* correction() const { return m_correction; }

signals:
    void correctionRequested(qint64 conversationId, const QString& notes);
    void addendumRequested(qint64 conversationId, const QString& body);

private:
    qint64 m_conversationId;
    CorrectionEditor* m_correction;
};

} // namespace alongside::ui

#pragma once

#include "model/Conversation.h"

#include <QWidget>

namespace alongside::ui {

// One conversation as recorded: when and where, whether the person was seen on their own
// (and, if not, why and when that will happen), how they took part, their own words set apart
// as quotes, then the practitioner's notes.
class ConversationCard : public QWidget {
    Q_OBJECT

public:
    explicit ConversationCard(const core::Conversation& conversation, QWidget* parent = nullptr);
};

} // namespace alongside::ui

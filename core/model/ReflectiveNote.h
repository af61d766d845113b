#pragma once

#include "model/ReflectivePrompt.h"
#include "model/SupervisionAction.h"

#include <QDateTime>
#include <QString>

#include <utility>
#include <vector>

namespace alongside::core {

// What was said about one case in one supervision: answers to the reflective prompts (only
// those talked about) and the actions agreed.
struct ReflectiveNote {
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 caseId = 0;
    std::vector<std::pair<ReflectivePrompt, QString>> answers; // in the order of reflectivePrompts()
    std::vector<SupervisionAction> actions;
    QDateTime writtenAt;
    QString writtenBy;

    QString answerTo(ReflectivePrompt prompt) const
    {
        for (const auto& [asked, answer] : answers) {
            if (asked == prompt)
                return answer;
        }
        return {};
    }
};

} // namespace alongside::core

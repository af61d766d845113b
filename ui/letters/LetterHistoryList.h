#pragma once

#include "storage/repositories/CaseRepository.h"

#include <QListWidget>

#include <vector>

namespace alongside::ui {

// What happened to this letter, in order: drafted, changed, how it will reach the person (the
// safe-to-send answer), approved, approval taken away by a change. Read from the case's record
// history, so it is the same account a team leader or an auditor sees.
class LetterHistoryList : public QListWidget {
    Q_OBJECT

public:
    explicit LetterHistoryList(QWidget* parent = nullptr);
    void showEntries(const std::vector<core::HistoryEntry>& entries);
};

} // namespace alongside::ui

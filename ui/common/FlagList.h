#pragma once

#include "rules/CaseloadFlags.h"

#include <QWidget>

#include <vector>

class QVBoxLayout;

namespace alongside::ui {

// The gentle flags of one case written out in full: a soft dot and the flag's own sentence
// for each, or one quiet line when nothing is missing. Plain labels, so a screen reader reads
// them in order and the keyboard never has to stop on them.
class FlagList : public QWidget {
    Q_OBJECT

public:
    explicit FlagList(QWidget* parent = nullptr);

    void setFlags(const std::vector<core::CaseFlag>& flags);
    int count() const { return m_count; }

private:
    QVBoxLayout* m_layout;
    QWidget* m_body = nullptr;
    int m_count = 0;
};

} // namespace alongside::ui

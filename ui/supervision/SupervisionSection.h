#pragma once

#include "casefile/CaseSection.h"

class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

// The case's part in supervision: reflective notes from each supervision it was talked about
// in, the actions agreed there (marked done here), and managers' sign-offs of its
// risk-enablement and wishes-override decisions, the superseded ones kept beneath.
class SupervisionSection : public CaseSection {
    Q_OBJECT

public:
    explicit SupervisionSection(const CaseAccess& access, QWidget* parent = nullptr);

    QPushButton* noteButton() const { return m_noteButton; }
    QPushButton* signOffButton() const { return m_signOffButton; }

protected:
    void showRecord(const core::CaseRecord& record) override;

private:
    void showNotes();
    void showActions();
    void showSignOffs();

    QWidget* m_content;
    QVBoxLayout* m_layout;
    QPushButton* m_noteButton;
    QPushButton* m_signOffButton;
    QString m_personName;
};

} // namespace alongside::ui

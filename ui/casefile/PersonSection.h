#pragma once

#include "casefile/CaseSection.h"

class QFormLayout;
class QLabel;
class QPushButton;

namespace alongside::ui {

// The person: who they are, how to reach them, how they communicate, who matters to them and
// whether they want them involved, and anyone with legal authority. Read here, changed in
// PersonDialog.
class PersonSection : public CaseSection {
    Q_OBJECT

public:
    explicit PersonSection(const CaseAccess& access, QWidget* parent = nullptr);
    QPushButton* changeButton() const { return m_change; }

protected:
    void showRecord(const core::CaseRecord& record) override;

private:
    QLabel* addValue(QFormLayout* form, const QString& label, const char* objectName);
    void editPerson();

    core::Person m_person;
    QLabel* m_names;
    QLabel* m_born;
    QLabel* m_nhs;
    QLabel* m_contact;
    QLabel* m_communication;
    QLabel* m_importantPeople;
    QLabel* m_authority;
    QLabel* m_forTheReturn; // SAC SG1b-SG1d
    QPushButton* m_change;
};

} // namespace alongside::ui

#pragma once

#include "model/Person.h"

#include <QGroupBox>

class QComboBox;

namespace alongside::ui {

// The person's details the Safeguarding Adults Collection counts (SG1b gender, SG1c ethnicity,
// SG1d primary support reason), each a choice of the return's own labels or "Not recorded yet".
// The labels are the return's words and are never translated, so what is chosen is what is
// counted.
class PersonSacFields : public QGroupBox {
    Q_OBJECT

public:
    explicit PersonSacFields(QWidget* parent = nullptr);

    void setPerson(const core::Person& person);
    // Writes the three fields into `person` (empty where "Not recorded yet" is chosen).
    void applyTo(core::Person& person) const;

    QComboBox* gender() const { return m_gender; }
    QComboBox* ethnicity() const { return m_ethnicity; }
    QComboBox* primarySupportReason() const { return m_supportReason; }
    QComboBox* autismCondition() const { return m_autism; }

private:
    QComboBox* m_gender;
    QComboBox* m_ethnicity;
    QComboBox* m_supportReason;
    QComboBox* m_autism; // SG1e: its two rows, or neither
};

} // namespace alongside::ui

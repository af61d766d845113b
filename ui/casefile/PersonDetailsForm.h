#pragma once

#include "model/Person.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace alongside::ui {

class DateField;
class PersonSacFields;

// The person's names, date of birth, NHS number, contact details, how they communicate, and
// the details the national return counts (PersonSacFields).
// The NHS number is checked as it is typed (rules/NhsNumber.h) and the result said quietly
// under it, never by turning the field red; the record itself refuses to store a number that
// does not check out, and the dialog shows its sentence if one is saved.
class PersonDetailsForm : public QWidget {
    Q_OBJECT

public:
    explicit PersonDetailsForm(QWidget* parent = nullptr);

    void setPerson(const core::Person& person);
    // Writes the fields into `person`, leaving its id and lists alone.
    void applyTo(core::Person& person) const;

    QLineEdit* nhsNumber() const { return m_nhsNumber; }
    QLabel* nhsHint() const { return m_nhsHint; }
    DateField* dateOfBirth() const { return m_dateOfBirth; }
    PersonSacFields* sacFields() const { return m_sacFields; }

private:
    void checkNhsNumber();

    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_preferredName;
    DateField* m_dateOfBirth;
    QLineEdit* m_nhsNumber;
    QLabel* m_nhsHint;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_language;
    QCheckBox* m_interpreter;
    QLineEdit* m_hearing;
    QLineEdit* m_sight;
    QCheckBox* m_learningDisability;
    QLineEdit* m_preferredWay;
    PersonSacFields* m_sacFields;
};

} // namespace alongside::ui

#pragma once

#include "model/Person.h"

#include <QDialog>

#include <functional>

namespace alongside::ui {

class GentleNote;
class ImportantPeopleEditor;
class LegalRepresentativesEditor;
class PersonDetailsForm;

// "Change details…" for the person: who they are and how to reach them, how they communicate,
// the people who matter to them, and anyone with legal authority. Saving hands the whole
// person to `save`; if the record refuses, its sentence is shown and the dialog stays open.
class PersonDialog : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<QString(const core::Person&)>; // empty string: saved
    PersonDialog(const core::Person& person, Save save, QWidget* parent = nullptr);

    PersonDetailsForm* details() const { return m_details; }

private:
    void trySave();

    core::Person m_person;
    Save m_save;
    PersonDetailsForm* m_details;
    ImportantPeopleEditor* m_people;
    LegalRepresentativesEditor* m_representatives;
    GentleNote* m_problem;
};

} // namespace alongside::ui

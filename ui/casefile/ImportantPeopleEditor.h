#pragma once

#include "casefile/EntryListEditor.h"
#include "model/Person.h"

#include <vector>

class QComboBox;
class QLineEdit;

namespace alongside::ui {

// People who matter to the person, and whether the person wants each of them involved.
class ImportantPeopleEditor : public EntryListEditor {
    Q_OBJECT

public:
    explicit ImportantPeopleEditor(QWidget* parent = nullptr);

    void setPeople(std::vector<core::ImportantPerson> people);
    const std::vector<core::ImportantPerson>& people() const { return m_people; }

protected:
    int entryCount() const override { return static_cast<int>(m_people.size()); }
    QString describeEntry(int index) const override;
    void fillFieldsFrom(int index) override;
    void clearFields() override;
    bool addFromFields() override;
    bool replaceFromFields(int index) override;
    void removeEntry(int index) override;

private:
    bool readFields(core::ImportantPerson& into) const;

    std::vector<core::ImportantPerson> m_people;
    QLineEdit* m_name;
    QLineEdit* m_relationship;
    QComboBox* m_involvement;
    QLineEdit* m_contact;
};

} // namespace alongside::ui

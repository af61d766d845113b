#pragma once

#include "casefile/EntryListEditor.h"
#include "model/Person.h"

#include <vector>

class QComboBox;
class QLineEdit;

namespace alongside::ui {

class AuthorityCoverField;

// Anyone with legal authority to decide for the person — attorneys under a lasting or enduring
// power of attorney, Court of Protection deputies (Mental Capacity Act 2005 ss.9-23) — and anyone
// the person nominated to be consulted (s.40(1)(a)), each with what their authority covers.
class LegalRepresentativesEditor : public EntryListEditor {
    Q_OBJECT

public:
    explicit LegalRepresentativesEditor(QWidget* parent = nullptr);

    void setRepresentatives(std::vector<core::LegalRepresentative> representatives);
    const std::vector<core::LegalRepresentative>& representatives() const { return m_representatives; }
    QComboBox* kindField() const { return m_kind; }
    QLineEdit* nameField() const { return m_name; }
    AuthorityCoverField* coversField() const { return m_covers; }

protected:
    int entryCount() const override { return static_cast<int>(m_representatives.size()); }
    QString describeEntry(int index) const override;
    void fillFieldsFrom(int index) override;
    void clearFields() override;
    bool addFromFields() override;
    bool replaceFromFields(int index) override;
    void removeEntry(int index) override;

private:
    bool readFields(core::LegalRepresentative& into) const;

    std::vector<core::LegalRepresentative> m_representatives;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_contact;
    AuthorityCoverField* m_covers;
    QLineEdit* m_note;
};

} // namespace alongside::ui

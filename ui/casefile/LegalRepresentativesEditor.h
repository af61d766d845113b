#pragma once

#include "casefile/EntryListEditor.h"
#include "model/Person.h"

#include <vector>

class QComboBox;
class QLineEdit;

namespace alongside::ui {

// Anyone with legal authority to decide for the person: attorneys under a lasting power of
// attorney and Court of Protection deputies (Mental Capacity Act 2005 ss.9-23).
class LegalRepresentativesEditor : public EntryListEditor {
    Q_OBJECT

public:
    explicit LegalRepresentativesEditor(QWidget* parent = nullptr);

    void setRepresentatives(std::vector<core::LegalRepresentative> representatives);
    const std::vector<core::LegalRepresentative>& representatives() const { return m_representatives; }

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
};

} // namespace alongside::ui

#pragma once

#include <QWidget>

class QFormLayout;
class QListWidget;
class QPushButton;

namespace alongside::ui {

// A short list (people who matter to the person, attorneys and deputies) with a small form
// under it: choosing an entry fills the form; "Add" adds what the form says as a new entry,
// "Save changes" rewrites the chosen one, "Remove" takes it off. Subclasses say what an entry
// is; nothing is written to the record until the dialog around it is saved.
class EntryListEditor : public QWidget {
    Q_OBJECT

public:
    EntryListEditor(const QString& listName, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // Refills the list from the entries (call after setting them).
    void refresh();

protected:
    virtual int entryCount() const = 0;
    virtual QString describeEntry(int index) const = 0;
    virtual void fillFieldsFrom(int index) = 0;
    virtual void clearFields() = 0;
    // Reads the fields; false (with nothing changed) if they do not make an entry yet.
    virtual bool addFromFields() = 0;
    virtual bool replaceFromFields(int index) = 0;
    virtual void removeEntry(int index) = 0;

    QFormLayout* fields() const { return m_fields; }
    // Call once the fields are in: Tab then goes list, fields, buttons, as they are on screen.
    void orderTabs();

private:
    void chosenChanged();

    QListWidget* m_list;
    QFormLayout* m_fields;
    QPushButton* m_add;
    QPushButton* m_replace;
    QPushButton* m_remove;
};

} // namespace alongside::ui

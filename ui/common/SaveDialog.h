#pragma once

#include <QDialog>

#include <functional>

class QPushButton;

namespace alongside::ui {

class GentleNote;

// A dialog around one form: Save tries `save`, which returns an empty string once the record
// has taken it, or the record's own sentence if it refused — shown under the form, with the
// dialog left open and nothing typed lost.
class SaveDialog : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<QString()>;
    SaveDialog(const QString& title, QWidget* form, const QString& saveLabel, Save save,
               QWidget* parent = nullptr);

    QPushButton* saveButton() const { return m_saveButton; }
    GentleNote* problem() const { return m_problem; }

private:
    void trySave();

    Save m_save;
    QPushButton* m_saveButton;
    GentleNote* m_problem;
};

} // namespace alongside::ui

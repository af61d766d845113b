#pragma once

#include "rules/PlainLanguageCheck.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

// "For the letter": the wording the easy-read letter will use for a record (a plan action, why
// an outcome was or was not achieved, what happens next), written beside the colleagues' text
// and kept with the record. "Draft it for me" fills in a first draft made from the case; the
// plain-language check runs as the practitioner types, naming the reader's own name in the
// third person, jargon and the rest, with what to try instead. Suggestions never block saving.
class LetterWordingField : public QWidget {
    Q_OBJECT

public:
    explicit LetterWordingField(QWidget* parent = nullptr);

    // Who will read the letter, so "Tom sorted it" is noticed.
    void setReader(const core::PlainLanguageReader& reader);
    // What "Draft it for me" puts in the box, made from what is typed for colleagues now.
    void setDraft(std::function<QString()> draft);

    QString wording() const;
    void setWording(const QString& wording);
    void setAccessibleName(const QString& name);
    // Runs the check now rather than after the pause (tests).
    void checkNow();

    QLineEdit* edit() const { return m_edit; }
    QPushButton* draftButton() const { return m_draftButton; }
    QLabel* findings() const { return m_findings; }

signals:
    void wordingChanged();

private:
    QLineEdit* m_edit;
    QPushButton* m_draftButton;
    QLabel* m_findings;
    QTimer m_pause;
    core::PlainLanguageReader m_reader;
    std::function<QString()> m_draft;
};

} // namespace alongside::ui

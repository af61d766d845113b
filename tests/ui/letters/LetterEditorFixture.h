#pragma once

#include "harness/CaseViewFixture.h"

#include "letters/LetterEditor.h"
#include "letters/LetterFileChooser.h"
#include "storage/repositories/LetterRepository.h"

#include <QPointer>

#include <memory>

namespace alongside::test {

// Answers the letter's file dialogs with whatever the test set, without showing anything.
class ScriptedLetterChooser : public ui::LetterFileChooser {
public:
    QString pdf;
    QString html;
    QString picture;

    QString choosePdfLocation(QWidget*, const QString&) override { return pdf; }
    QString chooseHtmlLocation(QWidget*, const QString&) override { return html; }
    QString choosePicture(QWidget*, const QString&) override { return picture; }
};

// A letter editor over a real store holding the case stories (clock at 2 March 2026), with
// scripted file dialogs. The editor deletes itself when closed; whatever is left is deleted
// before the store closes.
class LetterEditorFixture : public CaseViewFixture {
public:
    ~LetterEditorFixture()
    {
        for (const QPointer<ui::LetterEditor>& editor : m_editors)
            delete editor.data();
    }

    ui::LetterEditor* openEditor(qint64 caseId)
    {
        auto* editor = new ui::LetterEditor(access, caseId);
        editor->setFileChooser(chooser);
        editor->show();
        settle();
        m_editors.push_back(editor);
        return editor;
    }

    core::LetterRepository letters() const
    {
        return core::LetterRepository(database(), QStringLiteral("Test Practitioner"),
                                      [] { return ShellFixture::now(); });
    }

    const std::shared_ptr<ScriptedLetterChooser> chooser = std::make_shared<ScriptedLetterChooser>();
    TempStoreFolder output; // where the tests' PDFs and web pages go

private:
    std::vector<QPointer<ui::LetterEditor>> m_editors;
};

} // namespace alongside::test

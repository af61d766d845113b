#pragma once

#include "harness/CaseViewFixture.h"

#include "letters/LetterEditor.h"
#include "letters/LetterFileChooser.h"
#include "letters/SafeToSendPanel.h"
#include "storage/repositories/LetterRepository.h"

#include <QComboBox>
#include <QPointer>

#include <memory>

namespace alongside::test {

// Answers the letter's file dialogs with whatever the test set, without showing anything.
class ScriptedLetterChooser : public ui::LetterFileChooser {
public:
    QString pdf;
    QString html;
    QString picture;

    QString suggested; // the path the last save dialog would have offered

    QString choosePdfLocation(QWidget*, const QString& offered) override
    {
        suggested = offered;
        return pdf;
    }
    QString chooseHtmlLocation(QWidget*, const QString& offered) override
    {
        suggested = offered;
        return html;
    }
    QString choosePicture(QWidget*, const QString&) override { return picture; }
};

// A letter editor over a real store holding the case stories (clock at 2 March 2026), with
// scripted file dialogs. The practitioner has saved their name and phone for letters unless
// the test says they have not. The editor deletes itself when closed; whatever is left is
// deleted before the store closes.
class LetterEditorFixture : public CaseViewFixture {
public:
    enum class Contact { Saved, NotSaved };
    explicit LetterEditorFixture(Contact contact = Contact::Saved)
    {
        if (contact == Contact::Saved)
            letters().savePractitionerContact(practitioner());
    }
    static core::PractitionerContact practitioner()
    {
        return {QStringLiteral("Alex Example"),
                QStringLiteral("Social worker"),
                QStringLiteral("Adult Safeguarding Team"),
                QStringLiteral("01632 960123"),
                {}};
    }

    ~LetterEditorFixture()
    {
        for (const QPointer<ui::LetterEditor>& editor : m_editors)
            delete editor.data();
    }

    // Whether the test answers "Is it safe to send?" on opening (as every approval needs).
    enum class SafeToSend { GiveInPerson, NotAnswered };

    ui::LetterEditor* openEditor(qint64 caseId, SafeToSend answer = SafeToSend::GiveInPerson)
    {
        auto* editor = new ui::LetterEditor(access, caseId);
        editor->setFileChooser(chooser);
        editor->show();
        settle();
        m_editors.push_back(editor);
        if (answer == SafeToSend::GiveInPerson)
            chooseRoute(editor, core::LetterRoute::GiveInPerson);
        return editor;
    }

    // Chooses how the letter will reach them, as a practitioner picking from the list would.
    static void chooseRoute(ui::LetterEditor* editor, core::LetterRoute route)
    {
        QComboBox* routes = editor->safeToSend()->route();
        const int index = routes->findData(static_cast<int>(route));
        routes->setCurrentIndex(index);
        emit routes->activated(index);
        settle();
    }
    static void chooseOthersMayRead(ui::LetterEditor* editor, core::YesNoUnknown answer)
    {
        QComboBox* readers = editor->safeToSend()->othersMayRead();
        const int index = readers->findData(static_cast<int>(answer));
        readers->setCurrentIndex(index);
        emit readers->activated(index);
        settle();
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

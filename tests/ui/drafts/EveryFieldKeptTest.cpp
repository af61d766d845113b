#include "drafts/DraftWindow.h"

#include "capacity/CapacitySection.h"
#include "casefile/CaseView.h"
#include "casefile/ConversationsSection.h"
#include "casefile/NoteCard.h"
#include "casefile/NotesSection.h"
#include "casefile/OutcomeCard.h"
#include "casefile/OutcomesSection.h"
#include "common/DraftFields.h"
#include "common/FormDraft.h"
#include "risk/RiskEnablementSection.h"
#include "shell/MainWindowActions.h"

#include <QAction>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

// A draft finds a field again by its name. A field with no name — one added later without a
// thought for drafts — would silently lose what is typed in it. This looks at every part of a
// case with each of its forms open, and at every dialog, and names any such field.

namespace {

QStringList describe(const std::vector<QWidget*>& fields)
{
    QStringList described;
    for (const QWidget* field : fields) {
        QString where;
        for (const QWidget* at = field->parentWidget(); at && where.isEmpty(); at = at->parentWidget())
            where = at->objectName();
        described << QStringLiteral("%1 in %2").arg(QLatin1String(field->metaObject()->className()), where);
    }
    return described;
}

// Opens the next modal dialog's check, then closes it.
void checkTheDialog(QObject* context, QStringList* unnamed)
{
    QTimer::singleShot(0, context, [unnamed] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        for (const QString& field : describe(ui::unnamedDraftFieldsOf(dialog)))
            *unnamed << dialog->objectName() + QStringLiteral(": ") + field;
        dialog->reject();
    });
}

} // namespace

TEST_CASE(
    "every field a practitioner can type into, in every part of a case, can be found again by its draft")
{
    DraftWindow at;
    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    // Every form that opens inside a part, opened.
    QTest::mouseClick(view->conversations()->recordButton(), Qt::LeftButton);
    QTest::mouseClick(view->capacity()->recordAssessmentButton(), Qt::LeftButton);
    QTest::mouseClick(view->capacity()->recordBestInterestsButton(), Qt::LeftButton);
    QTest::mouseClick(view->riskEnablement()->writeButton(), Qt::LeftButton);
    QTest::mouseClick(view->notes()->cards().front()->addendumButton(), Qt::LeftButton);
    QTest::mouseClick(view->outcomes()->cards().front()->revisitButton(), Qt::LeftButton);

    QStringList unnamed;
    const QList<QWidget*> sections = view->findChildren<QWidget*>(
        QRegularExpression(QStringLiteral("Section$")));
    REQUIRE(sections.size() == ui::CaseView::kPartCount);
    for (QWidget* section : sections) {
        // A list of its own: a range-for over `findChildren() << section` would walk a list
        // already destroyed.
        QList<QWidget*> forms = section->findChildren<QWidget*>();
        forms << section;
        for (QWidget* form : forms)
            if (form->findChild<ui::FormDraft*>(QString(), Qt::FindDirectChildrenOnly))
                unnamed << describe(ui::unnamedDraftFieldsOf(form));
    }
    INFO(unnamed.join(u'\n').toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("every field a practitioner can type into, in every dialog, can be found again by its draft")
{
    DraftWindow at;
    QStringList unnamed;
    checkTheDialog(at.window.get(), &unnamed);
    at.window->actions()->newCase()->trigger();
    checkTheDialog(at.window.get(), &unnamed);
    at.window->actions()->contactDetails()->trigger();

    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    for (const char* opens : {"changeConcernButton", "changePersonButton"}) {
        checkTheDialog(at.window.get(), &unnamed);
        QTest::mouseClick(child<QPushButton>(*view, opens), Qt::LeftButton);
    }
    INFO(unnamed.join(u'\n').toStdString());
    CHECK(unnamed.isEmpty());
}

#include "harness/DialogDriving.h"
#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

namespace {

// The key of a label's Alt+letter ("&Gender" -> G), or 0 if it has none.
int accelerator(const QLabel& label)
{
    const QString text = label.text();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&' && text[i + 1] != u'&')
            return Qt::Key_A + (text[i + 1].toUpper().unicode() - u'A');
        if (text[i] == u'&')
            ++i;
    }
    return 0;
}

bool inView(QWidget* field, QScrollArea* area)
{
    const QRect shown = area->viewport()->rect();
    const QRect at(field->mapTo(area->viewport(), QPoint(0, 0)), field->size());
    return shown.contains(at.topLeft()) && shown.contains(at.bottomLeft());
}

} // namespace

TEST_CASE("an Alt+letter to a field below the fold of the person's details scrolls it into view")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    bool tried = false;
    bool focused = false;
    bool shown = false;
    QString which;
    const bool driven = whileDialogOpen(
        [&] { QTest::mouseClick(child<QPushButton>(*view, "changePersonButton"), Qt::LeftButton); },
        [&](QDialog* dialog) {
            // The lowest labelled field that starts out of sight, with a letter of its own.
            QLabel* lowest = nullptr;
            QScrollArea* lowestArea = nullptr;
            for (QScrollArea* area : dialog->findChildren<QScrollArea*>()) {
                for (QLabel* label : area->findChildren<QLabel*>()) {
                    QWidget* field = label->buddy();
                    if (!field || !field->isVisibleTo(dialog) || !field->isEnabled()
                        || accelerator(*label) == 0 || inView(field, area))
                        continue;
                    if (!lowest
                        || field->mapTo(area->widget(), QPoint(0, 0)).y()
                            > lowest->buddy()->mapTo(area->widget(), QPoint(0, 0)).y()) {
                        lowest = label;
                        lowestArea = area;
                    }
                }
            }
            if (lowest) {
                tried = true;
                which = lowest->text();
                QTest::keyClick(dialog, Qt::Key(accelerator(*lowest)), Qt::AltModifier);
                QTest::qWait(50);
                focused = lowest->buddy()->hasFocus()
                    || lowest->buddy()->isAncestorOf(QApplication::focusWidget());
                shown = inView(lowest->buddy(), lowestArea);
            }
            dialog->reject();
        });
    REQUIRE(driven);
    REQUIRE(tried); // on a laptop screen the dialog scrolls: something starts below the fold
    INFO(which.toStdString());
    CHECK(focused);
    CHECK(shown);
}

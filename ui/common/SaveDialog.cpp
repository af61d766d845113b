#include "common/SaveDialog.h"

#include "common/DateField.h"
#include "common/GentleNote.h"
#include "common/TabOrder.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace alongside::ui {

SaveDialog::SaveDialog(const QString& title, QWidget* form, const QString& saveLabel, Save save,
                       QWidget* parent)
    : QDialog(parent), m_save(std::move(save)), m_problem(new GentleNote(this))
{
    setWindowTitle(title);
    // Scrolls rather than growing past the screen when the text is larger.
    auto* scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // the first keystrokes belong in the first field
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(saveLabel, QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveDialogSave"));
    m_saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    focusFirstTabStopIn(form);
}

void SaveDialog::trySave()
{
    if (const QString unread = unreadDateIn(this); !unread.isEmpty()) {
        m_problem->say(unread);
        return;
    }
    const QString problem = m_save();
    if (!problem.isEmpty()) {
        m_problem->say(problem);
        return;
    }
    accept();
}

} // namespace alongside::ui

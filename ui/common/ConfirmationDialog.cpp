#include "common/ConfirmationDialog.h"

#include "common/HeadingLabel.h"
#include "common/ModalOnHeap.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ConfirmationDialog::ConfirmationDialog(const Confirmation& confirmation, QWidget* parent)
    : QDialog(parent),
      m_confirm(new QPushButton(confirmation.confirmLabel, this)),
      m_cancel(new QPushButton(confirmation.cancelLabel, this))
{
    setObjectName(QStringLiteral("confirmationDialog"));
    setWindowTitle(confirmation.title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    auto* question = new HeadingLabel(confirmation.question, HeadingLabel::Level::Section, this);
    question->setObjectName(QStringLiteral("confirmationQuestion"));
    question->setWordWrap(true);
    layout->addWidget(question);

    if (!confirmation.stillOpen.isEmpty()) {
        auto* list = new QWidget;
        list->setObjectName(QStringLiteral("confirmationStillOpen"));
        auto* lines = new QVBoxLayout(list);
        lines->setContentsMargins(0, 0, 0, 0);
        lines->setSpacing(6);
        for (const QString& line : confirmation.stillOpen)
            lines->addWidget(wrapped(tr("•  %1").arg(line), list));
        lines->addStretch(1);
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(list);
        layout->addWidget(scroll, 1);
    }
    if (!confirmation.afterList.isEmpty())
        layout->addWidget(wrapped(confirmation.afterList, this));

    m_confirm->setObjectName(QStringLiteral("confirmAction"));
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_confirm->setAutoDefault(false);
    m_cancel->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    fitToScreen(this, QSize(fontMetrics().averageCharWidth() * 72, sizeHint().height()));
    m_cancel->setFocus();
}

bool confirmed(const Confirmation& confirmation, QWidget* parent)
{
    // On the heap: a lock while it is open deletes the dialog with the workspace.
    return acceptedModal(new ConfirmationDialog(confirmation, parent)).value_or(false);
}

} // namespace alongside::ui

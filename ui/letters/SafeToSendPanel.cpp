#include "letters/SafeToSendPanel.h"

#include "common/GentleNote.h"
#include "common/HeadingLabel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
constexpr int kNotChosen = -1;
} // namespace

SafeToSendPanel::SafeToSendPanel(QWidget* parent)
    : QWidget(parent),
      m_question(new QLabel(this)),
      m_route(new QComboBox(this)),
      m_readersQuestion(new QLabel(this)),
      m_othersMayRead(new QComboBox(this)),
      m_note(new QLineEdit(this)),
      m_consequence(new GentleNote(this))
{
    setObjectName(QStringLiteral("safeToSend"));
    auto* heading = new HeadingLabel(tr("Is it safe to send?"), HeadingLabel::Level::Section, this);
    m_question->setWordWrap(true);
    m_route->setObjectName(QStringLiteral("letterRoute"));
    m_readersQuestion->setWordWrap(true);
    m_readersQuestion->setText(
        tr("Does anyone named in the letter, or the person who may have caused harm, live "
           "there or may read it?"));
    m_readersQuestion->setBuddy(m_othersMayRead);
    m_question->setBuddy(m_route); // names the drop-down to screen readers, as Qt does on Linux
    m_othersMayRead->setObjectName(QStringLiteral("othersMayRead"));
    m_othersMayRead->setAccessibleName(tr("Does anyone named in the letter, or the person who may have "
                                          "caused harm, live there or may read it?"));
    m_othersMayRead->addItem(tr("Not known yet"), static_cast<int>(core::YesNoUnknown::NotKnown));
    m_othersMayRead->addItem(tr("No"), static_cast<int>(core::YesNoUnknown::No));
    m_othersMayRead->addItem(tr("Yes"), static_cast<int>(core::YesNoUnknown::Yes));
    m_note->setObjectName(QStringLiteral("deliveryNote"));
    m_note->setAccessibleName(tr("Anything to add: which address, who lives there"));
    m_note->setPlaceholderText(tr("Which address, who lives there (optional)"));
    m_consequence->setObjectName(QStringLiteral("deliveryConsequence"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_question);
    layout->addWidget(m_route);
    layout->addWidget(m_readersQuestion);
    layout->addWidget(m_othersMayRead);
    layout->addWidget(m_note);
    layout->addWidget(m_consequence);

    connect(m_route, &QComboBox::activated, this, &SafeToSendPanel::changed);
    connect(m_othersMayRead, &QComboBox::activated, this, &SafeToSendPanel::changed);
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (m_note->isModified())
            changed();
        m_note->setModified(false);
    });
    showAnswer(std::nullopt, QString(), QString());
}

void SafeToSendPanel::showAnswer(const std::optional<core::LetterDelivery>& delivery,
                                 const QString& recipientName, const QString& address)
{
    m_recipient = recipientName;
    m_question->setText(tr("How will the letter reach %1?").arg(recipientName));
    m_route->setAccessibleName(tr("How will the letter reach %1?").arg(recipientName));
    const QSignalBlocker quietRoute(m_route);
    const QSignalBlocker quietReaders(m_othersMayRead);
    m_route->clear();
    // Nothing is chosen for the practitioner: the first item is the question left open.
    m_route->addItem(tr("Choose…"), kNotChosen);
    m_route->addItem(address.trimmed().isEmpty() ? tr("Post it to their home")
                                                 : tr("Post it to their home: %1").arg(address.simplified()),
                     static_cast<int>(core::LetterRoute::PostToTheirHome));
    m_route->addItem(tr("Post it to another, safe address"),
                     static_cast<int>(core::LetterRoute::PostToAnotherAddress));
    m_route->addItem(tr("Give it to them in person"), static_cast<int>(core::LetterRoute::GiveInPerson));
    m_route->setCurrentIndex(delivery ? m_route->findData(static_cast<int>(delivery->route)) : 0);
    m_othersMayRead->setCurrentIndex(m_othersMayRead->findData(
        static_cast<int>(delivery ? delivery->othersMayRead : core::YesNoUnknown::NotKnown)));
    m_note->setText(delivery ? delivery->note : QString());
    explain();
}

std::optional<core::LetterDelivery> SafeToSendPanel::delivery() const
{
    const int route = m_route->currentData().toInt();
    if (route == kNotChosen)
        return std::nullopt;
    core::LetterDelivery delivery;
    delivery.route = static_cast<core::LetterRoute>(route);
    delivery.othersMayRead = delivery.byPost()
        ? static_cast<core::YesNoUnknown>(m_othersMayRead->currentData().toInt())
        : core::YesNoUnknown::NotKnown;
    delivery.note = m_note->text().trimmed();
    return delivery;
}

void SafeToSendPanel::changed()
{
    explain();
    if (const std::optional<core::LetterDelivery> answer = delivery())
        emit answered(*answer);
}

void SafeToSendPanel::explain()
{
    const std::optional<core::LetterDelivery> answer = delivery();
    const bool byPost = answer && answer->byPost();
    m_readersQuestion->setVisible(byPost);
    m_othersMayRead->setVisible(byPost);
    if (!answer)
        m_consequence->say(tr("Answer this before you approve the letter."));
    else if (answer->postedWhereOthersRead())
        m_consequence->say(
            tr("Only a short letter will be posted. It leaves out what happened and asks %1 to "
               "call you. Give %1 the full letter in person.")
                .arg(m_recipient));
    else if (byPost && answer->othersMayRead == core::YesNoUnknown::NotKnown)
        m_consequence->say(
            tr("Find out before it is posted. If you cannot, give it to %1 in person.").arg(m_recipient));
    else
        m_consequence->clear();
}

} // namespace alongside::ui

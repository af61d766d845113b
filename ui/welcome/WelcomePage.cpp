#include "welcome/WelcomePage.h"

#include "common/CentredColumn.h"
#include "common/HeadingLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
constexpr int kColumnWidth = 560; // a comfortable line length for reading
}

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent), m_choices(nullptr), m_status(nullptr)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* body = new CentredColumn(kColumnWidth, this);
    QWidget* column = body->column();
    QVBoxLayout* layout = body->content();

    layout->addWidget(new HeadingLabel(tr("Welcome to Alongside"), HeadingLabel::Level::Page, column));
    auto* intro = new QLabel(tr("Alongside keeps your safeguarding notes on this computer, encrypted with a "
                                "passphrase that only you know. To begin, choose one of these."),
                             column);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    m_choices = new QWidget(column);
    m_status = new QLabel(column);
    auto* choicesLayout = new QVBoxLayout(m_choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->setSpacing(18);
    m_create = addChoice(tr("Create a new store"),
                         tr("For your real caseload. You choose the passphrase and where the file is kept."),
                         QStringLiteral("createStoreChoice"));
    m_demo = addChoice(tr("Open the demo"),
                       tr("Try Alongside with made-up people. It is deleted when you quit."),
                       QStringLiteral("openDemoChoice"));
    m_openExisting = addChoice(tr("Open an existing store…"),
                               tr("A store you made before, on this computer or restored from a backup."),
                               QStringLiteral("openExistingChoice"));
    layout->addWidget(m_choices);

    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_openExisting, &QPushButton::clicked, this, &WelcomePage::openExistingRequested);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(body);
}

QPushButton* WelcomePage::addChoice(const QString& label, const QString& explanation,
                                    const QString& objectName)
{
    auto* button = new QPushButton(label, m_choices);
    button->setObjectName(objectName);
    button->setAccessibleName(label);
    button->setAccessibleDescription(explanation);
    button->setMinimumHeight(40);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* note = new QLabel(explanation, m_choices);
    note->setWordWrap(true);

    auto* pair = new QVBoxLayout;
    pair->setSpacing(4);
    pair->addWidget(button);
    pair->addWidget(note);
    qobject_cast<QVBoxLayout*>(m_choices->layout())->addLayout(pair);
    return button;
}

void WelcomePage::setBusy(const QString& whatIsHappening)
{
    const bool busy = !whatIsHappening.isEmpty();
    m_choices->setEnabled(!busy);
    m_status->setText(whatIsHappening);
    m_status->setVisible(busy);
}

void WelcomePage::showProblem(const QString& message)
{
    m_choices->setEnabled(true);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void WelcomePage::focusFirstChoice()
{
    m_create->setFocus();
}

} // namespace alongside::ui

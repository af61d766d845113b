#include "casefile/PersonDialog.h"

#include "casefile/ImportantPeopleEditor.h"
#include "casefile/LegalRepresentativesEditor.h"
#include "casefile/PersonDetailsForm.h"
#include "common/DateField.h"
#include "common/GentleNote.h"
#include "common/ScreenFit.h"
#include "common/TabOrder.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace alongside::ui {

PersonDialog::PersonDialog(const core::Person& person, Save save, QWidget* parent)
    : QDialog(parent),
      m_person(person),
      m_save(std::move(save)),
      m_details(new PersonDetailsForm),
      m_people(new ImportantPeopleEditor),
      m_representatives(new LegalRepresentativesEditor),
      m_problem(new GentleNote(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(tr("About %1").arg(person.displayName()));
    m_details->setPerson(person);
    m_people->setPeople(person.importantPeople);
    m_representatives->setRepresentatives(person.legalRepresentatives);

    auto* scroll = new QScrollArea;
    scroll->setFocusPolicy(Qt::NoFocus); // the first keystrokes belong in the first field
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);

    auto* peopleTab = new QWidget;
    auto* peopleLayout = new QVBoxLayout(peopleTab);
    auto* peopleHint = new QLabel(tr("Family, friends and others who matter to them, and whether they "
                                     "want each one involved. Ask them."),
                                  peopleTab);
    peopleHint->setWordWrap(true);
    peopleLayout->addWidget(peopleHint);
    peopleLayout->addWidget(m_people, 1);

    auto* authorityTab = new QWidget;
    auto* authorityLayout = new QVBoxLayout(authorityTab);
    auto* authorityHint = new QLabel(
        tr("Anyone who holds a registered lasting (or enduring) power of attorney for them, has been "
           "appointed their deputy by the Court of Protection, or whom they named to be consulted about "
           "their interests. Tick what each one's authority covers: it takes away the duty to instruct an "
           "IMCA only for those matters (Mental Capacity Act 2005 s.40)."),
        authorityTab);
    authorityHint->setWordWrap(true);
    authorityLayout->addWidget(authorityHint);
    authorityLayout->addWidget(m_representatives, 1);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("personTabs"));
    tabs->tabBar()->setAccessibleName(tr("Parts of their details"));
    tabs->addTab(scroll, tr("About them"));
    tabs->addTab(peopleTab, tr("People important to them"));
    tabs->addTab(authorityTab, tr("Attorneys, deputies, nominees"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save their details"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePerson"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(640, 620));
    focusFirstTabStopIn(m_details);
}

void PersonDialog::trySave()
{
    if (const QString typed = unreadDateIn(this); !typed.isEmpty()) {
        m_problem->say(typed);
        return;
    }
    core::Person person = m_person;
    m_details->applyTo(person);
    person.importantPeople = m_people->people();
    person.legalRepresentatives = m_representatives->representatives();
    const QString problem = m_save(person);
    if (!problem.isEmpty()) {
        m_problem->say(problem);
        return;
    }
    accept();
}

} // namespace alongside::ui

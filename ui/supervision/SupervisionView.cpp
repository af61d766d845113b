#include "supervision/SupervisionView.h"

#include "common/Card.h"
#include "common/DisplayFormats.h"
#include "common/HeadingLabel.h"
#include "common/TabOrder.h"
#include "supervision/SupervisionAccess.h"
#include "supervision/SupervisionAgendaModel.h"
#include "supervision/SupervisionDialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace alongside::ui {

SupervisionView::SupervisionView(const CaseAccess& access, QWidget* parent)
    : QWidget(parent),
      m_access(access),
      m_model(new SupervisionAgendaModel(this)),
      m_back(new QPushButton(tr("← &Caseload"), this)),
      m_session(new QComboBox(this)),
      m_start(new QPushButton(tr("&Start a supervision…"), this)),
      m_agenda(new QTreeView(this)),
      m_open(new QPushButton(tr("&Open the case here"), this)),
      m_note(new QPushButton(tr("Reflective &note…"), this)),
      m_signOff(new QPushButton(tr("&Manager sign-off…"), this))
{
    setObjectName(QStringLiteral("supervisionView"));
    m_back->setObjectName(QStringLiteral("supervisionBack"));
    m_back->setAccessibleName(tr("Back to the caseload"));
    m_session->setObjectName(QStringLiteral("supervisionSession"));
    m_session->setAccessibleName(tr("Which supervision"));
    m_start->setObjectName(QStringLiteral("startSupervision"));
    m_agenda->setObjectName(QStringLiteral("supervisionAgenda"));
    m_agenda->setAccessibleName(tr("Cases, by what might be worth talking about"));
    m_agenda->setModel(m_model);
    m_agenda->setHeaderHidden(true);
    m_agenda->setWordWrap(true);
    m_agenda->setUniformRowHeights(false);
    m_agenda->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agenda->setAlternatingRowColors(false);
    m_open->setObjectName(QStringLiteral("supervisionOpenCase"));
    m_note->setObjectName(QStringLiteral("supervisionNote"));
    m_note->setAccessibleName(tr("Write a reflective note about the chosen case"));
    m_signOff->setObjectName(QStringLiteral("supervisionSignOff"));
    m_signOff->setAccessibleName(tr("Record a manager's sign-off for the chosen case"));

    auto* title = new HeadingLabel(tr("Supervision"), HeadingLabel::Level::Page, this);
    auto* intro = new QLabel(
        tr("Open cases, grouped by what might be worth talking about together. A starting "
           "point for a conversation; nothing here is a score."),
        this);
    intro->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addSpacing(12);
    auto* words = new QVBoxLayout;
    words->addWidget(title);
    words->addWidget(intro);
    header->addLayout(words, 1);

    auto* sessionLabel = new QLabel(tr("Supervision:"), this);
    sessionLabel->setBuddy(m_session);
    auto* sessionRow = new QHBoxLayout;
    sessionRow->addWidget(sessionLabel);
    sessionRow->addWidget(m_session, 1);
    sessionRow->addWidget(m_start);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_note);
    buttons->addWidget(m_signOff);
    buttons->addStretch(1);

    auto* main = new QVBoxLayout;
    main->setSpacing(8);
    main->addLayout(sessionRow);
    main->addWidget(m_agenda, 1);
    main->addLayout(buttons);

    auto* body = new QHBoxLayout;
    body->setSpacing(14);
    body->addLayout(main, 1);
    body->addWidget(buildQuestions());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    chainTabs({m_back, m_session, m_start, m_agenda, m_open, m_note, m_signOff});

    connect(m_back, &QPushButton::clicked, this, &SupervisionView::backRequested);
    connect(m_start, &QPushButton::clicked, this, &SupervisionView::startSession);
    connect(m_agenda, &QTreeView::activated, this, &SupervisionView::openChosen);
    connect(m_open, &QPushButton::clicked, this, [this] { openChosen(m_agenda->currentIndex()); });
    connect(m_note, &QPushButton::clicked, this, &SupervisionView::writeNote);
    connect(m_signOff, &QPushButton::clicked, this, &SupervisionView::signOff);
    chosenChanged();
}

QWidget* SupervisionView::buildQuestions()
{
    auto* card = new Card(QStringLiteral("reflectiveQuestions"), this);
    auto* heading = new HeadingLabel(tr("Questions to think with"), HeadingLabel::Level::Section, card);
    card->content()->addWidget(heading);
    for (core::ReflectivePrompt prompt : core::reflectivePrompts()) {
        auto* question = new QLabel(core::promptQuestion(prompt), card);
        question->setWordWrap(true);
        card->content()->addWidget(question);
    }
    card->content()->addStretch(1);
    card->setFixedWidth(card->fontMetrics().averageCharWidth() * 34);
    return card;
}

void SupervisionView::refresh(const std::vector<core::CaseSummary>& caseload)
{
    const core::SupervisionRepository repository = supervisionRepository(m_access);
    const qint64 chosenCase = SupervisionAgendaModel::caseIdOf(m_agenda->currentIndex());
    m_model->setAgenda(core::supervisionAgenda(caseload, repository.caseFacts(), m_access.now()));
    m_agenda->expandAll();
    for (int row = 0; row < m_model->rowCount() && chosenCase != 0; ++row) {
        const QModelIndex heading = m_model->index(row, 0);
        for (int child = 0; child < m_model->rowCount(heading); ++child) {
            if (SupervisionAgendaModel::caseIdOf(m_model->index(child, 0, heading)) == chosenCase) {
                m_agenda->setCurrentIndex(m_model->index(child, 0, heading));
                row = m_model->rowCount(); // found: stop looking
                break;
            }
        }
    }
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SupervisionView::chosenChanged, Qt::UniqueConnection);
    showSessions(currentSessionId());
    chosenChanged();
}

void SupervisionView::showSessions(qint64 choose)
{
    m_session->clear();
    for (const core::SupervisionSession& held : supervisionRepository(m_access).sessions())
        m_session->addItem(
            tr("%1 — %2 with %3").arg(longDate(held.heldOn), held.teamLeader, held.practitioner), held.id);
    if (m_session->count() == 0)
        m_session->addItem(tr("None yet: start one when you sit down together"), qint64(0));
    m_session->setCurrentIndex(qMax(0, m_session->findData(choose)));
}

CaseView::Part SupervisionView::partFor(core::CasePlace place)
{
    switch (place) {
    case core::CasePlace::Outcomes:
        return CaseView::Part::Outcomes;
    case core::CasePlace::Conversations:
        return CaseView::Part::Conversations;
    case core::CasePlace::Capacity:
        return CaseView::Part::Capacity;
    case core::CasePlace::Advocacy:
        return CaseView::Part::Advocacy;
    case core::CasePlace::RiskEnablement:
        return CaseView::Part::RiskEnablement;
    case core::CasePlace::Plan:
        return CaseView::Part::Plan;
    case core::CasePlace::Supervision:
        return CaseView::Part::Supervision;
    }
    return CaseView::Part::Person;
}

qint64 SupervisionView::currentSessionId() const
{
    return m_session->currentData().toLongLong();
}

void SupervisionView::chosenChanged()
{
    const bool aCase = SupervisionAgendaModel::caseIdOf(m_agenda->currentIndex()) != 0;
    m_open->setEnabled(aCase);
    m_note->setEnabled(aCase);
    m_signOff->setEnabled(aCase);
}

void SupervisionView::openChosen(const QModelIndex& index)
{
    const qint64 caseId = SupervisionAgendaModel::caseIdOf(index);
    const std::optional<core::CasePlace> place = SupervisionAgendaModel::placeOf(index);
    if (caseId != 0 && place)
        emit caseOpenRequested(caseId, *place);
}

void SupervisionView::startSession()
{
    const qint64 started = startSupervision(this, m_access);
    if (started != 0)
        showSessions(started);
}

void SupervisionView::writeNote()
{
    const QModelIndex chosen = m_agenda->currentIndex();
    const qint64 caseId = SupervisionAgendaModel::caseIdOf(chosen);
    if (caseId == 0)
        return;
    qint64 session = currentSessionId();
    if (session == 0) {
        session = startSupervision(this, m_access);
        if (session == 0)
            return;
        showSessions(session);
    }
    if (writeReflectiveNote(this, m_access, session, caseId,
                            chosen.data(SupervisionAgendaModel::PersonRole).toString()))
        emit supervisionChanged();
}

void SupervisionView::signOff()
{
    const qint64 caseId = SupervisionAgendaModel::caseIdOf(m_agenda->currentIndex());
    if (caseId != 0 && signOffDecision(this, m_access, caseId))
        emit supervisionChanged();
}

} // namespace alongside::ui
